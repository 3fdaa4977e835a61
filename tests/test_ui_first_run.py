"""First run: the dialog creates the office database for the chosen district."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from core.settings import load_settings
from db.models import OfficeProfile, User
from ui import app as ui_app
from ui.first_run import FirstRunDialog, FirstRunResult
from ui.translation import install_translators

pytestmark = pytest.mark.gui


def type_thai(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type Thai as an input method would (QTest can only type Latin-1)."""
    edit.setFocus()
    edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)
    qtbot.wait(1)


@pytest.fixture(autouse=True)
def _thai(qapp: QApplication) -> None:
    install_translators(qapp, "th")


def test_defaults_to_lampang_and_follows_the_district(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "office.db")
    qtbot.addWidget(dialog)
    assert dialog.province.currentText() == "ลำปาง"
    assert dialog.district.currentData() == "5201"
    assert dialog.office_name.text().endswith("อำเภอเมืองลำปาง")
    dialog.province.setCurrentIndex(dialog.province.findData("45"))
    assert dialog.district.currentData().startswith("45")
    dialog.district.setCurrentIndex(dialog.district.findData("4501"))
    assert dialog.office_name.text().endswith("อำเภอเมืองร้อยเอ็ด")
    assert dialog.chief_position.text() == "นายอำเภอเมืองร้อยเอ็ด"


def test_a_typed_office_name_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "office.db")
    qtbot.addWidget(dialog)
    dialog.office_name.clear()
    qtbot.keyClicks(dialog.office_name, "X")  # textEdited comes from typing only
    type_thai(qtbot, dialog.office_name, "สำนักงานพัฒนาชุมชนอำเภอเถิน")
    dialog.province.setCurrentIndex(dialog.province.findData("52"))
    dialog.district.setCurrentIndex(dialog.district.findData("5208"))
    assert dialog.office_name.text() == "สำนักงานพัฒนาชุมชนอำเภอเถิน"


ADMIN_PASSWORD = "รหัสผู้ดูแล-2569"


def fill_admin(dialog: FirstRunDialog, password: str = ADMIN_PASSWORD,
               again: str | None = None) -> None:
    """The administrator's password, typed twice."""
    dialog.admin.password.setText(password)
    dialog.admin.password_again.setText(password if again is None else again)


def test_the_administrator_needs_a_password_typed_twice(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "office.db")
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.result_value is None
    assert "8" in dialog.error.text()
    fill_admin(dialog, again="อย่างอื่น-2569")
    dialog.create_button.click()
    assert dialog.result_value is None
    assert dialog.error.text() == "รหัสผ่านสองช่องไม่ตรงกัน"
    fill_admin(dialog)
    dialog.create_button.click()
    assert dialog.result_value is not None
    assert dialog.result_value.setup is not None
    assert dialog.result_value.setup.admin_password == ADMIN_PASSWORD


def test_create_button_returns_the_setup(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "office.db")
    qtbot.addWidget(dialog)
    dialog.district.setCurrentIndex(dialog.district.findData("5208"))
    type_thai(qtbot, dialog.chief_name, "นายสมชาย ใจดี")
    type_thai(qtbot, dialog.officer_name, "นางสาวศรีนวล คำแปง")
    dialog.add_demo.setChecked(True)
    fill_admin(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    result = dialog.result_value
    assert result is not None
    assert result.database == tmp_path / "office.db"
    assert result.add_demo
    assert result.setup is not None
    assert result.setup.district_code == "5208"
    assert result.setup.chief_name == "นายสมชาย ใจดี"
    assert result.setup.officer_name == "นางสาวศรีนวล คำแปง"


def test_first_run_creates_the_office_database(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data" / "office.db"
    asked: list[Path] = []

    def answer(default_path: Path) -> FirstRunResult:
        asked.append(default_path)
        dialog = FirstRunDialog(default_path)
        qtbot.addWidget(dialog)
        dialog.district.setCurrentIndex(dialog.district.findData("5210"))
        dialog.set_database_path(target)
        fill_admin(dialog)
        dialog.create_button.click()
        assert dialog.result_value is not None
        return dialog.result_value

    monkeypatch.setattr(ui_app, "ask_first_run", answer)
    database = ui_app.open_or_first_run(None)
    assert database is not None
    try:
        assert len(asked) == 1
        assert target.exists()
        with database.begin() as s:
            office = s.query(OfficeProfile).one()
            assert office.district_code == "5210"
            assert office.office_name.endswith("อำเภอแม่ทะ")
            assert s.query(User).filter_by(username="admin", role="admin").count() == 1
        # The administrator made in the dialog is signed in; the window opens for them.
        actor = ui_app.signed_in_actor(database)
        assert actor is not None
        assert (actor.username, actor.role) == ("admin", "admin")
        assert load_settings().last_database == str(target)
        # The next start opens the same database without asking.
        again = ui_app.open_or_first_run(None)
        assert again is not None
        assert again.label == str(target)
        again.dispose()
        assert len(asked) == 1
    finally:
        database.dispose()


def test_cancelling_the_first_run_opens_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_app, "ask_first_run", lambda _path: None)
    assert ui_app.open_or_first_run(None) is None


def test_a_bad_file_gives_a_thai_message_then_first_run(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    monkeypatch.setattr(ui_app.prompts, "show_user_error", lambda _p, m: messages.append(m))
    monkeypatch.setattr(ui_app, "ask_first_run", lambda _path: None)
    assert ui_app.open_or_first_run(str(bad)) is None
    assert len(messages) == 1
    assert "ไม่ใช่ฐานข้อมูลแก้จนเดสก์" in messages[0]
    assert bad.read_bytes() == b"this is not a database" * 100


def test_first_run_with_demo_data_labels_the_window(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main_window import MainWindow

    def answer(default_path: Path) -> FirstRunResult:
        dialog = FirstRunDialog(default_path)
        qtbot.addWidget(dialog)
        dialog.set_database_path(tmp_path / "try.db")
        dialog.add_demo.setChecked(True)
        fill_admin(dialog)
        dialog.create_button.click()
        assert dialog.result_value is not None
        return dialog.result_value

    monkeypatch.setattr(ui_app, "ask_first_run", answer)
    database = ui_app.open_or_first_run(None)
    assert database is not None
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        assert "2,000 ครัวเรือน" in window.count_status.text()
        assert "ข้อมูลตัวอย่าง" in window.windowTitle()
    finally:
        database.dispose()
