"""The first-run dialog: which district this office serves, who signs, where the data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.database import cipher_installed
from core.encryption import check_passphrase
from core.errors import UserError
from core.office import OfficeSetup, default_office_name
from core.reference import districts_of, provinces
from core.users import MIN_PASSWORD_LENGTH
from ui.login import AdminFields, error_label, password_edit, show_error

translate = QCoreApplication.translate
DEFAULT_PROVINCE = "52"  # ลำปาง, a pilot province
DEFAULT_DISTRICT = "5201"


@dataclass(frozen=True)
class FirstRunResult:
    """What the user chose: a new office database (with or without demo data) or an existing file."""

    database: Path
    setup: OfficeSetup | None
    add_demo: bool = False
    passphrase: str | None = None  # a new database encrypted under it (SQLCipher)


class FirstRunDialog(QDialog):
    """Creates the office's database, or opens an existing one."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstRunDialog", "Welcome to KaeJon Desk"))
        self.setMinimumWidth(720)
        self.result_value: FirstRunResult | None = None
        self._path = default_path
        self._name_edited = False

        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "FirstRunDialog",
            "Set up the database of your district office. You can change the names later in "
            "Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.province = QComboBox()
        for area in provinces():
            self.province.addItem(area.name_th, area.code)
        self.district = QComboBox()
        self.office_name = QLineEdit()
        self.chief_name = QLineEdit()
        self.chief_name.setPlaceholderText(translate("FirstRunDialog", "e.g. นายสมชาย ใจดี"))
        self.chief_position = QLineEdit()
        self.officer_name = QLineEdit()
        self.officer_position = QLineEdit()
        self.officer_position.setPlaceholderText(translate("FirstRunDialog", "e.g. พัฒนาการอำเภอ"))
        self.path_label = QLabel(str(default_path))
        self.path_label.setWordWrap(True)
        choose = QPushButton(translate("FirstRunDialog", "Change…"))
        choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(choose)
        self.add_demo = QCheckBox(translate(
            "FirstRunDialog", "Add 2,000 synthetic demo households to try the program"))

        form.addRow(translate("FirstRunDialog", "Province"), self.province)
        form.addRow(translate("FirstRunDialog", "District"), self.district)
        form.addRow(translate("FirstRunDialog", "Office name"), self.office_name)
        form.addRow(translate("FirstRunDialog", "District chief (signs letters)"), self.chief_name)
        form.addRow(translate("FirstRunDialog", "Chief's position"), self.chief_position)
        form.addRow(translate("FirstRunDialog", "Responsible officer"), self.officer_name)
        form.addRow(translate("FirstRunDialog", "Officer's position"), self.officer_position)
        form.addRow(translate("FirstRunDialog", "Database file"), path_row)
        layout.addLayout(form)
        admin_box = QGroupBox(translate("FirstRunDialog", "The administrator (you sign in with "
                                                          "this account)"))
        admin_form = QFormLayout(admin_box)
        self.admin = AdminFields(admin_form)
        layout.addWidget(admin_box)
        layout.addWidget(self._encryption_box())
        layout.addWidget(self.add_demo)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            translate("FirstRunDialog", "Create database"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = buttons.addButton(
            translate("FirstRunDialog", "Open an existing database…"),
            QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(translate("FirstRunDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_existing)
        layout.addWidget(buttons)

        self.province.currentIndexChanged.connect(self._fill_districts)
        self.district.currentIndexChanged.connect(self._district_changed)
        self.office_name.textEdited.connect(self._mark_name_edited)
        self.province.setCurrentIndex(max(0, self.province.findData(DEFAULT_PROVINCE)))
        self._fill_districts()
        self.district.setCurrentIndex(max(0, self.district.findData(DEFAULT_DISTRICT)))
        self._district_changed()

    def _encryption_box(self) -> QWidget:
        """Encrypt the new file (laptops): a passphrase typed twice, shown when ticked."""
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        self.encrypt = QCheckBox(translate(
            "FirstRunDialog", "Encrypt the database file (for a laptop; SQLCipher)"))
        if not cipher_installed():
            self.encrypt.setEnabled(False)
            self.encrypt.setToolTip(translate(
                "FirstRunDialog", "SQLCipher is not installed with this copy of the program."))
        outer.addWidget(self.encrypt)
        self.passphrase_fields = QWidget()
        fields = QVBoxLayout(self.passphrase_fields)
        fields.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()  # one row: the dialog must still fit a 768-pixel laptop screen
        self.passphrase = password_edit()
        self.passphrase.setPlaceholderText(translate("FirstRunDialog", "8 characters or more"))
        self.passphrase_again = password_edit()
        self.passphrase_again.setPlaceholderText(translate("FirstRunDialog", "Passphrase again"))
        row.addWidget(QLabel(translate("FirstRunDialog", "Database passphrase")))
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.passphrase_again, 1)
        fields.addLayout(row)
        # Not word-wrapped: Qt would break Thai inside words.
        fields.addWidget(QLabel(translate(
            "FirstRunDialog", "Everyone signs in with their own password; keep the passphrase "
            "in a safe place:")))
        fields.addWidget(QLabel(translate(
            "FirstRunDialog", "it opens the file when a password does not.")))
        self.passphrase_fields.setVisible(False)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        outer.addWidget(self.passphrase_fields)
        return box

    def _encrypt_toggled(self, on: bool) -> None:
        self.passphrase_fields.setVisible(on)
        if on:
            self.passphrase.setFocus()
        self.adjustSize()

    def _passphrase_problem(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        try:
            check_passphrase(self.passphrase.text())
        except UserError as e:
            return str(e)
        if self.passphrase.text() != self.passphrase_again.text():
            return translate("FirstRunDialog", "The two passphrases differ.")
        if self.passphrase.text() == self.admin.password.text():
            return translate("FirstRunDialog", "The passphrase must not be the administrator's "
                             "password.")
        return None

    def _mark_name_edited(self) -> None:
        self._name_edited = True

    def _fill_districts(self) -> None:
        self.district.blockSignals(True)
        self.district.clear()
        for area in districts_of(self.province.currentData()):
            self.district.addItem(area.name_th, area.code)
        self.district.blockSignals(False)
        self._district_changed()

    def _district_changed(self) -> None:
        name = self.district.currentText()
        if not name:
            return
        if not self._name_edited:
            self.office_name.setText(default_office_name(name))
            self.office_name.setCursorPosition(0)
        self.chief_position.setText(f"นายอำเภอ{name}")

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("FirstRunDialog", "Database file"), str(self._path),
            translate("FirstRunDialog", "KaeJon database (*.db)"))
        if path:
            self.set_database_path(Path(path))

    def set_database_path(self, path: Path) -> None:
        """Where the new database will be created."""
        self._path = path
        self.path_label.setText(str(path))

    def _open_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("FirstRunDialog", "Open database"), str(self._path.parent),
            translate("FirstRunDialog", "KaeJon database (*.db);;All files (*)"))
        if path:
            self.result_value = FirstRunResult(Path(path), None)
            self.accept()

    def setup(self) -> OfficeSetup:
        """The office as filled in."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return OfficeSetup(
            district_code=self.district.currentData(),
            office_name=text(self.office_name),
            chief_name=text(self.chief_name),
            chief_position=text(self.chief_position),
            officer_name=text(self.officer_name),
            officer_position=text(self.officer_position),
            admin_username=self.admin.username.text().strip() or "admin",
            admin_full_name=text(self.admin.full_name),
            admin_password=self.admin.password.text(),
        )

    def _create(self) -> None:
        problem = self.admin.problem()
        if problem is None and len(self.admin.password.text()) < MIN_PASSWORD_LENGTH:
            problem = translate("FirstRunDialog", "The administrator's password needs at least "
                                "{n} characters.").format(n=MIN_PASSWORD_LENGTH)
        if problem is not None:
            show_error(self.error, problem)
            self.admin.password.setFocus()
            return
        problem = self._passphrase_problem()
        if problem is not None:
            show_error(self.error, problem)
            self.passphrase.setFocus()
            return
        self.result_value = FirstRunResult(
            self._path, self.setup(), self.add_demo.isChecked(),
            self.passphrase.text() if self.encrypt.isChecked() else None)
        self.accept()
