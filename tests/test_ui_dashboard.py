"""The overview page: figures counted off the GUI thread and coalesced, a click on a bar or a
figure opens exactly its households, filters, refresh after a change, PDF and PNG export."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import core.dashboard as dashboard_core
import ui.pages.overview as overview_module
from core.dashboard import DashboardFilter, count_dashboard
from core.database import Database
from core.verification import change_status
from tests.pdf_helpers import needs_poppler, text_of
from ui.main_window import MainWindow
from ui.operations import wait_for_background_jobs
from ui.pages.overview import OverviewPage
from ui.translation import install_translators

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, demo_database: Database) -> Iterator[MainWindow]:
    from ui.theme import apply_theme

    install_translators(qapp, "th")
    apply_theme(qapp)
    win = MainWindow(demo_database)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitSignal(win.overview_page.refreshed, timeout=30_000):
        win.show()
    yield win
    win.close()
    wait_for_background_jobs()


def settle(qtbot: QtBot, page: OverviewPage) -> None:
    """Wait until no count is running or waiting."""
    qtbot.waitUntil(lambda: not page.is_counting(), timeout=30_000)


def test_figures_on_screen_are_the_counted_ones(window: MainWindow,
                                                demo_database: Database) -> None:
    page = window.overview_page
    with demo_database.read() as s:
        board = count_dashboard(s, today=page.dashboard.today if page.dashboard else None)
    for headline in board.headlines:
        assert page.cards[headline.key].value_text() == headline.text
    assert page.cards["households"].value_text() == "300"
    for chart in board.charts:
        shown = page.charts[chart.key]
        assert shown.data == chart
        assert len(shown.sets) == len(chart.series)
        for n, series in enumerate(chart.series):  # the bars drawn hold the counts (top first)
            drawn = [shown.sets[n].at(i) for i in range(shown.sets[n].count())]
            expected = [float(b.count) for b in series.bars]
            assert drawn == (expected if chart.key == "levels" else expected[::-1])
    assert page.charts["verification"].chart().title() == "การสอบทานรายตำบล"


def test_clicking_a_bar_lists_exactly_those_households(qtbot: QtBot, window: MainWindow,
                                                       demo_database: Database) -> None:
    page = window.overview_page
    chart = page.charts["verification"]
    assert chart.data is not None
    series = next(i for i, s in enumerate(chart.data.series) if s.key == "confirmed")
    category = 2
    bar = chart.data.series[series].bars[category]
    sub = bar.selection.subdistrict_code
    chart.click_bar(series, category)
    households = window.households_page
    assert window.current_page() is households
    expected = {hid for (hid,) in demo_database.engine.connect().execute(text(
        "SELECT id FROM households WHERE merged_into_id IS NULL AND subdistrict_code = :s "
        "AND verification_status = 'confirmed'"), {"s": sub})}
    assert bar.count == len(expected) > 0
    assert households.model.rowCount() == bar.count
    assert set(households.model.ids) == expected
    assert households.count.text() == f"{bar.count:,} ครัวเรือน"
    assert chart.data.categories[category] in households.selection_label.text()
    # the other filters are cleared, and "show all" goes back to the whole list
    assert households.subdistrict.currentData() is None
    qtbot.mouseClick(households.selection_clear, Qt.MouseButton.LeftButton)
    assert households.model.rowCount() == 300
    assert not households.selection_row.isVisible()


def test_clicking_a_figure_lists_its_households(qtbot: QtBot, window: MainWindow,
                                                demo_database: Database) -> None:
    page = window.overview_page
    qtbot.mouseClick(page.cards["verified"], Qt.MouseButton.LeftButton)
    households = window.households_page
    verified = int(demo_database.engine.connect().execute(text(
        "SELECT count(*) FROM households WHERE merged_into_id IS NULL "
        "AND verification_status <> 'pending'")).scalar() or 0)
    assert page.cards["verified"].value_text() == f"{verified:,}"
    assert households.model.rowCount() == verified
    # an agency's overdue bar: the households of those referrals
    window.sidebar.setCurrentRow(0)
    settle(qtbot, page)
    agencies = page.charts["agencies"]
    assert agencies.data is not None
    overdue = next(i for i, s in enumerate(agencies.data.series) if s.key == "overdue")
    busiest = max(range(len(agencies.data.categories)),
                  key=lambda i: agencies.data.series[overdue].bars[i].count)  # type: ignore[union-attr]
    bar = agencies.data.series[overdue].bars[busiest]
    agencies.click_bar(overdue, busiest)
    with demo_database.read() as s:
        from core.households import HouseholdFilter, household_ids

        assert set(households.model.ids) == set(household_ids(s, HouseholdFilter(
            selection=bar.selection)))
    assert 0 < households.model.rowCount() <= bar.count


def test_counting_runs_off_the_gui_thread_and_coalesces(qtbot: QtBot, window: MainWindow,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.overview_page
    threads: list[threading.Thread] = []
    real = dashboard_core.count_dashboard

    def counting(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(overview_module, "count_dashboard", counting)
    for _ in range(6):  # six changes in a burst
        page.request_refresh()
    assert page.is_counting()
    settle(qtbot, page)
    assert len(threads) == 2  # the one running, then one for all the requests meanwhile
    assert all(t is not threading.main_thread() for t in threads)


def test_a_change_elsewhere_refreshes_the_figures(qtbot: QtBot, window: MainWindow,
                                                  demo_database: Database) -> None:
    page = window.overview_page
    verified = int(page.cards["verified"].value_text().replace(",", ""))
    hid = int(demo_database.engine.connect().execute(text(
        "SELECT min(id) FROM households WHERE verification_status = 'pending'")).scalar() or 0)
    change_status(demo_database, demo_database.default_actor(), hid, "not_found", reason=None)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        window.households_page.data_changed.emit()  # what a save in the editor does
    settle(qtbot, page)
    assert page.cards["verified"].value_text() == f"{verified + 1:,}"


def test_filters_narrow_the_figures(qtbot: QtBot, window: MainWindow,
                                    demo_database: Database) -> None:
    page = window.overview_page
    assert page.subdistrict.count() > 2
    assert page.period.count() > 1
    page.subdistrict.setCurrentIndex(1)
    settle(qtbot, page)
    code = page.subdistrict.currentData()
    assert page.scope() == DashboardFilter(subdistrict_code=code)
    n = int(demo_database.engine.connect().execute(text(
        "SELECT count(*) FROM households WHERE merged_into_id IS NULL AND subdistrict_code = :s"),
        {"s": code}).scalar() or 0)
    assert page.cards["households"].value_text() == f"{n:,}"
    assert page.charts["verification"].data is not None
    assert page.charts["verification"].data.categories == (page.subdistrict.currentText(),)


@needs_poppler
def test_export_pdf_and_png(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.overview_page
    written: list[Path] = []
    op = page.export_pdf(str(tmp_path / "overview"), done=written.append)
    assert op is not None
    qtbot.waitUntil(lambda: bool(written), timeout=60_000)
    pdf = written[0]
    assert pdf.suffix == ".pdf"
    assert pdf.stat().st_size > 10_000
    words = text_of(pdf)
    joined = "".join(words.split())  # a label may wrap in its cell
    assert page.dashboard is not None
    for headline in page.dashboard.headlines:
        assert "".join(headline.label.split()) in joined
    assert "ภาพรวมการแก้ไขปัญหาความยากจน" in words
    for name in page.dashboard.chart("verification").categories:  # Thai subdistrict names
        assert name in words
    assert "ยืนยันเป็นครัวเรือนเป้าหมาย" in words
    png = page.export_png("levels", str(tmp_path / "levels"))
    assert png == tmp_path / "levels.png"
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= page.charts["levels"].width()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 10  # bars, text and axes, not a blank picture
