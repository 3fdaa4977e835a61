"""The help screens driven as a new user would: assign help to 50 households from the list,
send the letters, key two agencies' replies, see the agency view change; the registry pages.
Thai text arrives through the input method, as from a Thai keyboard layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.database import Database
from core.interventions import find_batch
from db.models import Household, Intervention, Partner, ReferralBatch
from ui import operations, prompts, referral_dialog
from ui.assign_help import AssignHelpDialog
from ui.main_window import MainWindow
from ui.pages.help_page import LATE_BACKGROUND, HelpPage
from ui.pages.households import HouseholdsPage
from ui.pages.partners import PartnerDialog, PartnersPage
from ui.referral_dialog import ReferralDialog
from ui.translation import install_translators

pytestmark = pytest.mark.gui


def type_thai(widget: QWidget, text: str) -> None:
    """Commit Thai text into a widget through the input method."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: found["error"].append(m))
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: found["info"].append(m))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    return found


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, demo_database: Database) -> MainWindow:
    install_translators(qapp, "th")
    win = MainWindow(demo_database)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def drive_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                 steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace the modal run: do the steps on the dialog, then wait until it closes."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "run_dialog", run)
    return seen


def page_of(window: MainWindow, kind: type) -> object:
    index = next(i for i, p in enumerate(window.pages) if isinstance(p, kind))
    window.sidebar.setCurrentRow(index)
    return window.pages[index]


def test_assign_help_to_fifty_households_then_key_two_replies(
        qtbot: QtBot, window: MainWindow, demo_database: Database, shown: dict[str, list[str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    households = page_of(window, HouseholdsPage)
    assert isinstance(households, HouseholdsPage)
    assert households.assign_button.text() == "มอบหมายความช่วยเหลือ…"
    # Only confirmed target households without open house repair: choose them in the list.
    households.verification.setCurrentIndex(households.verification.findData("confirmed"))
    with demo_database.read() as s:
        wanted = set(s.scalars(select(Household.id).where(
            Household.verification_status == "confirmed",
            Household.help_status.in_(("target", "in_progress", "helped")))).all())
    rows = [r for r in range(households.model.rowCount())
            if households.model.household_id(r) in wanted][:50]
    assert len(rows) == 50
    selection = households.table.selectionModel()
    for r in rows:
        selection.select(households.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    chosen = households.selected_ids()
    assert len(chosen) == 50

    with demo_database.read() as s:
        pao = s.scalars(select(Partner.id).where(Partner.code == "pao")).one()
        before = s.scalar(select(func.count()).select_from(Intervention))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignHelpDialog)
        assert dialog.windowTitle() == "มอบหมายความช่วยเหลือ"
        assert dialog.suggestion_table.rowCount() > 0  # the help menu for the 50
        assert dialog.suggestion_table.horizontalHeaderItem(2).text() == "เหตุผล"  # type: ignore[union-attr]
        dialog.kind.setCurrentIndex(next(i for i in range(dialog.kind.count())
                                         if dialog.kind.itemText(i).endswith("ซ่อมแซม/ปรับปรุงที่อยู่อาศัย")))
        assert dialog.budget.text() == "20,000"  # the kind's unit cost
        dialog.partner.setCurrentIndex(dialog.partner.findData(pao))
        dialog.planned.setText("")
        type_thai(dialog.planned, "๓๑/๑๒/๒๕๖๙")
        dialog.budget.setText("18500")
        type_thai(dialog.notes, "งบซ่อมบ้านปี ๒๕๖๙")
        assert "50" in dialog.preview.text() or "ไม่รวม" in dialog.preview.text()
        dialog.ok.click()

    drive_dialog(monkeypatch, qtbot, fill)
    households.assign_button.click()
    assert shown["error"] == []
    with demo_database.read() as s:
        made = s.scalars(select(Intervention).where(Intervention.id > 0).order_by(
            Intervention.id.desc()).limit(60)).all()
        new = [i for i in made if i.notes == "งบซ่อมบ้านปี ๒๕๖๙"]
        assert s.scalar(select(func.count()).select_from(Intervention)) == before + len(new)
    assert 40 <= len(new) <= 50  # households with house repair already open are left out
    assert {(i.partner_id, i.planned_on, i.planned_satang, i.status) for i in new} == {
        (pao, dt.date(2026, 12, 31), 1_850_000, "planned")}
    assert shown["info"][-1] == f"มอบหมายความช่วยเหลือให้ {len(new)} ครัวเรือนแล้ว"

    # The help page: letters for the agency, then key its reply.
    help_page = page_of(window, HelpPage)
    assert isinstance(help_page, HelpPage)
    help_page.tabs.setCurrentIndex(1)
    agency_before = next(r for r in help_page.agencies.rows if r.partner_id == pao)
    help_page.tabs.setCurrentIndex(2)
    help_page.batch_agency.setCurrentIndex(help_page.batch_agency.findData(pao))
    assert help_page.candidates_label.text().startswith("หน่วยงานนี้มีรายการส่งต่อที่รอออกหนังสือ")
    help_page.create_button.click()
    qtbot.waitUntil(lambda: any(b.partner_id == pao and b.referrals >= len(new)
                                for b in help_page.batches.rows), timeout=15_000)
    with demo_database.read() as s:
        batch = s.scalars(select(ReferralBatch).where(ReferralBatch.partner_id == pao)
                          .order_by(ReferralBatch.id.desc())).first()
        assert batch is not None
        number = batch.number
    assert shown["info"][-1].startswith(f"ออกหนังสือที่ {number}")

    help_page.tabs.setCurrentIndex(3)
    type_thai(help_page.reply_number, number.rsplit("/", 1)[-1].lstrip("0"))  # the running number
    help_page.reply_number.returnPressed.emit()
    assert help_page.reply_batch is not None
    assert help_page.reply_batch.number == number
    assert help_page.reply_title.text().startswith(f"หนังสือที่ {number}")
    lines = {row.id: (status, on, outcome, amount)
             for row, status, on, outcome, amount in help_page.reply_rows}
    ours = [i.id for i in new][:2]
    status, on, outcome, amount = lines[ours[0]]
    status.setCurrentIndex(status.findData("done"))
    on.setText("")
    type_thai(on, "20/11/2569")
    type_thai(outcome, "ซ่อมหลังคาและฝาผนังเรียบร้อย")
    amount.setText("17,950.50")
    status, on, outcome, amount = lines[ours[1]]
    status.setCurrentIndex(status.findData("declined"))
    type_thai(outcome, "เกินกรอบงบประมาณ")
    help_page.save_reply_button.click()
    # The letter went out today: a reply dated before it is refused, and nothing is saved.
    qtbot.waitUntil(lambda: bool(shown["error"]), timeout=15_000)
    assert "อยู่ก่อนขั้นตอนก่อนหน้า" in shown["error"][-1]
    today = dt.date.today()
    lines[ours[0]][1].setText("")
    type_thai(lines[ours[0]][1], f"{today.day}/{today.month}/{today.year + 543}")
    help_page.save_reply_button.click()
    qtbot.waitUntil(lambda: help_page.reply_status.text().startswith("บันทึกแล้ว"), timeout=15_000)
    assert help_page.reply_status.text() == f"บันทึกแล้ว: 2 รายการของหนังสือที่ {number}"
    with demo_database.read() as s:
        done = s.get_one(Intervention, ours[0])
        declined = s.get_one(Intervention, ours[1])
        assert (done.status, done.finished_on, done.actual_satang, done.outcome) == (
            "done", today, 1_795_050, "ซ่อมหลังคาและฝาผนังเรียบร้อย")
        assert (declined.status, declined.outcome) == ("declined", "เกินกรอบงบประมาณ")
        assert s.get_one(ReferralBatch, batch.id).status == "replied"

    help_page.tabs.setCurrentIndex(1)
    after = next(r for r in help_page.agencies.rows if r.partner_id == pao)
    assert after.done == agency_before.done + 1
    assert after.declined == agency_before.declined + 1
    assert after.spent_satang == agency_before.spent_satang + 1_795_050
    assert after.total == agency_before.total  # the 50 were counted before the letters
    assert after.open == agency_before.open - 2

    # A second agency's letter, found by its full number typed with Thai digits.
    with demo_database.read() as s:
        other = s.scalars(select(ReferralBatch).where(ReferralBatch.partner_id != pao,
                                                      ReferralBatch.status == "sent")).first()
        assert other is not None
        item = s.scalars(select(Intervention).where(Intervention.batch_id == other.id,
                                                    Intervention.status == "referred")).first()
    if item is not None:
        help_page.tabs.setCurrentIndex(3)
        help_page.reply_number.clear()
        type_thai(help_page.reply_number, other.number.replace("0", "๐").replace("2", "๒"))
        help_page.find_reply()
        assert help_page.reply_batch is not None
        assert help_page.reply_batch.id == other.id
        status = next(st for row, st, *_ in help_page.reply_rows if row.id == item.id)
        status.setCurrentIndex(status.findData("accepted"))
        help_page.save_reply_button.click()
        qtbot.waitUntil(lambda: help_page.reply_status.text().startswith("บันทึกแล้ว"),
                        timeout=15_000)
        with demo_database.read() as s:
            assert s.get_one(Intervention, item.id).status == "accepted"
    help_page.tabs.setCurrentIndex(3)
    help_page.reply_number.setText("ไม่มีเลขนี้")
    help_page.find_reply()
    assert help_page.reply_title.text() == "ไม่พบหนังสือเลขที่ ไม่มีเลขนี้"
    window.grab().save(str(tmp_path / "reply.png"))


def test_referral_list_highlights_overdue_and_filters(qtbot: QtBot, window: MainWindow,
                                                      demo_database: Database,
                                                      qtmodeltester: object) -> None:
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    assert page.tabs.tabText(0) == "รายการส่งต่อ (&R)"
    model = page.referrals
    assert model.rowCount() > 0
    late = [r for r in range(model.rowCount()) if model.row_at(r).overdue]
    on_time = [r for r in range(model.rowCount()) if not model.row_at(r).overdue]
    assert late  # the demo's planned dates are in the past
    assert model.headerData(6, Qt.Orientation.Horizontal) == "เลยกำหนด (วัน)"
    index = model.index(late[0], 6)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BACKGROUND
    row = model.row_at(late[0])
    assert index.data() == f"{(dt.date.today() - row.planned_on).days:,}"
    if on_time:
        assert model.index(on_time[0], 6).data(Qt.ItemDataRole.BackgroundRole) is None
        assert model.index(on_time[0], 6).data() == ""
    with demo_database.read() as s:
        open_count = s.scalar(select(func.count()).select_from(Intervention).where(
            Intervention.status.in_(("planned", "referred", "accepted", "in_progress"))))
        partner = s.scalars(select(Intervention.partner_id).where(
            Intervention.partner_id.is_not(None))).first()
    assert model.rowCount() == open_count
    assert page.referral_count.text().startswith(f"{open_count:,} รายการ")
    page.agency.setCurrentIndex(page.agency.findData(partner))
    assert {model.row_at(r).partner_id for r in range(model.rowCount())} <= {partner}
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert all(model.row_at(r).status in ("done", "declined", "cancelled")
               for r in range(model.rowCount()))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    page.tabs.setCurrentIndex(1)
    qtmodeltester.check(page.agencies)  # type: ignore[attr-defined]
    assert page.agencies.headerData(6, Qt.Orientation.Horizontal) == "มัธยฐานวันถึงเสร็จ"


def test_record_an_outcome_with_evidence(qtbot: QtBot, window: MainWindow,
                                         demo_database: Database, shown: dict[str, list[str]],
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    row = next(r for r in range(page.referrals.rowCount())
               if page.referrals.row_at(r).status == "referred")
    page.referral_view.selectRow(row)
    target = page.referrals.row_at(row)
    photo = tmp_path / "ใบสำคัญรับเงิน.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 200)
    notes = tmp_path / "notes.txt"
    notes.write_text("ไม่ใช่รูปภาพ", encoding="utf-8")
    monkeypatch.setattr(prompts, "choose_open_files", lambda *_a: [str(photo), str(notes)])
    opened: list[Path] = []
    monkeypatch.setattr(referral_dialog, "open_file", opened.append)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReferralDialog)
        assert dialog.status.currentData() == "accepted"  # the next step is offered first
        dialog.attach.click()
        assert dialog.attachments.item(0).text().startswith("ใบสำคัญรับเงิน.png")  # type: ignore[union-attr]
        dialog.attachments.itemActivated.emit(dialog.attachments.item(0))
        assert opened[0].read_bytes() == photo.read_bytes()
        assert opened[0].name == "ใบสำคัญรับเงิน.png"
        dialog.budget.setText("2,500")
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        type_thai(dialog.outcome, "ได้รับเงินสงเคราะห์แล้ว")
        dialog.actual.setText("3,000")
        dialog.submit()

    drive_dialog(monkeypatch, qtbot, fill)
    page.record_button.click()
    assert len(shown["error"]) == 1
    assert "notes.txt" in shown["error"][0]
    with demo_database.read() as s:
        item = s.get_one(Intervention, target.id)
        assert (item.status, item.outcome, item.actual_satang, item.finished_on) == (
            "done", "ได้รับเงินสงเคราะห์แล้ว", 300_000, dt.date.today())
        assert item.planned_satang == 250_000  # the plan changed in the same save
    shown_row = next(page.referrals.row_at(r) for r in range(page.referrals.rowCount())
                     if page.referrals.row_at(r).id == target.id) \
        if any(page.referrals.row_at(r).id == target.id for r in range(page.referrals.rowCount())) \
        else None
    assert shown_row is None  # done: no longer in the "not finished" list


def test_help_menu_tab_suggests_for_a_household(qtbot: QtBot, window: MainWindow,
                                                demo_database: Database) -> None:
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    page.tabs.setCurrentIndex(4)
    # no household chosen yet: nothing to decide or assign
    assert not any(b.isEnabled() for b in (*page.decisions.values(), page.assign_button))
    with demo_database.read() as s:
        hh = s.scalars(select(Household).where(Household.verification_status == "confirmed",
                                               Household.failed_dimension_mask > 0)).first()
        assert hh is not None
        assert hh.head_name
    type_thai(page.find_household, hh.head_name.split()[0][-5:])
    with qtbot.waitSignal(page.find_timer.timeout, timeout=3000):
        pass
    ids = [page.household_list.item(i).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
           for i in range(page.household_list.count())]
    assert hh.id in ids
    page.household_list.setCurrentRow(ids.index(hh.id))
    assert page.suggestion_table.rowCount() > 0
    assert page.suggestion_title.text().startswith(hh.house_code[:4])
    reasons = page.suggestion_table.item(0, 2).text()  # type: ignore[union-attr]
    assert "ไม่ผ่าน" in reasons or "อ่อน" in reasons


def test_decisions_from_the_help_menu_tab(qtbot: QtBot, window: MainWindow,
                                          demo_database: Database, shown: dict[str, list[str]],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A target household solved it itself, then is reopened: each with a reason."""
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    page.tabs.setCurrentIndex(4)
    with demo_database.read() as s:
        hh = s.scalars(select(Household).where(Household.help_status == "target")
                       .where(~Household.id.in_(select(Intervention.household_id)))).first()
        assert hh is not None
        assert hh.house_code
    page.find_household.setText(hh.house_code)
    page.search_households()
    assert page.current_household() == hh.id
    assert page.decisions["self_resolved"].isEnabled()
    assert not page.decisions["reopen"].isEnabled()
    answers = iter(["", "ลูกชายกลับมาทำงานที่บ้าน ส่งเงินให้ทุกเดือน", None,
                    "ลูกชายตกงานอีกครั้ง"])
    monkeypatch.setattr(prompts, "ask_text", lambda _p, _q: next(answers))
    page.decisions["self_resolved"].click()  # an empty reason is refused
    assert shown["error"] == ["กรุณาระบุเหตุผลของการตัดสินนี้"]
    page.decisions["self_resolved"].click()
    assert "แก้ไขได้ด้วยตนเอง" in page.suggestion_title.text()
    assert page.decisions["reopen"].isEnabled()
    page.decisions["reopen"].click()  # cancelled: nothing happens
    with demo_database.read() as s:
        assert s.get_one(Household, hh.id).help_status == "self_resolved"
    page.decisions["reopen"].click()
    with demo_database.read() as s:
        assert s.get_one(Household, hh.id).help_status == "target"
    assert "เป้าหมาย" in page.suggestion_title.text()


def test_partner_registry_page(qtbot: QtBot, window: MainWindow, demo_database: Database,
                               shown: dict[str, list[str]],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(window, PartnersPage)
    assert isinstance(page, PartnersPage)
    count = page.model.rowCount()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PartnerDialog)
        type_thai(dialog.name, "มูลนิธิบ้านมั่นคงลำปาง")
        dialog.kind.setCurrentIndex(dialog.kind.findData("civil_society"))
        type_thai(dialog.contact, "นางสาวสมใจ ใจดี")
        dialog.email.setText("somjai@example.org")
        type_thai(dialog.mou, "1 ต.ค. 2568")
        dialog.offers.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
        dialog.submit()

    drive_dialog(monkeypatch, qtbot, fill)
    page.add_partner()
    assert shown["error"] == []
    assert page.model.rowCount() == count + 1
    with demo_database.read() as s:
        p = s.scalars(select(Partner).where(Partner.name == "มูลนิธิบ้านมั่นคงลำปาง")).one()
        assert (p.kind, p.contact_person, p.mou_date) == (
            "civil_society", "นางสาวสมใจ ใจดี", dt.date(2025, 10, 1))
    page.tabs.setCurrentIndex(1)
    assert page.kinds.rowCount() >= 20
    page.tabs.setCurrentIndex(2)
    assert page.rules.rowCount() >= 50
    assert page.rules.row_at(0).trigger_label.startswith("ตัวชี้วัดที่")
    operations.wait_for_background_jobs()
    assert find_batch is not None


def test_letter_prefix_on_the_letters_tab(qtbot: QtBot, window: MainWindow,
                                          demo_database: Database,
                                          shown: dict[str, list[str]]) -> None:
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    page.tabs.setCurrentIndex(2)
    assert page.prefix.text() == "ศจพ.อ.5201"  # no prefix set: the centre's name
    page.prefix.clear()
    type_thai(page.prefix, "ลป 0018.1")
    page.prefix_button.click()
    year = dt.date.today().year + 543
    assert page.next_number.text() == f"ถัดไป: ลป 0018.1/{year}/0001"
    first = page.batch_agency.currentData()
    assert "รอออกหนังสือ" in page.batch_agency.currentText()  # agencies with waiting referrals first
    page.create_button.click()
    qtbot.waitUntil(lambda: page.next_number.text().endswith("/0002"), timeout=15_000)
    with demo_database.read() as s:
        batch = s.scalars(select(ReferralBatch).where(
            ReferralBatch.number == f"ลป 0018.1/{year}/0001")).one()
        assert batch.partner_id == first


def test_help_tables_never_cut_a_heading_or_a_house_code(qtbot: QtBot, window: MainWindow) -> None:
    """Two households must not look the same because their codes are cut ("5201-00027…"),
    nor a heading read "ยกำหนด (วั"."""
    page = page_of(window, HelpPage)
    assert isinstance(page, HelpPage)
    for view in (page.referral_view, page.agency_view, page.batch_view):
        model, header = view.model(), view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(model.columnCount() - 1):  # the last one stretches
            label = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(label), label
    codes = [page.referrals.index(r, 0).data() for r in range(page.referrals.rowCount())]
    widest = max(page.referral_view.fontMetrics().horizontalAdvance(c) for c in codes)
    assert page.referral_view.horizontalHeader().sectionSize(0) > widest
