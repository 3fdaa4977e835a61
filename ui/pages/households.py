"""ครัวเรือน: the household list, searched, filtered and sorted in SQL and shown page by page."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from core.access import Permission, can, masks_ids
from core.audit import EXPORT_LIST, record_output
from core.dashboard import Selection
from core.database import Database
from core.history import Actor
from core.households import (
    COLUMNS,
    Choice,
    FilterChoices,
    FirstIds,
    HouseholdFilter,
    HouseholdRow,
    SortKey,
    export_household_rows,
    filter_choices,
    first_household_ids,
    household_ids,
    household_rows,
    list_year_choices,
    village_choices,
)
from core.i18n import language
from core.merge import review_count
from core.reference import code_labels
from core.thai import format_date_be
from ui import prompts
from ui.operations import Op, Progress
from ui.pages.base import Page
from widgets.choice_combo import replace_choices

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 250
PAGE_SIZE = 200
CACHED_PAGES = 10
# Rows read before the list is shown; the rest follows in the background. Enough to scroll a
# few screens while it comes (a screen shows about thirty).
FIRST_ROWS = 500

IdFetcher = Callable[[SortKey, bool], list[int]]
FirstIdFetcher = Callable[[SortKey, bool, int], FirstIds]
RowFetcher = Callable[[Sequence[int]], dict[int, HouseholdRow]]
# Runs a read off the GUI thread and hands its result to the callback on the GUI thread.
BackgroundRead = Callable[[Callable[[], list[int]], Callable[[list[int]], None]], None]


def column_headers() -> list[str]:
    """The list's column titles, in :data:`core.households.COLUMNS` order."""
    titles = {
        "house_code": translate("HouseholdsPage", "House code"),
        "head_name": translate("HouseholdsPage", "Head of household"),
        "village": translate("HouseholdsPage", "Village"),
        "subdistrict": translate("HouseholdsPage", "Subdistrict"),
        "members": translate("HouseholdsPage", "Members"),
        "level": translate("HouseholdsPage", "Level"),
        "dimensions": translate("HouseholdsPage", "Failed dimensions"),
        "verification": translate("HouseholdsPage", "Verification"),
        "help": translate("HouseholdsPage", "Help"),
        "last_visit": translate("HouseholdsPage", "Last visit"),
        "agency": translate("HouseholdsPage", "Responsible agency"),
    }
    return [titles[name] for name, _sort in COLUMNS]


class HouseholdTableModel(QAbstractTableModel):
    """Holds only the ordered ids; fetches the rows' text lazily, a page of ids at a time.

    Sorting asks the database again (:meth:`sort`), so there is never a proxy model over
    every household. With ``fetch_first`` and ``read_later``, a reload shows the first
    ``first_rows`` ids at once and appends the rest when the background read of the whole
    list arrives (``completed``); until then ``complete`` is False.
    """

    # Emitted when the rest of the list has arrived; True when it did not simply extend the
    # rows shown (the data changed meanwhile) and the model was reset.
    completed = Signal(bool)

    def __init__(self, fetch_ids: IdFetcher, fetch_rows: RowFetcher, *,
                 fetch_first: FirstIdFetcher | None = None,
                 read_later: BackgroundRead | None = None, first_rows: int = FIRST_ROWS,
                 page_size: int = PAGE_SIZE, cached_pages: int = CACHED_PAGES) -> None:
        super().__init__()
        self.fetch_ids = fetch_ids
        self.fetch_rows = fetch_rows
        self.fetch_first = fetch_first
        self.read_later = read_later
        self.first_rows = first_rows
        self.page_size = page_size
        self.cached_pages = cached_pages
        self.ids: list[int] = []
        self.complete = True
        self._generation = 0  # which reload a background result belongs to
        self._reading = False  # a background read is under way (one at a time)
        self._read_wanted = False  # another is wanted once it is back
        self.sort_key = SortKey.HOUSE_CODE
        self.descending = False
        self.loaded = False
        self.headers = column_headers()
        self._pages: OrderedDict[int, dict[int, HouseholdRow]] = OrderedDict()
        # what a new sort runs (the page keeps the selection across it)
        self.resort: Callable[[], None] = self.reload

    # ----------------------------------------------------------------- loading

    def reload(self) -> None:
        """Ask the database for the ids again (same sort); forget the cached rows."""
        self._generation += 1
        if self.fetch_first is not None and self.read_later is not None:
            first = self.fetch_first(self.sort_key, self.descending, self.first_rows)
            ids, complete = first.ids, first.complete
        else:
            ids, complete = self.fetch_ids(self.sort_key, self.descending), True
        self.beginResetModel()
        self.ids = ids
        self.complete = complete
        self._pages.clear()
        self.loaded = True
        self.endResetModel()
        if not complete:
            self._read_rest()

    def _read_rest(self) -> None:
        """Read the whole list in the background; a newer reload's read replaces this one's."""
        if self._reading:
            self._read_wanted = True
            return
        assert self.read_later is not None
        self._reading = True
        generation, key, descending = self._generation, self.sort_key, self.descending
        self.read_later(lambda: self.fetch_ids(key, descending),
                        lambda ids: self._rest_arrived(generation, ids))

    def _rest_arrived(self, generation: int, ids: list[int]) -> None:
        self._reading = False
        if generation != self._generation:  # the filter or order changed meanwhile
            if not self.complete:
                self._read_wanted = False
                self._read_rest()
            return
        self._read_wanted = False
        shown = len(self.ids)
        if ids[:shown] == self.ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self.ids = ids
                self.endInsertRows()
            self.complete = True
            self.completed.emit(False)
        else:
            self.beginResetModel()
            self.ids = ids
            self._pages.clear()
            self.complete = True
            self.endResetModel()
            self.completed.emit(True)

    def all_ids(self) -> list[int]:
        """Every id of the list, read now if the background read has not brought them yet."""
        return list(self.ids) if self.complete else self.fetch_ids(self.sort_key, self.descending)

    def household_id(self, row: int) -> int | None:
        """The id shown on a row."""
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_at(self, row: int) -> HouseholdRow | None:
        """The household on a row, fetched with its page when not cached."""
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            start = number * self.page_size
            page = self.fetch_rows(self.ids[start:start + self.page_size])
            self._pages[number] = page
            while len(self._pages) > self.cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self.ids[row])

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.UserRole):
            return None
        if not index.isValid():
            return None
        try:
            if role == Qt.ItemDataRole.UserRole:
                return self.household_id(index.row())
            name = COLUMNS[index.column()][0]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                if name == "members":
                    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return None
            row = self.row_at(index.row())
            if row is None:
                return ""
            value = getattr(row, name)
            return str(value)
        except Exception:  # a view must never see an exception; the cell stays empty
            return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a sortable column, in SQL (other columns keep the current order)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.resort()

    def sort_column(self) -> int:
        """The column of the current sort."""
        return next(i for i, (_name, key) in enumerate(COLUMNS) if key is self.sort_key)


class HouseholdsPage(Page):
    """Search as you type, filter combos, the household table, and the case-work windows."""

    data_changed = Signal()

    def __init__(self, database: Database, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Households"), parent)
        self.actor = actor or database.default_actor()
        self.filter = HouseholdFilter()
        self.windows: dict[object, QWidget] = {}

        tools = QHBoxLayout()
        self.open_button = self._button(translate("HouseholdsPage", "Open"), self.open_selected)
        self.new_button = self._button(translate("HouseholdsPage", "New household"),
                                       self.new_household)
        self.keying_button = self._button(translate("HouseholdsPage", "Key village results"),
                                          self.key_village)
        self.export_button = self._button(translate("HouseholdsPage", "Export to Excel"),
                                          self.export_view)
        self.assign_button = self._button(translate("HouseholdsPage", "Assign help…"),
                                          self._assign_help)
        # What is needed less often waits behind one button (the page fits a 1280-pixel screen).
        self.more_button = QPushButton(translate("HouseholdsPage", "More"))
        more = QMenu(self.more_button)
        self.merge_action = more.addAction(translate("HouseholdsPage", "Merge duplicates…"))
        self.merge_action.triggered.connect(lambda _c=False: self.merge_selected())
        self.review_action = more.addAction(translate("HouseholdsPage", "Review imported people"))
        self.review_action.triggered.connect(lambda _c=False: self.open_review_queue())
        self.history_action = more.addAction(translate("HouseholdsPage", "History of changes"))
        self.history_action.triggered.connect(lambda _c=False: self.open_history())
        self.more_button.setMenu(more)
        for button in (self.open_button, self.new_button, self.assign_button, self.keying_button,
                       self.more_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        self.layout_.addLayout(tools)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "HouseholdsPage", "Search by name, national ID, house code or house number"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.layout_.addWidget(self.search)

        self.subdistrict = self._combo(translate("HouseholdsPage", "All subdistricts"))
        self.village = self._combo(translate("HouseholdsPage", "All villages"))
        self.list_year = self._combo(translate("HouseholdsPage", "All list years"))
        self.verification = self._combo(translate("HouseholdsPage", "All verification statuses"))
        self.help = self._combo(translate("HouseholdsPage", "All help statuses"))
        self.level = self._combo(translate("HouseholdsPage", "All levels"))
        self.dimension = self._combo(translate("HouseholdsPage", "All dimensions"))
        self.partner = self._combo(translate("HouseholdsPage", "All agencies"))
        self.source = self._combo(translate("HouseholdsPage", "All lists"))
        self.overdue = QCheckBox(translate("HouseholdsPage", "Help overdue"))
        self.overdue.setToolTip(translate(
            "HouseholdsPage", "Only households with help planned before today and not done yet"))
        self.overdue.toggled.connect(lambda _on: self.apply_filter())
        # Two rows, so that the window still fits an office screen of 1280 pixels.
        where = QHBoxLayout()
        for combo in (self.subdistrict, self.village, self.verification, self.help, self.level):
            where.addWidget(combo)
        where.addStretch(1)
        what = QHBoxLayout()
        for combo in (self.dimension, self.partner, self.source, self.list_year):
            what.addWidget(combo)
        what.addWidget(self.overdue)
        self.clear_filters_button = self._button(translate("HouseholdsPage", "Clear filters"),
                                                 self.clear_filters)
        self.clear_filters_button.setToolTip(translate(
            "HouseholdsPage", "Back to all subdistricts, statuses, agencies and lists (the "
            "search text stays)"))
        self.clear_filters_button.setVisible(False)
        what.addWidget(self.clear_filters_button)
        what.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("HouseholdCount")
        what.addWidget(self.count)
        self.layout_.addLayout(where)
        self.layout_.addLayout(what)
        # A figure clicked on the overview: its households, until the user clears it.
        self.selection: Selection | None = None
        self.selection_row = QWidget()
        chip = QHBoxLayout(self.selection_row)
        chip.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("SelectionLabel")
        self.selection_clear = self._button(translate("HouseholdsPage", "Show all households"),
                                            lambda: self.show_selection(None))
        chip.addWidget(self.selection_label)
        chip.addWidget(self.selection_clear)
        chip.addStretch(1)
        self.selection_row.setVisible(False)
        self.layout_.addWidget(self.selection_row)

        self.model = HouseholdTableModel(self._fetch_ids, self._fetch_rows,
                                         fetch_first=self._fetch_first,
                                         read_later=self._read_later)
        self.model.completed.connect(self._list_completed)
        self._kept_selection: tuple[set[int], int | None, int] | None = None
        self.model.resort = self.reload_keeping_selection
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setModel(self.model)
        # Up to the help status within a 1366-pixel screen (the column officers need most),
        # with a house code and the longest verification status whole.
        with self.database.read() as s:
            statuses = code_labels(s, "verification_status", language=language()).values()
        metrics = self.table.fontMetrics()
        whole = {0: metrics.horizontalAdvance("5201-000027-4") + 14,
                 7: max((metrics.horizontalAdvance(t) for t in statuses), default=150) + 14}
        for column, width in enumerate((112, 160, 125, 88, 55, 72, 125, 182, 135, 90)):
            # only once the model has given the columns
            header.resizeSection(column, whole.get(column, width))
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)
        self.layout_.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda index: self.open_household(
            self.model.household_id(index.row())))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_household)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable_tools())
        self.subdistrict.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self._show_count()
        self._enable_tools()
        # The role's tools only (core refuses the rest anyway).
        self.can_edit = can(self.actor, Permission.EDIT_HOUSEHOLDS)
        for widget in (self.new_button, self.keying_button, self.assign_button):
            widget.setVisible(self.can_edit)
        self.merge_action.setVisible(self.can_edit)
        self.review_action.setVisible(self.can_edit)
        self.export_button.setVisible(can(self.actor, Permission.EXPORT_PERSONAL))

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _enable_tools(self) -> None:
        selected = len(self.selected_ids())
        self.open_button.setEnabled(selected >= 1)
        self.assign_button.setEnabled(selected >= 1)
        self.merge_action.setEnabled(selected == 2)

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(230)  # a long list or agency name must not widen the window
        combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        return combo

    # ----------------------------------------------------------------- data

    def _fetch_ids(self, sort: SortKey, descending: bool) -> list[int]:
        with self.database.read() as s:
            return household_ids(s, self.filter, sort, descending)

    def _fetch_first(self, sort: SortKey, descending: bool, limit: int) -> FirstIds:
        with self.database.read() as s:
            return first_household_ids(s, self.filter, sort, descending, limit=limit)

    def _read_later(self, read: Callable[[], list[int]],
                    done: Callable[[list[int]], None]) -> None:
        Op(self, lambda _progress: read(), reads_only=True).success(done).run_in_background()

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, HouseholdRow]:
        with self.database.read() as s:
            return household_rows(s, ids, language=language())

    def refresh(self) -> None:
        """Reload the filter choices and the list."""
        with self.database.read() as s:
            choices = filter_choices(s, language=language())
            years = list_year_choices(s)
            waiting = review_count(s)
        self._fill_choices(choices)
        self._set_options(self.list_year, years)
        self._fill_villages(apply=False)
        self.review_action.setText(translate("HouseholdsPage", "Review imported people ({n})")
                                   .format(n=waiting))
        self.apply_filter()

    def _fill_villages(self, *, apply: bool = True) -> None:
        with self.database.read() as s:
            options = village_choices(s, self.subdistrict.currentData())
        self._set_options(self.village, options)
        if apply:
            self.apply_filter()

    @staticmethod
    def _set_options(combo: QComboBox, options: tuple[Choice, ...]) -> None:
        replace_choices(combo, ((option.label, option.value) for option in options))

    def _fill_choices(self, choices: FilterChoices) -> None:
        pairs: tuple[tuple[QComboBox, tuple[Choice, ...]], ...] = (
            (self.subdistrict, choices.subdistricts),
            (self.verification, choices.verification_statuses),
            (self.help, choices.help_statuses),
            (self.level, choices.levels),
            (self.dimension, choices.dimensions),
            (self.partner, choices.partners),
            (self.source, choices.sources),
        )
        for combo, options in pairs:
            self._set_options(combo, options)

    def current_filter(self) -> HouseholdFilter:
        """The filter the search box and combos describe."""
        return HouseholdFilter(
            text=self.search.text(),
            subdistrict_code=self.subdistrict.currentData(),
            village_id=self.village.currentData(),
            list_year_be=self.list_year.currentData(),
            verification_status=self.verification.currentData(),
            help_status=self.help.currentData(),
            level=self.level.currentData(),
            dimension_code=self.dimension.currentData(),
            partner_id=self.partner.currentData(),
            source_code=self.source.currentData(),
            overdue_on=dt.date.today() if self.overdue.isChecked() else None,
            selection=self.selection,
        )

    def show_selection(self, selection: Selection | None, *, apply: bool = True) -> None:
        """List exactly the households of an overview figure (None: back to the whole list).

        The other filters are cleared, so the list shows the figure's households and no fewer.
        """
        self.selection = selection
        if selection is not None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._reset_filters()
            self.selection_label.setText(translate("HouseholdsPage", "From the overview: {what}")
                                         .format(what=selection.label))
        self.selection_row.setVisible(selection is not None)
        if apply:  # (not when the page is about to be shown: showing it refreshes the list)
            self.apply_filter()

    def _filter_widgets(self) -> tuple[QComboBox, ...]:
        return (self.subdistrict, self.village, self.list_year, self.verification, self.help,
                self.level, self.dimension, self.partner, self.source)

    def _reset_filters(self) -> None:
        """Every filter back to "all", without running the list once per filter."""
        for widget in (*self._filter_widgets(), self.overdue):
            widget.blockSignals(True)
        for combo in self._filter_widgets():
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (*self._filter_widgets(), self.overdue):
            widget.blockSignals(False)
        self._fill_villages(apply=False)

    def clear_filters(self) -> None:
        """All subdistricts, statuses, agencies and lists again (the search text stays)."""
        self._reset_filters()
        self.apply_filter()

    def apply_filter(self) -> None:
        """Run the search and filters now (the search box calls this after its pause)."""
        self.search_timer.stop()
        self.filter = self.current_filter()
        self.clear_filters_button.setVisible(
            any(combo.currentIndex() > 0 for combo in self._filter_widgets())
            or self.overdue.isChecked())
        self.reload_keeping_selection()

    def reload_keeping_selection(self) -> None:
        """Ask the database again; the selected households stay selected where still listed."""
        selected = set(self.selected_ids())
        current = self.model.household_id(self.table.currentIndex().row())
        self.model.reload()
        # Households further down come with the rest of the list: selected then.
        self._kept_selection = None if self.model.complete else (selected, current,
                                                                 len(self.model.ids))
        self._reselect(selected, current)
        self._show_count()
        self._enable_tools()

    def _reselect(self, selected: set[int], current: int | None, *, from_row: int = 0) -> None:
        """Select the rows of ``selected`` from ``from_row`` on (replacing the selection when
        from the top) and make ``current`` the current row when it is among them."""
        if not (selected or current is not None) or len(selected) >= 5000:
            return
        rows = {hid: row for row, hid in enumerate(self.model.ids[from_row:], start=from_row)
                if hid in selected or hid == current}
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for hid, row in rows.items():
            if hid in selected:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect if from_row == 0
                     else QItemSelectionModel.SelectionFlag.Select)
        if current in rows:
            index = self.model.index(rows[current], 0)
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def _list_completed(self, reset: bool) -> None:
        """The rest of the list has arrived: select what was selected there, count again."""
        kept, self._kept_selection = self._kept_selection, None
        if kept is not None:
            selected, current, shown = kept
            self._reselect(selected, current, from_row=0 if reset else shown)
        self._show_count()
        self._enable_tools()

    def selected_ids(self) -> list[int]:
        """The households of the selected rows, in list order (for bulk actions)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [hid for hid in (self.model.household_id(r) for r in rows) if hid is not None]

    def _assign_help(self) -> None:
        from ui.assign_help import open_assign_help

        if open_assign_help(self, self.database, self.actor, self.selected_ids()):
            self._changed()

    def _show_count(self) -> None:
        if self.model.complete:
            text = translate("HouseholdsPage", "{count} households")
        else:
            text = translate("HouseholdsPage", "{count}+ households (counting…)")
        self.count.setText(text.format(count=f"{self.model.rowCount():,}"))

    # ----------------------------------------------------------------- case work

    def open_selected(self) -> QWidget | None:
        """Open the current (or first selected) household in the editor."""
        hid = self.model.household_id(self.table.currentIndex().row())
        ids = self.selected_ids()
        if hid is None or (ids and hid not in ids):
            hid = ids[0] if ids else None
        return self.open_household(hid)

    def open_household(self, household_id: int | None) -> QWidget | None:
        """The editor of a household (brought to the front if it is open already)."""
        if household_id is None:
            return None
        from ui.household_editor import HouseholdEditor

        window = self.windows.get(("household", household_id))
        if window is None or not window.isVisible():
            editor = HouseholdEditor(self.database, self.actor, household_id, parent=self)
            editor.saved.connect(lambda _hid: self._changed())
            window = self.windows[("household", household_id)] = editor
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_household(self) -> QWidget:
        """An editor for a household typed in by hand (a walk-in, a local survey)."""
        from ui.household_editor import HouseholdEditor

        editor = HouseholdEditor(self.database, self.actor, None,
                                 village_id=self.village.currentData(), parent=self)
        editor.saved.connect(lambda _hid: self._changed())
        self.windows[("new", id(editor))] = editor
        editor.show()
        return editor

    def key_village(self) -> QWidget:
        """The village keying screen (the village filter's village, if one is chosen)."""
        from ui.village_keying import VillageKeying

        window = VillageKeying(self.database, self.actor, village_id=self.village.currentData(),
                               parent=self)
        window.saved.connect(self._changed)
        self.windows[("keying", id(window))] = window
        window.show()
        return window

    def merge_selected(self) -> QWidget | None:
        """Merge the two selected households."""
        ids = self.selected_ids()
        if len(ids) != 2:
            prompts.show_info(self, translate("HouseholdsPage", "Select the two households that "
                                                                "are the same family (Ctrl+click)."))
            return None
        from ui.case_tools import MergeWindow

        window = MergeWindow(self.database, self.actor, ids[0], ids[1], parent=self)
        window.merged.connect(lambda _hid: self._changed())
        self.windows[("merge", id(window))] = window
        window.show()
        return window

    def open_review_queue(self) -> QWidget:
        """People the imports could not place."""
        from ui.case_tools import ReviewQueueWindow

        window = ReviewQueueWindow(self.database, self.actor, parent=self)
        window.decided.connect(self._changed)
        self.windows[("review", id(window))] = window
        window.show()
        return window

    def open_history(self) -> QWidget:
        """The office-wide history log."""
        from ui.case_tools import HistoryLogWindow

        window = HistoryLogWindow(self.database, parent=self, mask_ids=masks_ids(self.actor))
        window.open_household.connect(self.open_household)
        self.windows[("history", id(window))] = window
        window.show()
        return window

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def export_view(self, target: str | None = None) -> Op[int] | None:
        """Write the list as it is shown (filters and order) to an Excel workbook."""
        suggested = f"households-{dt.date.today():%Y%m%d}.xlsx"
        path = prompts.save_path(
            self, target, translate("HouseholdsPage", "Export the list to Excel"), suggested,
            translate("HouseholdsPage", "Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        ids = self.model.all_ids()
        headers = self.model.headers
        names = [name for name, _sort in COLUMNS]
        lang = language()
        title = translate("HouseholdsPage", "Target households")
        subtitle = translate("HouseholdsPage", "{count} households · exported {date}").format(
            count=f"{len(ids):,}", date=format_date_be(dt.date.today()))

        actor = self.actor

        def job(progress: Progress) -> int:
            from exports.household_list import write_household_list  # openpyxl: only now

            with self.database.read() as s:
                rows = ([getattr(r, n) for n in names]
                        for r in export_household_rows(s, actor, ids, language=lang))
                count = write_household_list(
                    path, title=title, subtitle=subtitle, headers=headers, rows=rows,
                    widths=[16, 28, 24, 16, 9, 12, 30, 28, 20, 14, 30],
                    progress=lambda done: progress.update(done, len(ids)))
            # Written from a read transaction (writers go on); without its entry the file goes.
            record_output(self.database, actor, EXPORT_LIST, households=ids, path=path)
            return count

        op = Op(self, job, label=translate("HouseholdsPage", "Writing the Excel file…"))
        op.success(lambda count: prompts.show_info(self, translate(
            "HouseholdsPage", "{count} households written to {path}.").format(
            count=f"{count:,}", path=path))).run_in_background()
        return op

    def _keep_indicator_on_sortable(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot sort leaves the arrow on the current sort."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1] is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
