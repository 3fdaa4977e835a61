"""Backup and restore of the office database file."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from core import i18n
from core.backup import backup_database, check_backup_file, restore_database
from core.database import Database, open_database
from core.errors import UserError
from db.models import HistoryEntry, Household, Intervention, Member, Visit

COUNTED = (Household, Member, Visit, Intervention)


def counts(database: Database) -> dict[str, int]:
    with database.begin() as s:
        return {m.__name__: int(s.scalar(select(func.count()).select_from(m)) or 0) for m in COUNTED}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def history_actions(database: Database) -> list[tuple[str, str | None, str | None]]:
    with database.begin() as s:
        return [(e.action, e.old_value, e.new_value) for e in s.scalars(
            select(HistoryEntry).where(HistoryEntry.table_name == "database")
            .order_by(HistoryEntry.id))]


def test_backup_then_restore_gives_the_same_data_back(demo_database: Database, tmp_path: Path) -> None:
    path = Path(demo_database.label)
    original = counts(demo_database)
    assert original["Household"] == 300
    demo_database.dispose()

    out = backup_database(str(path), tmp_path / "copies" / "monday.db")
    assert out == tmp_path / "copies" / "monday.db"
    assert check_backup_file(out)

    # Work goes on after the backup: half the households are deleted.
    with demo_database.begin() as s:
        s.execute(delete(Household).where(Household.id % 2 == 0))
    changed = counts(demo_database)
    assert changed["Household"] == 150
    demo_database.dispose()

    kept = restore_database(str(path), out)
    assert kept is not None
    assert kept.parent == path.parent / "backups"
    assert "before-restore" in kept.name

    restored = open_database(path)
    try:
        assert counts(restored) == original
        actions = history_actions(restored)
    finally:
        restored.dispose()
    # The copy was taken before the backup was noted; the restore is noted in the restored file.
    assert actions == [("restore", str(kept), str(out))]

    # The replaced database was kept as it was.
    replaced = open_database(kept)
    try:
        assert counts(replaced) == changed
        assert history_actions(replaced) == [("backup", None, str(out))]
    finally:
        replaced.dispose()


def test_backup_into_a_folder_names_the_file(sqlite_database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    out = backup_database(sqlite_database.label, folder)
    assert out.parent == folder
    assert out.suffix == ".db"
    assert out.name.startswith("office-")
    check_backup_file(out)


def test_the_backup_must_not_be_the_database(sqlite_database: Database) -> None:
    path = Path(sqlite_database.label)
    before = counts(sqlite_database)
    with pytest.raises(UserError):
        backup_database(str(path), path)
    with pytest.raises(UserError):
        restore_database(str(path), path)
    assert counts(sqlite_database) == before


def test_restore_into_a_new_file(sqlite_database: Database, tmp_path: Path) -> None:
    out = backup_database(sqlite_database.label, tmp_path / "b.db")
    target = tmp_path / "elsewhere" / "new.db"
    assert restore_database(str(target), out) is None  # nothing was replaced
    database = open_database(target)
    try:
        office = database.office()
        assert office is not None
        assert office.district_code == "5201"
    finally:
        database.dispose()


@pytest.fixture
def target(sqlite_database: Database) -> Path:
    """The office database, closed, with its content fingerprinted."""
    sqlite_database.dispose()
    return Path(sqlite_database.label)


def refuse_restore(target: Path, source: Path) -> str:
    before = file_digest(target)
    with pytest.raises(UserError) as raised:
        restore_database(str(target), source)
    assert file_digest(target) == before
    assert not (target.parent / "backups").exists()
    return str(raised.value)


def test_restore_refuses_a_file_that_is_not_a_database(target: Path, tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 5000)
    assert str(source) in refuse_restore(target, source)


def test_restore_refuses_another_programs_sqlite_file(target: Path, tmp_path: Path) -> None:
    source = tmp_path / "accounts.db"
    with closing(sqlite3.connect(source)) as con:
        con.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)")
        con.execute("INSERT INTO ledger VALUES (1, 10.5)")
        con.commit()
    i18n.set_language("en")
    assert "not a KaeJon Desk database" in refuse_restore(target, source)


def test_restore_refuses_a_backup_from_a_newer_version(target: Path, tmp_path: Path) -> None:
    out = backup_database(str(target), tmp_path / "b.db")
    with closing(sqlite3.connect(out)) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
    i18n.set_language("en")
    assert "newer version" in refuse_restore(target, out)


def test_restore_refuses_a_missing_file(target: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    assert str(missing) in refuse_restore(target, missing)


def test_restore_refuses_an_empty_sqlite_file(target: Path, tmp_path: Path) -> None:
    source = tmp_path / "empty.db"
    source.touch()
    refuse_restore(target, source)


@pytest.mark.parametrize("language", ["th", "en"])
def test_postgresql_databases_are_pointed_to_pg_dump(tmp_path: Path, language: str) -> None:
    url = "postgresql+psycopg://kaejon:secret@db.example/office"
    i18n.set_language(language)
    with pytest.raises(UserError, match="pg_dump"):
        backup_database(url, tmp_path / "x.db")
    with pytest.raises(UserError, match="pg_dump"):
        restore_database(url, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_backup_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(UserError):
        backup_database(str(missing), tmp_path / "out.db")
    assert not missing.exists()
    assert not (tmp_path / "out.db").exists()


def test_only_those_allowed_back_up_or_restore(demo_database: Database, tmp_path: Path) -> None:
    """The rule is in core: an officer or a viewer is refused, and nothing is written."""
    from core.access import PermissionDenied
    from core.history import Actor

    path = demo_database.file
    assert path is not None
    good = backup_database(str(path), tmp_path / "good.db")
    before = counts(demo_database)
    demo_database.dispose()  # (the last connection folds the write-ahead log into the file)
    digest = file_digest(path)
    for role in ("officer", "viewer"):
        who = Actor(None, f"a-{role}", role)
        with pytest.raises(PermissionDenied):
            backup_database(str(path), tmp_path / f"{role}.db", actor=who)
        assert not (tmp_path / f"{role}.db").exists()
        with pytest.raises(PermissionDenied):
            restore_database(str(path), good, actor=who)
    assert file_digest(path) == digest
    assert counts(demo_database) == before
