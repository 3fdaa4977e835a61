"""Automatic backups: once a day, before every import and migration, rotated to the newest N;
copies people made and databases replaced by a restore are never removed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from core.backup import (
    DEFAULT_KEEP,
    automatic_backup,
    backup_database,
    backup_keep,
    check_backup_file,
    daily_backup,
    daily_backup_due,
    list_backups,
    restore_database,
    rotate_backups,
    set_backup_keep,
)
from core.database import Database, open_database
from core.errors import UserError
from db import migrate
from db.models import AuditEntry
from tests import messy_files as mf
from tests.test_cli import run


def audit(database: Database, action: str) -> list[AuditEntry]:
    with database.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)))


def test_rotation_keeps_exactly_the_newest_n(sqlite_database: Database) -> None:
    path = Path(sqlite_database.label)
    actor = sqlite_database.system_actor()
    with sqlite_database.begin() as s:
        assert backup_keep(s) == DEFAULT_KEEP
        set_backup_keep(s, actor, 4)
    (path.parent / "backups").mkdir()
    manual = backup_database(str(path), path.parent / "backups")  # made by a person: stays
    made = [automatic_backup(sqlite_database, actor, kind)
            for kind in ("daily", "before-import", "before-import", "daily", "before-import",
                         "before-import", "before-import")]
    automatic = [b for b in list_backups(path) if b.automatic]
    assert [b.path for b in automatic] == list(reversed(made))[:4]
    assert all(not p.exists() for p in made[:3] if p is not None)
    assert manual.exists()
    assert any(b.kind == "manual" for b in list_backups(path))
    for backup in automatic:
        check_backup_file(backup.path)  # each one a whole database
    # each copy is in the audit log, with why it was made
    reasons = [e.detail["reason"] for e in audit(sqlite_database, "backup") if e.detail]
    assert reasons == ["manual", "daily", "before-import", "before-import", "daily",
                       "before-import", "before-import", "before-import"]
    # fewer kept from now on: the oldest go at once on the next rotation
    assert len(rotate_backups(path, 2)) == 2
    assert len([b for b in list_backups(path) if b.automatic]) == 2


def test_the_number_kept_is_checked(sqlite_database: Database) -> None:
    with sqlite_database.begin() as s, pytest.raises(UserError):
        set_backup_keep(s, sqlite_database.system_actor(), 0)
    with sqlite_database.begin() as s:
        set_backup_keep(s, sqlite_database.system_actor(), 30)
    with sqlite_database.read() as s:
        assert backup_keep(s) == 30
    (entry,) = audit(sqlite_database, "setting")
    assert entry.detail == {"old": DEFAULT_KEEP, "new": 30}


def test_the_daily_backup_is_made_at_most_once_a_day(sqlite_database: Database) -> None:
    path = Path(sqlite_database.label)
    actor = sqlite_database.system_actor()
    today = dt.date.today()
    assert daily_backup_due(path, today=today)
    first = daily_backup(sqlite_database, actor, today=today)
    assert first is not None
    assert first.exists()
    assert not daily_backup_due(path, today=today)
    assert daily_backup(sqlite_database, actor, today=today) is None
    # an import's backup does not count as the day's
    automatic_backup(sqlite_database, actor, "before-import")
    assert [b.kind for b in list_backups(path)].count("daily") == 1
    # the next day one more is due
    assert daily_backup_due(path, today=today + dt.timedelta(days=1))


def test_a_server_database_gets_no_automatic_copy(database: Database) -> None:
    if database.file is not None:
        pytest.skip("PostgreSQL only")
    actor = database.system_actor()
    assert automatic_backup(database, actor, "daily") is None
    assert not daily_backup_due(database.file)


def test_the_command_line_import_backs_up_first(capsys: pytest.CaptureFixture[str],
                                                sqlite_database: Database,
                                                tmp_path: Path) -> None:
    path = Path(sqlite_database.label)
    listing = mf.tpmap_person_xlsx(tmp_path)
    sqlite_database.dispose()
    code, _out, err = run(capsys, "import", str(listing.path), "--db", str(path), "--json")
    assert (code, err) == (0, ""), err
    (copy,) = list_backups(path)
    assert copy.kind == "before-import"
    before = open_database(copy.path)
    try:  # the copy holds the database as it was before the import
        assert before.office() is not None
        with before.read() as s:
            assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    finally:
        before.dispose()
    actions = [e.action for e in audit(sqlite_database, "backup") + audit(sqlite_database,
                                                                          "import")]
    assert actions == ["backup", "import"]
    (imported,) = audit(sqlite_database, "import")
    assert imported.target == listing.path.name
    assert imported.detail is not None
    assert imported.detail["rows_read"] == listing.expected["rows_read"]
    # a dry run writes nothing, so it copies nothing
    code, _out, err = run(capsys, "import", str(listing.path), "--db", str(path), "--dry-run")
    assert code == 0
    assert len(list_backups(path)) == 1


def test_the_upgrade_backup_is_audited_and_rotated(sqlite_template: Path,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(sqlite_template, path)
    engine_db = open_database(path)
    engine = engine_db.engine
    first = sorted(migrate.known_revisions())[0]
    engine_db.dispose()
    migrate.downgrade(engine, first)
    engine.dispose()
    database = open_database(path)
    try:
        assert database.upgrade_backup is not None
        (copy,) = list_backups(path)
        assert copy.kind == "before-upgrade"
        assert copy.path == database.upgrade_backup
        (entry,) = audit(database, "backup")
        assert entry.detail is not None
        assert entry.detail["reason"] == "before-upgrade"
    finally:
        database.dispose()


def test_restore_is_audited_under_the_user_who_asked(sqlite_database: Database,
                                                     tmp_path: Path) -> None:
    path = Path(sqlite_database.label)
    actor = sqlite_database.system_actor()
    copy = automatic_backup(sqlite_database, actor, "daily")
    assert copy is not None
    sqlite_database.dispose()
    kept = restore_database(str(path), copy, actor=actor)
    assert kept is not None
    assert kept.exists()
    restored = open_database(path)
    try:
        (entry,) = audit(restored, "restore")
        assert entry.username == actor.username
        assert entry.target == str(copy)
        assert entry.detail == {"kept": str(kept), "requested_by": actor.username}
    finally:
        restored.dispose()
    # the database kept before the restore is never rotated away
    assert not rotate_backups(path, 1) or kept.exists()
    assert kept.exists()
