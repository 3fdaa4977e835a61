"""The main window: a sidebar of the areas of work, their pages, and a status bar."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.access import role_label
from core.backup import daily_backup, daily_backup_due
from core.dashboard import Selection
from core.database import Database, open_database
from core.history import Actor
from core.office import office_summary
from core.settings import load_settings, save_settings
from core.stats import quick_counts
from core.thai import format_date_be
from core.users import active_account, full_name_of, idle_minutes
from core.version import app_version
from ui import prompts
from ui.login import IdleWatcher, LockScreen
from ui.operations import Op, Progress, cancel_background_jobs, wait_for_background_jobs
from ui.pages.base import Page
from ui.pages.help_page import HelpPage
from ui.pages.households import HouseholdsPage
from ui.pages.import_page import ImportPage
from ui.pages.overview import OverviewPage
from ui.pages.partners import PartnersPage
from ui.pages.reports import ReportsPage
from ui.pages.settings import SettingsPage
from widgets.screen_fit import fits_small_screens, resize_to_screen

translate = QCoreApplication.translate


def _same_account(database: Database, actor: Actor) -> Actor | None:
    """``actor``'s account in another database (by user name), if it is there and active."""
    with database.read() as s:
        return active_account(s, actor.username)


class MainWindow(QMainWindow):
    """Sidebar → pages; status bar with the database, the user and the counts."""

    def __init__(self, database: Database, *, actor: Actor | None = None) -> None:
        super().__init__()
        self.database = database
        self.actor = actor or database.default_actor()
        with database.read() as s:
            office = office_summary(s)
        title = translate("MainWindow", "KaeJon Desk")
        if office is not None and office.demo_data:
            title += " — " + translate("MainWindow", "DEMO DATA (synthetic, not real people)")
        self.setWindowTitle(title)
        resize_to_screen(self, 1180, 760)

        self.import_page = ImportPage(database, self.actor)
        self.import_page.data_changed.connect(self.refresh_counts)
        self.households_page = HouseholdsPage(database, self.actor)
        self.households_page.data_changed.connect(self.refresh_counts)
        self.overview_page = OverviewPage(database)
        self.overview_page.open_households.connect(self.show_households)
        self.import_page.data_changed.connect(self.overview_page.refresh_if_shown)
        self.households_page.data_changed.connect(self.overview_page.refresh_if_shown)
        self.settings_page = SettingsPage(database, self.actor)
        self.pages: list[Page] = [
            self.overview_page,
            self.households_page,
            self.import_page,
            HelpPage(database, self.actor),
            PartnersPage(database, self.actor),
            ReportsPage(database, self.actor),
            self.settings_page,
        ]
        self.settings_page.database_restored.connect(self.reopen_after_restore)
        self.settings_page.encrypted_copy_made.connect(self.open_encrypted_copy)
        self.successor: MainWindow | None = None
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        for page in self.pages:
            item = QListWidgetItem(page.page_title)
            item.setSizeHint(QSize(200, 46))
            self.sidebar.addItem(item)
            self.stack.addWidget(fits_small_screens(page))
        self.sidebar.currentRowChanged.connect(self.show_page)

        self.office_label = QLabel(office.office_name if office else "")
        self.office_label.setObjectName("OfficeName")
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 8, 0, 0)
        self.office_label.setContentsMargins(24, 0, 24, 0)
        content_layout.addWidget(self.office_label)
        content_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(content, 1)
        self.lock_screen = LockScreen(database, self.actor)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.quit_requested.connect(self.close)
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self._hidden_windows: list[QWidget] = []

        self._build_menus()
        self._build_status_bar()
        self.sidebar.setCurrentRow(0)
        with database.read() as s:
            minutes = idle_minutes(s)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        settings = next(p for p in self.pages if isinstance(p, SettingsPage))
        settings.idle_changed.connect(lambda m: self.idle.set_timeout_ms(m * 60_000))

    @property
    def locked(self) -> bool:
        """Whether the lock screen is showing."""
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide the data (this window's and the editors') until the password is typed again."""
        if self.locked:
            return
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible() and w.isWindow()
                                and not isinstance(w, QMenu)]
        for w in self._hidden_windows:
            w.hide()
        self.screens.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        """Back to work after the right password."""
        self.screens.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        backup = QAction(translate("MainWindow", "Back up the database…"), self)
        backup.triggered.connect(self._backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(translate("MainWindow", "&Go"))
        for i, page in enumerate(self.pages):
            action = QAction(page.page_title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            go_menu.addAction(action)
            self.addAction(action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "About KaeJon Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_status = QLabel(self.database.label)
        with self.database.read() as s:
            full_name = full_name_of(s, self.actor)
        self.user_status = QLabel(translate("MainWindow", "User: {full_name} ({name}, {role})")
                                  .format(full_name=full_name, name=self.actor.username,
                                          role=role_label(self.actor.role)))
        self.count_status = QLabel("")
        self.date_status = QLabel(format_date_be(dt.date.today()))
        bar.addWidget(self.database_status, 1)
        for label in (self.user_status, self.count_status, self.date_status):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar.addPermanentWidget(label)

    def show_page(self, row: int) -> None:
        """Switch to a page and refresh it."""
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].refresh()
        self.refresh_counts()

    def show_households(self, selection: Selection) -> None:
        """The household list narrowed to an overview figure's households."""
        row = self.pages.index(self.households_page)
        self.households_page.show_selection(selection, apply=self.sidebar.currentRow() == row)
        self.sidebar.setCurrentRow(row)

    def current_page(self) -> Page:
        """The page on screen."""
        return self.pages[self.stack.currentIndex()]

    def refresh_counts(self) -> None:
        """Households and members in the status bar."""
        with self.database.read() as s:
            counts = quick_counts(s)
        self.count_status.setText(translate(
            "MainWindow", "{households} households · {members} members").format(
                households=f"{counts['households']:,}", members=f"{counts['members']:,}"))

    def _backup(self) -> None:
        settings_row = next(i for i, p in enumerate(self.pages) if isinstance(p, SettingsPage))
        self.sidebar.setCurrentRow(settings_row)
        page = self.pages[settings_row]
        assert isinstance(page, SettingsPage)
        page.backup_button.click()

    def start_daily_backup(self) -> Op[Path | None] | None:
        """Today's first opening of an SQLite database copies it, in the background."""
        path = self.database.file
        if not daily_backup_due(path):
            return None
        database, actor = self.database, self.actor
        started = time.perf_counter()

        def job(_progress: Progress) -> Path | None:
            return daily_backup(database, actor)

        def done(out: Path | None) -> None:
            self.daily_backup_seconds = time.perf_counter() - started
            if out is not None:
                self.statusBar().showMessage(translate(
                    "MainWindow", "Today's backup is saved: {name}").format(name=out.name), 8000)
                self.settings_page.refresh_backups()

        def failed(error: BaseException) -> None:
            # A backup that could not be made must not stop the day's work: say so quietly.
            self.statusBar().showMessage(translate(
                "MainWindow", "Today's backup could not be made: {error}").format(error=error))

        op: Op[Path | None] = Op(self, job)  # no progress dialog: work goes on meanwhile
        op.success(done).failure(failed).run_in_background()
        return op

    def _replace_with(self, database: Database, message: str) -> MainWindow | None:
        """Go on in a new window on ``database`` (on the settings page, where the user was).

        The user goes on as the same account of that database (a restored copy has its own
        users table); when it has no such active account, they sign in again.
        """
        actor = _same_account(database, self.actor)
        if actor is None:
            from ui.app import signed_in_actor  # (the start-up module imports this one)

            actor = signed_in_actor(database)
            if actor is None:
                database.dispose()
                self.close()
                return None
        window = MainWindow(database, actor=actor)
        window.setGeometry(self.geometry())
        window.sidebar.setCurrentRow(window.pages.index(window.settings_page))
        window.show()
        self.successor = window
        prompts.show_info(window, message)
        self.close()
        return window

    def reopen_after_restore(self, kept: Path | None) -> MainWindow | None:
        """Open the restored database in a new window in place of this one."""
        message = translate("MainWindow", "The backup was restored.")
        if kept is not None:
            message += "\n" + translate("MainWindow", "The replaced database was kept as {path}.") \
                .format(path=kept)
        return self._replace_with(open_database(self.database.url), message)

    def open_encrypted_copy(self, path: Path, passphrase: str) -> MainWindow | None:
        """Offer to work in the encrypted copy from now on (the plain file stays until the
        user deletes it)."""
        old = self.database.file
        if not prompts.confirm(self, translate(
                "MainWindow", "The encrypted copy is ready: {path}\n\nOpen it now, and from now "
                "on? The unencrypted file {old} stays where it is: delete it, and its backups, "
                "once you have checked the encrypted copy.").format(path=path, old=old)):
            return None
        database = open_database(path, key=passphrase)
        settings = load_settings()
        settings.last_database = database.label
        save_settings(settings)
        return self._replace_with(database, translate(
            "MainWindow", "The encrypted database is open. From the next start each user signs "
            "in with their own name and password; the first time, they give the passphrase "
            "as well. Keep the passphrase in a safe place."))

    def _about(self) -> None:
        prompts.show_info(self, translate(
            "MainWindow",
            "KaeJon Desk {version}\nHousehold poverty case work for district offices.\n"
            "Font: Sarabun (SIL Open Font License). Area codes: thailand-geography-json (MIT)."
        ).format(version=app_version()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background jobs (they roll back) before the database goes away."""
        self.idle.stop()
        cancel_background_jobs()
        wait_for_background_jobs()
        super().closeEvent(event)
