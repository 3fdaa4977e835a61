"""ตั้งค่า: language, the office profile, where the data lives, backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from core.access import Permission, can, role_label
from core.backup import backup_database
from core.database import Database
from core.history import SYSTEM_ROLE, Actor
from core.office import office_summary
from core.settings import load_settings, save_settings
from core.users import idle_minutes, set_idle_minutes
from ui import prompts
from ui.login import ChangePasswordDialog
from ui.operations import Op, Progress
from ui.pages.base import Page
from ui.users_dialog import UsersDialog

translate = QCoreApplication.translate


class SettingsPage(Page):
    """Preferences and the office profile."""

    language_changed = Signal(str)
    idle_changed = Signal(int)
    """The office's idle-lock time was changed (minutes; 0: never)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Settings"), parent)
        self.actor = actor
        general = QGroupBox(translate("SettingsPage", "Program"))
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(load_settings().language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel("")
        self.language_note.setWordWrap(True)
        form.addRow(translate("SettingsPage", "Language"), self.language)
        form.addRow("", self.language_note)
        self.language_note.hide()
        self.layout_.addWidget(general)

        office = QGroupBox(translate("SettingsPage", "Office"))
        self.office_form = QFormLayout(office)
        self.office_labels: dict[str, QLabel] = {}
        for key, label in (
            ("office_name", translate("SettingsPage", "Office name")),
            ("area", translate("SettingsPage", "District")),
            ("chief", translate("SettingsPage", "District chief")),
            ("officer", translate("SettingsPage", "Responsible officer")),
        ):
            value = QLabel("")
            value.setWordWrap(True)
            self.office_labels[key] = value
            self.office_form.addRow(label, value)
        self.layout_.addWidget(office)

        data = QGroupBox(translate("SettingsPage", "Data"))
        data_form = QFormLayout(data)
        data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.database_label = QLabel(database.label)
        self.database_label.setWordWrap(True)
        data_form.addRow(translate("SettingsPage", "Database"), self.database_label)
        self.backup_button = QPushButton(translate("SettingsPage", "Back up now…"))
        self.backup_button.clicked.connect(self._choose_backup)
        self.backup_button.setEnabled(database.file is not None
                                      and can(actor, Permission.BACKUP))
        data_form.addRow("", self.backup_button)
        self.layout_.addWidget(data)
        self.layout_.addWidget(self._users_box())
        self.layout_.addStretch(1)

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsPage", "Users and signing in"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.me_label = QLabel(translate("SettingsPage", "{name} ({role})").format(
            name=self.actor.username, role=role_label(self.actor.role)))
        self.password_button = QPushButton(translate("SettingsPage", "Change my password…"))
        self.password_button.clicked.connect(self.change_password)
        self.password_button.setEnabled(self.actor.role != SYSTEM_ROLE)
        me = QHBoxLayout()
        me.addWidget(self.me_label)
        me.addWidget(self.password_button)
        form.addRow(translate("SettingsPage", "Signed in as"), me)
        self.users_button = QPushButton(translate("SettingsPage", "Manage users…"))
        self.users_button.clicked.connect(self.manage_users)
        admin = can(self.actor, Permission.MANAGE_USERS)
        self.users_button.setVisible(admin)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(translate("SettingsPage", "never"))
        self.idle_minutes.setSuffix(translate("SettingsPage", " minutes"))
        with self.database.read() as s:
            self.idle_minutes.setValue(idle_minutes(s))
        self.idle_minutes.setEnabled(can(self.actor, Permission.EDIT_REFERENCE))
        self.idle_minutes.editingFinished.connect(self._idle_edited)
        form.addRow(translate("SettingsPage", "Lock after no use for"), self.idle_minutes)
        if admin:
            form.addRow("", self.users_button)
        return box

    def change_password(self) -> None:
        """The signed-in user's own password."""
        if prompts.run_dialog(ChangePasswordDialog(self.database, self.actor, self)):
            prompts.show_info(self, translate("SettingsPage", "Your password was changed."))

    def manage_users(self) -> UsersDialog:
        """The administrator's user list."""
        dialog = UsersDialog(self.database, self.actor, self)
        prompts.run_dialog(dialog)
        return dialog

    def _idle_edited(self) -> None:
        minutes = self.idle_minutes.value()
        with self.database.read() as s:
            if idle_minutes(s) == minutes:
                return
        with self.database.begin() as s:
            set_idle_minutes(s, self.actor, minutes)
        self.idle_changed.emit(minutes)

    def refresh(self) -> None:
        """Show the office profile as stored."""
        with self.database.read() as s:
            office = office_summary(s)
        if office is None:
            return
        self.office_labels["office_name"].setText(office.office_name)
        self.office_labels["area"].setText(
            translate("SettingsPage", "{district} district, {province} province ({code})").format(
                district=office.district, province=office.province, code=office.district_code))
        self.office_labels["chief"].setText(office.chief or "–")
        self.office_labels["officer"].setText(office.officer or "–")

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        settings = load_settings()
        settings.language = code
        save_settings(settings)
        self.language_note.setText(translate(
            "SettingsPage", "The new language applies the next time you open the program."))
        self.language_note.show()
        self.language_changed.emit(code)

    def _choose_backup(self) -> None:
        path = self.database.file
        if path is None:
            return
        suggested = path.parent / "backups" / f"{path.stem}-{dt.datetime.now():%Y%m%d-%H%M}.db"
        target, _ = QFileDialog.getSaveFileName(
            self, translate("SettingsPage", "Back up the database"), str(suggested),
            translate("FirstRunDialog", "KaeJon database (*.db)"))
        if target:
            self.run_backup(Path(target))

    def run_backup(self, target: Path) -> Op[Path]:
        """Back up in the background; tell the user where the copy is."""
        def job(_progress: Progress) -> Path:
            return backup_database(str(self.database.file), target,
                                   actor=self.actor)

        op: Op[Path] = Op(self, job, label=translate("SettingsPage", "Backing up…"))
        op.success(lambda out: prompts.show_info(
            self, translate("SettingsPage", "Backup written to {path}.").format(path=out)))
        op.run_in_background()
        return op
