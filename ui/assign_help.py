"""มอบหมายความช่วยเหลือ: plan one kind of help for the selected households (or one member)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.i18n import language
from core.interventions import (
    AssignResult,
    assign_help,
    assign_preview,
    format_baht,
    household_briefs,
    household_members,
    parse_baht,
    partner_choices,
)
from core.partners import KindRow, list_kinds, offering_partners
from core.suggestions import Suggestion, suggest_help
from ui import prompts
from ui.operations import Op
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate


class AssignHelpDialog(QDialog):
    """Kind of help (ranked by the help menu), agency, planned date, budget, notes."""

    assigned = Signal(object)  # AssignResult

    def __init__(self, database: Database, actor: Actor, household_ids: Sequence[int],
                 parent: QWidget | None = None, *, kind_id: int | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.household_ids = list(dict.fromkeys(household_ids))
        self.result_: AssignResult | None = None
        self.setWindowTitle(translate("AssignHelpDialog", "Assign help"))
        self.resize(820, 640)
        with database.read() as s:
            self.kinds: list[KindRow] = list_kinds(s, language=language(), active_only=True)
            self.suggestions: list[Suggestion] = suggest_help(
                s, self.household_ids, language=language(), limit=8)
            self.partners = partner_choices(s)
            briefs = household_briefs(s, self.household_ids[:3], language=language())
            self.members = household_members(s, self.household_ids[0]) \
                if len(self.household_ids) == 1 else []
        self.kind_by_id = {k.id: k for k in self.kinds}

        layout = QVBoxLayout(self)
        count = len(self.household_ids)
        if count == 1 and briefs:
            who = translate("AssignHelpDialog", "Household {code} · {head} · {village}").format(
                code=briefs[0].house_code, head=briefs[0].head_name, village=briefs[0].village)
        else:
            who = translate("AssignHelpDialog", "{count} selected households").format(
                count=f"{count:,}")
        heading = QLabel(who)
        heading.setObjectName("NoticeTitle")
        layout.addWidget(heading)

        layout.addWidget(QLabel(translate(
            "AssignHelpDialog", "The help menu suggests (from failed indicators and weak "
            "capitals; pick one with the arrow keys):")))
        self.suggestion_table = QTableWidget(len(self.suggestions), 4)
        self.suggestion_table.setHorizontalHeaderLabels([
            translate("AssignHelpDialog", "Kind of help"),
            translate("AssignHelpDialog", "Score"),
            translate("AssignHelpDialog", "Why"),
            translate("AssignHelpDialog", "Offered by")])
        self.suggestion_table.verticalHeader().setVisible(False)
        self.suggestion_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_table.setWordWrap(False)
        header = self.suggestion_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 250)
        header.resizeSection(1, 130 if count > 1 else 60)
        header.resizeSection(3, 150)
        for row, sug in enumerate(self.suggestions):
            households = "" if count == 1 else translate(
                "AssignHelpDialog", " ({n} households)").format(n=sug.households)
            cells = (sug.kind, f"{sug.score}{households}", ", ".join(sug.reasons),
                     ", ".join(name for _pid, name in sug.partners[:3]))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, sug.kind_id)
                self.suggestion_table.setItem(row, col, item)
        self.suggestion_table.setMaximumHeight(
            40 + self.suggestion_table.verticalHeader().defaultSectionSize() * 5)
        self.suggestion_table.itemSelectionChanged.connect(self._suggestion_picked)
        if not self.suggestions:
            self.suggestion_table.hide()
            layout.addWidget(QLabel(translate(
                "AssignHelpDialog", "No suggestion: no failed indicator or weak capital is "
                "recorded for these households.")))
        layout.addWidget(self.suggestion_table)

        form = QFormLayout()
        self.kind = QComboBox()
        suggested = [s.kind_id for s in self.suggestions if s.kind_id in self.kind_by_id]
        for kid in suggested:
            self.kind.addItem("★ " + self.kind_by_id[kid].name, kid)
        for kind in self.kinds:
            if kind.id not in suggested:
                self.kind.addItem(kind.name, kind.id)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(translate("AssignHelpDialog", "&Kind of help"), self.kind)
        self.partner = QComboBox()
        form.addRow(translate("AssignHelpDialog", "&Agency"), self.partner)
        self.member = QComboBox()
        self.member.addItem(translate("AssignHelpDialog", "The whole household"), None)
        for mid, name in self.members:
            self.member.addItem(name, mid)
        if self.members:
            form.addRow(translate("AssignHelpDialog", "&For"), self.member)
        self.planned = BeDateEdit()
        form.addRow(translate("AssignHelpDialog", "&Planned by"), self.planned)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(translate("AssignHelpDialog", "baht"))
        self.budget.setMaximumWidth(180)
        form.addRow(translate("AssignHelpDialog", "&Budget per household (baht)"), self.budget)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        form.addRow(translate("AssignHelpDialog", "&Notes"), self.notes)
        layout.addLayout(form)

        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("AssignPreview")
        layout.addWidget(self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("AssignHelpDialog", "Assign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("AssignHelpDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        if kind_id is not None and self.kind.findData(kind_id) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind_id))
        self._kind_changed()
        if self.suggestions:
            self.suggestion_table.selectRow(max(0, next(
                (i for i, s in enumerate(self.suggestions) if s.kind_id == self.kind_id()), 0)))
        self.kind.setFocus()

    # ----------------------------------------------------------------- state

    def kind_id(self) -> int | None:
        """The chosen kind of help."""
        value = self.kind.currentData()
        return int(value) if value is not None else None

    def _suggestion_picked(self) -> None:
        rows = self.suggestion_table.selectionModel().selectedRows()
        if rows:
            item = self.suggestion_table.item(rows[0].row(), 0)
            kid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            index = self.kind.findData(kid)
            if index >= 0 and index != self.kind.currentIndex():
                self.kind.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        kid = self.kind_id()
        kind = self.kind_by_id.get(kid) if kid is not None else None
        current = self.partner.currentData()
        self.partner.clear()
        with self.database.read() as s:
            offering = offering_partners(s, kid) if kid is not None else []
            preview = (assign_preview(s, self.household_ids, kid, self.actor)
                       if kid is not None else None)
        names = dict(self.partners)
        for pid in offering:
            if pid in names:
                self.partner.addItem(names[pid], pid)
        if offering and len(offering) < len(self.partners):
            self.partner.insertSeparator(self.partner.count())
        for pid, name in self.partners:
            if pid not in offering:
                self.partner.addItem(name, pid)
        if kind is not None and kind.default_partner_id is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(kind.default_partner_id)))
        elif current is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(current)))
        if kind is not None:
            self.budget.setText(format_baht(kind.unit_cost_baht * 100)
                                if kind.unit_cost_baht is not None else "")
            self.planned.setDate(dt.date.today() + dt.timedelta(days=kind.typical_days or 30))
        self.preview_state = preview
        if preview is None:
            self.preview.setText("")
            self.ok.setEnabled(False)
            return
        text = translate("AssignHelpDialog", "{count} households will receive this help.").format(
            count=f"{len(preview.eligible):,}")
        left_out = preview.describe()
        if left_out:
            text += " " + translate("AssignHelpDialog", "Left out: {what}.").format(what=left_out)
        self.preview.setText(text)
        self.ok.setEnabled(bool(preview.eligible))

    # ----------------------------------------------------------------- saving

    def submit(self) -> None:
        """Check the form and assign the help in the background (one transaction)."""
        kid = self.kind_id()
        if kid is None or not self.ok.isEnabled():
            return
        planned = self.planned.date()
        if planned is None:
            prompts.show_user_error(self, translate(
                "AssignHelpDialog", "Give the planned date in the Buddhist Era, e.g. 15/3/2569."))
            self.planned.setFocus()
            return
        try:
            budget = parse_baht(self.budget.text())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            self.budget.setFocus()
            return
        partner = self.partner.currentData()
        member = self.member.currentData() if self.members else None
        notes = self.notes.toPlainText()
        ids = list(self.household_ids)
        database, actor = self.database, self.actor
        self.ok.setEnabled(False)

        def work(_progress: object) -> AssignResult:
            with database.begin() as s:
                return assign_help(s, actor, ids, kind_id=kid, partner_id=partner,
                                   planned_on=planned, budget_satang=budget, notes=notes,
                                   member_id=member, skip_ineligible=True)

        def failed(error: BaseException) -> None:
            self.ok.setEnabled(True)
            if isinstance(error, UserError):
                prompts.show_user_error(self, str(error))
            else:
                import sys

                sys.excepthook(type(error), error, error.__traceback__)

        Op(self, work, label=translate("AssignHelpDialog", "Assigning help…")) \
            .success(self._done).failure(failed).run_in_background()

    def _done(self, result: AssignResult) -> None:
        self.result_ = result
        self.assigned.emit(result)
        self.accept()


def open_assign_help(parent: QWidget | None, database: Database, actor: Actor,
                     household_ids: Sequence[int], *, kind_id: int | None = None) -> AssignResult | None:
    """Ask for the help to assign to the households; the result once saved, else None."""
    if not household_ids:
        prompts.show_info(parent, translate("AssignHelpDialog",
                                            "Select the households to help first."))
        return None
    dialog = AssignHelpDialog(database, actor, household_ids, parent, kind_id=kind_id)
    if not prompts.run_dialog(dialog):
        return None
    result = dialog.result_
    if result is not None:
        prompts.show_info(parent, translate(
            "AssignHelpDialog", "Help assigned to {count} households.").format(
                count=f"{result.households:,}"))
    return result
