"""Signing in, the idle lock, the user list, and what a viewer or an officer sees (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.database import Database
from core.history import system_actor
from core.users import add_user, list_users
from db.models import AuditEntry
from tests.case_helpers import make_household
from ui import prompts
from ui.household_editor import HouseholdEditor
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.translation import install_translators
from ui.users_dialog import UserForm, UsersDialog

PASSWORD = "ลับมาก-2569"


@pytest.fixture(autouse=True)
def _thai(qapp: QApplication) -> None:
    install_translators(qapp, "th")


def _staff(database: Database) -> None:
    with database.begin() as s:
        admin = add_user(s, system_actor(s), username="somchai", full_name="สมชาย ใจดี",
                         role="admin", password=PASSWORD)
        add_user(s, admin, username="prasert", full_name="ประเสริฐ ดูดี", role="viewer",
                 password=PASSWORD)
        add_user(s, admin, username="malee", full_name="มาลี ศรีสุข", role="officer",
                 password=PASSWORD, subdistricts=["520102", "520103"])


def _actions(database: Database) -> list[tuple[str, str]]:
    with database.read() as s:
        return [(a, u) for a, u in s.execute(select(AuditEntry.action, AuditEntry.username)
                                             .order_by(AuditEntry.id))]


def _shot(widget: object, name: str) -> None:
    """A screenshot to look at, when KAEJON_SCREENSHOTS names a folder (as test_ui_returns)."""
    folder = os.environ.get("KAEJON_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))  # type: ignore[attr-defined]


def test_login_refuses_a_wrong_password_then_signs_in(qtbot: QtBot,
                                                      sqlite_database: Database) -> None:
    _staff(sqlite_database)
    dialog = LoginDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.username.setText("malee")
    dialog.password.setText("ผิด")
    dialog.sign_in_button.click()
    assert dialog.actor is None
    assert dialog.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกระงับการใช้งาน"
    assert dialog.password.text() == ""
    _shot(dialog, "login-failed.png")
    dialog.password.setText(PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.actor is not None
    assert (dialog.actor.role, dialog.actor.subdistricts) == ("officer",
                                                              frozenset({"520102", "520103"}))
    assert _actions(sqlite_database)[-2:] == [("sign_in_failed", "malee"), ("sign_in", "malee")]


def test_the_window_locks_when_idle_and_the_password_unlocks_it(
        qtbot: QtBot, sqlite_database: Database) -> None:
    _staff(sqlite_database)
    from core.users import sign_in

    actor = sign_in(sqlite_database, "somchai", PASSWORD)
    window = MainWindow(sqlite_database, actor=actor)
    qtbot.addWidget(window)
    window.show()
    assert "สมชาย ใจดี (somchai, ผู้ดูแลระบบ)" in window.user_status.text()
    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.menuBar().isEnabled()
    _shot(window, "idle-locked.png")
    window.lock_screen.password.setText("ผิด")
    window.lock_screen.unlock_button.click()
    assert window.locked
    assert window.lock_screen.error.isVisible()
    assert window.lock_screen.error.text().startswith("รหัสผ่านไม่ถูกต้อง")  # no "user name"
    window.idle.set_timeout_ms(0)
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock_button.click()
    assert not window.locked
    assert window.menuBar().isEnabled()
    assert _actions(sqlite_database)[-2:] == [("sign_in_failed", "somchai"),
                                              ("sign_in", "somchai")]


def test_admin_adds_an_officer_with_two_subdistricts_and_disables_a_viewer(
        qtbot: QtBot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _staff(sqlite_database)
    from core.users import sign_in

    admin = sign_in(sqlite_database, "somchai", PASSWORD)
    dialog = UsersDialog(sqlite_database, admin)
    qtbot.addWidget(dialog)

    def fill(form: UserForm) -> bool:
        qtbot.addWidget(form)
        form.username.setText("wichai")
        form.full_name.setText("วิชัย ขยัน")
        form.role.setCurrentIndex(form.role.findData("officer"))
        for i in range(form.subdistricts.count()):
            item = form.subdistricts.item(i)
            if item.data(256) in ("520101", "520104"):
                item.setCheckState(item.checkState().Checked)
        form.password.setText("สั้น")
        form.password_again.setText("สั้น")
        form.save()
        assert "8" in form.error.text()  # too short: the form stays open
        form.password.setText(PASSWORD)
        form.password_again.setText(PASSWORD)
        _shot(form, "user-form.png")
        form.save()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run_dialog", fill)
    dialog.add_button.click()
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    dialog.select("prasert")
    dialog.disable_button.click()
    _shot(dialog, "users.png")
    with sqlite_database.read() as s:
        rows = {r.username: r for r in list_users(s)}
    assert rows["wichai"].subdistricts == ("520101", "520104")
    assert rows["wichai"].role == "officer"
    assert rows["prasert"].active is False
    row = next(i for i, r in enumerate(dialog.rows) if r.username == "prasert")
    assert dialog.table.item(row, 4).text() == "ไม่ได้ (ระงับการใช้งาน)"
    assert sign_in(sqlite_database, "wichai", PASSWORD).role == "officer"


def test_a_viewer_sees_masked_ids_and_asks_to_see_them(qtbot: QtBot,
                                                       sqlite_database: Database) -> None:
    _staff(sqlite_database)
    from core.users import sign_in

    case = make_household(sqlite_database, members=2)
    assert case.id is not None
    viewer = sign_in(sqlite_database, "prasert", PASSWORD)
    editor = HouseholdEditor(sqlite_database, viewer, case.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)
    shown = editor.members_table.item(0, 1).text()
    head_id = case.members[0].national_id
    assert head_id is not None
    assert shown == f"{head_id[0]}-XXXX-XXXXX-XX-{head_id[12]}"
    assert not editor.save_action.isVisible()
    assert "ดูได้อย่างเดียว" in editor.access_note.text()
    _shot(editor, "viewer-editor-masked.png")
    editor.unmask_button.click()
    assert editor.members_table.item(0, 1).text().replace("-", "") == head_id
    assert _actions(sqlite_database)[-1] == ("unmask", "prasert")


def test_an_officer_cannot_edit_a_household_outside_their_subdistricts(
        qtbot: QtBot, sqlite_database: Database) -> None:
    _staff(sqlite_database)  # malee has 520102 and 520103; make_household uses 520101
    from core.users import sign_in

    case = make_household(sqlite_database)
    assert case.id is not None
    officer = sign_in(sqlite_database, "malee", PASSWORD)
    editor = HouseholdEditor(sqlite_database, officer, case.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.can_edit
    assert not editor.visit_action.isVisible()
    assert not editor.unmask_button.isVisible()  # an officer sees full IDs
    # The note says why: where the household is and which subdistricts are hers.
    assert editor.access_note.text() == (
        "ดูได้อย่างเดียว: ครัวเรือนนี้อยู่ ต.เวียงเหนือ นอกตำบลที่ท่านแก้ไขได้ (หัวเวียง, สวนดอก)")
    _shot(editor, "officer-elsewhere.png")


def test_a_viewer_gets_no_import_page_and_no_editing_tools(qtbot: QtBot,
                                                           sqlite_database: Database) -> None:
    _staff(sqlite_database)
    from core.users import sign_in

    viewer = sign_in(sqlite_database, "prasert", PASSWORD)
    window = MainWindow(sqlite_database, actor=viewer)
    qtbot.addWidget(window)
    window.show()
    assert not window.import_page.stack.isVisible()
    assert "ผู้ดู" in window.user_status.text()
    page = window.households_page
    window.sidebar.setCurrentRow(1)
    assert page.open_button.isVisible()
    for hidden in (page.new_button, page.keying_button, page.assign_button, page.export_button):
        assert not hidden.isVisible()
    assert not page.merge_action.isVisible()
    window.idle.stop()


def test_the_first_administrator_of_an_older_database(qtbot: QtBot,
                                                      sqlite_database: Database) -> None:
    from ui.login import FirstAdminDialog

    dialog = FirstAdminDialog(sqlite_database)  # made by init: no one can sign in yet
    qtbot.addWidget(dialog)
    dialog.fields.full_name.setText("สมศรี ดูแลดี")
    dialog.fields.password.setText(PASSWORD)
    dialog.fields.password_again.setText("อย่างอื่น")
    dialog.create_button.click()
    assert dialog.actor is None
    assert dialog.error.text() == "รหัสผ่านสองช่องไม่ตรงกัน"
    dialog.fields.password_again.setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.role) == ("admin", "admin")
    with sqlite_database.read() as s:
        admins = [r for r in list_users(s) if r.username == "admin"]
    assert len(admins) == 1  # the passwordless placeholder was taken over, not duplicated
    assert admins[0].active


def test_the_window_asks_who_signs_in(sqlite_database: Database,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app as ui_app

    asked: list[str] = []
    monkeypatch.setattr(ui_app, "ask_first_admin", lambda _db: asked.append("first") or None)
    monkeypatch.setattr(ui_app, "ask_sign_in", lambda _db: asked.append("login") or None)
    assert ui_app.signed_in_actor(sqlite_database) is None
    _staff(sqlite_database)
    assert ui_app.signed_in_actor(sqlite_database) is None
    assert asked == ["first", "login"]
    # The smoke test and the start-up bench sign in from the environment, never a dialog.
    with pytest.raises(Exception, match="KAEJON_USER"):
        ui_app.signed_in_actor(sqlite_database, scripted=True)
    monkeypatch.setenv("KAEJON_USER", "prasert")
    monkeypatch.setenv("KAEJON_PASSWORD", PASSWORD)
    actor = ui_app.signed_in_actor(sqlite_database, scripted=True)
    assert actor is not None
    assert actor.role == "viewer"
    assert asked == ["first", "login"]


def test_settings_change_my_password_and_the_idle_time(
        qtbot: QtBot, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _staff(sqlite_database)
    from core.users import idle_minutes, sign_in
    from ui.login import ChangePasswordDialog

    admin = sign_in(sqlite_database, "somchai", PASSWORD)
    window = MainWindow(sqlite_database, actor=admin)
    qtbot.addWidget(window)
    settings = window.pages[-1]
    window.sidebar.setCurrentRow(len(window.pages) - 1)
    settings.idle_minutes.setValue(5)
    settings.idle_minutes.editingFinished.emit()
    assert window.idle.timeout_ms == 5 * 60_000
    with sqlite_database.read() as s:
        assert idle_minutes(s) == 5

    def change(dialog: ChangePasswordDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.old.setText("ผิด")
        dialog.new.setText("รหัสใหม่-2569")
        dialog.again.setText("รหัสใหม่-2569")
        dialog.change()
        assert dialog.error.text() == "รหัสผ่านปัจจุบันไม่ถูกต้อง"
        dialog.old.setText(PASSWORD)
        dialog.change()
        return dialog.result() == dialog.DialogCode.Accepted

    notes: list[str] = []
    monkeypatch.setattr(prompts, "run_dialog", change)
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: notes.append(m))
    settings.password_button.click()
    assert notes == ["เปลี่ยนรหัสผ่านของท่านแล้ว"]
    assert sign_in(sqlite_database, "somchai", "รหัสใหม่-2569").role == "admin"
    window.idle.stop()

    viewer = sign_in(sqlite_database, "prasert", PASSWORD)
    other = MainWindow(sqlite_database, actor=viewer)
    qtbot.addWidget(other)
    viewer_settings = other.pages[-1]
    assert not viewer_settings.idle_minutes.isEnabled()
    assert viewer_settings.users_button.isHidden()
    assert not settings.users_button.isHidden()
    other.idle.stop()
