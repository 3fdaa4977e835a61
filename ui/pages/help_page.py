"""การช่วยเหลือ: referrals and who is late, the agency view, letters in batches, keying replies,
and the help menu's suggestions for one household."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.access import Permission, can
from core.database import Database
from core.errors import UserError
from core.help_status import decide_help
from core.history import Actor
from core.i18n import language
from core.interventions import (
    LIST_LIMIT,
    AgencyRow,
    BatchRow,
    ReferralChange,
    ReferralRow,
    agency_summary,
    allowed_next,
    batch_candidate_counts,
    batch_candidates,
    batch_prefix,
    batch_row,
    create_batch,
    find_batch,
    format_baht,
    household_briefs,
    interventions_of_household,
    key_batch_replies,
    list_batches,
    list_referrals,
    next_batch_number,
    office_version,
    parse_baht,
    partner_choices,
)
from core.office import update_office
from core.reference import code_labels
from core.search import find_household_ids
from core.suggestions import suggest_help
from core.thai import format_date_be
from ui import prompts
from ui.assign_help import open_assign_help
from ui.operations import Op, Progress
from ui.pages.base import Page
from ui.referral_dialog import ReferralDialog
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate
LATE_BACKGROUND = QColor("#fdecea")
LATE_FOREGROUND = QColor("#a61b1b")


def _short(value: dt.date | None) -> str:
    return format_date_be(value, style="short")


class TableModel(QAbstractTableModel):
    """Rows of plain data with a list of (header, cell function) columns."""

    def __init__(self, columns: list[tuple[str, Callable[[Any], object]]],
                 *, right: tuple[int, ...] = ()) -> None:
        super().__init__()
        self.columns = columns
        self.right = right
        self.late_columns: tuple[int, ...] | None = None  # None: the whole row
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, index: int) -> Any:
        """The data of one row (None outside)."""
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def late(self, row: Any) -> bool:
        """Whether a row is highlighted as overdue."""
        return bool(getattr(row, "overdue", False))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        try:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = self.columns[index.column()][1](row)
                return "" if value is None else str(value)
            marked = self.late(row) and (self.late_columns is None
                                         or index.column() in self.late_columns)
            if role == Qt.ItemDataRole.BackgroundRole and marked:
                return QBrush(LATE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and marked:
                return QBrush(LATE_FOREGROUND)
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.UserRole:
                return getattr(row, "id", None)
        except Exception:  # a view must never see an exception; the cell stays empty
            return None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section][0]
        return None


def referral_model() -> TableModel:
    """The referral table's columns (overdue rows in red, with the days late)."""
    return TableModel([
        (translate("HelpPage", "House code"), lambda r: r.house_code),
        (translate("HelpPage", "Head of household"), lambda r: r.head_name + (
            f" ({r.member_name})" if r.member_name else "")),
        (translate("HelpPage", "Help"), lambda r: r.kind),
        (translate("HelpPage", "Agency"), lambda r: r.partner),
        (translate("HelpPage", "Status"), lambda r: r.status_label),
        (translate("HelpPage", "Planned by"), lambda r: _short(r.planned_on)),
        (translate("HelpPage", "Days late"), lambda r: f"{r.days_late:,}" if r.overdue else ""),
        (translate("HelpPage", "Finished"), lambda r: _short(r.finished_on)),
        (translate("HelpPage", "Budget (baht)"), lambda r: format_baht(r.planned_satang)),
        (translate("HelpPage", "Spent (baht)"), lambda r: format_baht(r.actual_satang)),
        (translate("HelpPage", "Letter no."), lambda r: r.batch_number),
        (translate("HelpPage", "Evidence"), lambda r: r.attachments or ""),
        (translate("HelpPage", "Village"), lambda r: r.village),
    ], right=(6, 8, 9, 11))


REFERRAL_WIDTHS = (105, 165, 210, 95, 85, 90, 70, 90, 95, 90, 150, 60)


def agency_model() -> TableModel:
    """The per-agency table's columns."""

    def median(r: AgencyRow) -> str:
        return f"{r.median_days_to_done:,.0f}" if r.median_days_to_done is not None else "-"

    model = TableModel([
        (translate("HelpPage", "Agency"), lambda r: r.name),
        (translate("HelpPage", "Referrals"), lambda r: f"{r.total:,}"),
        (translate("HelpPage", "Open"), lambda r: f"{r.open:,}"),
        (translate("HelpPage", "Overdue"), lambda r: f"{r.overdue:,}"),
        (translate("HelpPage", "Done"), lambda r: f"{r.done:,}"),
        (translate("HelpPage", "Declined"), lambda r: f"{r.declined:,}"),
        (translate("HelpPage", "Median days to done"), median),
        (translate("HelpPage", "Planned (baht)"), lambda r: format_baht(r.planned_satang)),
        (translate("HelpPage", "Spent (baht)"), lambda r: format_baht(r.spent_satang)),
    ], right=(1, 2, 3, 4, 5, 6, 7, 8))
    model.late_columns = (3,)
    return model


def batch_model(labels: dict[str, str]) -> TableModel:
    """The batch table's columns."""
    return TableModel([
        (translate("HelpPage", "Letter no."), lambda b: b.number),
        (translate("HelpPage", "Agency"), lambda b: b.partner),
        (translate("HelpPage", "Letter date"), lambda b: _short(b.letter_date)),
        (translate("HelpPage", "Referrals"), lambda b: f"{b.referrals:,}"),
        (translate("HelpPage", "Still open"), lambda b: f"{b.open:,}"),
        (translate("HelpPage", "State"), lambda b: labels[batch_state(b)]),
        (translate("HelpPage", "Reply keyed"), lambda b: _short(b.replied_on)),
    ], right=(3, 4))


def _table(model: QAbstractTableModel, widths: tuple[int, ...] = ()) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, _header_width(view, column)) if width else 0)
    return view


HOUSE_CODE_SAMPLE = "5201-000027-4"  # a house code as the lists show it


def _header_width(view: QTableView, column: int) -> int:
    """Room for a column's heading (and a house code, which must never be cut: two
    households would look the same)."""
    model = view.model()
    label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = view.horizontalHeader().fontMetrics()
    needed = metrics.horizontalAdvance(label) + 28  # margins and the sort arrow
    if label == translate("HelpPage", "House code"):
        needed = max(needed, view.fontMetrics().horizontalAdvance(HOUSE_CODE_SAMPLE) + 16)
    return needed


def batch_state(batch: BatchRow) -> str:
    """sent, replied or closed, from what is still open (older data may not say)."""
    if batch.referrals and batch.open == 0:
        return "closed"
    if batch.replied_on is not None or batch.open < batch.referrals:
        return "replied"
    return "sent"


def batch_state_labels() -> dict[str, str]:
    """Labels of a batch's state."""
    return {"sent": translate("HelpPage", "Sent, waiting for the reply"),
            "replied": translate("HelpPage", "Partly answered"),
            "closed": translate("HelpPage", "Answered")}


class HelpPage(Page):
    """Tabs: referrals, by agency, letters (batches), key a reply, help menu."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Help"), parent)
        self.actor = actor
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self._build_referrals()
        self._build_agencies()
        self._build_batches()
        self._build_reply()
        self._build_suggestions()
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())
        self.prefix_button.setVisible(can(actor, Permission.EDIT_REFERENCE))  # the office's
        if not can(actor, Permission.EDIT_HOUSEHOLDS):  # a viewer: reads, changes nothing
            for button in (self.record_button, self.create_button,
                           self.save_reply_button, self.fill_button, self.assign_button,
                           *self.decisions.values()):
                button.setVisible(False)
        self.reply_rows: list[tuple[ReferralRow, QComboBox, BeDateEdit, QLineEdit, QLineEdit]] = []
        self.reply_batch: BatchRow | None = None

    # ================================================================ referrals

    def _build_referrals(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.agency = QComboBox()
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency.setMinimumContentsLength(28)
        self.status = QComboBox()
        self.status.addItem(translate("HelpPage", "Not finished"), "open")
        self.status.addItem(translate("HelpPage", "Overdue"), "overdue")
        self.status.addItem(translate("HelpPage", "Finished (done, declined, cancelled)"),
                            "closed")
        self.status.addItem(translate("HelpPage", "All referrals"), "all")
        for combo in (self.agency, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.load_referrals())
            bar.addWidget(combo)
        bar.addStretch(1)
        self.referral_count = QLabel()
        bar.addWidget(self.referral_count)
        layout.addLayout(bar)
        self.referrals = referral_model()
        self.referral_view = _table(self.referrals, REFERRAL_WIDTHS)
        self.referral_view.doubleClicked.connect(lambda _i: self.open_referral())
        self.referral_view.activated.connect(lambda _i: self.open_referral())
        layout.addWidget(self.referral_view, 1)
        actions = QHBoxLayout()
        self.record_button = QPushButton(translate("HelpPage", "Record outcome…"))
        self.record_button.setToolTip(translate("HelpPage", "Enter or double-click a row"))
        self.record_button.clicked.connect(self.open_referral)
        actions.addWidget(self.record_button)
        actions.addStretch(1)
        legend = QLabel(translate("HelpPage", "Rows in red are overdue: the planned date has "
                                  "passed and the referral is not finished."))
        legend.setStyleSheet(f"color: {LATE_FOREGROUND.name()};")
        legend.setWordWrap(True)
        actions.addWidget(legend)
        layout.addLayout(actions)
        self.tabs.addTab(tab, translate("HelpPage", "&Referrals"))

    def _fill_agencies(self) -> None:
        with self.database.read() as s:
            choices = partner_choices(s, active_only=False)
            waiting = batch_candidate_counts(s)
        # The letters tab lists first the agencies with referrals waiting for a letter.
        letters = sorted(choices, key=lambda c: (-waiting.get(c[0], 0), c[1]))
        for combo, everything, options in (
                (self.agency, translate("HelpPage", "All agencies"), choices),
                (self.batch_agency, None, letters)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if everything is not None:
                combo.addItem(everything, None)
            for pid, name in options:
                if combo is self.batch_agency and waiting.get(pid):
                    name = translate("HelpPage", "{agency} ({count} waiting)").format(
                        agency=name, count=f"{waiting[pid]:,}")
                combo.addItem(name, pid)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def load_referrals(self) -> None:
        """Reload the referral list for the filters."""
        with self.database.read() as s:
            rows, total = list_referrals(s, partner_id=self.agency.currentData(),
                                         status=self.status.currentData(), language=language())
        self.referrals.set_rows(rows)
        text = translate("HelpPage", "{count} referrals").format(count=f"{total:,}")
        if total > len(rows):
            text = translate("HelpPage", "showing the first {shown} of {count} referrals; narrow "
                             "the filter").format(shown=f"{LIST_LIMIT:,}", count=f"{total:,}")
        late = sum(1 for r in rows if r.overdue)
        if late and self.status.currentData() != "overdue":
            text += " · " + translate("HelpPage", "{count} overdue").format(count=f"{late:,}")
        self.referral_count.setText(text)

    def show_agency(self, partner_id: int | None, status: str = "open") -> None:
        """The referral list of one agency."""
        self.tabs.setCurrentIndex(0)
        self.agency.blockSignals(True)
        self.agency.setCurrentIndex(max(0, self.agency.findData(partner_id)))
        self.agency.blockSignals(False)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.load_referrals()

    def open_referral(self) -> None:
        """Record the outcome of the selected referral."""
        index = self.referral_view.currentIndex()
        row = self.referrals.row_at(index.row()) if index.isValid() else None
        if row is None:
            prompts.show_info(self, translate("HelpPage", "Select a referral first."))
            return
        dialog = ReferralDialog(self.database, self.actor, row, self)
        prompts.run_dialog(dialog)
        if dialog.saved:
            self.load_referrals()
            self.referral_view.selectRow(min(index.row(), self.referrals.rowCount() - 1))

    # ================================================================ agencies

    def _build_agencies(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.agency_note = QLabel(translate(
            "HelpPage", "Open: not finished. Overdue: open and past the planned date. Median "
            "days: from the referral to done. Planned money leaves out declined and cancelled "
            "help; spent money is that of done help. Double-click an agency to see its "
            "referrals."))
        self.agency_note.setWordWrap(True)
        layout.addWidget(self.agency_note)
        self.agencies = agency_model()
        self.agency_view = _table(self.agencies, (300, 70, 80, 80, 75, 65, 130, 125, 120))
        self.agency_view.doubleClicked.connect(self._agency_clicked)
        self.agency_view.activated.connect(self._agency_clicked)
        layout.addWidget(self.agency_view, 1)
        self.agency_totals = QLabel()
        self.agency_totals.setWordWrap(True)
        layout.addWidget(self.agency_totals)
        self.tabs.addTab(tab, translate("HelpPage", "By &agency"))

    def load_agencies(self) -> None:
        """Reload the per-agency figures."""
        with self.database.read() as s:
            rows = agency_summary(s)
        self.agencies.set_rows(rows)
        self.agency_totals.setText(translate(
            "HelpPage", "All agencies: {open} open, {late} overdue, {done} done; planned "
            "{planned} baht, spent {spent} baht").format(
                open=f"{sum(r.open for r in rows):,}", late=f"{sum(r.overdue for r in rows):,}",
                done=f"{sum(r.done for r in rows):,}",
                planned=format_baht(sum(r.planned_satang for r in rows)),
                spent=format_baht(sum(r.spent_satang for r in rows))))

    def _agency_clicked(self, index: QModelIndex) -> None:
        row = self.agencies.row_at(index.row())
        if row is not None and row.partner_id is not None:
            self.show_agency(row.partner_id, "overdue" if row.overdue else "open")

    # ================================================================ batches

    def _build_batches(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(translate(
            "HelpPage", "Put an agency's referrals that wait for a letter under one numbered "
            "letter; they become referred on the letter's date. Print the letter in Reports → "
            "Documents → Referral letter."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.batch_agency = QComboBox()
        self.batch_agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_agency.setMinimumContentsLength(30)
        self.batch_agency.currentIndexChanged.connect(lambda _i: self._show_candidates())
        bar.addWidget(QLabel(translate("HelpPage", "Agency")))
        bar.addWidget(self.batch_agency)
        bar.addWidget(QLabel(translate("HelpPage", "Letter date")))
        self.letter_date = BeDateEdit(dt.date.today())
        bar.addWidget(self.letter_date)
        self.create_button = QPushButton(translate("HelpPage", "Create the letter"))
        self.create_button.clicked.connect(self.make_batch)
        bar.addWidget(self.create_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.candidates_label = QLabel()
        self.candidates_label.setWordWrap(True)
        layout.addWidget(self.candidates_label)
        prefix_bar = QHBoxLayout()
        prefix_bar.addWidget(QLabel(translate("HelpPage", "Letter numbers start with")))
        self.prefix = QLineEdit()
        self.prefix.setMaximumWidth(220)
        self.prefix.setToolTip(translate(
            "HelpPage", "The office's reference prefix, e.g. ลป 0018.1; a letter's number is "
            "prefix/BE year/running number."))
        prefix_bar.addWidget(self.prefix)
        self.prefix_button = QPushButton(translate("HelpPage", "Save the prefix"))
        self.prefix_button.clicked.connect(self.save_prefix)
        prefix_bar.addWidget(self.prefix_button)
        self.next_number = QLabel()
        prefix_bar.addWidget(self.next_number)
        prefix_bar.addStretch(1)
        layout.addLayout(prefix_bar)
        self.batch_labels = batch_state_labels()
        self.batches = batch_model(self.batch_labels)
        self.batch_view = _table(self.batches, (220, 200, 110, 90, 90, 200))
        self.batch_view.doubleClicked.connect(self._batch_clicked)
        self.batch_view.activated.connect(self._batch_clicked)
        layout.addWidget(self.batch_view, 1)
        layout.addWidget(QLabel(translate("HelpPage", "Double-click a letter to key its reply.")))
        self.tabs.addTab(tab, translate("HelpPage", "&Letters"))

    def _show_candidates(self) -> None:
        pid = self.batch_agency.currentData()
        if pid is None:
            self.candidates_label.setText("")
            self.create_button.setEnabled(False)
            return
        with self.database.read() as s:
            count = len(batch_candidates(s, pid))
        self.candidates_label.setText(translate(
            "HelpPage", "{count} referrals of this agency wait for a letter.").format(
                count=f"{count:,}"))
        self.create_button.setEnabled(count > 0)

    def save_prefix(self) -> None:
        """Keep the letter prefix in the office profile (with history)."""
        text = " ".join(self.prefix.text().split())
        try:
            with self.database.begin() as s:
                office = office_version(s)
                if office is None:
                    return
                update_office(s, self.actor, *office, letter_prefix=text or None)
        except UserError as e:
            prompts.show_user_error(self, str(e))
        self.load_batches()

    def load_batches(self) -> None:
        """Reload the letters."""
        with self.database.read() as s:
            rows = list_batches(s)
            self.prefix.setText(batch_prefix(s))
            self.next_number.setText(translate("HelpPage", "next: {number}").format(
                number=next_batch_number(s, dt.date.today())))
        self.batches.set_rows(rows)
        self._fill_agencies()
        self._show_candidates()

    def make_batch(self) -> None:
        """Create a numbered letter for the chosen agency's waiting referrals."""
        pid = self.batch_agency.currentData()
        on = self.letter_date.date()
        if pid is None:
            return
        if on is None:
            prompts.show_user_error(self, translate(
                "HelpPage", "Give the letter's date in the Buddhist Era, e.g. 15/3/2569."))
            return
        database, actor = self.database, self.actor

        def work(progress: Progress) -> BatchRow:
            with database.begin() as s:
                return create_batch(s, actor, pid, letter_date=on, progress=progress.update)

        def done(batch: BatchRow) -> None:
            self.load_batches()
            prompts.show_info(self, translate(
                "HelpPage", "Letter {number} to {agency}: {count} referrals, now referred.")
                .format(number=batch.number, agency=batch.partner, count=batch.referrals))

        Op(self, work, label=translate("HelpPage", "Creating the letter…")).success(done) \
            .run_in_background()

    def _batch_clicked(self, index: QModelIndex) -> None:
        row = self.batches.row_at(index.row())
        if row is not None:
            self.tabs.setCurrentIndex(3)
            self.reply_number.setText(row.number)
            self.find_reply()

    # ================================================================ reply

    def _build_reply(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("HelpPage", "Letter no.")))
        self.reply_number = QLineEdit()
        self.reply_number.setPlaceholderText(translate(
            "HelpPage", "the reference number on the agency's reply, or only its running number"))
        self.reply_number.returnPressed.connect(self.find_reply)
        bar.addWidget(self.reply_number, 1)
        find = QPushButton(translate("HelpPage", "Find"))
        find.clicked.connect(self.find_reply)
        bar.addWidget(find)
        layout.addLayout(bar)
        self.reply_title = QLabel(translate(
            "HelpPage", "Type the letter's number and press Enter. Then key each referral's "
            "outcome (Tab moves on) and save with Ctrl+S."))
        self.reply_title.setWordWrap(True)
        self.reply_title.setObjectName("NoticeTitle")
        layout.addWidget(self.reply_title)
        fill = QHBoxLayout()
        fill.addWidget(QLabel(translate("HelpPage", "Set every line to")))
        self.fill_status = QComboBox()
        fill.addWidget(self.fill_status)
        self.fill_date = BeDateEdit(dt.date.today())
        fill.addWidget(self.fill_date)
        self.fill_button = QPushButton(translate("HelpPage", "Apply"))
        self.fill_button.clicked.connect(self.fill_all)
        fill.addWidget(self.fill_button)
        fill.addStretch(1)
        layout.addLayout(fill)
        self.reply_area = QScrollArea()
        self.reply_area.setWidgetResizable(True)
        self.reply_grid_host = QWidget()
        self.reply_grid = QGridLayout(self.reply_grid_host)
        self.reply_area.setWidget(self.reply_grid_host)
        layout.addWidget(self.reply_area, 1)
        save_bar = QHBoxLayout()
        self.reply_status = QLabel()
        save_bar.addWidget(self.reply_status, 1)
        self.save_reply_button = QPushButton(translate("HelpPage", "Save the reply (Ctrl+S)"))
        self.save_reply_button.clicked.connect(self.save_reply)
        save_bar.addWidget(self.save_reply_button)
        layout.addLayout(save_bar)
        QShortcut(QKeySequence("Ctrl+S"), tab, self.save_reply)
        self.tabs.addTab(tab, translate("HelpPage", "&Key a reply"))
        self._set_reply_enabled(False)

    def _set_reply_enabled(self, on: bool) -> None:
        for w in (self.fill_status, self.fill_date, self.fill_button, self.save_reply_button):
            w.setEnabled(on)

    def find_reply(self) -> None:
        """Find the letter by the number typed and show its referrals to key."""
        text = self.reply_number.text()
        with self.database.read() as s:
            bid = find_batch(s, text)
            batch = batch_row(s, bid) if bid is not None else None
            rows = list_referrals(s, batch_id=bid, status="all", language=language(),
                                  limit=None)[0] if bid is not None else []
            labels = code_labels(s, "referral_status", language=language())
        self._clear_reply()
        if batch is None:
            self.reply_batch = None
            self.reply_title.setText(translate(
                "HelpPage", "No letter has the number {number}.").format(number=text.strip()))
            self._set_reply_enabled(False)
            self.reply_number.selectAll()
            return
        self.reply_batch = batch
        self.reply_number.setText(batch.number)
        self.reply_title.setText(translate(
            "HelpPage", "Letter {number} to {agency}, dated {date}: {count} referrals, {open} "
            "still open").format(number=batch.number, agency=batch.partner,
                                 date=format_date_be(batch.letter_date) or "-",
                                 count=batch.referrals, open=batch.open))
        headers = (translate("HelpPage", "House code"), translate("HelpPage", "Head of household"),
                   translate("HelpPage", "Help"), translate("HelpPage", "Now"),
                   translate("HelpPage", "New status"), translate("HelpPage", "Date"),
                   translate("HelpPage", "Outcome"), translate("HelpPage", "Spent (baht)"))
        for col, text_ in enumerate(headers):
            label = QLabel(f"<b>{text_}</b>")
            self.reply_grid.addWidget(label, 0, col)
        today = dt.date.today()
        previous: QWidget = self.reply_number
        for r, row in enumerate(rows, start=1):
            self.reply_grid.addWidget(QLabel(row.house_code), r, 0)
            self.reply_grid.addWidget(QLabel(row.head_name), r, 1)
            kind = QLabel(row.kind)
            kind.setToolTip(row.kind)
            kind.setMaximumWidth(220)
            self.reply_grid.addWidget(kind, r, 2)
            self.reply_grid.addWidget(QLabel(row.status_label), r, 3)
            status = QComboBox()
            status.addItem(translate("HelpPage", "(no change)"), row.status)
            for code in allowed_next(row.status):
                status.addItem(labels.get(code, code), code)
            on = BeDateEdit(batch.replied_on or today)
            outcome = QLineEdit(row.outcome)
            outcome.setMinimumWidth(150)
            amount = QLineEdit(format_baht(row.actual_satang))
            amount.setMaximumWidth(110)
            for col, w in enumerate((status, on, outcome, amount), start=4):
                self.reply_grid.addWidget(w, r, col)
                QWidget.setTabOrder(previous, w)
                previous = w
            self.reply_rows.append((row, status, on, outcome, amount))
        self.reply_grid.setRowStretch(len(rows) + 1, 1)
        self.reply_grid.setColumnStretch(6, 1)
        self.fill_status.clear()
        for code in ("accepted", "in_progress", "done", "declined"):
            self.fill_status.addItem(labels.get(code, code), code)
        self._set_reply_enabled(bool(rows))
        self.reply_status.setText("")
        if self.reply_rows:
            QTimer.singleShot(0, self.reply_rows[0][1].setFocus)

    def _clear_reply(self) -> None:
        while self.reply_grid.count():
            item = self.reply_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.reply_rows = []

    def fill_all(self) -> None:
        """Set every line that can take the chosen status to it, with the date."""
        code = self.fill_status.currentData()
        on = self.fill_date.date()
        for _row, status, date_edit, _outcome, _amount in self.reply_rows:
            index = status.findData(code)
            if index > 0:
                status.setCurrentIndex(index)
                if on is not None:
                    date_edit.setDate(on)

    def reply_changes(self) -> list[ReferralChange] | None:
        """What was keyed (None after telling the user which line is wrong)."""
        changes = []
        for row, status, on_edit, outcome, amount in self.reply_rows:
            new = status.currentData()
            try:
                actual = parse_baht(amount.text())
            except UserError as e:
                prompts.show_user_error(self, f"{row.house_code}: {e}")
                amount.setFocus()
                return None
            text = outcome.text().strip()
            if new == row.status and text == row.outcome and actual == row.actual_satang:
                continue
            on = on_edit.date()
            if on is None:
                prompts.show_user_error(self, translate(
                    "HelpPage", "{code}: give the date in the Buddhist Era, e.g. 15/3/2569.")
                    .format(code=row.house_code))
                on_edit.setFocus()
                return None
            changes.append(ReferralChange(row.id, new, on, outcome=text or None,
                                          actual_satang=actual, version=row.version))
        return changes

    def save_reply(self) -> None:
        """Save every keyed line in one transaction."""
        batch = self.reply_batch
        if batch is None or not self.save_reply_button.isEnabled():
            return
        changes = self.reply_changes()
        if changes is None:
            return
        if not changes:
            prompts.show_info(self, translate("HelpPage", "Nothing was changed."))
            return
        database, actor = self.database, self.actor
        replied = max(c.on for c in changes)

        def work(_progress: object) -> int:
            with database.begin() as s:
                return key_batch_replies(s, actor, batch.id, changes, replied_on=replied)

        def done(count: int) -> None:
            self.find_reply()
            self.reply_status.setText(translate(
                "HelpPage", "Saved: {count} referrals of letter {number}.").format(
                    count=count, number=batch.number))

        self.save_reply_button.setEnabled(False)
        Op(self, work, label=translate("HelpPage", "Saving the reply…")).success(done) \
            .failure(lambda e: self._reply_failed(e)).run_in_background()

    def _reply_failed(self, error: BaseException) -> None:
        self.save_reply_button.setEnabled(True)
        if isinstance(error, UserError):
            prompts.show_user_error(self, str(error))
        else:
            import sys

            sys.excepthook(type(error), error, error.__traceback__)

    # ================================================================ suggestions

    def _build_suggestions(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.find_household = QLineEdit()
        self.find_household.setPlaceholderText(translate(
            "HelpPage", "Find a household by name, national ID, house code or house number"))
        self.find_household.setClearButtonEnabled(True)
        self.find_timer = QTimer(self)
        self.find_timer.setSingleShot(True)
        self.find_timer.setInterval(300)
        self.find_timer.timeout.connect(self.search_households)
        self.find_household.textChanged.connect(lambda _t: self.find_timer.start())
        self.find_household.returnPressed.connect(self.search_households)
        layout.addWidget(self.find_household)
        body = QHBoxLayout()
        self.household_list = QListWidget()
        self.household_list.setMaximumWidth(380)
        self.household_list.currentItemChanged.connect(lambda _c, _p: self.show_suggestions())
        body.addWidget(self.household_list)
        right = QVBoxLayout()
        self.suggestion_title = QLabel(translate(
            "HelpPage", "The help menu (เมนูแก้จน) proposes kinds of help from a household's "
            "failed indicators and weak capitals. Find a household on the left."))
        self.suggestion_title.setWordWrap(True)
        right.addWidget(self.suggestion_title)
        self.suggestion_table = QTableWidget(0, 4)
        self.suggestion_table.setHorizontalHeaderLabels([
            translate("HelpPage", "Kind of help"), translate("HelpPage", "Score"),
            translate("HelpPage", "Why"), translate("HelpPage", "Offered by")])
        self.suggestion_table.verticalHeader().setVisible(False)
        self.suggestion_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_table.setWordWrap(False)
        header = self.suggestion_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((260, 60, 300)):
            header.resizeSection(col, width)
        self.suggestion_table.doubleClicked.connect(lambda _i: self.assign_suggested())
        right.addWidget(self.suggestion_table, 2)
        self.assign_button = QPushButton(translate("HelpPage", "Assign help…"))
        self.assign_button.clicked.connect(self.assign_suggested)
        row = QHBoxLayout()
        self.decisions: dict[str, QPushButton] = {}
        for code, text in (
                ("self_resolved", translate("HelpPage", "Solved it themselves…")),
                ("graduated", translate("HelpPage", "Out of poverty…")),
                ("reopen", translate("HelpPage", "Reopen…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, d=code: self.decide(d))
            self.decisions[code] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.assign_button)
        right.addLayout(row)
        right.addWidget(QLabel(translate("HelpPage", "Help this household has had")))
        self.household_help = referral_model()
        self.household_help_view = _table(self.household_help, (0, 0, 230, 110, 90, 90, 70, 90))
        for col in (0, 1, 12):
            self.household_help_view.hideColumn(col)
        right.addWidget(self.household_help_view, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        self.tabs.addTab(tab, translate("HelpPage", "Help &menu"))
        self.show_suggestions()  # no household yet: the decisions wait for one

    def search_households(self) -> None:
        """List the households matching the search box (at most 50)."""
        self.find_timer.stop()
        with self.database.read() as s:
            ids = find_household_ids(s, self.find_household.text(), limit=50)
            briefs = household_briefs(s, ids, language=language())
        self.household_list.clear()
        for b in briefs:
            item = QListWidgetItem(f"{b.house_code} · {b.head_name}\n{b.village}"
                                   + (f" · {b.help_label}" if b.help_label else ""))
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            self.household_list.addItem(item)
        if briefs:
            self.household_list.setCurrentRow(0)

    def current_household(self) -> int | None:
        """The household chosen on the help-menu tab."""
        item = self.household_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_suggestions(self) -> None:
        """The ranked kinds of help for the chosen household, and its help so far."""
        hid = self.current_household()
        self.suggestion_table.setRowCount(0)
        if hid is None:  # nothing chosen: no decision can be recorded yet
            self.household_help.set_rows([])
            for button in (*self.decisions.values(), self.assign_button):
                button.setEnabled(False)
            return
        self.assign_button.setEnabled(True)
        with self.database.read() as s:
            suggestions = suggest_help(s, [hid], language=language(), limit=None)
            done = interventions_of_household(s, hid, language=language())
            brief = household_briefs(s, [hid], language=language())[0]
        self.suggestion_title.setText(translate(
            "HelpPage", "{code} · {head} · {village} · help status: {status}").format(
                code=brief.house_code, head=brief.head_name, village=brief.village,
                status=brief.help_label or "-"))
        status = brief.help_status
        self.decisions["self_resolved"].setEnabled(status == "target")
        self.decisions["graduated"].setEnabled(status in ("helped", "self_resolved"))
        self.decisions["reopen"].setEnabled(status in ("self_resolved", "graduated"))
        self.suggestion_table.setRowCount(len(suggestions))
        for r, sug in enumerate(suggestions):
            kind = sug.kind + (" " + translate("HelpPage", "(already given)")
                               if sug.already else "")
            cells = (kind, str(sug.score), ", ".join(sug.reasons),
                     ", ".join(name for _pid, name in sug.partners))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, sug.kind_id)
                self.suggestion_table.setItem(r, c, item)
        if suggestions:
            self.suggestion_table.selectRow(0)
        self.household_help.set_rows(done)

    def decide(self, decision: str) -> None:
        """Record that the household solved it itself, left poverty, or is reopened."""
        hid = self.current_household()
        if hid is None:
            prompts.show_info(self, translate("HelpPage", "Find and choose a household first."))
            return
        questions = {
            "self_resolved": translate("HelpPage", "Why has the household solved its problems "
                                       "itself? (the reason is kept in its history)"),
            "graduated": translate("HelpPage", "Why is the household out of poverty? (e.g. the "
                                   "village meeting confirmed it)"),
            "reopen": translate("HelpPage", "Why is the household's help reopened?"),
        }
        reason = prompts.ask_text(self, questions[decision])
        if reason is None:
            return
        try:
            with self.database.begin() as s:
                decide_help(s, self.actor, hid, decision, reason)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.search_households_keep(hid)

    def search_households_keep(self, hid: int) -> None:
        """Reload the household list and keep the household chosen."""
        self.search_households()
        for i in range(self.household_list.count()):
            item = self.household_list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == hid:
                self.household_list.setCurrentRow(i)
                break
        self.show_suggestions()

    def assign_suggested(self) -> None:
        """Assign the selected suggestion (or any help) to the chosen household."""
        hid = self.current_household()
        if hid is None:
            prompts.show_info(self, translate("HelpPage", "Find and choose a household first."))
            return
        rows = self.suggestion_table.selectionModel().selectedRows()
        item = self.suggestion_table.item(rows[0].row(), 0) if rows else None
        kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if open_assign_help(self, self.database, self.actor, [hid], kind_id=kind):
            self.show_suggestions()

    # ================================================================ refresh

    def refresh(self) -> None:
        """Reload the agencies and the tab on screen."""
        self._fill_agencies()
        self.refresh_tab()

    def refresh_tab(self) -> None:
        """Reload what the current tab shows."""
        index = self.tabs.currentIndex()
        if index == 0:
            self.load_referrals()
        elif index == 1:
            self.load_agencies()
        elif index == 2:
            self.load_batches()


