"""Schema migrations with Alembic, run at start-up after a backup of the database file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from db.backup import backup_sqlite_file
from db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Tables that exist in the database but not in the models: SQLite's FTS5 index and its
# shadow tables, created by hand in the migrations.
UNMODELLED_PREFIXES = ("members_fts",)
MIGRATION_LOCK = 5_201_001  # PostgreSQL advisory lock key held while migrating


class NewerDatabaseError(Exception):
    """The database was written by a newer version of the app."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema revision {revision} is newer than this app")
        self.revision = revision


class NotAnAppDatabaseError(Exception):
    """The database holds tables, but not this app's schema."""


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: ignore the hand-made FTS tables when comparing with the models."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_PREFIXES))


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped with the app."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """All schema revisions this app knows."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_database(engine: Engine) -> str | None:
    """Return the stored revision; refuse databases from newer apps or other programs."""
    rev = current_revision(engine)
    if rev is None:
        names = set(inspect(engine).get_table_names())
        if names - {"alembic_version"}:
            raise NotAnAppDatabaseError("database has tables but no KaeJon schema revision")
        return None
    if rev not in known_revisions():
        raise NewerDatabaseError(rev)
    return rev


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind this app's schema."""
    return check_database(engine) != head_revision()


def upgrade(engine: Engine, *, backup_dir: Path | None = None, revision: str = "head") -> Path | None:
    """Bring the schema up to ``revision`` in one transaction.

    An existing SQLite database that is behind is first copied to ``backup_dir``
    (default: a ``backups`` folder beside it); the copy's path is returned.
    """
    current = check_database(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup: Path | None = None
    path = sqlite_path(engine.url)
    if current is not None and path is not None and path.exists():
        folder = backup_dir or path.parent / "backups"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = folder / f"{path.stem}-before-upgrade-{current}-{stamp}{path.suffix}"
        backup_sqlite_file(path, backup)
    _run(engine, lambda cfg: command.upgrade(cfg, revision))
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back (used by tests and by developers, not by users)."""
    _run(engine, lambda cfg: command.downgrade(cfg, revision))


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run Alembic in one transaction on one connection.

    On SQLite, batch migrations copy a table, drop the old one and rename the copy; with
    foreign keys on, dropping a parent table would cascade into its children. So foreign keys
    are off for the migration (SQLite only allows that outside a transaction) and checked
    before the commit instead.
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection
        if sqlite:
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two office PCs starting a new version at once: one migrates, the other
                    # waits here and then finds nothing left to do.
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                cfg.attributes["connection"] = conn
                step(cfg)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                assert raw is not None
                raw.execute("PRAGMA foreign_keys=ON")
