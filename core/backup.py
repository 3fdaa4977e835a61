"""Backing up and restoring an office database (SQLite files; PostgreSQL uses its own tools)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from core.database import open_database
from core.errors import UserError, user_errors
from core.history import Actor, record, system_actor
from core.i18n import translate
from db import migrate
from db.backup import backup_sqlite_file, copy_into, open_read_only
from db.engine import resolve_url, sqlite_path

REQUIRED_TABLES = {"alembic_version", "households", "members", "office_profile"}


def _postgres_hint() -> UserError:
    return UserError(translate(
        "errors",
        "Backup and restore here work on SQLite database files. For a PostgreSQL server use "
        "pg_dump -Fc DATABASE > FILE and pg_restore -d DATABASE FILE.",
    ))


def backup_database(db: str | None, out: Path, *, actor: Actor | None = None) -> Path:
    """Write a consistent copy of the database to ``out`` and note it in the history.

    The file is copied as it is (no migration first): even a database from a newer version
    of the program can be backed up.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        raise _postgres_hint()
    if not path.is_file():
        raise UserError(translate("errors", "The file {name} does not exist.").format(name=path))
    out = out.expanduser().absolute()
    if out.exists() and out.is_dir():
        out = out / f"{path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    if out == path:
        raise UserError(translate("errors", "The backup file must not be the database itself."))
    with user_errors(str(out)):
        backup_sqlite_file(path, out)
    revision = check_backup_file(out, allow_newer=True)
    if revision == migrate.head_revision():
        database = open_database(url)
        try:
            with database.begin() as s:
                record(s, actor or system_actor(s), table="database", record_id=0,
                       action="backup", new=str(out))
        finally:
            database.dispose()
    return out


def check_backup_file(path: Path, *, allow_newer: bool = False) -> str:
    """Refuse a file that is not a KaeJon database this version can open; return its revision."""
    if not path.is_file():
        raise UserError(translate("errors", "The file {name} does not exist.").format(name=path))
    try:
        con = open_read_only(path)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            ok = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise UserError(translate(
            "errors", "{name} is not a KaeJon Desk database or is damaged. Choose another file."
        ).format(name=path)) from e
    if not names >= REQUIRED_TABLES or revision is None or not ok or ok[0] != "ok":
        raise UserError(translate(
            "errors", "{name} is not a KaeJon Desk database or is damaged. Choose another file."
        ).format(name=path))
    if not allow_newer and revision not in migrate.known_revisions():
        raise UserError(translate(
            "errors",
            "{name} was made by a newer version of KaeJon Desk. Install the newer version to "
            "restore it.",
        ).format(name=path))
    return revision


def restore_database(db: str | None, source: Path) -> Path | None:
    """Replace the database with a backup; the replaced database is kept as a backup first.

    Returns the path of the kept copy of the replaced database (None if there was none).
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        raise _postgres_hint()
    source = source.expanduser().absolute()
    check_backup_file(source)
    if source == path:
        raise UserError(translate("errors", "The backup file must not be the database itself."))
    kept: Path | None = None
    with user_errors(str(path)):
        if path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = path.parent / "backups" / f"{path.stem}-before-restore-{stamp}{path.suffix}"
            backup_sqlite_file(path, kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        copy_into(source, path)
    database = open_database(url)  # migrates an older backup, loads missing reference data
    try:
        with database.begin() as s:
            record(s, system_actor(s), table="database", record_id=0, action="restore",
                   old=kept, new=str(source))
    finally:
        database.dispose()
    return kept
