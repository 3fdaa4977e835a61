"""Start the GUI: application, fonts, language, crash handling, first run, main window."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core.database import (
    PASSPHRASE_ENV,
    Database,
    PassphraseNeeded,
    database_file,
    default_database_path,
    locate,
    open_database,
)
from core.demo import generate_demo
from core.errors import UserError
from core.history import Actor, system_actor
from core.keyring import opens_with_sign_in
from core.office import create_office
from core.resources import resource_path
from core.settings import load_settings, save_settings
from core.users import has_users, open_signed_in, sign_in
from ui import prompts
from ui.crash import crash_details
from ui.first_run import FirstRunDialog, FirstRunResult
from ui.login import EncryptedLoginDialog, FirstAdminDialog, LoginDialog
from ui.main_window import MainWindow
from ui.theme import apply_theme
from ui.translation import install_translators

translate = QCoreApplication.translate
STARTUP_MARK = "KAEJON-MAIN-WINDOW-SHOWN"


def make_application(argv: list[str], language: str) -> QApplication:
    """The QApplication with the app's names, fonts, style and translations."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("KaeJon Desk")
    app.setOrganizationName("KaeJon")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kaejon.png"))))
    install_translators(app, language)
    apply_theme(app)
    return app


def install_crash_handler() -> None:
    """Unexpected exceptions open the crash dialog (with details to copy) instead of vanishing."""
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = crash_details(exc_type, exc, tb)
        print(details, file=sys.stderr)
        if isinstance(exc, UserError):
            prompts.show_user_error(QApplication.activeWindow(), str(exc))
        else:
            prompts.show_crash(QApplication.activeWindow(), details)

    sys.excepthook = hook


def ask_first_run(default_path: Path) -> FirstRunResult | None:
    """Show the first-run dialog (tests replace this function)."""
    dialog = FirstRunDialog(default_path)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


def set_up_office(choice: FirstRunResult) -> Database:
    """Create (or open) the database the user chose in the first-run dialog."""
    if choice.passphrase is not None and choice.database.exists():
        raise UserError(translate("App", "{path} exists already: only a new database file can "
                                  "be encrypted here. Choose another file name.").format(
                                      path=choice.database))
    database = open_database(choice.database, create=choice.setup is not None,
                             key=choice.passphrase)
    if choice.setup is not None and database.office() is None:
        with database.begin() as s:
            create_office(s, system_actor(s), choice.setup)
        if choice.setup.admin_password is not None:  # who just made it works in it first
            database.just_signed_in = sign_in(database, choice.setup.admin_username,
                                              choice.setup.admin_password)
    return database


def ask_sign_in(database: Database) -> Actor | None:
    """The login dialog (tests replace this function); None when the user quits."""
    dialog = LoginDialog(database)
    return dialog.actor if dialog.exec() == LoginDialog.DialogCode.Accepted else None


def ask_first_admin(database: Database) -> Actor | None:
    """No one can sign in yet: make the administrator (tests replace this function)."""
    dialog = FirstAdminDialog(database)
    return dialog.actor if dialog.exec() == FirstAdminDialog.DialogCode.Accepted else None


def signed_in_actor(database: Database, *, scripted: bool = False) -> Actor | None:
    """Who works in the window: the first-run administrator just made, else whoever signs in.

    ``scripted`` (the smoke test, the start-up bench) never shows a dialog: it signs in with
    KAEJON_USER and KAEJON_PASSWORD, or, on a database no one can sign in to, as the system.
    """
    if database.just_signed_in is not None:  # the login that opened an encrypted file
        return database.just_signed_in
    with database.read() as s:
        anyone = has_users(s)
    if scripted:
        name = os.environ.get("KAEJON_USER")
        if name:
            return sign_in(database, name, os.environ.get("KAEJON_PASSWORD", ""), via="script")
        if anyone:
            raise UserError(translate("Login", "Give KAEJON_USER and KAEJON_PASSWORD to open "
                                      "this database without the login dialog."))
        return database.default_actor()
    if database.just_signed_in is not None:
        return database.just_signed_in
    return ask_sign_in(database) if anyone else ask_first_admin(database)


def open_or_first_run(db_arg: str | None, *, scripted: bool = False) -> Database | None:
    """Open the chosen or last database; run the first-run dialog when there is none yet.

    Only a database chosen in the window (first run) becomes the one opened next time;
    ``--db`` opens a file for this run only.
    """
    target = db_arg or load_settings().last_database or str(default_database_path())
    try:
        url, path = locate(target)
    except UserError as e:
        prompts.show_user_error(None, str(e))
        return None
    database: Database | None = None
    if path is None or path.exists():
        try:
            database = open_existing(url, scripted=scripted)
            if database is None:  # the passphrase was not given
                return None
        except UserError as e:
            prompts.show_user_error(None, str(e))
            if path is None:
                return None
    chosen = False
    while database is None or database.office() is None:
        choice = ask_first_run(path or default_database_path())
        if choice is None:
            return None
        try:
            database = set_up_office(choice)
        except UserError as e:
            prompts.show_user_error(None, str(e))
            database = None
            continue
        chosen = True
        if choice.add_demo:
            add_demo_households(database)
    if chosen:
        settings = load_settings()
        settings.last_database = database.label
        save_settings(settings)
    return database


def ask_encrypted_sign_in(url: Any, path: Path) -> Database | None:
    """The login dialog of an encrypted file (tests replace this function): the database,
    open and signed in, or None when the user quits."""
    dialog = EncryptedLoginDialog(url, path)
    return dialog.database if dialog.exec() == EncryptedLoginDialog.DialogCode.Accepted else None


def open_existing(url: Any, *, scripted: bool = False) -> Database | None:
    """Open a database (None when the user gives up).

    An encrypted file with a keyring opens with a user's own name and password (the login
    dialog comes first); without one (no one has signed in to it with a password yet), or
    with KAEJON_DB_PASSPHRASE set, it asks for the passphrase until it opens. ``scripted``
    signs in with KAEJON_USER and KAEJON_PASSWORD instead of a dialog.
    """
    path = database_file(url)
    if path is not None and not os.environ.get(PASSPHRASE_ENV) and opens_with_sign_in(path):
        name = os.environ.get("KAEJON_USER")
        if scripted and name:
            return open_signed_in(url, name, os.environ.get("KAEJON_PASSWORD", ""), via="script")
        return ask_encrypted_sign_in(url, path)
    key: str | None = None
    while True:
        try:
            return open_database(url, key=key)
        except PassphraseNeeded as e:
            if key is not None:  # a wrong passphrase: say so, then ask again
                prompts.show_user_error(None, str(e))
            key = prompts.ask_passphrase(None, translate(
                "App", "This database is encrypted. Enter its passphrase:"))
            if key is None:
                return None


def add_demo_households(database: Database, households: int = 2000) -> None:
    """Add the synthetic demo households chosen in the first-run dialog (under a second for
    2,000, so before the window opens: it then shows them at once)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        generate_demo(database, households=households, seed=7, as_of=dt.date.today())
    except UserError as e:
        prompts.show_user_error(None, str(e))
    finally:
        QApplication.restoreOverrideCursor()


def run_gui(args: argparse.Namespace) -> int:
    """Open the window; returns the exit status."""
    started = time.perf_counter()
    language = args.lang or load_settings().language
    app = make_application(sys.argv[:1], language)
    install_crash_handler()
    scripted = bool(getattr(args, "smoke_test", False) or os.environ.get("KAEJON_EXIT_AFTER_SHOW"))
    database = open_or_first_run(args.db, scripted=scripted)
    if database is None:
        return 0
    try:
        actor = signed_in_actor(database, scripted=scripted)
    except UserError as e:
        prompts.show_user_error(None, str(e))
        actor = None
    if actor is None:
        database.dispose()
        return 0
    window = MainWindow(database, actor=actor)
    window.show()
    window.start_daily_backup()
    if getattr(args, "smoke_test", False):
        from ui.smoke import schedule_smoke_test

        schedule_smoke_test(app, window, screenshots=args.screenshots, started=started)
    elif os.environ.get("KAEJON_EXIT_AFTER_SHOW"):
        def report() -> None:
            print(f"{STARTUP_MARK} {time.perf_counter() - started:.3f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    status = app.exec()
    while window.successor is not None:  # a restore reopened the database in a new window
        window = window.successor
    window.database.dispose()
    database.dispose()
    return status
