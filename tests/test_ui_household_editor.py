"""The household editor and the case-work windows, driven like a user (Thai typed through the
input method), against a real database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.audit import expand_ranges
from core.case import load_case, save_case, with_member
from core.database import Database, open_database
from core.thai import format_national_id
from db.models import AuditEntry, ChangeSet, HistoryEntry, Household, Member, Visit
from tests.case_helpers import make_household, new_national_id
from ui import operations, prompts
from ui.case_tools import HistoryLogWindow, MergeWindow
from ui.household_editor import HouseholdEditor
from ui.pages.households import HouseholdsPage
from ui.translation import install_translators
from ui.village_keying import COL_RESULT, VillageKeying

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Messages the windows would show (modal boxes are replaced)."""
    messages: dict[str, list[str]] = {"error": [], "info": [], "conflict": []}
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: messages["error"].append(m))
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: messages["info"].append(m))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    monkeypatch.setattr(prompts, "ask_unsaved", lambda _p: "discard")  # at teardown
    return messages


@pytest.fixture
def thai(qapp: QApplication) -> None:
    install_translators(qapp, "th")


def type_thai(widget: QWidget, text: str) -> None:
    """Thai arrives through the input method, as from a Thai keyboard layout."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_editor(qtbot: QtBot, database: Database, hid: int | None) -> HouseholdEditor:
    editor = HouseholdEditor(database, database.default_actor(), hid)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):  # shortcuts (Ctrl+S, Esc) go to the active window
        editor.show()
        editor.activateWindow()
    return editor


def finish(widget: QWidget) -> None:
    """Leave the field as Tab does (its edit is then finished)."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def test_correct_a_members_id_and_name_then_save(qtbot: QtBot, sqlite_database: Database,
                                                 thai: None, shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    assert editor.windowTitle() == "ครัวเรือน – นายสมชาย ใจดี"
    editor.tabs.setCurrentIndex(1)
    editor.members_table.selectRow(1)
    nid = new_national_id()
    editor.m_national_id.clear()
    editor.m_national_id.setFocus()
    QTest.keyClicks(editor.m_national_id, nid[:6])
    assert editor.m_national_id.text() == f"{nid[0]}-{nid[1:5]}-{nid[5]}"  # formatted as typed
    assert editor.m_national_id.state == "partial"
    QTest.keyClicks(editor.m_national_id, nid[6:])
    assert editor.m_national_id.text() == format_national_id(nid)
    assert editor.m_national_id.state == "valid"
    finish(editor.m_national_id)
    editor.m_first_name.clear()
    type_thai(editor.m_first_name, "มาลัย")
    finish(editor.m_first_name)
    assert editor.dirty
    assert editor.windowTitle().startswith("* ")
    QTest.keySequence(editor, "Ctrl+S")
    assert not editor.dirty
    with sqlite_database.read() as s:
        m = s.get(Member, case.members[1].key)
        assert m is not None
        assert (m.national_id, m.first_name) == (nid, "มาลัย")
        fields = set(s.scalars(select(HistoryEntry.field).where(
            HistoryEntry.household_id == case.id, HistoryEntry.action == "update")))
    assert {"national_id", "first_name"} <= fields
    texts = [editor.history_table.item(r, 3).text() for r in range(editor.history_table.rowCount())]
    assert "สมาชิก1" in texts  # the history tab shows the old name
    assert shown["error"] == []


def test_a_wrong_check_digit_shows_red_and_refuses_the_save(
        qtbot: QtBot, sqlite_database: Database, thai: None, shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    editor.tabs.setCurrentIndex(1)
    editor.members_table.selectRow(0)
    nid = new_national_id()
    wrong = nid[:12] + str((int(nid[12]) + 1) % 10)
    editor.m_national_id.clear()
    editor.m_national_id.setFocus()
    QTest.keyClicks(editor.m_national_id, wrong)
    assert editor.m_national_id.state == "invalid"
    finish(editor.m_national_id)
    table_height = editor.members_table.height()
    assert editor.save() is False
    assert editor.error.isVisible()
    assert "เลขประจำตัวประชาชน" in editor.error.text()
    # the message takes at most three lines: the tabs below keep their room
    assert editor.error_area.height() <= editor.error.fontMetrics().lineSpacing() * 3 + 8
    qtbot.wait(10)
    assert editor.members_table.height() >= table_height - 3 * editor.error.fontMetrics().lineSpacing() - 20
    assert editor.m_national_id.hasFocus()  # taken to the field to correct
    with sqlite_database.read() as s:
        assert s.get(Member, case.members[0].key).national_id == case.members[0].national_id  # type: ignore[union-attr]


def test_undo_and_redo_before_saving_and_escape_asks(qtbot: QtBot, sqlite_database: Database,
                                                     thai: None, monkeypatch: pytest.MonkeyPatch,
                                                     shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    editor.house_no.clear()
    QTest.keyClicks(editor.house_no, "12/3")
    finish(editor.house_no)
    type_thai(editor.road, "ถนนซุปเปอร์ไฮเวย์")
    finish(editor.road)
    editor.add_member()
    assert len(editor.case.members) == 3
    editor.undo()
    assert len(editor.case.members) == 2
    editor.undo()
    assert editor.road.text() == ""
    editor.redo()
    assert editor.road.text() == "ถนนซุปเปอร์ไฮเวย์"
    asked: list[bool] = []

    def answer(_parent: object) -> str:
        asked.append(True)
        return "cancel"

    monkeypatch.setattr(prompts, "ask_unsaved", answer)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True]
    assert editor.isVisible()  # cancelled: still open, edits kept
    monkeypatch.setattr(prompts, "ask_unsaved", lambda _p: "discard")
    editor.close()
    assert not editor.isVisible()
    with sqlite_database.read() as s:
        assert s.get(Household, case.id).house_no == case.house_no  # type: ignore[union-attr]


def test_the_second_editor_gets_the_conflict_and_reapplies(
        qtbot: QtBot, tmp_path: Path, sqlite_template: Path, thai: None,
        monkeypatch: pytest.MonkeyPatch, shown: dict[str, list[str]]) -> None:
    """Two app instances (two engines on one file) edit the same household."""
    import shutil

    from tests.conftest import _with_office

    shutil.copy(sqlite_template, tmp_path / "shared.db")
    first = _with_office(open_database(tmp_path / "shared.db"))
    second = open_database(tmp_path / "shared.db")
    try:
        case = make_household(first)
        mine = open_editor(qtbot, second, case.id)
        save_case(first, first.default_actor(), case, replace(case, house_no="88"))
        type_thai(mine.road, "ถนนเจริญกรุง")
        finish(mine.road)
        messages: list[str] = []

        def decide(_parent: object, message: str) -> str:
            messages.append(message)
            return "reapply"

        monkeypatch.setattr(prompts, "resolve_conflict", decide)
        assert mine.save() is False
        assert "88" in messages[0]  # what the other person changed
        assert "ถนนเจริญกรุง" in messages[0]  # and what I changed
        assert mine.house_no.text() == "88"
        assert mine.road.text() == "ถนนเจริญกรุง"
        assert mine.save() is True
        with first.read() as s:
            hh = s.get(Household, case.id)
            assert hh is not None
            assert (hh.house_no, hh.road) == ("88", "ถนนเจริญกรุง")
    finally:
        first.dispose()
        second.dispose()


def test_record_a_visit_and_an_illegal_status_change(qtbot: QtBot, sqlite_database: Database,
                                                     thai: None, shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    dialog = editor.record_visit()
    assert dialog is not None
    dialog.visited_on.setText("1/2/2569")
    type_thai(dialog.informant, "นางสมศรี")
    # Enter before a result is chosen records nothing (no silent "confirmed")
    qtbot.keyClick(dialog.team_names, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "โปรดเลือกผลการสอบทาน"
    assert editor.case.verification_status == "pending"
    with sqlite_database.read() as s:
        assert s.scalars(select(Visit).where(Visit.household_id == case.id)).first() is None
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("confirmed"))
    dialog.save()
    assert not dialog.isVisible()
    assert editor.case.verification_status == "confirmed"
    assert editor.visits_table.rowCount() == 1
    assert "ยืนยัน" in editor.visits_table.item(0, 1).text()
    # confirmed → not eligible without a reason is refused, and says why
    status = editor.change_status()
    assert status is not None
    status.new_status.setCurrentIndex(status.new_status.findData("not_eligible"))
    status.save()
    assert status.isVisible()
    assert "เหตุผล" in status.error.text()
    assert editor.case.verification_status == "confirmed"
    with sqlite_database.read() as s:
        visit = s.scalars(select(Visit).where(Visit.household_id == case.id)).one()
        assert (visit.visited_on, visit.informant) == (dt.date(2026, 2, 1), "นางสมศรี")


def test_undo_the_last_saved_change_from_the_editor(qtbot: QtBot, sqlite_database: Database,
                                                     thai: None, shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    save_case(sqlite_database, sqlite_database.default_actor(), case,
              with_member(case, replace(case.members[1], first_name="ผิดพลาด")))
    editor = open_editor(qtbot, sqlite_database, case.id)
    editor.undo_saved()
    assert editor.case.members[1].first_name == "สมาชิก1"
    with sqlite_database.read() as s:
        kinds = s.scalars(select(ChangeSet.kind).where(ChangeSet.household_id == case.id)
                          .order_by(ChangeSet.id)).all()
    assert kinds == ["create", "edit", "undo"]


def test_a_new_household_typed_in_by_hand(qtbot: QtBot, sqlite_database: Database, thai: None,
                                          shown: dict[str, list[str]]) -> None:
    from tests.case_helpers import first_village

    _sub, village = first_village(sqlite_database)
    editor = HouseholdEditor(sqlite_database, sqlite_database.default_actor(), None,
                             village_id=village)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.village.currentData() == village
    QTest.keyClicks(editor.house_no, "5")
    finish(editor.house_no)
    editor.tabs.setCurrentIndex(1)
    type_thai(editor.m_first_name, "บุญมี")
    finish(editor.m_first_name)
    type_thai(editor.m_last_name, "มีสุข")
    finish(editor.m_last_name)
    type_thai(editor.m_no_id_reason, "ไม่มีบัตร")
    finish(editor.m_no_id_reason)
    assert editor.save() is True
    assert editor.case.id is not None
    with sqlite_database.read() as s:
        hh = s.get(Household, editor.case.id)
        assert hh is not None
        assert (hh.head_name, hh.house_no, hh.village_id) == ("บุญมี มีสุข", "5", village)


def test_problems_and_capital_rounds_in_the_editor(qtbot: QtBot, sqlite_database: Database,
                                                  thai: None, shown: dict[str, list[str]]) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    top = editor.problems_tree.topLevelItem(0)
    assert top is not None
    child = top.child(0)
    assert child is not None
    child.setCheckState(0, Qt.CheckState.Checked)
    ticked = child.data(0, Qt.ItemDataRole.UserRole)
    editor.add_round()  # (the tree is drawn again)
    assert editor.capitals_table.rowCount() == 1
    box = editor.capitals_table.cellWidget(0, 2)
    box.setValue(4)  # type: ignore[union-attr]
    assert editor.save() is True
    saved = editor.case
    assert saved.problems == (tuple(ticked),)
    assert saved.assessments[0].mean == 1.6
    level_col = 3 + len(editor.choices.capitals)
    assert editor.capitals_table.item(0, level_col).text() == "อยู่ลำบาก"


def test_the_list_opens_a_household_and_refreshes_after_saving(
        qtbot: QtBot, demo_database: Database, thai: None, shown: dict[str, list[str]]) -> None:
    page = HouseholdsPage(demo_database)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.selectRow(0)
    hid = page.model.household_id(0)
    editor = page.open_selected()
    assert isinstance(editor, HouseholdEditor)
    assert editor.case.id == hid
    assert page.open_household(hid) is editor  # the same window, brought to the front
    with demo_database.read() as s:
        case = load_case(s, hid)  # type: ignore[arg-type]
    head = case.head
    assert head is not None
    editor.tabs.setCurrentIndex(1)
    editor.members_table.selectRow(list(case.members).index(head))
    editor.m_first_name.clear()
    type_thai(editor.m_first_name, "ประเสริฐ")
    finish(editor.m_first_name)
    assert editor.save() is True
    row = page.model.row_at(page.model.ids.index(hid))  # type: ignore[arg-type]
    assert row is not None
    assert "ประเสริฐ" in row.head_name
    assert page.selected_ids() == [hid]  # the selection survived the reload


def test_merge_two_selected_households_from_the_list(
        qtbot: QtBot, sqlite_database: Database, thai: None, shown: dict[str, list[str]]) -> None:
    a, b = make_household(sqlite_database), make_household(sqlite_database)
    window = MergeWindow(sqlite_database, sqlite_database.default_actor(), a.id, b.id)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert window.merge() is False  # no reason yet
    assert shown["error"]
    type_thai(window.reason, "ครอบครัวเดียวกัน")
    assert window.merge() is True
    with sqlite_database.read() as s:
        assert s.get(Household, b.id).merged_into_id == a.id  # type: ignore[union-attr]


def test_village_keying_by_number_keys(qtbot: QtBot, sqlite_database: Database, thai: None,
                                       shown: dict[str, list[str]]) -> None:
    households = [make_household(sqlite_database, head=f"หัว{i}") for i in range(3)]
    window = VillageKeying(sqlite_database, sqlite_database.default_actor(),
                           village_id=households[0].village_id)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 3
    window.table.setFocus()
    window.table.setCurrentCell(0, COL_RESULT)
    # The Thai layout's number row: the keys 1 and 3 give "ๅ" and "-", a Thai digit ๓ too.
    for text in ("ๅ", "-"):
        QApplication.sendEvent(window.table, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))
    assert "2 จาก 3" in window.count.text()
    assert window.table.item(0, COL_RESULT).text().startswith("ยืนยัน")
    assert window.table.item(1, COL_RESULT).text() == "ไม่พบ/ย้ายออก"
    window.table.setCurrentCell(0, COL_RESULT)
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_5):
        QTest.keyClick(window.table, key)
    assert "3 จาก 3" in window.count.text()
    assert window.table.item(1, COL_RESULT).text() == "ไม่พบ/ย้ายออก"
    op = window.save()
    assert op is not None
    assert operations.wait_for_background_jobs()
    qtbot.waitUntil(lambda: bool(shown["info"]))
    with sqlite_database.read() as s:
        statuses = {hid: s.get(Household, hid).verification_status  # type: ignore[union-attr]
                    for hid in (h.id for h in households)}
        visits = s.scalar(select(func.count()).select_from(Visit))
    assert sorted(statuses.values()) == ["confirmed", "not_found", "pending"]
    assert visits == 3


def test_the_history_log_filters_by_household_and_user(
        qtbot: QtBot, sqlite_database: Database, thai: None) -> None:
    a, b = make_household(sqlite_database), make_household(sqlite_database)
    window = HistoryLogWindow(sqlite_database)
    qtbot.addWidget(window)
    total = window.table.rowCount()
    window.household.setText(str(a.id))
    window.reload()
    shown_households = {window.table.item(r, 2).text() for r in range(window.table.rowCount())}
    assert shown_households == {str(a.id)}
    assert window.table.rowCount() < total
    assert str(b.id) not in shown_households


def test_export_the_current_view_to_excel(qtbot: QtBot, demo_database: Database, thai: None,
                                          tmp_path: Path, shown: dict[str, list[str]]) -> None:
    page = HouseholdsPage(demo_database)
    qtbot.addWidget(page)
    page.refresh()
    page.verification.setCurrentIndex(page.verification.findData("confirmed"))
    target = tmp_path / "list.xlsx"
    assert page.export_view(str(target)) is not None
    assert operations.wait_for_background_jobs()
    qtbot.waitUntil(lambda: bool(shown["info"]))
    workbook = openpyxl.load_workbook(target, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    workbook.close()
    assert rows[2][0] == "รหัสบ้าน"
    data = rows[3:]
    assert len(data) == page.model.rowCount()
    first = page.model.row_at(0)
    assert first is not None
    assert data[0][1] == first.head_name
    assert {r[7] for r in data} == {"ยืนยันเป็นครัวเรือนเป้าหมาย"}
    # The audit log names who exported which households into which file.
    with demo_database.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export_list")).one()
    assert entry.target == str(target)
    assert entry.username == page.actor.username
    assert entry.detail is not None
    assert expand_ranges(entry.detail["household_ids"]) == sorted(page.model.ids)


def test_the_members_table_shows_five_members_above_the_form(
        qtbot: QtBot, sqlite_database: Database, thai: None) -> None:
    case = make_household(sqlite_database)
    editor = open_editor(qtbot, sqlite_database, case.id)
    editor.tabs.setCurrentIndex(1)
    table = editor.members_table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.height() - table.horizontalHeader().height() >= 5 * rows
    assert editor.member_box.isVisibleTo(editor)  # the form below, in its scroll area
