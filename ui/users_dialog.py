"""The administrator's user list: add staff, give roles and subdistricts, reset, disable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.access import OFFICER, ROLES, role_label
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.users import (
    UserRow,
    add_user,
    district_subdistricts,
    list_users,
    reset_password,
    update_user,
)
from ui import prompts
from ui.login import error_label, new_password_problem, password_edit, show_error
from widgets.read_only_table import ReadOnlyTable

translate = QCoreApplication.translate


def _district_subdistricts(database: Database) -> list[tuple[str, str]]:
    with database.read() as s:
        return district_subdistricts(s)


class UserForm(QDialog):
    """Add a user (with a password) or change one's name, role and subdistricts."""

    def __init__(self, database: Database, actor: Actor, user: UserRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.user = database, actor, user
        self.setWindowTitle(translate("UsersDialog", "Add a user") if user is None
                            else translate("UsersDialog", "Change {name}").format(name=user.username))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.position = QLineEdit(user.position or "" if user else "")
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role if user else OFFICER)))
        self.subdistricts = QListWidget()
        self.subdistricts.setMaximumHeight(180)
        chosen = set(user.subdistricts) if user else set()
        for code, name in _district_subdistricts(database):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
            self.subdistricts.addItem(item)
        form.addRow(translate("UsersDialog", "User name"), self.username)
        form.addRow(translate("UsersDialog", "Name and surname"), self.full_name)
        form.addRow(translate("UsersDialog", "Position"), self.position)
        form.addRow(translate("UsersDialog", "Role"), self.role)
        form.addRow(translate("UsersDialog", "Subdistricts the officer edits"), self.subdistricts)
        self.password = password_edit()
        self.password_again = password_edit()
        if user is None:
            form.addRow(translate("UsersDialog", "Password (8 characters or more)"), self.password)
            form.addRow(translate("UsersDialog", "Password again"), self.password_again)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.subdistricts.setEnabled(self.role.currentData() == OFFICER)

    def chosen_subdistricts(self) -> list[str]:
        """The ticked subdistricts."""
        return [item.data(Qt.ItemDataRole.UserRole)
                for item in (self.subdistricts.item(i) for i in range(self.subdistricts.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        """Add or change the user; stay open with the reason when it cannot be done."""
        try:
            with self.database.begin() as s:
                if self.user is None:
                    problem = new_password_problem(self.password.text(),
                                                   self.password_again.text())
                    if problem is not None:
                        raise UserError(problem)
                    add_user(s, self.actor, username=self.username.text(),
                             full_name=self.full_name.text(), role=self.role.currentData(),
                             password=self.password.text(),
                             subdistricts=self.chosen_subdistricts(),
                             position=self.position.text().strip() or None)
                else:
                    update_user(s, self.actor, self.user.username, role=self.role.currentData(),
                                full_name=self.full_name.text(), position=self.position.text(),
                                subdistricts=self.chosen_subdistricts())
        except UserError as e:
            show_error(self.error, str(e))
            return
        self.accept()


class PasswordResetForm(QDialog):
    """An administrator gives a user a new password (for a forgotten one)."""

    def __init__(self, database: Database, actor: Actor, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.username = database, actor, username
        self.setWindowTitle(translate("UsersDialog", "New password for {name}").format(
            name=username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = password_edit()
        self.password_again = password_edit()
        form.addRow(translate("UsersDialog", "New password"), self.password)
        form.addRow(translate("UsersDialog", "Password again"), self.password_again)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Store the new password."""
        problem = new_password_problem(self.password.text(), self.password_again.text())
        try:
            if problem is not None:
                raise UserError(problem)
            with self.database.begin() as s:
                reset_password(s, self.actor, self.username, self.password.text())
        except UserError as e:
            show_error(self.error, str(e))
            return
        self.accept()


class UsersDialog(QDialog):
    """Every account with its role and subdistricts, and what an administrator does to them."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(translate("UsersDialog", "Users"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.table = ReadOnlyTable((translate("UsersDialog", "User name"),
                                    translate("UsersDialog", "Name"),
                                    translate("UsersDialog", "Role"),
                                    translate("UsersDialog", "Subdistricts"),
                                    translate("UsersDialog", "Can sign in")))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("UsersDialog", "Add a user…"))
        self.edit_button = QPushButton(translate("UsersDialog", "Role and subdistricts…"))
        self.reset_button = QPushButton(translate("UsersDialog", "Reset password…"))
        self.disable_button = QPushButton(translate("UsersDialog", "Disable"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.reset_button.clicked.connect(self.reset)
        self.disable_button.clicked.connect(self.toggle_active)
        for b in (self.add_button, self.edit_button, self.reset_button, self.disable_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QPushButton(translate("UsersDialog", "Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Read the accounts again."""
        names = dict(_district_subdistricts(self.database))
        with self.database.read() as s:
            self.rows = list_users(s)
        self.table.fill([(r.username, r.full_name, role_label(r.role),
                          ", ".join(names.get(c, c) for c in r.subdistricts)
                          if r.role == OFFICER else "–",
                          translate("UsersDialog", "yes") if r.active
                          else translate("UsersDialog", "no (disabled)")) for r in self.rows],
                        keys=[r.id for r in self.rows])
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> UserRow | None:
        """The account chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        """Choose an account by its user name."""
        for i, r in enumerate(self.rows):
            if r.username == username:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.reset_button, self.disable_button):
            b.setEnabled(user is not None)
        if user is not None:
            self.disable_button.setText(translate("UsersDialog", "Disable") if user.active
                                        else translate("UsersDialog", "Enable"))

    def add(self) -> None:
        """A new account."""
        if prompts.run_dialog(UserForm(self.database, self.actor, None, self)):
            self.refresh()

    def edit(self) -> None:
        """Change the chosen account's role, names and subdistricts."""
        user = self.selected()
        if user is not None and prompts.run_dialog(UserForm(self.database, self.actor, user, self)):
            self.refresh()
            self.select(user.username)

    def reset(self) -> None:
        """Give the chosen account a new password."""
        user = self.selected()
        if user is not None and prompts.run_dialog(
                PasswordResetForm(self.database, self.actor, user.username, self)):
            prompts.show_info(self, translate("UsersDialog", "The password of {name} was "
                                              "changed.").format(name=user.username))

    def toggle_active(self) -> None:
        """Disable the chosen account (its history stays) or enable it again."""
        user = self.selected()
        if user is None:
            return
        if user.active and not prompts.confirm(self, translate(
                "UsersDialog", "Disable {name}? They can no longer sign in; what they did stays "
                "in the history under their name.").format(name=user.username)):
            return
        try:
            with self.database.begin() as s:
                update_user(s, self.actor, user.username, active=not user.active)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.refresh()
        self.select(user.username)
