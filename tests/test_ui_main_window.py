"""The main window: every page opens, figures match the database, Thai renders with Sarabun."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.database import Database
from core.stats import overview_counts
from db.models import Partner
from ui.main_window import MainWindow
from ui.operations import wait_for_background_jobs
from ui.pages.overview import OverviewPage
from ui.pages.partners import PartnersPage
from ui.pages.settings import SettingsPage
from ui.translation import install_translators

pytestmark = pytest.mark.gui

THAI_TITLES = ["ภาพรวม", "ครัวเรือน", "นำเข้า", "การช่วยเหลือ", "หน่วยงานภาคี", "รายงาน", "ตั้งค่า"]
ENGLISH_TITLES = ["Overview", "Households", "Import", "Help", "Partner agencies", "Reports",
                  "Settings"]


@pytest.fixture
def thai_app(qapp: QApplication) -> QApplication:
    from ui.theme import apply_theme

    install_translators(qapp, "th")
    apply_theme(qapp)
    return qapp


def test_every_page_opens_in_thai(qtbot: QtBot, thai_app: QApplication,
                                  demo_database: Database) -> None:
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == THAI_TITLES
    for row, title in enumerate(THAI_TITLES):
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentIndex() == row
        assert window.current_page().page_title == title
        assert not window.grab().isNull()
    window.close()


def test_overview_figures_equal_the_database(qtbot: QtBot, thai_app: QApplication,
                                             demo_database: Database) -> None:
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.refresh()  # counted in the background (tests/test_ui_dashboard.py has the rest)
    with demo_database.begin() as s:
        counts = overview_counts(s)
    assert counts.households == 300
    assert page.cards["households"].value_text() == "300"
    assert page.cards["verified"].value_text() == f"{counts.verified:,}"
    assert page.cards["confirmed"].value_text() == f"{counts.confirmed:,}"
    assert page.cards["graduated"].value_text() == f"{counts.graduated:,}"
    assert counts.pending + counts.verified == counts.households
    assert counts.target + counts.in_progress + counts.helped + counts.graduated == counts.confirmed
    window.refresh_counts()
    assert "300 ครัวเรือน" in window.count_status.text()
    wait_for_background_jobs()


def test_partner_page_lists_every_partner(qtbot: QtBot, thai_app: QApplication,
                                          sqlite_database: Database, qtmodeltester: object) -> None:
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    page = next(p for p in window.pages if isinstance(p, PartnersPage))
    window.sidebar.setCurrentRow(window.pages.index(page))
    with sqlite_database.begin() as s:
        partners = s.scalar(select(func.count()).select_from(Partner))
    assert page.model.rowCount() == partners > 20
    names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert "สำนักงานพัฒนาชุมชนอำเภอ" in names
    kinds = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert "ส่วนราชการ" in kinds  # labels come from the code list, not the raw codes
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_english_is_available(qtbot: QtBot, qapp: QApplication,
                              sqlite_database: Database) -> None:
    install_translators(qapp, "en")
    try:
        window = MainWindow(sqlite_database)
        qtbot.addWidget(window)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert titles == ENGLISH_TITLES
    finally:
        install_translators(qapp, "th")


def test_sarabun_is_the_application_font(thai_app: QApplication) -> None:
    assert "Sarabun" in QFontDatabase.families()
    assert thai_app.font().family() == "Sarabun"
    assert QFontDatabase.isSmoothlyScalable("Sarabun")


def test_settings_page_shows_the_office(qtbot: QtBot, thai_app: QApplication,
                                        sqlite_database: Database) -> None:
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    page = next(p for p in window.pages if isinstance(p, SettingsPage))
    page.refresh()
    assert "เมืองลำปาง" in page.office_labels["area"].text()
    assert "ลำปาง" in page.office_labels["area"].text()
    assert page.database_label.text() == sqlite_database.label


def test_menu_buttons_leave_room_for_their_arrow_and_errors_are_red(
        qtbot: QtBot, thai_app: QApplication, demo_database: Database) -> None:
    """A button that opens a menu is a push button (Fusion draws a tool button's arrow over
    its last letter), sized for its text and the arrow; a form's error line is red in every
    dialog, not only in the household editor."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QPushButton, QStyle, QToolButton

    from ui.login import error_label

    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    with_menus = [b for b in window.findChildren(QPushButton) if b.menu() is not None]
    assert len(with_menus) >= 2  # the household list's "more", the overview's PNG
    arrow = window.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    for button in with_menus:
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert button.sizeHint().width() >= text + arrow, button.text()
    assert not [b for b in window.findChildren(QToolButton) if b.menu() is not None]
    label = error_label()
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#a12a1f"


def test_the_window_fits_a_small_laptop_screen(qtbot: QtBot, thai_app: QApplication,
                                               demo_database: Database) -> None:
    """A 1366×768 laptop at 125 % leaves 1093×614 logical pixels: the window's widest page
    (the reports) scrolls instead of making the window wider than the screen."""
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.show()
    assert window.minimumSizeHint().width() <= 1093
    assert window.minimumSizeHint().height() <= 614
    window.resize(1093, 614)
    for row, page in enumerate(window.pages):
        window.show_page(row)
        assert page.isVisible()
