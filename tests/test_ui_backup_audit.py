"""The settings page's backups (list, rotation setting, restore from the window) and the audit
log viewer, with the modal prompts replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select

from core.audit import record_audit
from core.backup import automatic_backup, backup_keep, list_backups
from core.database import Database
from db.models import AuditEntry, Household
from ui import operations, prompts
from ui.audit_window import AuditLogWindow
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.translation import install_translators

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("KAEJON_SCREENSHOTS")


@pytest.fixture
def thai(qapp: QApplication) -> None:
    from ui.theme import apply_theme

    install_translators(qapp, "th")
    apply_theme(qapp)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"info": [], "error": [], "asked": []}
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: said["info"].append(m))
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: said["error"].append(m))
    monkeypatch.setattr(prompts, "confirm", lambda _p, q: said["asked"].append(q) or True)
    return said


def households(database: Database) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count()).select_from(Household)) or 0)


def shoot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def test_restore_from_the_window_replaces_the_database_and_keeps_the_old(
        qtbot: QtBot, thai: None, demo_database: Database, answers: dict[str, list[str]]) -> None:
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.settings_page
    actor = window.actor
    copy = automatic_backup(demo_database, actor, "daily")
    assert copy is not None
    before = households(demo_database)
    with demo_database.begin() as s:  # work after the backup
        s.execute(delete(Household).where(Household.id % 3 == 0))
    changed = households(demo_database)
    assert changed < before
    window.sidebar.setCurrentRow(window.pages.index(page))
    assert page.backups.rowCount() == 1
    assert page.backups.item(0, 3).text() == copy.name
    assert page.backups.item(0, 1).text() == "ประจำวัน เมื่อเปิดโปรแกรม"
    shoot(window, "settings-backups.png")
    page.backups.selectRow(0)
    with qtbot.waitSignal(page.database_restored, timeout=30_000) as signal:
        assert page.ask_restore() is not None
    assert len(answers["asked"]) == 1
    assert "สำรอง" in answers["asked"][0]
    kept = signal.args[0]
    assert isinstance(kept, Path)
    assert kept.exists()
    assert "before-restore" in kept.name
    new = window.successor
    assert new is not None
    qtbot.addWidget(new)
    assert households(new.database) == before  # the restored data, in the reopened window
    assert new.database.url == demo_database.url
    assert any("สำรอง" in m for m in answers["info"])
    # the replaced database is kept, as it was, and listed
    from core.database import open_database

    old = open_database(kept)
    try:
        assert households(old) == changed
    finally:
        old.dispose()
    assert kept.name in {new.settings_page.backups.item(r, 3).text()
                         for r in range(new.settings_page.backups.rowCount())}
    with new.database.read() as s:
        restore = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert restore.target == str(copy)
    assert restore.detail is not None
    assert restore.detail["kept"] == str(kept)
    new.close()
    new.database.dispose()


def test_the_number_kept_is_an_office_setting(qtbot: QtBot, thai: None,
                                              sqlite_database: Database,
                                              answers: dict[str, list[str]]) -> None:
    page = SettingsPage(sqlite_database, sqlite_database.system_actor())
    qtbot.addWidget(page)
    page.keep.setValue(3)
    page.keep.editingFinished.emit()
    with sqlite_database.read() as s:
        assert backup_keep(s) == 3
    for _ in range(5):
        automatic_backup(sqlite_database, page.actor, "before-import")
    assert len(list_backups(Path(sqlite_database.label))) == 3
    page.refresh()
    assert page.backups.rowCount() == 3


def test_the_daily_backup_runs_once_in_the_background(qtbot: QtBot, thai: None,
                                                      sqlite_database: Database) -> None:
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    op = window.start_daily_backup()
    assert op is not None
    assert operations.wait_for_background_jobs()
    qtbot.waitUntil(lambda: hasattr(window, "daily_backup_seconds"))
    assert [b.kind for b in list_backups(Path(sqlite_database.label))] == ["daily"]
    assert window.start_daily_backup() is None  # at most once a day


@pytest.mark.postgres
def test_a_server_database_is_pointed_to_pg_dump(qtbot: QtBot, thai: None, db_url: str,
                                                 database: Database) -> None:
    if database.file is not None:
        pytest.skip("PostgreSQL only")
    page = SettingsPage(database, database.system_actor())
    qtbot.addWidget(page)
    texts = " ".join(w.text() for w in page.findChildren(type(page.database_label)))
    assert "pg_dump" in texts
    assert "pg_restore" in texts
    assert page.backups.isHidden() or page.backups.parent() is None


def test_the_audit_viewer_filters(qtbot: QtBot, thai: None, sqlite_database: Database,
                                  tmp_path: Path) -> None:
    actor = sqlite_database.system_actor()
    automatic_backup(sqlite_database, actor, "daily")
    with sqlite_database.begin() as s:
        for n in range(3):
            record_audit(s, actor, "print", target=f"/เอกสาร/แบบสอบทาน-{n}.pdf",
                         detail={"households": 2, "household_ids": f"{n * 10 + 1}-{n * 10 + 2}",
                                 "kind": "verification"})
        record_audit(s, actor, "export_list", target="/เอกสาร/รายชื่อครัวเรือน.xlsx",
                     detail={"households": 300, "household_ids": "1-300"})
    page = SettingsPage(sqlite_database, actor)
    qtbot.addWidget(page)
    window = page.open_audit_log()
    assert isinstance(window, AuditLogWindow)
    qtbot.addWidget(window)
    assert window.table.rowCount() == 5
    window.action.setCurrentIndex(window.action.findData("print"))
    assert window.table.rowCount() == 3
    assert {window.table.item(r, 3).text() for r in range(3)} == {"พิมพ์หรือบันทึกเอกสาร"}
    window.action.setCurrentIndex(0)
    window.text.setText("21-22")
    window.text.editingFinished.emit()
    assert window.table.rowCount() == 1
    assert window.table.item(0, 4).text() == "/เอกสาร/แบบสอบทาน-2.pdf"
    window.text.setText("")
    window.text.editingFinished.emit()
    assert window.verify() is True
    shoot(window, "audit-log.png")
    with sqlite_database.begin() as s:  # behind the program's back
        s.execute(delete(AuditEntry).where(AuditEntry.action == "export_list"))
    assert window.verify() is False
    assert "รายการ" in window.chain.text()
