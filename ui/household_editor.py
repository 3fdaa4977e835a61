"""The household editor: one window per case, keyboard first (Tab order, Ctrl+S, Esc, Ctrl+Z).

The window edits a :class:`core.case.CaseData` value. Every finished edit (leaving a field,
choosing in a list, ticking a box, adding a member) replaces that value and pushes the previous
one on the undo stack, so Ctrl+Z and Ctrl+Shift+Z step through edits before saving. Ctrl+S hands
the loaded and the edited value to :func:`core.case.save_case`, which writes only what changed.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.access import OFFICER, Permission, can, masks_ids, role_label
from core.attachments import (
    add_attachment,
    attachment_content,
    attachments_of,
    remove_attachment,
)
from core.case import (
    HOUSEHOLD_FIELDS,
    AssessmentData,
    CaseData,
    CaseInvalid,
    EditConflict,
    EditorChoices,
    MemberData,
    editor_choices,
    level_of,
    load_case,
    new_case,
    save_case,
    trend,
    with_member,
    without_member,
)
from core.case_views import status_changes_of, visits_of
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.history_log import case_history, field_labels
from core.i18n import language
from core.interventions import format_baht, interventions_of_household
from core.thai import (
    age_on,
    format_date_be,
    format_house_code,
    format_national_id,
    mask_national_id,
)
from core.undo import last_undoable, undo_last_change
from core.users import unmask_household
from ui import prompts
from ui.visit_dialog import StatusDialog, VisitDialog
from widgets.be_date_edit import BeDateEdit
from widgets.national_id_edit import NationalIdEdit
from widgets.read_only_table import ReadOnlyTable
from widgets.screen_fit import resize_to_screen

translate = QCoreApplication.translate

STYLE = """
QLineEdit[state="invalid"] { border: 2px solid #c0392b; background: #fdf0ee; }
QLineEdit[state="valid"] { border: 1px solid #3c8d5a; }
QLabel#CaseHeading { font-size: 16pt; font-weight: bold; color: #1f4e5f; }
QLabel#CaseStatus { color: #48606a; }
"""

# Member table columns
MEMBER_COLUMNS = ("name", "national_id", "sex", "birth_date", "age", "relation", "head")


def _combo(options: tuple[tuple[Any, str], ...], *, empty: str | None = "–",
           editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    if empty is not None:
        combo.addItem(empty, None)
    for value, label in options:
        combo.addItem(label, value)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index < 0 and combo.isEditable() and value:
        combo.setEditText(str(value))
        return
    combo.setCurrentIndex(max(index, 0))


def _combo_value(combo: QComboBox) -> Any:
    """The chosen item's value; in an editable list, a typed text that is not an item."""
    if combo.isEditable():
        text = combo.currentText().strip()
        index = combo.findText(text)
        return combo.itemData(index) if index >= 0 else (text or None)
    return combo.currentData()


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class HouseholdEditor(QWidget):
    """A window that edits one household case (or a new one when ``household_id`` is None)."""

    saved = Signal(int)

    def __init__(self, database: Database, actor: Actor, household_id: int | None, *,
                 village_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database, self.actor = database, actor
        self.setStyleSheet(STYLE)
        with database.read() as s:
            self.choices: EditorChoices = editor_choices(s, language=language())
            self.labels = field_labels(s, language=language())
            case = load_case(s, household_id) if household_id is not None else new_case(
                s, village_id=village_id)
        self.original: CaseData = case
        self.case: CaseData = case
        self.undo_stack: list[CaseData] = []
        self.redo_stack: list[CaseData] = []
        self.member_key: int | None = None
        self._loading = False
        # What the signed-in role allows: core refuses the rest anyway; this only hides it.
        # (a new household: its subdistrict is chosen in the form; saving checks it)
        self.can_edit = can(actor, Permission.EDIT_HOUSEHOLDS, subdistrict=case.subdistrict_code
                            if household_id is not None else None)
        self.masked = masks_ids(actor)
        self._build()
        self._write_form()
        self._reload_tabs()
        self._apply_access()
        resize_to_screen(self, 1100, 760)

    def _apply_access(self) -> None:
        """Read only (with a line saying why) when the role may not change this household;
        national IDs masked for a viewer until they ask to see them (logged)."""
        if not self.can_edit:
            self.access_note.setText(self._read_only_reason())
            self.access_note.show()
            for index in (0, 2, 3):  # household, problems, 5 capitals
                tab = self.tabs.widget(index)
                if tab is not None:
                    tab.setEnabled(False)
            for action in (self.save_action, self.visit_action, self.status_action,
                           self.undo_saved_action):
                action.setVisible(False)
            for b in (self.add_member_button, self.remove_member_button, self.head_button,
                      self.record_button, self.assign_button, *self.attachment_buttons):
                b.setEnabled(False)
            self.member_box.setEnabled(False)
        self.unmask_button.setVisible(self.masked and self.case.id is not None)
        self.m_national_id.setVisible(not self.masked)
        self.m_masked_id.setVisible(self.masked)

    def _read_only_reason(self) -> str:
        """Why this household is read only, in words an officer can act on."""
        code = self.case.subdistrict_code
        if self.actor.role == OFFICER and code:
            names = dict(self.choices.subdistricts)
            mine = ", ".join(names.get(c, c) for c in sorted(self.actor.subdistricts))
            return translate(
                "HouseholdEditor", "Read only: this household is in {here}, outside the "
                "subdistricts you edit ({mine}).").format(here=names.get(code, code),
                                                         mine=mine or "-")
        return translate("HouseholdEditor", "Read only: your role ({role}) may not change this "
                         "household.").format(role=role_label(self.actor.role))

    def unmask(self) -> None:
        """Show this household's national IDs in full; the audit log records who asked."""
        if self.case.id is None:
            return
        with self.database.begin() as s:
            unmask_household(s, self.actor, self.case.id)
        self.masked = False
        self._apply_access()
        self._fill_members_text()
        self._show_member()

    # ================================================================= building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.save_action = self._action(translate("HouseholdEditor", "Save"),
                                        QKeySequence.StandardKey.Save, self.save)
        self.undo_action = self._action(translate("HouseholdEditor", "Undo"),
                                        QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(translate("HouseholdEditor", "Redo"),
                                        QKeySequence.StandardKey.Redo, self.redo)
        self.toolbar.addSeparator()
        self.visit_action = self._action(translate("HouseholdEditor", "Record visit…"),
                                         QKeySequence("Ctrl+R"), self.record_visit)
        self.status_action = self._action(translate("HouseholdEditor", "Change status…"),
                                          None, self.change_status)
        self.undo_saved_action = self._action(
            translate("HouseholdEditor", "Undo last saved change…"), None, self.undo_saved)
        self.toolbar.addSeparator()
        self.close_action = self._action(translate("HouseholdEditor", "Close"),
                                         QKeySequence(Qt.Key.Key_Escape), self.close)
        layout.addWidget(self.toolbar)

        self.heading = QLabel()
        self.heading.setObjectName("CaseHeading")
        self.status_label = QLabel()
        self.status_label.setObjectName("CaseStatus")
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        self.access_note = QLabel()
        self.access_note.setObjectName("FormError")
        self.access_note.hide()
        self.unmask_button = QPushButton(translate("HouseholdEditor", "Show national IDs"))
        self.unmask_button.setToolTip(translate(
            "HouseholdEditor", "Shows the full numbers of this household; the audit log "
            "records that you looked."))
        self.unmask_button.clicked.connect(self.unmask)
        access_row = QHBoxLayout()
        access_row.addWidget(self.access_note, 1)
        access_row.addWidget(self.unmask_button)
        layout.addLayout(access_row)
        self.error = QLabel()
        self.error.setObjectName("FormError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop)
        # A long list of problems scrolls in at most three lines, so the tabs below keep
        # their room (the members table does not shrink to two rows).
        self.error_area = QScrollArea()
        self.error_area.setWidgetResizable(True)
        self.error_area.setFrameShape(QFrame.Shape.NoFrame)
        self.error_area.setWidget(self.error)
        self.error_area.setMaximumHeight(self.error.fontMetrics().lineSpacing() * 3 + 8)
        self.error_area.hide()
        layout.addWidget(self.error_area)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._household_tab(), translate("HouseholdEditor", "Household"))
        self.tabs.addTab(self._members_tab(), translate("HouseholdEditor", "Members"))
        self.tabs.addTab(self._problems_tab(), translate("HouseholdEditor", "Problems"))
        self.tabs.addTab(self._capitals_tab(), translate("HouseholdEditor", "5 capitals"))
        self.visits_table = ReadOnlyTable((translate("HouseholdEditor", "Date"),
                                         translate("HouseholdEditor", "Result"),
                                         translate("HouseholdEditor", "Team"),
                                         translate("HouseholdEditor", "Informant"),
                                         translate("HouseholdEditor", "What was found")))
        self.status_table = ReadOnlyTable((translate("HouseholdEditor", "When"),
                                         translate("HouseholdEditor", "From"),
                                         translate("HouseholdEditor", "To"),
                                         translate("HouseholdEditor", "By"),
                                         translate("HouseholdEditor", "Reason")))
        visits = QWidget()
        v_layout = QVBoxLayout(visits)
        self.record_button = record = QPushButton(translate("HouseholdEditor", "Record visit…"))
        record.clicked.connect(self.record_visit)
        v_layout.addWidget(record, 0, Qt.AlignmentFlag.AlignLeft)
        v_layout.addWidget(self.visits_table, 2)
        v_layout.addWidget(QLabel(translate("HouseholdEditor", "Status changes")))
        v_layout.addWidget(self.status_table, 1)
        self.tabs.addTab(visits, translate("HouseholdEditor", "Visits"))
        help_tab = QWidget()
        h_layout = QVBoxLayout(help_tab)
        self.assign_button = QPushButton(translate("HouseholdEditor", "Assign help…"))
        self.assign_button.clicked.connect(self.assign_help)
        h_layout.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_table = ReadOnlyTable((translate("HouseholdEditor", "Help"),
                                       translate("HouseholdEditor", "Agency"),
                                       translate("HouseholdEditor", "Status"),
                                       translate("HouseholdEditor", "Planned"),
                                       translate("HouseholdEditor", "Done"),
                                       translate("HouseholdEditor", "Planned (baht)"),
                                       translate("HouseholdEditor", "Spent (baht)")))
        h_layout.addWidget(self.help_table, 1)
        self.tabs.addTab(help_tab, translate("HouseholdEditor", "Help"))
        self.tabs.addTab(self._attachments_tab(), translate("HouseholdEditor", "Attachments"))
        self.history_table = ReadOnlyTable((translate("HouseholdEditor", "When"),
                                          translate("HouseholdEditor", "Who"),
                                          translate("HouseholdEditor", "What"),
                                          translate("HouseholdEditor", "Old"),
                                          translate("HouseholdEditor", "New"),
                                          translate("HouseholdEditor", "Change")))
        self.tabs.addTab(self.history_table, translate("HouseholdEditor", "History"))
        layout.addWidget(self.tabs, 1)

    def _action(self, text: str, key: QKeySequence | QKeySequence.StandardKey | None,
                slot: Any) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _household_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        address = QGroupBox(translate("HouseholdEditor", "Address"))
        form = QFormLayout(address)
        self.w: dict[str, QWidget] = {}
        self.house_code = QLineEdit()
        self.house_code.setInputMask("9999-999999-9;_")
        self.house_no = QLineEdit()
        self.subdistrict = _combo(self.choices.subdistricts, empty=None)
        self.village = QComboBox()
        self.alley = QLineEdit()
        self.road = QLineEdit()
        self.is_municipal = QCheckBox(translate("HouseholdEditor", "In a municipality"))
        self.latitude = self._coordinate(21.0)
        self.longitude = self._coordinate(106.0)
        gps = QHBoxLayout()
        gps.addWidget(self.latitude)
        gps.addWidget(self.longitude)
        form.addRow(translate("HouseholdEditor", "House code"), self.house_code)
        form.addRow(translate("HouseholdEditor", "House number"), self.house_no)
        form.addRow(translate("HouseholdEditor", "Subdistrict"), self.subdistrict)
        form.addRow(translate("HouseholdEditor", "Village"), self.village)
        form.addRow(translate("HouseholdEditor", "Soi"), self.alley)
        form.addRow(translate("HouseholdEditor", "Road"), self.road)
        form.addRow("", self.is_municipal)
        form.addRow(translate("HouseholdEditor", "GPS (latitude, longitude)"), gps)
        grid.addWidget(address, 0, 0)

        case = QGroupBox(translate("HouseholdEditor", "Case"))
        case_form = QFormLayout(case)
        self.phone = QLineEdit()
        self.farmer_book_no = QLineEdit()
        self.has_welfare_card = QCheckBox(translate("HouseholdEditor", "Has a state welfare card"))
        self.in_tpmap = QCheckBox(translate("HouseholdEditor", "On the TPMAP list"))
        self.in_thaiqm = QCheckBox(translate("HouseholdEditor", "On the ThaiQM list"))
        self.case_source = _combo(self.choices.codes["case_source"])
        self.stage = _combo(self.choices.codes["stage"])
        self.responsible_partner_id = _combo(self.choices.partners)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        case_form.addRow(translate("HouseholdEditor", "Phone"), self.phone)
        case_form.addRow(translate("HouseholdEditor", "Farmer book number"), self.farmer_book_no)
        case_form.addRow("", self.has_welfare_card)
        case_form.addRow("", self.in_tpmap)
        case_form.addRow("", self.in_thaiqm)
        case_form.addRow(translate("HouseholdEditor", "Source of the case"), self.case_source)
        case_form.addRow(translate("HouseholdEditor", "Stage"), self.stage)
        case_form.addRow(translate("HouseholdEditor", "Responsible agency"),
                         self.responsible_partner_id)
        case_form.addRow(translate("HouseholdEditor", "Notes"), self.notes)
        grid.addWidget(case, 0, 1)
        grid.setRowStretch(1, 1)

        for name in HOUSEHOLD_FIELDS:
            self.w[name] = getattr(self, "village" if name == "village_id" else
                                   "subdistrict" if name == "subdistrict_code" else name)
        for widget in self.w.values():
            self._watch(widget)
        self.subdistrict.currentIndexChanged.connect(lambda _i: self._fill_villages())
        return tab

    @staticmethod
    def _coordinate(high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(6)
        box.setRange(0.0, high)
        box.setSpecialValueText("–")  # 0 = no point (core checks the range of a real one)
        box.setSingleStep(0.0001)
        return box

    def _watch(self, widget: QWidget) -> None:
        """A finished edit of this widget becomes a step on the undo stack."""
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self._commit_form)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self._commit_form())
            line = widget.lineEdit() if widget.isEditable() else None
            if line is not None:
                line.editingFinished.connect(self._commit_form)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on: self._commit_form())
        elif isinstance(widget, QDoubleSpinBox | QSpinBox):
            widget.editingFinished.connect(self._commit_form)
        elif isinstance(widget, QPlainTextEdit):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(700)
            timer.timeout.connect(self._commit_form)
            widget.textChanged.connect(timer.start)

    def _members_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        self.add_member_button = QPushButton(translate("HouseholdEditor", "Add member"))
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(translate("HouseholdEditor", "Remove member"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.head_button = QPushButton(translate("HouseholdEditor", "Make head of household"))
        self.head_button.clicked.connect(self.make_head)
        for b in (self.add_member_button, self.remove_member_button, self.head_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.members_table = ReadOnlyTable((
            translate("HouseholdEditor", "Name"), translate("HouseholdEditor", "National ID"),
            translate("HouseholdEditor", "Sex"), translate("HouseholdEditor", "Born"),
            translate("HouseholdEditor", "Age"), translate("HouseholdEditor", "Relation"),
            translate("HouseholdEditor", "Head")))
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.itemSelectionChanged.connect(self._member_selected)
        # At least five members in view (a family of eight scrolls less), the form below in a
        # scroll area; the line between them can be dragged.
        rows = self.members_table.fontMetrics().height() + 10
        self.members_table.verticalHeader().setDefaultSectionSize(rows)
        self.members_table.setMinimumHeight(rows * 6 + 4)
        self.members_split = QSplitter(Qt.Orientation.Vertical)
        self.members_split.setChildrenCollapsible(False)
        self.members_split.addWidget(self.members_table)
        layout.addWidget(self.members_split, 1)

        box = QGroupBox(translate("HouseholdEditor", "Selected member"))
        grid = QGridLayout(box)
        c = self.choices.codes
        self.m_national_id = NationalIdEdit()
        self.m_masked_id = QLabel()
        self.m_no_id_reason = QLineEdit()
        self.m_no_id_reason.setPlaceholderText(translate("HouseholdEditor",
                                                         "why there is no ID, e.g. no card"))
        self.m_title = _combo(tuple((label, label) for _code, label in c["title"]), editable=True)
        self.m_first_name = QLineEdit()
        self.m_last_name = QLineEdit()
        self.m_sex = _combo(c["sex"])
        self.m_birth_date = BeDateEdit(optional=True, allow_future=False)
        self.m_relation = _combo(c["relation"])
        self.m_living_status = _combo(c["living_status"])
        self.m_health_status = _combo(c["health_status"])
        self.m_disability = _combo(c["disability"])
        self.m_education = _combo(c["education"])
        self.m_work_status = _combo(c["work_status"])
        self.m_occupation = _combo(c["occupation"], editable=True)
        self.m_income = QSpinBox()
        self.m_income.setRange(-1, 100_000_000)
        self.m_income.setSpecialValueText("–")
        self.m_income.setGroupSeparatorShown(True)
        self.m_literacy = _combo(((True, translate("HouseholdEditor", "yes")),
                                  (False, translate("HouseholdEditor", "no"))))
        self.m_phone = QLineEdit()
        self.m_notes = QLineEdit()
        self.m_welfare: dict[str, QCheckBox] = {
            code: QCheckBox(label) for code, label in c["welfare_type"]}
        left = QFormLayout()
        id_box = QHBoxLayout()
        id_box.addWidget(self.m_national_id)
        id_box.addWidget(self.m_masked_id)
        left.addRow(translate("HouseholdEditor", "National ID"), id_box)
        left.addRow(translate("HouseholdEditor", "If no ID, why"), self.m_no_id_reason)
        left.addRow(translate("HouseholdEditor", "Title"), self.m_title)
        left.addRow(translate("HouseholdEditor", "First name"), self.m_first_name)
        left.addRow(translate("HouseholdEditor", "Last name"), self.m_last_name)
        left.addRow(translate("HouseholdEditor", "Sex"), self.m_sex)
        left.addRow(translate("HouseholdEditor", "Birth date (BE)"), self.m_birth_date)
        left.addRow(translate("HouseholdEditor", "Relation to the head"), self.m_relation)
        middle = QFormLayout()
        middle.addRow(translate("HouseholdEditor", "Living here"), self.m_living_status)
        middle.addRow(translate("HouseholdEditor", "Health"), self.m_health_status)
        middle.addRow(translate("HouseholdEditor", "Disability"), self.m_disability)
        middle.addRow(translate("HouseholdEditor", "Education"), self.m_education)
        middle.addRow(translate("HouseholdEditor", "Work"), self.m_work_status)
        middle.addRow(translate("HouseholdEditor", "Occupation"), self.m_occupation)
        middle.addRow(translate("HouseholdEditor", "Income (baht a year)"), self.m_income)
        middle.addRow(translate("HouseholdEditor", "Reads and writes Thai"), self.m_literacy)
        middle.addRow(translate("HouseholdEditor", "Phone"), self.m_phone)
        middle.addRow(translate("HouseholdEditor", "Notes"), self.m_notes)
        welfare = QVBoxLayout()
        welfare.addWidget(QLabel(translate("HouseholdEditor", "Welfare received")))
        for check in self.m_welfare.values():
            welfare.addWidget(check)
        welfare.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(middle, 0, 1)
        grid.addLayout(welfare, 0, 2)
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(box)
        self.members_split.addWidget(form_area)
        self.members_split.setStretchFactor(0, 2)
        self.members_split.setStretchFactor(1, 3)
        self.member_widgets: list[QWidget] = [
            self.m_national_id, self.m_no_id_reason, self.m_title, self.m_first_name,
            self.m_last_name, self.m_sex, self.m_birth_date, self.m_relation,
            self.m_living_status, self.m_health_status, self.m_disability, self.m_education,
            self.m_work_status, self.m_occupation, self.m_income, self.m_literacy, self.m_phone,
            self.m_notes, *self.m_welfare.values()]
        for widget in self.member_widgets:
            self._watch(widget)
        self.m_birth_date.dateChanged.connect(lambda _d: self._commit_form())
        self.member_box = box
        return tab

    def _problems_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(translate(
            "HouseholdEditor", "Tick the indicators the household fails. A dimension ticked "
            "without an indicator means the list said it fails, without saying why.")))
        self.problems_tree = QTreeWidget()
        self.problems_tree.setHeaderHidden(True)
        self.problems_tree.setWordWrap(True)
        self.problems_tree.itemChanged.connect(lambda _item, _col: self._commit_form())
        layout.addWidget(self.problems_tree, 1)
        return tab

    def _capitals_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        add = QPushButton(translate("HouseholdEditor", "Add assessment round"))
        add.clicked.connect(self.add_round)
        remove = QPushButton(translate("HouseholdEditor", "Remove round"))
        remove.clicked.connect(self.remove_round)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        headers = [translate("HouseholdEditor", "Round"), translate("HouseholdEditor", "Date")]
        headers += [label for _code, label in self.choices.capitals]
        headers += [translate("HouseholdEditor", "Mean"), translate("HouseholdEditor", "Level"),
                    translate("HouseholdEditor", "Change")]
        self.capitals_table = QTableWidget(0, len(headers))
        self.capitals_table.setHorizontalHeaderLabels(headers)
        self.capitals_table.verticalHeader().setVisible(False)
        self.capitals_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.capitals_table, 1)
        layout.addWidget(QLabel(translate(
            "HouseholdEditor", "Score each capital from 1 (very weak) to 4 (strong). The mean "
            "gives the level: 1.00–1.74 อยู่ลำบาก, 1.75–2.49 อยู่ยาก, 2.50–3.24 อยู่พอได้, "
            "3.25–4.00 อยู่ดี.")))
        return tab

    def _attachments_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        add = QPushButton(translate("HouseholdEditor", "Attach photo or scan…"))
        add.clicked.connect(self.attach_file)
        open_ = QPushButton(translate("HouseholdEditor", "Open"))
        open_.clicked.connect(self.open_attachment)
        remove = QPushButton(translate("HouseholdEditor", "Remove"))
        remove.clicked.connect(self.remove_attachment)
        for b in (add, open_, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.attachments_table = ReadOnlyTable((translate("HouseholdEditor", "File"),
                                              translate("HouseholdEditor", "Type"),
                                              translate("HouseholdEditor", "Size"),
                                              translate("HouseholdEditor", "Added")))
        self.attachments_table.doubleClicked.connect(lambda _i: self.open_attachment())
        layout.addWidget(self.attachments_table, 1)
        self.attachment_buttons = (add, open_, remove)
        return tab

    # ================================================================= case <-> form

    def _write_form(self) -> None:
        """Show ``self.case`` in every widget (signals blocked: this is not an edit)."""
        self._loading = True
        try:
            c = self.case
            self.house_code.setText(c.house_code or "")
            self.house_no.setText(c.house_no or "")
            _set_combo(self.subdistrict, c.subdistrict_code)
            self._fill_villages()
            _set_combo(self.village, c.village_id)
            self.alley.setText(c.alley or "")
            self.road.setText(c.road or "")
            self.is_municipal.setChecked(c.is_municipal)
            self.latitude.setValue(c.latitude or 0.0)
            self.longitude.setValue(c.longitude or 0.0)
            self.phone.setText(c.phone or "")
            self.farmer_book_no.setText(c.farmer_book_no or "")
            self.has_welfare_card.setChecked(c.has_welfare_card)
            self.in_tpmap.setChecked(c.in_tpmap)
            self.in_thaiqm.setChecked(c.in_thaiqm)
            _set_combo(self.case_source, c.case_source)
            _set_combo(self.stage, c.stage)
            _set_combo(self.responsible_partner_id, c.responsible_partner_id)
            if self.notes.toPlainText() != (c.notes or ""):
                self.notes.setPlainText(c.notes or "")
            self._fill_members()
            self._fill_problems()
            self._fill_capitals()
        finally:
            self._loading = False
        self._update_title()

    def _fill_villages(self) -> None:
        current = self.village.currentData()
        loading, self._loading = self._loading, True
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem("–", None)
        for vid, label in self.choices.villages.get(self.subdistrict.currentData() or "", ()):
            self.village.addItem(label, vid)
        _set_combo(self.village, current)
        self.village.blockSignals(False)
        self._loading = loading

    def _read_form(self) -> CaseData:
        """The case the widgets describe now."""
        values: dict[str, Any] = {
            "house_code": self.house_code.text().replace("-", "").replace("_", "").strip() or None,
            "house_no": _text(self.house_no),
            "subdistrict_code": self.subdistrict.currentData() or "",
            "village_id": self.village.currentData(),
            "alley": _text(self.alley), "road": _text(self.road),
            "is_municipal": self.is_municipal.isChecked(),
            "latitude": self.latitude.value() or None,
            "longitude": self.longitude.value() or None,
            "phone": _text(self.phone), "farmer_book_no": _text(self.farmer_book_no),
            "has_welfare_card": self.has_welfare_card.isChecked(),
            "in_tpmap": self.in_tpmap.isChecked(), "in_thaiqm": self.in_thaiqm.isChecked(),
            "case_source": self.case_source.currentData(), "stage": self.stage.currentData(),
            "responsible_partner_id": self.responsible_partner_id.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        }
        # a value loaded as "" must not count as an edit when the widget gives None back
        for name, value in values.items():
            if value is None and getattr(self.case, name) == "":
                values[name] = ""
        case = replace(self.case, **values)
        if self.member_key is not None and case.member(self.member_key) is not None:
            case = with_member(case, self._read_member(case.member(self.member_key)))  # type: ignore[arg-type]
        return replace(case, problems=self._read_problems(), assessments=self._read_capitals())

    def _commit_form(self) -> None:
        """A finished edit: the new case becomes current, the old one goes on the undo stack."""
        if self._loading:
            return
        new = self._read_form()
        if new != self.case:
            self.undo_stack.append(self.case)
            self.redo_stack.clear()
            self.case = new
            self._fill_members_text()
            self._update_capital_results()
            self._update_title()

    # ----------------------------------------------------------------- members

    def _fill_members(self) -> None:
        keys = [m.key for m in self.case.members]
        if self.member_key not in keys:
            self.member_key = keys[0] if keys else None
        self.members_table.blockSignals(True)
        self.members_table.setRowCount(len(self.case.members))
        self._fill_members_text()
        if self.member_key is not None:
            self.members_table.selectRow(keys.index(self.member_key))
        self.members_table.resizeColumnsToContents()
        self.members_table.blockSignals(False)
        self._show_member()

    def _fill_members_text(self) -> None:
        codes = self.choices.codes
        sexes, relations = dict(codes["sex"]), dict(codes["relation"])
        today = dt.date.today()
        self.members_table.setRowCount(len(self.case.members))
        for row, m in enumerate(self.case.members):
            shown = mask_national_id if self.masked else format_national_id
            cells = (m.full_name, shown(m.national_id) if m.national_id else
                     (m.no_id_reason or translate("HouseholdEditor", "no ID")),
                     sexes.get(m.sex or "", ""),
                     format_date_be(m.birth_date, style="short") if m.birth_date else "",
                     str(age_on(m.birth_date, today)) if m.birth_date else "",
                     relations.get(m.relation or "", m.relation or ""),
                     "✓" if m.is_head else "")
            for col, text in enumerate(cells):
                item = self.members_table.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.members_table.setItem(row, col, item)
                if item.text() != text:
                    item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, m.key)

    def _member_selected(self) -> None:
        rows = self.members_table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.members_table.item(rows[0].row(), 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key is None or key == self.member_key:
            return
        self._commit_form()  # what was typed for the previous member
        self.member_key = key
        self._show_member()

    def _show_member(self) -> None:
        m = self.case.member(self.member_key) if self.member_key is not None else None
        self.member_box.setEnabled(m is not None and self.can_edit)
        self.remove_member_button.setEnabled(m is not None and self.can_edit)
        self.head_button.setEnabled(m is not None and not m.is_head and self.can_edit)
        loading, self._loading = self._loading, True
        try:
            for widget in self.member_widgets:
                widget.blockSignals(True)
            m = m or MemberData(key=0)
            self.m_national_id.set_digits(m.national_id)
            self.m_national_id._update_state()
            self.m_masked_id.setText(mask_national_id(m.national_id) if m.national_id else "")
            self.m_no_id_reason.setText(m.no_id_reason or "")
            _set_combo(self.m_title, m.title)
            self.m_first_name.setText(m.first_name)
            self.m_last_name.setText(m.last_name or "")
            _set_combo(self.m_sex, m.sex)
            self.m_birth_date.setDate(m.birth_date)
            _set_combo(self.m_relation, m.relation)
            _set_combo(self.m_living_status, m.living_status)
            _set_combo(self.m_health_status, m.health_status)
            _set_combo(self.m_disability, m.disability)
            _set_combo(self.m_education, m.education)
            _set_combo(self.m_work_status, m.work_status)
            _set_combo(self.m_occupation, m.occupation)
            self.m_income.setValue(m.income_baht_year if m.income_baht_year is not None else -1)
            _set_combo(self.m_literacy, m.thai_literacy)
            self.m_phone.setText(m.phone or "")
            self.m_notes.setText(m.notes or "")
            for code, check in self.m_welfare.items():
                check.setChecked(code in m.welfare)
        finally:
            for widget in self.member_widgets:
                widget.blockSignals(False)
            self._loading = loading

    def _read_member(self, before: MemberData) -> MemberData:
        if self.m_birth_date.hasFocus():
            self.m_birth_date.commit()
        birth = self.m_birth_date.date() if self.m_birth_date.state != "invalid" else before.birth_date
        digits = self.m_national_id.digits()
        income = self.m_income.value()
        member = replace(
            before, national_id=digits or None, no_id_reason=_text(self.m_no_id_reason),
            title=_combo_value(self.m_title), first_name=self.m_first_name.text().strip(),
            last_name=_text(self.m_last_name), sex=self.m_sex.currentData(), birth_date=birth,
            relation=self.m_relation.currentData(),
            living_status=self.m_living_status.currentData(),
            health_status=self.m_health_status.currentData(),
            disability=self.m_disability.currentData(), education=self.m_education.currentData(),
            work_status=self.m_work_status.currentData(),
            occupation=_combo_value(self.m_occupation),
            income_baht_year=income if income >= 0 else None,
            thai_literacy=self.m_literacy.currentData(), phone=_text(self.m_phone),
            notes=_text(self.m_notes),
            welfare=tuple(sorted(code for code, check in self.m_welfare.items() if check.isChecked())))
        if member.national_id == (before.national_id or None) and before.national_id:
            member = replace(member, national_id=before.national_id)
        return member

    def add_member(self) -> None:
        """A new, empty member (selected, the national ID field focused)."""
        self._commit_form()
        key = self.case.next_key()
        self.undo_stack.append(self.case)
        self.redo_stack.clear()
        self.case = with_member(self.case, MemberData(key=key, is_head=not self.case.members))
        self.member_key = key
        self._write_form()
        self.tabs.setCurrentIndex(1)
        self.m_national_id.setFocus()

    def remove_member(self) -> None:
        """Remove the selected member (Ctrl+Z brings them back before saving)."""
        if self.member_key is None:
            return
        self._commit_form()
        self.undo_stack.append(self.case)
        self.redo_stack.clear()
        self.case = without_member(self.case, self.member_key)
        self.member_key = None
        self._write_form()

    def make_head(self) -> None:
        """The selected member becomes the head of the household."""
        if self.member_key is None:
            return
        self._commit_form()
        m = self.case.member(self.member_key)
        if m is None:
            return
        self.undo_stack.append(self.case)
        self.redo_stack.clear()
        self.case = with_member(self.case, replace(m, is_head=True, relation="head"))
        self._write_form()

    # ----------------------------------------------------------------- problems

    def _fill_problems(self) -> None:
        tree = self.problems_tree
        tree.blockSignals(True)
        tree.clear()
        failed = set(self.case.problems)
        for code, label in self.choices.dimensions:
            top = QTreeWidgetItem([label])
            top.setData(0, Qt.ItemDataRole.UserRole, (code, None))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked if (code, None) in failed
                              else Qt.CheckState.Unchecked)
            for ind in self.choices.indicators.get(code, ()):
                child = QTreeWidgetItem([f"{ind.number}. {ind.label}"])
                child.setData(0, Qt.ItemDataRole.UserRole, (code, ind.id))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if (code, ind.id) in failed
                                    else Qt.CheckState.Unchecked)
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        tree.blockSignals(False)

    def _read_problems(self) -> tuple[tuple[str, int | None], ...]:
        result: set[tuple[str, int | None]] = set()
        for i in range(self.problems_tree.topLevelItemCount()):
            top = self.problems_tree.topLevelItem(i)
            if top is None:
                continue
            ticked = [child for j in range(top.childCount())
                      if (child := top.child(j)) is not None
                      and child.checkState(0) == Qt.CheckState.Checked]
            result |= {tuple(c.data(0, Qt.ItemDataRole.UserRole)) for c in ticked}
            if top.checkState(0) == Qt.CheckState.Checked and not ticked:
                result.add(tuple(top.data(0, Qt.ItemDataRole.UserRole)))
        # problems of indicators not offered here (another set) are kept as they are
        offered = {(code, ind.id) for code, inds in self.choices.indicators.items()
                   for ind in inds} | {(code, None) for code, _label in self.choices.dimensions}
        result |= {p for p in self.case.problems if p not in offered}
        return tuple(sorted(result, key=lambda p: (p[0], p[1] if p[1] is not None else -1)))

    # ----------------------------------------------------------------- capitals

    def _fill_capitals(self) -> None:
        table = self.capitals_table
        table.setRowCount(len(self.case.assessments))
        for row, a in enumerate(self.case.assessments):
            round_box = QSpinBox()
            round_box.setRange(1, 99)
            round_box.setValue(a.round_no)
            round_box.setProperty("key", a.key)
            date = BeDateEdit(a.assessed_on, optional=True, allow_future=False)
            date.dateChanged.connect(lambda _d: self._commit_form())
            round_box.editingFinished.connect(self._commit_form)
            table.setCellWidget(row, 0, round_box)
            table.setCellWidget(row, 1, date)
            scores = dict(a.scores)
            for i, (code, _label) in enumerate(self.choices.capitals):
                box = QSpinBox()
                box.setRange(1, 4)
                box.setValue(scores.get(code, 1))
                box.valueChanged.connect(lambda _v: self._commit_form())
                table.setCellWidget(row, 2 + i, box)
        self._update_capital_results()

    def _read_capitals(self) -> tuple[AssessmentData, ...]:
        table = self.capitals_table
        result = []
        for row, before in enumerate(self.case.assessments):
            if row >= table.rowCount() or table.cellWidget(row, 0) is None:
                result.append(before)
                continue
            round_box = table.cellWidget(row, 0)
            date = table.cellWidget(row, 1)
            assert isinstance(round_box, QSpinBox)
            assert isinstance(date, BeDateEdit)
            scores = []
            for i, (code, _label) in enumerate(self.choices.capitals):
                box = table.cellWidget(row, 2 + i)
                assert isinstance(box, QSpinBox)
                scores.append((code, box.value()))
            result.append(replace(before, round_no=round_box.value(),
                                  assessed_on=date.date() if date.state != "invalid"
                                  else before.assessed_on, scores=tuple(sorted(scores))))
        return tuple(result)

    def _update_capital_results(self) -> None:
        n = len(self.choices.capitals)
        previous: float | None = None
        labels = {"better": translate("HouseholdEditor", "better"),
                  "same": translate("HouseholdEditor", "same"),
                  "worse": translate("HouseholdEditor", "worse")}
        # (the bands were read with the choices: no database query per edit)
        for a in sorted(self.case.assessments, key=lambda a: a.round_no):
            mean = a.mean
            level = self.choices.levels.get(level_of(self.choices.bands, mean), "") if mean else ""
            change = trend(previous, mean)
            index = self.case.assessments.index(a)
            for col, text in ((2 + n, f"{mean:.2f}" if mean else ""), (3 + n, level),
                              (4 + n, labels.get(change or "", ""))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.capitals_table.setItem(index, col, item)
            previous = mean

    def add_round(self) -> None:
        """A new assessment round: the next number, today, the last round's scores."""
        self._commit_form()
        last = max(self.case.assessments, key=lambda a: a.round_no, default=None)
        scores = last.scores if last else tuple((code, 1) for code, _l in self.choices.capitals)
        new = AssessmentData(key=self.case.next_key(), round_no=(last.round_no + 1) if last else 1,
                             assessed_on=dt.date.today(), scores=tuple(sorted(scores)))
        self.undo_stack.append(self.case)
        self.redo_stack.clear()
        self.case = replace(self.case, assessments=(*self.case.assessments, new))
        self._write_form()

    def remove_round(self) -> None:
        """Remove the selected assessment round."""
        row = self.capitals_table.currentRow()
        if not 0 <= row < len(self.case.assessments):
            return
        self._commit_form()
        self.undo_stack.append(self.case)
        self.redo_stack.clear()
        rounds = list(self.case.assessments)
        del rounds[row]
        self.case = replace(self.case, assessments=tuple(rounds))
        self._write_form()

    # ================================================================= undo, save, close

    @property
    def dirty(self) -> bool:
        """Edits not saved yet."""
        return self.case != self.original

    def undo(self) -> None:
        """Step back one edit (before saving)."""
        self._commit_form()
        if not self.undo_stack:
            return
        self.redo_stack.append(self.case)
        self.case = self.undo_stack.pop()
        self._write_form()

    def redo(self) -> None:
        """Step forward again."""
        if not self.redo_stack:
            return
        self.undo_stack.append(self.case)
        self.case = self.redo_stack.pop()
        self._write_form()

    def save(self) -> bool:
        """Save the case; True when it is saved (or there was nothing to save)."""
        self._commit_form()
        self.error_area.hide()
        try:
            result = save_case(self.database, self.actor, self.original, self.case,
                               labels=self.labels)
        except CaseInvalid as e:
            self.error.setText(str(e))
            self.error_area.show()
            self._focus_problem(e)
            return False
        except EditConflict as e:
            answer = prompts.resolve_conflict(self, str(e) + "\n\n" + translate(
                "HouseholdEditor", "Your changes:") + "\n" + "\n".join(f"• {x}" for x in e.mine))
            if answer == "reapply":
                self.original = e.latest
                self.case = e.reapplied()
                self.undo_stack.clear()
                self.redo_stack.clear()
                self._write_form()
                self._reload_tabs()
            elif answer == "discard":
                self._reload(e.latest)
            return False
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return False
        self._reload(result.case)
        if result.case.id is not None and result.change_id is not None:
            self.saved.emit(result.case.id)
        return True

    def _focus_problem(self, e: CaseInvalid) -> None:
        first = e.problems[0]
        if first.member_key is not None and self.case.member(first.member_key) is not None:
            self.tabs.setCurrentIndex(1)
            self.member_key = first.member_key
            self._fill_members()
            widget = {"national_id": self.m_national_id, "first_name": self.m_first_name,
                      "no_id_reason": self.m_no_id_reason, "birth_date": self.m_birth_date,
                      "income_baht_year": self.m_income}.get(first.field)
            if widget is not None:
                widget.setFocus()
        elif first.field in self.w:
            self.tabs.setCurrentIndex(0)
            self.w[first.field].setFocus()
        elif first.field in ("round_no", "scores", "assessed_on"):
            self.tabs.setCurrentIndex(3)
        elif first.field in ("is_head", "members"):
            self.tabs.setCurrentIndex(1)

    def _reload(self, case: CaseData | None = None) -> None:
        if case is None:
            if self.case.id is None:
                return
            with self.database.read() as s:
                case = load_case(s, self.case.id)
        self.original = self.case = case
        self.undo_stack.clear()
        self.redo_stack.clear()
        self._write_form()
        self._reload_tabs()

    def _update_title(self) -> None:
        head = self.case.head
        name = head.full_name if head and head.full_name else translate("HouseholdEditor",
                                                                       "New household")
        code = format_house_code(self.case.house_code) if self.case.house_code else ""
        self.heading.setText(f"{name}  {code}".strip())
        statuses = dict(self.choices.codes["verification_status"])
        helps = dict(self.choices.codes["help_status"])
        status = translate("HouseholdEditor", "Verification: {v} · Help: {h}").format(
            v=statuses.get(self.case.verification_status, self.case.verification_status),
            h=helps.get(self.case.help_status or "", "–"))
        if self.dirty:
            status += " · " + translate("HouseholdEditor", "not saved yet")
        self.status_label.setText(status)
        mark = "* " if self.dirty else ""
        self.setWindowTitle(mark + translate("HouseholdEditor", "Household – {name}").format(name=name))
        self.undo_action.setEnabled(bool(self.undo_stack))
        self.redo_action.setEnabled(bool(self.redo_stack))
        saved = self.case.id is not None and self.can_edit
        for action in (self.visit_action, self.status_action, self.undo_saved_action):
            action.setEnabled(saved)

    def _reload_tabs(self) -> None:
        hid = self.case.id
        if hid is None:
            for table in (self.visits_table, self.status_table, self.help_table,
                          self.history_table, self.attachments_table):
                table.setRowCount(0)
            for b in (*self.attachment_buttons, self.assign_button):
                b.setEnabled(False)
            return
        for b in (*self.attachment_buttons, self.assign_button):
            b.setEnabled(self.can_edit)
        lang = language()
        with self.database.read() as s:
            visits = visits_of(s, hid, language=lang)
            statuses = status_changes_of(s, hid, language=lang)
            helps = interventions_of_household(s, hid, language=lang)
            history = case_history(s, hid, language=lang, mask_ids=self.masked)
        self.visits_table.fill([(v.date, v.result, v.team, v.informant, v.findings)
                                       for v in visits])
        self.status_table.fill([(x.when, x.old, x.new, x.who, x.reason) for x in statuses])
        self.help_table.fill([(
            i.kind + (f" ({i.member_name})" if i.member_name else ""), i.partner,
            i.status_label + (" · " + translate("HouseholdEditor", "{days} days late").format(
                days=i.days_late) if i.overdue else ""),
            format_date_be(i.planned_on, style="short"), format_date_be(i.finished_on, style="short"),
            format_baht(i.planned_satang), format_baht(i.actual_satang)) for i in helps])
        self.history_table.fill([(h.when, h.who, h.what, h.old, h.new,
                                         h.reason or h.change) for h in history])
        files = attachments_of(self.database, hid)
        self.attachments_table.fill([(a.file_name, a.mime_type, f"{a.size_bytes / 1024:,.0f} KB",
                                             a.created_at_text) for a in files],
                   keys=[a.id for a in files])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Esc or the close button: ask before unsaved edits are lost."""
        self._commit_form()
        if self.dirty:
            answer = prompts.ask_unsaved(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()

    # ================================================================= visits, status, undo saved

    def _needs_saved(self) -> bool:
        """Visits and status changes act on the saved case: save pending edits first."""
        if self.case.id is None:
            return False
        self._commit_form()
        return not self.dirty or self.save()

    def record_visit(self) -> VisitDialog | None:
        """Open the visit form (non-modal; the case reloads when it is saved)."""
        if not self._needs_saved() or self.case.id is None or self.case.version is None:
            return None
        dialog = VisitDialog(self.database, self.actor, self.case.id, version=self.case.version,
                             status=self.case.verification_status, choices=self.choices,
                             parent=self)
        dialog.recorded.connect(lambda _id: self._after_status_change())
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        """Open the status form (reopening asks for a reason)."""
        if not self._needs_saved() or self.case.id is None or self.case.version is None:
            return None
        dialog = StatusDialog(self.database, self.actor, self.case.id, version=self.case.version,
                              status=self.case.verification_status, choices=self.choices,
                              parent=self)
        dialog.changed.connect(self._after_status_change)
        dialog.open()
        return dialog

    def _after_status_change(self) -> None:
        self._reload()
        if self.case.id is not None:
            self.saved.emit(self.case.id)

    def undo_saved(self) -> None:
        """Undo the last saved change to this household (a new change in the history)."""
        if self.case.id is None:
            return
        self._commit_form()
        if self.dirty:
            prompts.show_info(self, translate(
                "HouseholdEditor", "Save or undo your unsaved edits first (Ctrl+Z)."))
            return
        with self.database.read() as s:
            target = last_undoable(s, self.case.id)
        if target is None:
            prompts.show_info(self, translate("HouseholdEditor",
                                              "There is no saved change to undo."))
            return
        if not prompts.confirm(self, translate(
                "HouseholdEditor", "Undo “{what}” by {who}? The undo is itself kept in the "
                "history.").format(what=target.summary, who=target.username)):
            return
        try:
            undo_last_change(self.database, self.actor, self.case.id,
                             expected_change_id=target.change_id)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self._after_status_change()

    def assign_help(self) -> None:
        """Assign help to this household (or one of its members), then show it."""
        if self.case.id is None:
            return
        from ui.assign_help import open_assign_help

        if open_assign_help(self, self.database, self.actor, [self.case.id]):
            self._after_status_change()

    # ================================================================= attachments

    def _selected_attachment(self) -> int | None:
        key = self.attachments_table.selected_key()
        return int(key) if key is not None else None  # type: ignore[call-overload]

    def attach_file(self, path: str | None = None) -> None:
        """Keep a copy of a photo or a scan with the household."""
        if self.case.id is None:
            return
        path = path or prompts.choose_open_file(
            self, translate("HouseholdEditor", "Attach a photo or a scan"),
            translate("HouseholdEditor", "Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)"))
        if not path:
            return
        try:
            add_attachment(self.database, self.actor, self.case.id, Path(path))
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self._reload_tabs()

    def open_attachment(self) -> Path | None:
        """Open the selected attachment with the PC's own viewer (from a private temp copy)."""
        aid = self._selected_attachment()
        if aid is None:
            return None
        try:
            name, content = attachment_content(self.database, aid)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return None
        folder = Path(tempfile.mkdtemp(prefix="kaejon-"))
        target = folder / name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def remove_attachment(self) -> None:
        """Remove the selected attachment after asking."""
        aid = self._selected_attachment()
        if aid is None or not prompts.confirm(self, translate(
                "HouseholdEditor", "Remove this file from the household? This cannot be undone "
                "here; a backup still holds it.")):
            return
        try:
            remove_attachment(self.database, self.actor, aid)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self._reload_tabs()
