"""The household list page: demo households shown, Thai search after the pause, filters, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.database import Database
from core.households import COLUMNS, SortKey
from db.models import Household, Member
from ui.pages.households import SEARCH_DELAY_MS, HouseholdsPage, HouseholdTableModel
from ui.translation import install_translators

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, demo_database: Database) -> HouseholdsPage:
    install_translators(qapp, "th")
    widget = HouseholdsPage(demo_database)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    widget.refresh()
    return widget


def shown_ids(page: HouseholdsPage) -> set[int]:
    model = page.model
    return {model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())}


def type_thai(page: HouseholdsPage, text: str) -> None:
    """Thai arrives through the input method, as from a Thai keyboard layout."""
    page.search.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(page.search, event)


def test_the_page_shows_the_demo_households(page: HouseholdsPage,
                                            demo_database: Database, qtmodeltester: object) -> None:
    assert page.model.rowCount() == 300
    assert page.count.text() == "300 ครัวเรือน"
    assert page.model.index(0, 0).data().count("-") == 2  # XXXX-XXXXXX-X
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "รหัสบ้าน"
    with demo_database.read() as s:
        first = s.scalars(select(Household).order_by(Household.house_code, Household.id)).first()
    assert first is not None
    assert page.model.index(0, 1).data() == first.head_name
    header = page.table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_thai_search_filters_after_the_pause(qtbot: QtBot, page: HouseholdsPage,
                                             demo_database: Database) -> None:
    with demo_database.read() as s:
        head = s.scalars(select(Member).where(Member.is_head.is_(True))).first()
        assert head is not None
        term = head.first_name[:4]
        expected = set(s.scalars(select(Member.household_id).where(
            Member.first_name.contains(term) | Member.last_name.contains(term))))
    type_thai(page, term)
    assert page.search.text() == term
    assert page.model.rowCount() == 300  # not yet: the search waits for typing to pause
    with qtbot.waitSignal(page.search_timer.timeout, timeout=SEARCH_DELAY_MS * 8):
        pass
    assert shown_ids(page) >= expected
    assert head.household_id in shown_ids(page)
    assert page.model.rowCount() < 300
    assert page.count.text() == f"{page.model.rowCount()} ครัวเรือน"

    # A national ID with dashes, typed as digits.
    page.search.clear()
    page.search.setText(f"{head.national_id[:1]}-{head.national_id[1:5]}-{head.national_id[5:]}"
                        if head.national_id else "")
    page.apply_filter()
    if head.national_id:
        assert shown_ids(page) == {head.household_id}


def test_combos_filter(page: HouseholdsPage, demo_database: Database) -> None:
    with demo_database.read() as s:
        pending = set(s.scalars(select(Household.id).where(
            Household.verification_status == "pending")))
        level_one = set(s.scalars(select(Household.id).where(Household.level == 1)))
        sub = s.scalar(select(Household.subdistrict_code).limit(1))
        in_sub_pending = set(s.scalars(select(Household.id).where(
            Household.verification_status == "pending", Household.subdistrict_code == sub)))
    page.verification.setCurrentIndex(page.verification.findData("pending"))
    assert shown_ids(page) == pending
    page.subdistrict.setCurrentIndex(page.subdistrict.findData(sub))
    assert shown_ids(page) == in_sub_pending
    page.verification.setCurrentIndex(0)
    page.subdistrict.setCurrentIndex(0)
    page.level.setCurrentIndex(page.level.findData(1))
    assert shown_ids(page) == level_one
    assert page.level.currentText() == "อยู่ลำบาก"
    page.level.setCurrentIndex(0)
    page.dimension.setCurrentIndex(1)
    assert 0 < page.model.rowCount() < 300
    # One click puts every filter back; the button shows only while a filter is on.
    page.subdistrict.setCurrentIndex(page.subdistrict.findData(sub))
    page.overdue.setChecked(True)
    assert page.clear_filters_button.isVisibleTo(page)
    page.clear_filters_button.click()
    assert page.model.rowCount() == 300
    assert (page.subdistrict.currentIndex(), page.dimension.currentIndex()) == (0, 0)
    assert not page.overdue.isChecked()
    assert not page.clear_filters_button.isVisibleTo(page)


def test_header_click_sorts_in_sql(qtbot: QtBot, page: HouseholdsPage) -> None:
    members = next(i for i, (_n, k) in enumerate(COLUMNS) if k is SortKey.MEMBERS)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(members) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_key is SortKey.MEMBERS
    counts = [int(page.model.index(r, members).data()) for r in range(page.model.rowCount())]
    if page.model.descending:
        counts.reverse()
    assert counts == sorted(counts)
    page.table.sortByColumn(members, Qt.SortOrder.DescendingOrder)
    counts = [int(page.model.index(r, members).data()) for r in range(page.model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    # A column that cannot sort leaves the order (and the arrow) alone.
    before = list(page.model.ids)
    agency = next(i for i, (n, _k) in enumerate(COLUMNS) if n == "agency")
    page.table.sortByColumn(agency, Qt.SortOrder.AscendingOrder)
    assert page.model.ids == before
    assert header.sortIndicatorSection() == members


def test_multi_select_gives_the_households(page: HouseholdsPage) -> None:
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    assert page.selected_ids() == [page.model.ids[0], page.model.ids[2]]


def test_the_model_pages_rows_and_never_raises() -> None:
    fetched: list[int] = []

    def rows(ids: object) -> dict[int, object]:
        ids = list(ids)  # type: ignore[call-overload]
        fetched.append(len(ids))
        if 13 in ids:
            raise RuntimeError("database went away")
        return {}

    model = HouseholdTableModel(lambda _key, _desc: list(range(1000)), rows,  # type: ignore[arg-type]
                                page_size=10, cached_pages=2)
    model.reload()
    assert model.rowCount() == 1000
    assert model.index(0, 0).data() == ""
    assert model.index(5, 3).data() == ""
    assert fetched == [10]  # one page fetched for both cells
    assert model.index(13, 0).data() is None  # the failure does not reach the view
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    model.index(500, 0).data()
    model.index(900, 0).data()
    assert len(model._pages) == 2


def test_agency_combo_and_overdue_box_filter(page: HouseholdsPage, demo_database: Database) -> None:
    import datetime as dt

    from core.households import HouseholdFilter, household_ids

    assert page.partner.count() > 1
    page.partner.setCurrentIndex(1)
    partner_id = page.partner.currentData()
    with demo_database.read() as s:
        expected = set(s.scalars(select(Household.id).where(
            Household.responsible_partner_id == partner_id)))
    assert shown_ids(page) == expected
    page.partner.setCurrentIndex(0)
    page.overdue.setChecked(True)
    with demo_database.read() as s:
        late = set(household_ids(s, HouseholdFilter(overdue_on=dt.date.today())))
    assert late
    assert shown_ids(page) == late
    assert page.count.text() == f"{len(late):,} ครัวเรือน"


def test_the_model_shows_the_first_rows_and_appends_the_rest() -> None:
    from core.households import FirstIds

    whole = list(range(1000))
    reads: list[tuple[object, object]] = []
    model = HouseholdTableModel(
        lambda _key, _desc: list(whole), lambda ids: {},
        fetch_first=lambda _key, _desc, limit: FirstIds(whole[:limit], False),
        read_later=lambda read, done: reads.append((read, done)), first_rows=10)
    inserted: list[tuple[int, int]] = []
    done: list[bool] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.completed.connect(done.append)
    model.reload()
    assert (model.rowCount(), model.complete, len(reads)) == (10, False, 1)
    model.reload()  # typed again before the read came back: one read at a time
    assert len(reads) == 1
    read, deliver = reads.pop()
    deliver(read())  # type: ignore[operator]  # the first reload's list: stale, read again
    assert model.rowCount() == 10
    assert not model.complete
    assert len(reads) == 1
    read, deliver = reads.pop()
    deliver(read())  # type: ignore[operator]
    assert (model.rowCount(), model.complete, inserted, done) == (1000, True, [(10, 999)], [False])
    assert model.all_ids() == whole


def test_the_model_resets_when_the_list_changed_meanwhile() -> None:
    from core.households import FirstIds

    reads: list[tuple[object, object]] = []
    model = HouseholdTableModel(
        lambda _key, _desc: [5, 1, 2, 3], lambda ids: {},
        fetch_first=lambda _key, _desc, limit: FirstIds([1, 2], False),
        read_later=lambda read, done: reads.append((read, done)), first_rows=2)
    done: list[bool] = []
    model.completed.connect(done.append)
    model.reload()
    read, deliver = reads.pop()
    deliver(read())  # type: ignore[operator]
    assert model.ids == [5, 1, 2, 3]
    assert done == [True]


@pytest.fixture
def walked(page: HouseholdsPage, monkeypatch: pytest.MonkeyPatch) -> HouseholdsPage:
    """The page as on a big database: 50 first rows, the demo's common letters walked."""
    from core import search

    monkeypatch.setattr(search, "COMMON_MATCHES", 20)
    page.model.first_rows = 50
    return page


def test_a_long_list_shows_its_first_rows_then_all(qtbot: QtBot, walked: HouseholdsPage,
                                                   demo_database: Database) -> None:
    from core.households import HouseholdFilter, household_ids

    type_thai(walked, "ส")
    walked.apply_filter()
    assert walked.model.rowCount() == 50
    assert not walked.model.complete
    assert walked.count.text() == "50+ ครัวเรือน (กำลังนับ…)"
    qtbot.waitUntil(lambda: walked.model.complete, timeout=10_000)
    with demo_database.read() as s:
        expected = household_ids(s, HouseholdFilter(text="ส"))
    assert walked.model.ids == expected
    assert len(expected) > 50
    assert walked.count.text() == f"{len(expected)} ครัวเรือน"


def test_the_selection_further_down_survives_a_reload(qtbot: QtBot,
                                                      walked: HouseholdsPage) -> None:
    far = walked.model.ids[120]
    walked.table.selectRow(120)
    walked.apply_filter()
    assert not walked.model.complete
    qtbot.waitUntil(lambda: walked.model.complete, timeout=10_000)
    assert walked.selected_ids() == [far]
    assert walked.model.household_id(walked.table.currentIndex().row()) == far


def test_the_help_status_column_shows_on_a_1366_pixel_screen(qtbot: QtBot,
                                                             page: HouseholdsPage) -> None:
    """On a 1366-pixel screen (the sidebar and margins take ~270) the columns up to the help
    status fit without scrolling, and a confirmed household's status is not cut."""
    header = page.table.horizontalHeader()
    help_column = next(i for i, (_n, key) in enumerate(COLUMNS) if key is SortKey.HELP)
    assert sum(header.sectionSize(i) for i in range(help_column + 1)) <= 1366 - 270
    verification = next(i for i, (_n, key) in enumerate(COLUMNS) if key is SortKey.VERIFICATION)
    text = "ยืนยันเป็นครัวเรือนเป้าหมาย"
    assert header.sectionSize(verification) >= page.table.fontMetrics().horizontalAdvance(text)
