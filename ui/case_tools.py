"""Windows around the case list: merging duplicates, the import review queue, the history log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.case import CaseData, load_case
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.history_log import HistoryFilter, count_history, history_lines, history_users, table_labels
from core.i18n import language
from core.merge import ReviewItem, merge_households, resolve_review, review_queue
from core.reference import code_labels
from core.thai import format_date_be, format_house_code, format_national_id
from ui import prompts
from widgets.be_date_edit import BeDateEdit
from widgets.read_only_table import ReadOnlyTable

translate = QCoreApplication.translate


# --------------------------------------------------------------------------- merge


class MergeWindow(QWidget):
    """Two households side by side; choose the one that stays, give a reason, merge."""

    merged = Signal(int)

    def __init__(self, database: Database, actor: Actor, first_id: int, second_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database, self.actor = database, actor
        self.setWindowTitle(translate("MergeWindow", "Merge duplicate households"))
        with database.read() as s:
            self.cases = (load_case(s, first_id), load_case(s, second_id))
            statuses = code_labels(s, "verification_status", language=language())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "MergeWindow", "Everything of the household that goes (members, visits, help, "
            "problems, files, history) moves to the household that stays. The one that goes is "
            "kept, marked ซ้ำ, with a pointer to the other.")))
        grid = QGridLayout()
        self.keep = QButtonGroup(self)
        for col, case in enumerate(self.cases):
            radio = QRadioButton(translate("MergeWindow", "Keep this household"))
            self.keep.addButton(radio, col)
            grid.addWidget(radio, 0, col)
            grid.addWidget(QLabel(self._describe(case, statuses)), 1, col)
        self.keep.button(0).setChecked(True)
        layout.addLayout(grid)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("MergeWindow", "why they are the same family"))
        form.addRow(translate("MergeWindow", "Reason"), self.reason)
        layout.addLayout(form)
        self.merge_button = QPushButton(translate("MergeWindow", "Merge"))
        self.merge_button.clicked.connect(self.merge)
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def _describe(case: CaseData, statuses: dict[str, str]) -> str:
        lines = [f"<b>{case.head.full_name if case.head else ''}</b>",
                 translate("MergeWindow", "House {no}, code {code}").format(
                     no=case.house_no or "-",
                     code=format_house_code(case.house_code) if case.house_code else "-"),
                 statuses.get(case.verification_status, case.verification_status), ""]
        lines += [f"{m.full_name} {format_national_id(m.national_id) if m.national_id else ''}"
                  for m in case.members]
        return "<br>".join(lines)

    def merge(self) -> bool:
        """Merge; the window closes when it is done."""
        survivor = self.cases[self.keep.checkedId()]
        duplicate = self.cases[1 - self.keep.checkedId()]
        assert survivor.id is not None
        assert duplicate.id is not None
        try:
            merge_households(self.database, self.actor, survivor.id, duplicate.id,
                             reason=self.reason.text())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return False
        self.merged.emit(survivor.id)
        self.close()
        return True


# --------------------------------------------------------------------------- review queue


class ReviewQueueWindow(QWidget):
    """People an import could not place: a person decides, item by item."""

    decided = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database, self.actor = database, actor
        self.setWindowTitle(translate("ReviewQueueWindow", "Import review queue"))
        self.items: list[ReviewItem] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._show())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.persons = ReadOnlyTable([translate("ReviewQueueWindow", "Row"),
                               translate("ReviewQueueWindow", "Name"),
                               translate("ReviewQueueWindow", "National ID"),
                               translate("ReviewQueueWindow", "Born"),
                               translate("ReviewQueueWindow", "House no.")])
        self.candidates = ReadOnlyTable([translate("ReviewQueueWindow", "Household"),
                                  translate("ReviewQueueWindow", "Head"),
                                  translate("ReviewQueueWindow", "House no."),
                                  translate("ReviewQueueWindow", "Members")])
        self.same_button = QPushButton(translate("ReviewQueueWindow",
                                                 "Same family: add to the selected household"))
        self.new_button = QPushButton(translate("ReviewQueueWindow", "Another family: new household"))
        self.dismiss_button = QPushButton(translate("ReviewQueueWindow", "Leave out"))
        self.same_button.clicked.connect(lambda: self.decide("same"))
        self.new_button.clicked.connect(lambda: self.decide("new"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismiss"))
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.message)
        r.addWidget(QLabel(translate("ReviewQueueWindow", "People in the list")))
        r.addWidget(self.persons, 1)
        r.addWidget(QLabel(translate("ReviewQueueWindow", "Households that may be the same family")))
        r.addWidget(self.candidates, 1)
        buttons = QHBoxLayout()
        for b in (self.same_button, self.new_button, self.dismiss_button):
            buttons.addWidget(b)
        r.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([320, 780])
        layout = QVBoxLayout(self)
        self.empty = QLabel(translate("ReviewQueueWindow", "Nothing to review: every imported "
                                                           "person has been placed."))
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.resize(1150, 650)
        self.reload()

    def reload(self) -> None:
        """Read the queue again."""
        with self.database.read() as s:
            self.items = review_queue(s)
        self.list.clear()
        for item in self.items:
            names = ", ".join(p.name for p in item.persons)
            QListWidgetItem(f"{item.file_name} · {names}", self.list)
        self.empty.setVisible(not self.items)
        if self.items:
            self.list.setCurrentRow(0)
        self._show()

    def current(self) -> ReviewItem | None:
        """The item shown."""
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self) -> None:
        item = self.current()
        for b in (self.same_button, self.new_button, self.dismiss_button):
            b.setEnabled(item is not None)
        if item is None:
            self.message.setText("")
            self.persons.fill([])
            self.candidates.fill([])
            return
        self.message.setText(item.message)
        self.persons.fill([(str(p.row_number), p.name,
                              format_national_id(p.national_id) if p.national_id else "",
                              format_date_be(p.birth_date, style="short"), p.house_no or "")
                             for p in item.persons])
        self.candidates.fill([(str(c.household_id), c.head_name, c.house_no, str(c.members))
                                for c in item.candidates], keys=[c.household_id for c in item.candidates])
        if item.candidates:
            self.candidates.selectRow(0)

    def decide(self, decision: str) -> int | None:
        """Apply the decision to the item shown; returns the household written."""
        item = self.current()
        if item is None:
            return None
        household = None
        if decision == "same":
            key = self.candidates.selected_key()
            if key is None:
                prompts.show_user_error(self, translate(
                    "ReviewQueueWindow", "Select the household these people belong to."))
                return None
            household = int(key)  # type: ignore[call-overload]
        try:
            written = resolve_review(self.database, self.actor, item, decision=decision,
                                     household_id=household)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return None
        self.decided.emit()
        self.reload()
        return written


# --------------------------------------------------------------------------- history log


class HistoryLogWindow(QWidget):
    """Every change in the office, newest first, with filters (who, what, when, text)."""

    open_household = Signal(int)
    PAGE = 500

    def __init__(self, database: Database, parent: QWidget | None = None, *,
                 mask_ids: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.mask_ids = mask_ids  # a viewer's national IDs stay masked here too
        self.setWindowTitle(translate("HistoryLogWindow", "History of changes"))
        self.user = QComboBox()
        self.user.addItem(translate("HistoryLogWindow", "Everyone"), None)
        with database.read() as s:
            for name in history_users(s):
                self.user.addItem(name, name)
        self.table_kind = QComboBox()
        self.table_kind.addItem(translate("HistoryLogWindow", "Every kind of record"), None)
        for table, label in table_labels().items():
            self.table_kind.addItem(label, table)
        self.since = BeDateEdit(optional=True)
        self.until = BeDateEdit(optional=True)
        self.household = QLineEdit()
        self.household.setPlaceholderText(translate("HistoryLogWindow", "household number"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("HistoryLogWindow", "value or reason contains…"))
        for w in (self.user, self.table_kind):
            w.currentIndexChanged.connect(lambda _i: self.reload())
        for e in (self.since, self.until, self.household, self.text):
            e.editingFinished.connect(self.reload)
        filters = QHBoxLayout()
        parts: tuple[QWidget, ...] = (
            self.user, self.table_kind, QLabel(translate("HistoryLogWindow", "from")), self.since,
            QLabel(translate("HistoryLogWindow", "to")), self.until, self.household, self.text)
        for part in parts:
            filters.addWidget(part)
        self.table = ReadOnlyTable([translate("HistoryLogWindow", "When"),
                             translate("HistoryLogWindow", "Who"),
                             translate("HistoryLogWindow", "Household"),
                             translate("HistoryLogWindow", "What"),
                             translate("HistoryLogWindow", "Action"),
                             translate("HistoryLogWindow", "Old"),
                             translate("HistoryLogWindow", "New"),
                             translate("HistoryLogWindow", "Why")])
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel()
        self.more = QPushButton(translate("HistoryLogWindow", "Show more"))
        self.more.clicked.connect(lambda: self.reload(more=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.shown = 0
        self.resize(1250, 700)
        self.reload()

    def current_filter(self) -> HistoryFilter:
        """The filter the controls describe."""
        digits = "".join(ch for ch in self.household.text() if ch.isdigit())
        return HistoryFilter(household_id=int(digits) if digits else None,
                             username=self.user.currentData(), table=self.table_kind.currentData(),
                             since=self.since.date(), until=self.until.date(), text=self.text.text())

    def reload(self, *, more: bool = False) -> None:
        """Run the filter (``more``: the next page as well)."""
        flt = self.current_filter()
        limit = self.shown + self.PAGE if more else self.PAGE
        with self.database.read() as s:
            lines = history_lines(s, flt, limit=limit, language=language(),
                                  mask_ids=self.mask_ids)
            total = count_history(s, flt)
        self.shown = len(lines)
        self.table.fill([(h.when, h.who, str(h.household_id or ""), h.what, h.action, h.old,
                            h.new, h.reason or h.change) for h in lines],
              keys=[h.household_id for h in lines])
        self.count.setText(translate("HistoryLogWindow", "{shown} of {total} changes").format(
            shown=f"{self.shown:,}", total=f"{total:,}"))
        self.more.setEnabled(self.shown < total)

    def _open(self) -> None:
        hid = self.table.selected_key()
        if hid:
            self.open_household.emit(int(hid))  # type: ignore[call-overload]



