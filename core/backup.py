"""Backing up and restoring an office database (SQLite files; PostgreSQL uses its own tools).

Besides the backups people ask for, the program copies an SQLite database by itself into the
``backups`` folder beside it: once a day when the window opens it (``daily``), before every
import (``before-import``) and before a migration (``before-upgrade-…``, made by
:func:`db.migrate.upgrade`). Of these automatic copies only the newest N are kept (the office
setting ``backup.keep``); copies people made and the database kept before a restore are never
removed. Every backup and restore is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import keyring
from core.access import Permission, require
from core.audit import BACKUP, RESTORE, SETTING, record_audit
from core.database import Database, keyed_url, open_database
from core.errors import UserError, user_errors
from core.history import Actor, record, system_actor
from core.i18n import translate
from db import migrate
from db.backup import (
    BACKUP_FOLDER,
    backup_name,
    backup_sqlite_file,
    copy_into,
    copy_keyring,
    keyring_file,
    open_read_only,
)
from db.engine import database_errors, database_key, file_is_encrypted, resolve_url, sqlite_path
from db.models import AppSetting, User

KEEP_KEY = "backup.keep"
DEFAULT_KEEP = 14
MAX_KEEP = 365
DAILY, BEFORE_IMPORT, BEFORE_UPGRADE, BEFORE_RESTORE = (
    "daily", "before-import", "before-upgrade", "before-restore")
AUTOMATIC = (DAILY, BEFORE_IMPORT, BEFORE_UPGRADE)
_NAME = re.compile(r"-(daily|before-import|before-upgrade-[^/]*?|before-restore)?-?"
                   r"(\d{8}-\d{6})(?:-(\d+))?$")

REQUIRED_TABLES = {"alembic_version", "households", "members", "office_profile"}


def _postgres_hint() -> UserError:
    return UserError(translate(
        "errors",
        "Backup and restore here work on SQLite database files. For a PostgreSQL server use "
        "pg_dump -Fc DATABASE > FILE and pg_restore -d DATABASE FILE.",
    ))


def backup_database(db: str | None, out: Path, *, actor: Actor | None = None,
                    key: str | None = None) -> Path:
    """Write a consistent copy of the database to ``out`` and note it in the history.

    The file is copied as it is (no migration first): even a database from a newer version
    of the program can be backed up. ``actor`` (the person asking) must be allowed to.
    """
    if actor is not None:
        require(actor, Permission.BACKUP)
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        raise _postgres_hint()
    if not path.is_file():
        raise UserError(translate("errors", "The file {name} does not exist.").format(name=path))
    url = keyed_url(url, path, key)
    key = database_key(url)
    out = out.expanduser().absolute()
    if out.exists() and out.is_dir():
        out = out / f"{path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    if out == path:
        raise UserError(translate("errors", "The backup file must not be the database itself."))
    with user_errors(str(out)):
        backup_sqlite_file(path, out, key=key)
    revision = check_backup_file(out, allow_newer=True, key=key)
    if revision == migrate.head_revision():
        database = open_database(url)
        try:
            with database.begin() as s:
                who = actor or system_actor(s)
                record(s, who, table="database", record_id=0, action="backup", new=str(out))
                _audit_backup(s, who, out, "manual")
        finally:
            database.dispose()
    return out


def _audit_backup(session: Session, actor: Actor, out: Path, reason: str) -> None:
    record_audit(session, actor, BACKUP, target=str(out),
                 detail={"reason": reason, "bytes": out.stat().st_size})


# --------------------------------------------------------------------------- automatic copies


def backup_keep(session: Session) -> int:
    """How many automatic backups are kept (the office setting)."""
    row = session.get(AppSetting, KEEP_KEY)
    try:
        return max(1, min(MAX_KEEP, int(row.value))) if row is not None else DEFAULT_KEEP
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def set_backup_keep(session: Session, actor: Actor, keep: int) -> None:
    """Change how many automatic backups are kept (1 to 365)."""
    require(actor, Permission.BACKUP)
    if not 1 <= keep <= MAX_KEEP:
        raise UserError(translate("errors", "Keep between 1 and {most} automatic backups.")
                        .format(most=MAX_KEEP))
    old = backup_keep(session)
    row = session.get(AppSetting, KEEP_KEY)
    if row is None:
        session.add(AppSetting(key=KEEP_KEY, value=keep))
    else:
        row.value = keep
    if old != keep:
        record_audit(session, actor, SETTING, target=KEEP_KEY, detail={"old": old, "new": keep})


@dataclass(frozen=True)
class BackupFile:
    """A backup in the folder beside the database."""

    path: Path
    kind: str  # daily, before-import, before-upgrade, before-restore, manual
    made: dt.datetime
    size: int

    @property
    def automatic(self) -> bool:
        """Made by the program itself (and so removed when more than N are kept)."""
        return self.kind in AUTOMATIC


def backups_folder(database_file: Path) -> Path:
    """Where the program keeps the copies of a database file."""
    return database_file.parent / BACKUP_FOLDER


def list_backups(database_file: Path) -> list[BackupFile]:
    """The copies of this database in its backups folder, newest first."""
    folder = backups_folder(database_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if not (path.is_file() and path.suffix == database_file.suffix
                and path.stem.startswith(database_file.stem + "-")):
            continue
        match = _NAME.search(path.stem)
        if match is None:
            continue
        kind = match.group(1) or "manual"
        kind = BEFORE_UPGRADE if kind.startswith(BEFORE_UPGRADE) else kind
        made = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
        order = int(match.group(3) or 1)
        found.append((made, order, BackupFile(path, kind, made, path.stat().st_size)))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [f[2] for f in found]


def rotate_backups(database_file: Path, keep: int) -> list[Path]:
    """Remove the oldest automatic backups beyond the newest ``keep``; return what was removed."""
    automatic = [b for b in list_backups(database_file) if b.automatic]
    removed = []
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)
        keyring_file(old.path).unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def automatic_backup(database: Database, actor: Actor, reason: str) -> Path | None:
    """Copy an SQLite database into its backups folder, note it, and keep only the newest N
    automatic copies. None for a server database (its administrator uses pg_dump)."""
    path = database.file
    if path is None or not path.exists():
        return None
    out = backup_name(path, reason)
    with user_errors(str(out)):
        backup_sqlite_file(path, out, key=database_key(database.url))
    with database.begin() as s:
        _audit_backup(s, actor, out, reason)
        keep = backup_keep(s)
    with user_errors(str(out.parent)):
        rotate_backups(path, keep)
    return out


def backup_before_import(database: Database, actor: Actor) -> Path | None:
    """The copy taken before an import is written."""
    return automatic_backup(database, actor, BEFORE_IMPORT)


def daily_backup_due(database_file: Path | None, *, today: dt.date | None = None) -> bool:
    """Whether today's start-up backup is still to be made (at most one a day)."""
    if database_file is None or not database_file.exists():
        return False
    today = today or dt.date.today()
    return not any(b.kind == DAILY and b.made.date() == today
                   for b in list_backups(database_file))


def daily_backup(database: Database, actor: Actor, *, today: dt.date | None = None
                 ) -> Path | None:
    """The start-up backup, if none was made today."""
    if not daily_backup_due(database.file, today=today):
        return None
    return automatic_backup(database, actor, DAILY)


def note_upgrade_backup(database: Database) -> None:
    """Audit (and rotate) the copy :func:`db.migrate.upgrade` made before migrating."""
    copy, path = database.upgrade_backup, database.file
    if copy is None or path is None or not copy.exists():
        return
    with database.begin() as s:
        _audit_backup(s, system_actor(s), copy, BEFORE_UPGRADE)
        keep = backup_keep(s)
    rotate_backups(path, keep)


def check_backup_file(path: Path, *, allow_newer: bool = False, key: str | None = None) -> str:
    """Refuse a file that is not a KaeJon database this version can open; return its revision.

    ``key``: the database is encrypted, and so must the backup be, under the same passphrase.
    """
    if not path.is_file():
        raise UserError(translate("errors", "The file {name} does not exist.").format(name=path))
    if key is None and file_is_encrypted(path):
        raise UserError(translate(
            "errors", "The backup {name} is encrypted, but this database is not. Restore it "
            "into an encrypted database with the same passphrase.").format(name=path))
    if key is not None and path.stat().st_size and not file_is_encrypted(path):
        raise UserError(translate(
            "errors", "The backup {name} is not encrypted, but this database is: it cannot be "
            "restored here.").format(name=path))
    try:
        con = open_read_only(path, key=key)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            ok = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except database_errors() as e:
        message = translate(
            "errors", "{name} is not a KaeJon Desk database or is damaged. Choose another file.")
        if key is not None:
            message = translate("errors", "The backup {name} does not open with this database's "
                                "passphrase, or it is damaged.")
        raise UserError(message.format(name=path)) from e
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


def restore_database(db: str | None, source: Path, *, actor: Actor | None = None,
                     key: str | None = None) -> Path | None:
    """Replace the database with a backup; the replaced database is kept as a backup first.

    Returns the path of the kept copy of the replaced database (None if there was none).
    The restore is written to the restored database's audit log, under ``actor`` when that
    user exists in it (else the system account, naming who asked), who must be allowed to.
    """
    if actor is not None:
        require(actor, Permission.RESTORE)
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        raise _postgres_hint()
    url = keyed_url(url, path if path.exists() else None, key)
    key = database_key(url)
    source = source.expanduser().absolute()
    check_backup_file(source, key=key)
    if source == path:
        raise UserError(translate("errors", "The backup file must not be the database itself."))
    kept: Path | None = None
    with user_errors(str(path)):
        if path.exists():
            kept = backup_name(path, BEFORE_RESTORE)
            backup_sqlite_file(path, kept, key=key)
        path.parent.mkdir(parents=True, exist_ok=True)
        copy_into(source, path, key=key)
        # the passwords that opened it then open it again (none kept: the passphrase does)
        copy_keyring(source, path, replace_missing=True)
    database = open_database(url)  # migrates an older backup, loads missing reference data
    try:
        with database.begin() as s:
            who = system_actor(s)
            user = s.get(User, actor.user_id or 0) if actor is not None else None
            if actor is not None and user is not None and user.username == actor.username:
                who = actor
            record(s, who, table="database", record_id=0, action="restore",
                   old=kept, new=str(source))
            record_audit(s, who, RESTORE, target=str(source), detail={
                "kept": str(kept) if kept else None,
                "requested_by": actor.username if actor else who.username})
            active = set(s.scalars(select(User.username).where(User.active.is_(True),
                                                               User.is_system.is_(False))))
        with user_errors(str(path)):
            keyring.keep_only(path, active)  # no key for accounts the restored data lacks
    finally:
        database.dispose()
    return kept
