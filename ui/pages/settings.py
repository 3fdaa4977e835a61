"""ตั้งค่า: language, the office profile, where the data lives, backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.access import Permission, can, role_label
from core.audit import backup_reasons
from core.backup import (
    MAX_KEEP,
    BackupFile,
    backup_database,
    backup_keep,
    list_backups,
    restore_database,
    set_backup_keep,
)
from core.database import (
    Database,
    cipher_installed,
    database_is_encrypted,
    database_passphrase,
)
from core.encryption import check_passphrase, encrypt_copy, encrypted_name
from core.errors import UserError
from core.history import SYSTEM_ROLE, Actor
from core.keyring import keyring_users
from core.office import office_summary
from core.settings import load_settings, save_settings
from core.thai import format_date_be
from core.users import idle_minutes, set_idle_minutes
from ui import prompts
from ui.login import ChangePasswordDialog
from ui.operations import Op, Progress, cancel_background_jobs, wait_for_background_jobs
from ui.pages.base import Page
from ui.users_dialog import UsersDialog
from widgets.read_only_table import ReadOnlyTable

translate = QCoreApplication.translate


class SettingsPage(Page):
    """Preferences and the office profile."""

    language_changed = Signal(str)
    idle_changed = Signal(int)
    """The office's idle-lock time was changed (minutes; 0: never)."""
    database_restored = Signal(object)
    """A backup replaced the database (the kept copy of the old one, or None): reopen it."""
    encrypted_copy_made = Signal(object, str)
    """An encrypted copy of the database was written (its path, the passphrase): open it."""

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
        # The page scrolls: on a 768-pixel laptop screen the backups and encryption boxes
        # would otherwise push the window taller than the screen.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(14)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.layout_.addWidget(self.scroll_area, 1)
        body_layout.addWidget(general)

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
        body_layout.addWidget(office)

        data = QGroupBox(translate("SettingsPage", "Data"))
        data_form = QFormLayout(data)
        data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.database_label = QLabel(database.label)
        self.database_label.setWordWrap(True)
        data_form.addRow(translate("SettingsPage", "Database"), self.database_label)
        self.backup_button = QPushButton(translate("SettingsPage", "Back up now…"))
        self.backup_button.clicked.connect(self._choose_backup)
        self.backup_button.setEnabled(database.file is not None
                                      and can(actor, Permission.BACKUP))
        with database.read() as s:
            self.admin = can(actor, Permission.RESTORE)
            keep = backup_keep(s)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep)
        self.keep.setSuffix(translate("SettingsPage", " copies"))
        self.keep.setEnabled(self.admin)
        self.keep.setMaximumWidth(140)
        self.keep.editingFinished.connect(self._keep_changed)
        self.backups = ReadOnlyTable([translate("SettingsPage", "Made"),
                                      translate("SettingsPage", "Why"),
                                      translate("SettingsPage", "Size"),
                                      translate("SettingsPage", "File")])
        self.backups.setFixedHeight(150)
        self.backups.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(translate("SettingsPage", "Restore the chosen backup…"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.restore_button.setEnabled(self.admin)
        self.audit_button = QPushButton(translate("SettingsPage", "Audit log…"))
        self.audit_button.clicked.connect(self.open_audit_log)
        self.audit_button.setEnabled(self.admin)
        self.audit_window: QWidget | None = None
        if database.file is not None:
            buttons = QHBoxLayout()
            buttons.addWidget(self.backup_button)
            buttons.addWidget(self.restore_button)
            buttons.addStretch(1)
            data_form.addRow(translate("SettingsPage", "Automatic backups"), QLabel(translate(
                "SettingsPage", "Once a day when the program opens and before every import, "
                "into the backups folder beside the database.")))
            data_form.addRow(translate("SettingsPage", "Keep the newest"), self.keep)
            data_form.addRow(translate("SettingsPage", "Backups"), self.backups)
            data_form.addRow("", buttons)
        else:
            server = QLabel(translate(
                "SettingsPage", "This database is on a PostgreSQL server: the program does not "
                "copy it. The server's administrator backs it up with pg_dump -Fc and restores "
                "it with pg_restore (see the README)."))
            server.setWordWrap(True)
            data_form.addRow(translate("SettingsPage", "Backups"), server)
        audit_row = QHBoxLayout()
        audit_row.addWidget(self.audit_button)
        audit_row.addStretch(1)
        data_form.addRow(translate("SettingsPage", "Audit"), audit_row)
        if not self.admin:
            data_form.addRow("", QLabel(translate(
                "SettingsPage", "Restoring backups and the audit log are for administrators.")))
        body_layout.addWidget(data)
        body_layout.addWidget(self._users_box())
        body_layout.addWidget(self._encryption_box())
        body_layout.addStretch(1)

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
        self.refresh_backups()

    def refresh_backups(self) -> None:
        """List the copies in the backups folder, newest first."""
        path = self.database.file
        self.backup_files: list[BackupFile] = list_backups(path) if path is not None else []
        kinds = backup_reasons()
        self.backups.fill([
            (f"{format_date_be(b.made.date(), style='short')} {b.made:%H:%M:%S}",
             kinds.get(b.kind, b.kind), f"{b.size / 1_000_000:,.1f} MB", b.path.name)
            for b in self.backup_files], keys=list(range(len(self.backup_files))))

    def _keep_changed(self) -> None:
        try:
            with self.database.begin() as s:
                set_backup_keep(s, self.actor, self.keep.value())
        except UserError as e:
            prompts.show_user_error(self, str(e))

    def chosen_backup(self) -> BackupFile | None:
        """The backup chosen in the list."""
        key = self.backups.selected_key()
        return self.backup_files[key] if isinstance(key, int) else None

    def ask_restore(self) -> Op[Path | None] | None:
        """Replace the database with the chosen backup, after asking (administrators only)."""
        chosen = self.chosen_backup()
        if not self.admin or self.database.file is None:
            return None
        if chosen is None:
            prompts.show_user_error(self, translate("SettingsPage", "Choose a backup in the list "
                                                    "first."))
            return None
        when = f"{format_date_be(chosen.made.date())} {chosen.made:%H:%M}"
        if not prompts.confirm(self, translate(
                "SettingsPage", "Replace the database with the backup of {when}?\n\nEverything "
                "entered since then disappears from the database. The database as it is now is "
                "kept in the backups folder first, so this can be undone.").format(when=when)):
            return None
        return self.run_restore(chosen.path)

    def run_restore(self, source: Path) -> Op[Path | None]:
        """Close the database, restore ``source`` over it in the background, then reopen."""
        path, actor = self.database.file, self.actor
        key = database_passphrase(self.database)  # an encrypted file: the key it opened with
        assert path is not None
        cancel_background_jobs()
        wait_for_background_jobs()
        self.database.dispose()

        def job(_progress: Progress) -> Path | None:
            return restore_database(str(path), source, actor=actor, key=key)

        op: Op[Path | None] = Op(self, job, label=translate("SettingsPage", "Restoring…"))
        op.success(self.database_restored.emit)
        op.run_in_background()
        return op

    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsPage", "Encryption"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        path = self.database.file
        if path is None:
            state = translate("SettingsPage", "A PostgreSQL server: its administrator protects "
                              "the data on the server.")
        elif database_is_encrypted(self.database):
            state = translate("SettingsPage", "This database file is encrypted (SQLCipher); "
                              "its automatic backups are encrypted too.")
        else:
            state = translate("SettingsPage", "This database file is not encrypted.")
        self.encryption_state = QLabel(state)
        self.encryption_state.setWordWrap(True)
        form.addRow(translate("SettingsPage", "State"), self.encryption_state)
        what = QLabel(translate(
            "SettingsPage", "Encryption protects the file when a laptop, a disk or a copy of "
            "the file is lost or stolen. It does not protect against someone using the program "
            "while it is open, malicious software on this PC, printed or exported files (PDF, "
            "Excel), or copies made before encryption. A forgotten passphrase cannot be "
            "recovered."))
        what.setWordWrap(True)
        form.addRow(translate("SettingsPage", "What it protects"), what)
        how = QLabel(translate(
            "SettingsPage", "Each user opens the encrypted database with their own password: "
            "the passphrase is kept sealed with each password in the keyring file beside the "
            "database (.keys). So the data is only as safe as the weakest password. The "
            "passphrase itself always opens the database, also without the keyring: a user "
            "whose password does not open it yet gives the passphrase once."))
        how.setWordWrap(True)
        form.addRow(translate("SettingsPage", "How it opens"), how)
        if path is not None and database_is_encrypted(self.database):
            names = keyring_users(path)
            self.keyring_state = QLabel(", ".join(names) if names else translate(
                "SettingsPage", "no one yet (everyone gives the passphrase at the next sign-in)"))
            self.keyring_state.setWordWrap(True)
            form.addRow(translate("SettingsPage", "Opened by the password of"),
                        self.keyring_state)
        self.encrypt_button = QPushButton(translate("SettingsPage", "Encrypt this database…"))
        self.encrypt_button.clicked.connect(self.ask_encrypt)
        self.encrypt_button.setEnabled(self.admin and path is not None
                                       and not database_is_encrypted(self.database))
        if path is not None and not cipher_installed():
            self.encrypt_button.setEnabled(False)
            self.encrypt_button.setToolTip(translate(
                "SettingsPage", "SQLCipher is not installed with this copy of the program."))
        row = QHBoxLayout()
        row.addWidget(self.encrypt_button)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def ask_encrypt(self) -> Op[Path] | None:
        """Ask for a new passphrase (twice) and write an encrypted copy in the background."""
        path = self.database.file
        if path is None or not self.admin:
            return None
        first = prompts.ask_passphrase(self, translate(
            "SettingsPage", "New passphrase for the database (at least 8 characters):"))
        if first is None:
            return None
        again = prompts.ask_passphrase(self, translate("SettingsPage", "The passphrase again:"))
        if again is None:
            return None
        if again != first:
            prompts.show_user_error(self, translate(
                "SettingsPage", "The two passphrases differ; nothing was changed."))
            return None
        try:
            check_passphrase(first)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return None
        target = encrypted_name(path)

        def job(_progress: Progress) -> Path:
            return encrypt_copy(path, target, first)

        op: Op[Path] = Op(self, job, label=translate("SettingsPage", "Encrypting…"))
        op.success(lambda out: self.encrypted_copy_made.emit(out, first))
        op.run_in_background()
        return op

    def open_audit_log(self) -> QWidget | None:
        """The audit log viewer (administrators only)."""
        if not self.admin:
            return None
        from ui.audit_window import AuditLogWindow

        self.audit_window = AuditLogWindow(self.database, self.actor, parent=self)
        self.audit_window.show()
        return self.audit_window

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
                                   actor=self.actor, key=database_passphrase(self.database))

        op: Op[Path] = Op(self, job, label=translate("SettingsPage", "Backing up…"))
        def done(out: Path) -> None:
            self.refresh_backups()
            prompts.show_info(self, translate("SettingsPage", "Backup written to {path}.")
                              .format(path=out))

        op.success(done)
        op.run_in_background()
        return op
