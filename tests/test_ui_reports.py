"""The reports page (รายงาน), offscreen: choose, make in the background, preview, save, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.database import Database
from db.models import Household, ReferralBatch, Village
from tests.pdf_helpers import needs_poppler, page_count, text_of
from ui import prompts
from ui.operations import wait_for_background_jobs
from ui.pages import reports
from ui.pages.reports import REFERRAL, REGISTER, SUMMARY, VERIFICATION, MadeDocument, ReportsPage
from ui.translation import install_translators

pytestmark = [pytest.mark.gui, needs_poppler]


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, demo_database: Database) -> ReportsPage:
    install_translators(qapp, "th")
    widget = ReportsPage(demo_database)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.refresh()
    return widget


def choose(page: ReportsPage, kind: str) -> None:
    tab = page.documents
    tab.kind.setCurrentIndex(tab.kind.findData(kind))


def make(qtbot: QtBot, page: ReportsPage) -> MadeDocument:
    with qtbot.waitSignal(page.documents.document_ready, timeout=60_000) as blocker:
        page.documents.make_button.click()
    made = blocker.args[0]
    assert isinstance(made, MadeDocument)
    return made


def biggest_village(database: Database) -> str:
    with database.read() as s:
        return s.execute(select(Village.code).join(Household, Household.village_id == Village.id)
                         .group_by(Village.code).order_by(func.count().desc(), Village.code)
                         .limit(1)).scalar_one()


def test_the_page_is_a_tab_widget_with_the_documents_tab(page: ReportsPage) -> None:
    from ui.pages.returns import ReturnsTab

    assert page.page_title == "รายงาน"
    assert page.tabs.count() == 2
    assert page.tabs.tabText(0) == "เอกสาร"
    assert page.tabs.tabText(1) == "แบบรายงานส่งจังหวัด (Excel)"
    assert isinstance(page.tabs.widget(1), ReturnsTab)
    index = page.add_tab(QLabel("x"), "แบบรายงาน")
    assert page.tabs.tabText(index) == "แบบรายงาน"
    tab = page.documents
    assert tab.kind.count() == 4
    assert tab.kind.itemText(0) == "แบบสอบทานข้อมูลครัวเรือน (รายหมู่บ้าน)"
    assert tab.village.count() > 10
    assert tab.batch.count() > 10
    assert not tab.print_button.isEnabled()
    assert not tab.save_button.isEnabled()
    assert tab.full_ids.isChecked() is False  # IDs masked unless asked


def test_make_preview_and_save_a_register(qtbot: QtBot, page: ReportsPage,
                                         demo_database: Database, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    code = biggest_village(demo_database)
    choose(page, REGISTER)
    tab = page.documents
    tab.village.setCurrentIndex(tab.village.findData(code))
    made = make(qtbot, page)
    assert made.kind == REGISTER
    assert made.landscape
    assert tab.pdf.pageCount() == made.pages >= 1
    assert tab.status.text().endswith(f"{made.pages} หน้า")
    assert tab.print_button.isEnabled()
    assert tab.save_button.isEnabled()
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(reports, "choose_pdf_path", lambda parent, suggested: target)
    tab.save_button.click()
    assert page_count(target) == made.pages
    with demo_database.read() as s:
        heads = s.scalars(select(Household.head_name).join(Village).where(Village.code == code))
        text = text_of(target)
        assert all(head in text for head in heads)
    assert str(target) in tab.status.text()


def test_every_kind_can_be_made(qtbot: QtBot, page: ReportsPage, demo_database: Database) -> None:
    tab = page.documents
    with demo_database.read() as s:
        number = s.scalars(select(ReferralBatch.number).order_by(ReferralBatch.id)).first()
    choose(page, VERIFICATION)
    assert tab.target_label.text() == "&หมู่บ้าน"
    households = int(tab.village.currentText().split("(")[-1].split()[0])
    assert make(qtbot, page).pages >= households  # one household per page at least
    choose(page, REFERRAL)
    assert tab.target_label.text() == "&ชุดส่งต่อ"
    tab.batch.setCurrentIndex(tab.batch.findData(number))
    made = make(qtbot, page)
    assert made.title == f"หนังสือส่งต่อ {number}"
    choose(page, SUMMARY)
    assert tab.current_key() is None
    tab.household_search.setText("สมศรี")
    tab.search_households()
    assert tab.household.count() > 0
    assert tab.status.text().startswith("พบ ")
    made = make(qtbot, page)
    assert made.title.startswith("สรุปข้อมูลครัวเรือน ")


def test_nothing_chosen_is_a_plain_message(page: ReportsPage,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_user_error", lambda parent, text: shown.append(text))
    choose(page, SUMMARY)
    page.documents.make_button.click()
    assert shown == ["โปรดเลือกหมู่บ้าน ชุดส่งต่อ หรือครัวเรือนที่จะพิมพ์ก่อน"]
    assert not page.documents.busy


def test_print_goes_through_the_prompt(qtbot: QtBot, page: ReportsPage, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, REGISTER)
    made = make(qtbot, page)
    printed = tmp_path / "printed.pdf"
    asked: list[tuple[str, int, bool]] = []

    def ask(parent: object, title: str, pages: int, *, landscape: bool = False) -> QPrinter:
        asked.append((title, pages, landscape))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(prompts, "ask_printer", ask)
    page.documents.print_button.click()
    assert asked == [(made.title, made.pages, True)]
    assert page_count(printed) == made.pages
    assert page.documents.status.text() == f"ส่งไปยังเครื่องพิมพ์แล้ว {made.pages} หน้า"
    # Cancelled in the dialog: nothing happens.
    monkeypatch.setattr(prompts, "ask_printer", lambda *a, **k: None)
    page.documents.print_button.click()


def test_cancel_stops_the_build(qtbot: QtBot, page: ReportsPage,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, VERIFICATION)
    tab = page.documents
    import exports.pdf as pdf_exports  # the page loads it when a document is made

    original = pdf_exports.render_document

    def cancelled_at_once(doc: object, out: object, *, options: object = None,
                          progress: object = None) -> object:
        assert callable(progress)  # the Op's progress: the page can cancel it
        # As if the user pressed Cancel after the first household.
        return original(doc, out, options=options,  # type: ignore[arg-type]
                        progress=lambda done, total: done < 1)

    monkeypatch.setattr(pdf_exports, "render_document", cancelled_at_once)
    tab.make_button.click()
    assert wait_for_background_jobs()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert tab.status.text() == "ยกเลิกแล้ว ไม่ได้สร้างเอกสาร"
    assert tab.made is None
    assert tab.make_button.isEnabled()


def test_keyboard_makes_the_document(qtbot: QtBot, page: ReportsPage) -> None:
    choose(page, REGISTER)
    with qtbot.waitSignal(page.documents.document_ready, timeout=60_000):
        qtbot.keyClick(page.documents.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_every_village_to_a_folder(qtbot: QtBot, page: ReportsPage, demo_database: Database,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(page, REGISTER)
    tab = page.documents
    assert tab.all_villages_button.isVisibleTo(page)
    folder = tmp_path / "villages"
    folder.mkdir()
    monkeypatch.setattr(reports, "choose_folder", lambda parent: folder)
    with qtbot.waitSignal(tab.villages_saved, timeout=120_000) as blocker:
        tab.all_villages_button.click()
    written = blocker.args[0]
    with demo_database.read() as s:
        villages = dict(s.execute(
            select(Village.code, func.count()).join(Household, Household.village_id == Village.id)
            .group_by(Village.code)).all())
    assert {code for code, _, _ in written} == set(villages)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"register-{code}.pdf" for code in villages)
    _, path, pages = written[0]
    assert page_count(path) == pages
    assert f"{len(written)} ไฟล์" in tab.status.text()
    choose(page, SUMMARY)
    assert not tab.all_villages_button.isVisibleTo(page)
