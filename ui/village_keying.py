"""The village keying screen: a village's results after field work, typed in one table.

It mirrors the printed verification form: one line per household, in house-number order,
pending households first. Type 1–5 in the result column (1 ยืนยัน, 2 ไม่เข้าเกณฑ์, 3 ไม่พบ/ย้ายออก,
4 เสียชีวิต/ยุบ, 5 สอบทานซ้ำ; 0 or Delete clears); the cursor moves to the next household.
Saving writes every keyed line at once, all or nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.case import EditorChoices, editor_choices
from core.database import Database
from core.history import Actor
from core.i18n import language
from core.thai import format_date_be, format_house_code
from core.verification import (
    VISIT_RESULTS,
    KeyingOutcome,
    KeyingRow,
    VillageResult,
    VisitInput,
    record_village_results,
    village_keying_rows,
)
from ui import prompts
from ui.operations import Op, Progress
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate

COL_NO, COL_HOUSE, COL_CODE, COL_HEAD, COL_MEMBERS, COL_NOW, COL_RESULT, COL_INFORMANT, \
    COL_FINDINGS, COL_REASON = range(10)
EDITABLE = (COL_INFORMANT, COL_FINDINGS, COL_REASON)


# The number row of the Thai Kedmanee layout: officers keep it on to type Thai names, and
# the keys 1-9, 0 then give these characters instead of digits.
KEDMANEE_NUMBER_ROW = {"ๅ": 1, "/": 2, "-": 3, "ภ": 4, "ถ": 5, "ุ": 6, "ึ": 7, "ค": 8, "ต": 9,
                       "จ": 0}


def keyed_digit(event: QKeyEvent) -> int | None:
    """The digit a key press means: an Arabic or Thai digit (๑), the numeric keypad, or a
    number-row key typed with the Thai layout on; None for anything else."""
    text = event.text()
    if len(text) == 1 and text.isdigit():
        return int(text)
    if len(text) == 1 and text in KEDMANEE_NUMBER_ROW:
        return KEDMANEE_NUMBER_ROW[text]
    if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
        return int(event.key() - Qt.Key.Key_0)
    return None


class VillageKeying(QWidget):
    """A window for keying one village's verification results."""

    saved = Signal()

    def __init__(self, database: Database, actor: Actor, *, village_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database, self.actor = database, actor
        self.setWindowTitle(translate("VillageKeying", "Key a village's verification results"))
        with database.read() as s:
            self.choices: EditorChoices = editor_choices(s, language=language())
        self.result_labels = dict(self.choices.codes.get("visit_result", ()))
        self.status_labels = dict(self.choices.codes.get("verification_status", ()))
        self.rows: list[KeyingRow] = []
        self.results: dict[int, str | None] = {}

        top = QFormLayout()
        where = QHBoxLayout()
        self.subdistrict = QComboBox()
        for code, label in self.choices.subdistricts:
            self.subdistrict.addItem(label, code)
        self.village = QComboBox()
        where.addWidget(self.subdistrict)
        where.addWidget(self.village, 1)
        top.addRow(translate("VillageKeying", "Village"), where)
        self.visited_on = BeDateEdit(dt.date.today(), allow_future=False)
        self.team_names = QLineEdit()
        self.team_partner = QComboBox()
        self.team_partner.addItem(translate("VillageKeying", "(not given)"), None)
        for pid, label in self.choices.partners:
            self.team_partner.addItem(label, pid)
        top.addRow(translate("VillageKeying", "Date of the visits"), self.visited_on)
        top.addRow(translate("VillageKeying", "Team"), self.team_names)
        top.addRow(translate("VillageKeying", "Team's agency"), self.team_partner)
        keys = "  ".join(f"{i + 1} = {self.result_labels.get(code, code)}"
                         for i, code in enumerate(VISIT_RESULTS))
        self.help_label = QLabel(translate("VillageKeying", "Result keys: {keys}  ·  0 or Delete "
                                                            "clears").format(keys=keys))
        self.help_label.setWordWrap(True)

        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels([
            translate("VillageKeying", "No."), translate("VillageKeying", "House no."),
            translate("VillageKeying", "House code"), translate("VillageKeying", "Head"),
            translate("VillageKeying", "Members"), translate("VillageKeying", "Now"),
            translate("VillageKeying", "Result"), translate("VillageKeying", "Informant"),
            translate("VillageKeying", "What was found"),
            translate("VillageKeying", "Reason (when a verified result changes)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.installEventFilter(self)
        self.count = QLabel()
        self.save_button = QPushButton(translate("VillageKeying", "Save all results"))
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.subdistrict.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self.village.currentIndexChanged.connect(lambda _i: self.load())
        if village_id is not None:
            for code, villages in self.choices.villages.items():
                if any(vid == village_id for vid, _label in villages):
                    self.subdistrict.setCurrentIndex(max(0, self.subdistrict.findData(code)))
        self._fill_villages()
        if village_id is not None:
            self.village.setCurrentIndex(max(0, self.village.findData(village_id)))
        self.resize(1250, 720)

    def _fill_villages(self) -> None:
        self.village.blockSignals(True)
        self.village.clear()
        for vid, label in self.choices.villages.get(self.subdistrict.currentData() or "", ()):
            self.village.addItem(label, vid)
        self.village.blockSignals(False)
        self.load()

    def load(self) -> None:
        """The chosen village's households (keyed results are forgotten)."""
        village = self.village.currentData()
        if village is None:
            self.rows = []
        else:
            with self.database.read() as s:
                self.rows = village_keying_rows(s, village)
        self.results = {}
        table = self.table
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (str(r + 1), row.house_no, format_house_code(row.house_code)
                     if row.house_code else "", row.head_name, str(row.members),
                     self.status_labels.get(row.verification_status, row.verification_status)
                     + (f" ({format_date_be(row.last_visit_on, style='short')})"
                        if row.last_visit_on else ""), "", "", "", "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for column, width in ((COL_RESULT, 220), (COL_INFORMANT, 160), (COL_FINDINGS, 240)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        if self.rows:
            table.setCurrentCell(0, COL_RESULT)
        self._show_count()

    def set_result(self, row: int, code: str | None) -> None:
        """Key (or clear) one household's result."""
        if not 0 <= row < len(self.rows):
            return
        hid = self.rows[row].household_id
        self.results[hid] = code
        item = self.table.item(row, COL_RESULT)
        if item is not None:
            item.setText(self.result_labels.get(code, "") if code else "")
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits in the result column key a result and go to the next household."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.table.currentColumn() == COL_RESULT:
                row = self.table.currentRow()
                digit = keyed_digit(event)
                if digit is not None and digit <= len(VISIT_RESULTS):
                    self.set_result(row, VISIT_RESULTS[digit - 1] if digit else None)
                    self.table.setCurrentCell(min(row + 1, len(self.rows) - 1), COL_RESULT)
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.set_result(row, None)
                    return True
        return super().eventFilter(watched, event)

    def _show_count(self) -> None:
        keyed = sum(1 for code in self.results.values() if code)
        self.count.setText(translate("VillageKeying", "{keyed} of {total} households keyed")
                           .format(keyed=keyed, total=len(self.rows)))

    def keyed_results(self) -> list[VillageResult]:
        """The keyed lines as visits to record."""
        self.visited_on.commit()
        day = self.visited_on.date()
        lines = []
        for r, row in enumerate(self.rows):
            code = self.results.get(row.household_id)
            if not code or day is None:
                continue

            def cell(col: int, r: int = r) -> str | None:
                item = self.table.item(r, col)
                return (item.text().strip() or None) if item is not None else None

            lines.append(VillageResult(row.household_id, VisitInput(
                visited_on=day, result=code, team_names=self.team_names.text().strip() or None,
                team_partner_id=self.team_partner.currentData(), informant=cell(COL_INFORMANT),
                findings=cell(COL_FINDINGS), reason=cell(COL_REASON)), row.version))
        return lines

    def save(self) -> Op[KeyingOutcome] | None:
        """Record every keyed result in the background (all or nothing)."""
        self.visited_on.commit()
        if self.visited_on.date() is None:
            prompts.show_user_error(self, translate(
                "VillageKeying", "Type the date of the visits, e.g. 13/04/2568."))
            return None
        lines = self.keyed_results()
        if not lines:
            prompts.show_info(self, translate("VillageKeying", "No result is keyed yet."))
            return None

        def job(progress: Progress) -> KeyingOutcome:
            return record_village_results(self.database, self.actor, lines,
                                          progress=progress.update)

        def done(outcome: KeyingOutcome) -> None:
            prompts.show_info(self, translate(
                "VillageKeying", "Saved {visits} visits; {changes} households changed status.")
                .format(visits=outcome.visits, changes=outcome.status_changes))
            self.saved.emit()
            self.load()

        op = Op(self, job, label=translate("VillageKeying", "Saving the village's results…"))
        op.success(done).run_in_background()  # a refused line: the runner shows the message
        return op
