"""Signing in: the login dialog, the first administrator, changing a password, the idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.database import Database, WrongPassphrase
from core.errors import UserError
from core.history import Actor, system_actor
from core.users import KeyNotOpened, add_user, change_password, open_signed_in, sign_in, unlock

translate = QCoreApplication.translate


def password_edit() -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label() -> QLabel:
    """The red line under a form that says what went wrong (no message box)."""
    label = QLabel()
    label.setObjectName("FormError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    """Put ``message`` in an :func:`error_label`."""
    label.setText(message)
    label.show()


def new_password_problem(first: str, second: str) -> str | None:
    """Why two typed new passwords cannot be used (None: they can)."""
    if first != second:
        return translate("Login", "The two passwords differ.")
    return None


class LoginDialog(QDialog):
    """User name and password; on success :attr:`actor` is who signed in."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(translate("Login", "Sign in to KaeJon Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        office = database.office()
        heading = QLabel(office.office_name if office else database.label)
        heading.setWordWrap(True)
        heading.setObjectName("NoticeTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = password_edit()
        form.addRow(translate("Login", "User name"), self.username)
        form.addRow(translate("Login", "Password"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(translate("Login", "Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Login", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_sign_in(self) -> None:
        """Check the name and password; stay open with a message when they are wrong."""
        try:
            self.actor = sign_in(self.database, self.username.text(), self.password.text())
        except UserError as e:
            self.password.clear()
            self.password.setFocus()
            show_error(self.error, str(e))
            return
        self.accept()


class EncryptedLoginDialog(QDialog):
    """Sign in to an encrypted database file: the user's own password opens it (the keyring
    holds the passphrase sealed with it). Someone whose password does not open it yet gives
    the database passphrase once as well. On success :attr:`database` is open and signed in.
    """

    def __init__(self, url: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.path = url, path
        self.database: Database | None = None
        self.setWindowTitle(translate("Login", "Sign in to KaeJon Desk"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(path.name)
        heading.setObjectName("NoticeTitle")
        layout.addWidget(heading)
        # Short lines, not word-wrapped: Qt would break Thai inside words.
        layout.addWidget(QLabel(translate("Login", "This database is encrypted.")))
        layout.addWidget(QLabel(translate("Login", "Your user name and password open it.")))
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = password_edit()
        self.passphrase = password_edit()
        self.passphrase.setPlaceholderText(translate("Login", "only the first time"))
        form.addRow(translate("Login", "User name"), self.username)
        form.addRow(translate("Login", "Password"), self.password)
        form.addRow(translate("Login", "Database passphrase"), self.passphrase)
        self.form = form
        layout.addLayout(form)
        form.setRowVisible(self.passphrase, False)
        self.passphrase_shown = False
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(translate("Login", "Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.passphrase_button = buttons.addButton(translate("Login", "Database passphrase…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.passphrase_button.setToolTip(translate(
            "Login", "The first time you open this encrypted database, or after its passphrase "
            "changed: give the passphrase once, then your password opens it."))
        self.passphrase_button.clicked.connect(self.show_passphrase)
        buttons.addButton(translate("Login", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def show_passphrase(self) -> None:
        """Show the passphrase field (for a first sign-in to this file)."""
        self.form.setRowVisible(self.passphrase, True)
        self.passphrase_shown = True
        self.passphrase_button.hide()
        self.passphrase.setFocus()
        self.adjustSize()  # room for the new row

    def try_sign_in(self) -> None:
        """Open the file with the password (or the passphrase given) and sign in; stay open
        with a message when that fails."""
        passphrase = self.passphrase.text() if self.passphrase_shown else ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ~0.5 s of key stretching
        try:
            self.database = open_signed_in(self.url, self.username.text(), self.password.text(),
                                           passphrase=passphrase or None)
        except KeyNotOpened as e:
            self.show_passphrase()  # offered; a mistyped password is the likelier cause
            self._refused(str(e))
            return
        except WrongPassphrase as e:
            message = str(e)
            if not passphrase:  # the key saved for this password is not this file's
                message = translate(
                    "Login", "The key saved with your password no longer opens this database "
                    "(its keyring belongs to another copy). Give the database passphrase once.")
            self.show_passphrase()
            show_error(self.error, message)
            self.adjustSize()
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        except UserError as e:
            self._refused(str(e))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def _refused(self, message: str) -> None:
        self.password.clear()
        self.password.setFocus()
        show_error(self.error, message)
        self.adjustSize()


class FirstAdminDialog(QDialog):
    """No one can sign in yet: make the first administrator (name and password)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(translate("Login", "The first administrator"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Login", "No one can sign in to this database yet. Make the administrator's "
            "account: the administrator adds the other staff and gives them their roles."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = AdminFields(form)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(translate("Login", "Create and sign in"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Login", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create_admin(self) -> None:
        """Add the administrator and sign them in."""
        problem = self.fields.problem()
        if problem is not None:
            show_error(self.error, problem)
            return
        try:
            with self.database.begin() as s:
                add_user(s, system_actor(s), username=self.fields.username.text(),
                         full_name=self.fields.full_name.text(), role="admin",
                         password=self.fields.password.text())
            self.actor = sign_in(self.database, self.fields.username.text(),
                                 self.fields.password.text())
        except UserError as e:
            show_error(self.error, str(e))
            return
        self.accept()


class AdminFields:
    """User name, full name and a new password typed twice (first run, first administrator)."""

    def __init__(self, form: QFormLayout) -> None:
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(translate("Login", "e.g. นางสาวมาลี ศรีสุข"))
        self.password = password_edit()
        self.password_again = password_edit()
        form.addRow(translate("Login", "Administrator's user name"), self.username)
        form.addRow(translate("Login", "Administrator's name"), self.full_name)
        form.addRow(translate("Login", "Password (8 characters or more)"), self.password)
        form.addRow(translate("Login", "Password again"), self.password_again)

    def problem(self) -> str | None:
        """Why the account cannot be made as typed (None: it can)."""
        if not self.username.text().strip():
            return translate("Login", "Give the administrator's user name.")
        return new_password_problem(self.password.text(), self.password_again.text())


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(translate("Login", "Change my password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = password_edit()
        self.new = password_edit()
        self.again = password_edit()
        form.addRow(translate("Login", "Current password"), self.old)
        form.addRow(translate("Login", "New password"), self.new)
        form.addRow(translate("Login", "New password again"), self.again)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def change(self) -> None:
        """Check the old password and store the new one."""
        problem = new_password_problem(self.new.text(), self.again.text())
        if problem is not None:
            show_error(self.error, problem)
            return
        try:
            with self.database.begin() as s:
                change_password(s, self.actor, self.old.text(), self.new.text())
        except UserError as e:
            show_error(self.error, str(e))
            return
        self.accept()


class LockScreen(QWidget):
    """What the window shows while locked: who is signed in and their password to go on."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        title = QLabel(translate("Login", "The program is locked"))
        title.setObjectName("NoticeTitle")
        layout.addWidget(title)
        # Two short lines, not word-wrapped: Qt would break Thai inside words.
        layout.addWidget(QLabel(translate(
            "Login", "It locked itself after a while without use, so no one else sees the "
            "households' data.")))
        layout.addWidget(QLabel(translate("Login", "{name}: type your password to go on.")
                                .format(name=actor.username)))
        self.password = password_edit()
        self.password.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password)
        self.error = error_label()
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(translate("Login", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton(translate("Login", "Quit the program"))
        quit_button.clicked.connect(self.quit_requested.emit)
        layout.addWidget(self.unlock_button)
        layout.addWidget(quit_button)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def try_unlock(self) -> None:
        """The signed-in user's password unlocks; anything else is refused (and logged)."""
        try:
            unlock(self.database, self.actor, self.password.text())
        except UserError as e:
            show_error(self.error, str(e))
            self.password.clear()
            return
        self.password.clear()
        self.error.hide()
        self.unlocked.emit()


_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits :attr:`idle` after the given time without keyboard or mouse input in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds without input (0: never)."""
        self.timeout_ms = ms
        if ms > 0:
            self.timer.start(ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input starts the count again."""
        if event.type() in _INPUT and self.timeout_ms > 0:
            self.timer.start(self.timeout_ms)
        return False

    def stop(self) -> None:
        """No more locking (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
