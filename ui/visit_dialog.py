"""Recording a field visit, and changing a verification status by hand with a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.case import EditorChoices
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.verification import (
    REVISIT,
    VisitInput,
    allowed_next,
    change_status,
    needs_reason,
    record_visit,
)
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("FormError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a12a1f;")
    label.hide()
    return label


class VisitDialog(QDialog):
    """What the team found: date, team, informant, findings and the result (moves the status)."""

    recorded = Signal(int)

    def __init__(self, database: Database, actor: Actor, household_id: int, *, version: int,
                 status: str, choices: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.household_id = database, actor, household_id
        self.version, self.status = version, status
        self.setWindowTitle(translate("VisitDialog", "Record a verification visit"))
        form = QFormLayout()
        self.visited_on = BeDateEdit(dt.date.today(), allow_future=False)
        # No result until the team chooses one: Enter after typing the names must not record
        # "confirmed as a target" (it moves the household into the returns and help planning).
        self.result_combo = QComboBox()
        self.result_combo.addItem(translate("VisitDialog", "— choose the result —"), None)
        for code, label in choices.codes.get("visit_result", ()):
            self.result_combo.addItem(label, code)
        self.team_names = QLineEdit()
        self.team_names.setPlaceholderText(translate("VisitDialog", "names of the team members"))
        self.team_partner = QComboBox()
        self.team_partner.addItem(translate("VisitDialog", "(not given)"), None)
        for pid, label in choices.partners:
            self.team_partner.addItem(label, pid)
        self.team_phone = QLineEdit()
        self.informant = QLineEdit()
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(90)
        self.notes = QLineEdit()
        self.reason = QLineEdit()
        self.reason_label = QLabel(translate("VisitDialog", "Reason"))
        form.addRow(translate("VisitDialog", "Date of the visit"), self.visited_on)
        form.addRow(translate("VisitDialog", "Result"), self.result_combo)
        form.addRow(translate("VisitDialog", "Team"), self.team_names)
        form.addRow(translate("VisitDialog", "Team's agency"), self.team_partner)
        form.addRow(translate("VisitDialog", "Team's phone"), self.team_phone)
        form.addRow(translate("VisitDialog", "Informant"), self.informant)
        form.addRow(translate("VisitDialog", "What was found"), self.findings)
        form.addRow(translate("VisitDialog", "Notes"), self.notes)
        form.addRow(self.reason_label, self.reason)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_combo.currentIndexChanged.connect(lambda _i: self._show_reason())
        self._show_reason()
        self.resize(560, self.sizeHint().height())

    def _show_reason(self) -> None:
        result = self.result_combo.currentData()
        reopening = (result is not None and result not in (REVISIT, self.status)
                     and needs_reason(self.status, result))
        self.reason_label.setText(translate("VisitDialog", "Reason (required: the result changes "
                                                           "a verified household)")
                                  if reopening else translate("VisitDialog", "Reason"))

    def visit_input(self) -> VisitInput:
        """The form as a visit."""
        self.visited_on.commit()

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return VisitInput(
            visited_on=self.visited_on.date() or dt.date.min, result=self.result_combo.currentData(),
            team_names=text(self.team_names), team_partner_id=self.team_partner.currentData(),
            team_phone=text(self.team_phone), informant=text(self.informant),
            findings=self.findings.toPlainText().strip() or None, notes=text(self.notes),
            reason=text(self.reason))

    def save(self) -> None:
        """Record the visit; a broken rule is shown here and the dialog stays open."""
        self.visited_on.commit()
        if self.visited_on.date() is None:
            self._fail(translate("VisitDialog", "Type the date of the visit, e.g. 13/04/2568."))
            return
        if self.result_combo.currentData() is None:
            self._fail(translate("VisitDialog", "Choose the result of the visit."))
            self.result_combo.setFocus()
            return
        try:
            visit_id = record_visit(self.database, self.actor, self.household_id,
                                    self.visit_input(), expected_version=self.version)
        except UserError as e:
            self._fail(str(e))
            return
        self.recorded.emit(visit_id)
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class StatusDialog(QDialog):
    """Set the verification status by hand; reopening asks for a reason."""

    changed = Signal()

    def __init__(self, database: Database, actor: Actor, household_id: int, *, version: int,
                 status: str, choices: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.household_id = database, actor, household_id
        self.version, self.status = version, status
        self.setWindowTitle(translate("StatusDialog", "Change the verification status"))
        labels = dict(choices.codes.get("verification_status", ()))
        form = QFormLayout()
        form.addRow(translate("StatusDialog", "Now"), QLabel(labels.get(status, status)))
        self.new_status = QComboBox()
        for code in allowed_next(status):
            self.new_status.addItem(labels.get(code, code), code)
        self.reason = QLineEdit()
        form.addRow(translate("StatusDialog", "New status"), self.new_status)
        form.addRow(translate("StatusDialog", "Reason"), self.reason)
        self.error = _error_label()
        if not allowed_next(status):
            self._fail(translate("StatusDialog", "This household was merged into another one; "
                                                 "its status cannot change."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Apply the change through the verification rules."""
        new = self.new_status.currentData()
        if new is None:
            return
        try:
            change_status(self.database, self.actor, self.household_id, new,
                          reason=self.reason.text().strip() or None,
                          expected_version=self.version)
        except UserError as e:
            self._fail(str(e))
            return
        self.changed.emit()
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
