"""Schema migrations with Alembic, run at start-up after a backup of the database file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from db.backup import backup_name, backup_sqlite_file
from db.engine import database_key, sqlite_path

if TYPE_CHECKING:  # Alembic itself loads only when a schema really changes (a faster start)
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Tables that exist in the database but not in the models: SQLite's FTS5 index and its
# shadow tables, and the distinct member names for short searches, created by hand in the
# migrations.
UNMODELLED_PREFIXES = ("members_fts", "name_words")
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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*['"]([^'"]+)['"]""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:['"]([^'"]+)['"]|None)\s*$""", re.M)


def _revision_graph() -> dict[str, str | None]:
    """Every migration's revision and the one it follows.

    Read from the files' headers (what Alembic's script directory tells, without importing
    Alembic at start-up); a file whose header is written another way is left to Alembic.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            return _alembic_graph()
        graph[rev.group(1)] = down.group(1)
    return graph


def _alembic_graph() -> dict[str, str | None]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    graph: dict[str, str | None] = {}
    for rev in script.walk_revisions():
        down = rev.down_revision
        if isinstance(down, tuple | list):
            raise RuntimeError(f"merge revision {rev.revision} is not supported")
        graph[rev.revision] = down
    return graph


def head_revision() -> str:
    """The newest schema revision this app knows."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """All schema revisions this app knows."""
    return set(_revision_graph())


def stored_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database (None for an empty database)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None for an empty database)."""
    with engine.connect() as conn:
        return stored_revision(conn)


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
        backup = backup_name(path, f"before-upgrade-{current}", folder=backup_dir)
        backup_sqlite_file(path, backup, key=database_key(engine.url))
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, revision))
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back (used by tests and by developers, not by users)."""
    from alembic import command

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
