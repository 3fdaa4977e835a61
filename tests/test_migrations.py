"""Schema migrations: they build exactly the models, go down and up again, and guard the data."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy import exc as sa_exc

from core import i18n
from core.database import Database, open_database
from core.errors import UserError
from db import migrate
from db.backup import backup_sqlite_file
from db.engine import BUSY_TIMEOUT_MS, make_engine
from db.models import Base, Household, Member


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    eng = make_engine(empty_db_url)
    yield eng
    eng.dispose()


def schema_diffs(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def app_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_from_empty_builds_exactly_the_models(engine: Engine) -> None:
    assert migrate.current_revision(engine) is None
    assert migrate.needs_upgrade(engine)
    backup = migrate.upgrade(engine)
    assert backup is None  # nothing to back up in a new database
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(engine)
    assert schema_diffs(engine) == []
    assert set(Base.metadata.tables) <= app_tables(engine)


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    assert app_tables(engine) == set()
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_diffs(engine) == []


def test_upgrade_is_all_or_nothing(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way leaves no tables behind (DDL runs in one transaction)."""
    from alembic import command

    real_upgrade = command.upgrade

    def failing_upgrade(cfg: Database, revision: str) -> None:
        real_upgrade(cfg, revision)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", failing_upgrade)
    with pytest.raises(RuntimeError, match="power cut"):
        migrate.upgrade(engine)
    assert migrate.current_revision(engine) is None
    assert app_tables(engine) == set()


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_newer_database_is_refused(db_url: str, language: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    finally:
        engine.dispose()
    i18n.set_language(language)
    with pytest.raises(UserError) as raised:
        open_database(db_url)
    message = str(raised.value)
    assert "9999_from_the_future" in message
    assert ("newer version" if language == "en" else "ใหม่กว่า") in message


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO customers VALUES (1, 'x')")
        con.commit()
    i18n.set_language("en")
    with pytest.raises(UserError, match="not a KaeJon Desk database"):
        open_database(path)
    with closing(sqlite3.connect(path)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows = con.execute("SELECT * FROM customers").fetchall()
    assert tables == {"customers"}
    assert rows == [(1, "x")]


def test_a_refused_foreign_file_keeps_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
        con.commit()
    before = path.read_bytes()
    with pytest.raises(UserError):
        open_database(path)
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Dear diary " * 200)
    with pytest.raises(UserError):
        open_database(path)
    assert path.read_bytes() == b"Dear diary " * 200


def test_a_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    with pytest.raises(UserError) as raised:
        open_database(path)
    assert str(path) in str(raised.value)
    assert not path.exists()


def test_opening_an_up_to_date_database_makes_no_backup(db_url: str) -> None:
    database = open_database(db_url)
    database.dispose()
    assert database.upgrade_backup is None
    if "://" not in db_url:
        assert not (Path(db_url).parent / "backups").exists()


# --------------------------------------------------------------------------- backup before upgrade

PROBE_REVISION = '''"""probe: a later schema revision, made by the tests"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe_later", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("probe_later")
'''


@pytest.fixture
def later_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend to be the next app version: the shipped migrations plus one more revision."""
    old_head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_probe.py").write_text(
        PROBE_REVISION.format(revision="9000_probe", down=old_head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert migrate.head_revision() == "9000_probe"
    return old_head


def test_upgrading_an_older_file_keeps_a_backup_first(
    sqlite_database: Database, tmp_path: Path, later_app: str
) -> None:
    path = Path(sqlite_database.label)
    with sqlite_database.begin() as s:
        office_name = s.execute(text("SELECT office_name FROM office_profile")).scalar_one()
    sqlite_database.dispose()

    upgraded = open_database(path)
    try:
        backup = upgraded.upgrade_backup
        assert backup is not None
        assert backup.parent == path.parent / "backups"
        assert f"before-upgrade-{later_app}" in backup.name
        assert migrate.current_revision(upgraded.engine) == "9000_probe"
        assert "probe_later" in inspect(upgraded.engine).get_table_names()
    finally:
        upgraded.dispose()
    # The backup is the database as it was: the old revision, the same data, no new table.
    with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (later_app,)
        assert con.execute("SELECT office_name FROM office_profile").fetchone() == (office_name,)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "probe_later" not in tables
    # Opening again: up to date, no second backup.
    again = open_database(path)
    again.dispose()
    assert again.upgrade_backup is None
    assert list((path.parent / "backups").iterdir()) == [backup]


def test_backup_file_holds_uncheckpointed_writes(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    writer = sqlite3.connect(source)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("CREATE TABLE t (x INTEGER)")
        writer.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(500)])
        writer.commit()
        assert Path(str(source) + "-wal").stat().st_size > 0
        target = backup_sqlite_file(source, tmp_path / "copies" / "copy.db")
    finally:
        writer.close()
    assert target == tmp_path / "copies" / "copy.db"
    assert not Path(str(target) + ".partial").exists()
    with closing(sqlite3.connect(target)) as con:
        assert con.execute("SELECT count(*), sum(x) FROM t").fetchone() == (500, sum(range(500)))
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)


# --------------------------------------------------------------------------- SQLite specifics


def test_sqlite_connection_settings(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(database: Database) -> None:
    def add_household_in_unknown_subdistrict() -> None:
        with database.begin() as s:
            s.add(Household(subdistrict_code="999999"))

    # A broken reference is a bug in the program, not something the user can fix: it is not
    # dressed up as a user message, and nothing is written.
    with pytest.raises(sa_exc.IntegrityError):
        add_household_in_unknown_subdistrict()
    with database.begin() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 0


def fts_names(database: Database, phrase: str) -> list[int]:
    with database.begin() as s:
        return list(s.scalars(text("SELECT rowid FROM members_fts WHERE members_fts MATCH :q")
                              .bindparams(q=f'"{phrase}"')))


def test_fts_follows_members(sqlite_database: Database) -> None:
    db = sqlite_database
    with db.begin() as s:
        names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE 'members_fts%'")))
        assert {"members_fts", "members_fts_ai", "members_fts_ad", "members_fts_au"} <= names
        hh = Household(subdistrict_code="520101")
        s.add(hh)
        s.flush()
        member = Member(household_id=hh.id, first_name="สมศรี", last_name="ใจดีงาม")
        s.add(member)
        s.flush()
        member_id = member.id
    assert fts_names(db, "ใจดีงาม") == [member_id]
    assert fts_names(db, "สมศรี ใจดี") == [member_id]
    assert fts_names(db, "ศรี") == [member_id]  # a substring, thanks to trigrams

    with db.begin() as s:
        s.get_one(Member, member_id).last_name = "แก้วมณี"
    assert fts_names(db, "ใจดีงาม") == []
    assert fts_names(db, "แก้วมณี") == [member_id]

    with db.begin() as s:
        s.delete(s.get_one(Member, member_id))
    assert fts_names(db, "แก้วมณี") == []
    assert fts_names(db, "สมศรี") == []


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_has_no_fts_tables(database: Database) -> None:
    assert database.engine.dialect.name == "postgresql"
    assert not [t for t in inspect(database.engine).get_table_names() if t.startswith("members_fts")]


def test_migrating_a_database_with_data_keeps_every_row(demo_database: Database) -> None:
    """Batch migrations rebuild tables on SQLite; with data in them nothing may cascade away."""
    tables = ("households", "members", "visits", "interventions", "household_sources",
              "household_problems", "import_rows", "history", "members_fts")

    def counts() -> dict[str, int]:
        with demo_database.begin() as s:
            return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}

    before = counts()
    assert before["members"] > 300
    migrate.downgrade(demo_database.engine, "0001")
    assert migrate.current_revision(demo_database.engine) == "0001"
    migrate.upgrade(demo_database.engine)
    assert migrate.current_revision(demo_database.engine) == migrate.head_revision()
    assert counts() == before
    with demo_database.begin() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_the_fast_revision_reading_agrees_with_alembic() -> None:
    """Start-up reads the revisions from the migration files without importing Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_the_window_and_the_commands_start_without_alembic(tmp_path: Path) -> None:
    """Opening a database that is up to date does not load Alembic (it costs 0.2 s)."""
    import subprocess
    import sys

    db = tmp_path / "office.db"
    open_database(db, create=True).dispose()
    code = ("import sys; from core.database import open_database; "
            f"open_database({str(db)!r}).dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout
    assert out.strip() == "[]"
