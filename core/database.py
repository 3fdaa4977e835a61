"""Opening an office database: refuse what is not ours, migrate after a backup, load reference data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from core.errors import UserError, user_errors
from core.history import SYSTEM_USERNAME, Actor, actor_for, actor_of, system_actor
from core.i18n import translate
from core.reference import ensure_reference_data
from db import migrate
from db.engine import (
    cipher_available,
    database_key,
    default_database_path,
    display_url,
    file_is_encrypted,
    make_engine,
    make_session_factory,
    resolve_url,
    sqlite_path,
    with_key,
)

__all__ = ["Database", "PassphraseNeeded", "WrongPassphrase", "default_database_path", "keyed_url",
           "locate", "open_database"]
from db.models import OfficeProfile, User


@dataclass
class Database:
    """An open, migrated office database."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]
    upgrade_backup: Path | None = field(default=None)
    # Who signed in while making this database (first run): the window opens for them.
    just_signed_in: Actor | None = field(default=None)

    @property
    def file(self) -> Path | None:
        """The SQLite file (None for a server database)."""
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        """File path or password-less URL, for people."""
        return display_url(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One writing transaction for one user action; low-level errors become UserError."""
        with user_errors(self.label), self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction (does not take SQLite's write lock)."""
        with user_errors(self.label), self.readers.begin() as session:
            yield session

    def system_actor(self) -> Actor:
        """The built-in account (command line, automatic jobs)."""
        with self.read() as s:
            return system_actor(s)

    def actor(self, username: str) -> Actor:
        """The actor for a user name."""
        with self.read() as s:
            return actor_for(s, username)

    def default_actor(self) -> Actor:
        """Who acts in the window until login exists: the first administrator, else the system."""
        with self.read() as s:
            admin = s.scalars(select(User).where(User.role == "admin", User.is_system.is_(False),
                                                 User.active.is_(True)).order_by(User.id)).first()
            return actor_of(s, admin) if admin else system_actor(s)

    def office(self) -> OfficeProfile | None:
        """The office profile, or None before the first-run set-up."""
        with self.read() as s:
            return s.scalars(select(OfficeProfile)).first()

    def dispose(self) -> None:
        """Close every pooled connection (needed before replacing the file)."""
        self.engine.dispose()


def database_is_encrypted(database: Database) -> bool:
    """Whether the database is an SQLCipher file."""
    return database_key(database.url) is not None


def cipher_installed() -> bool:
    """Whether this copy of the program can encrypt databases (SQLCipher is installed)."""
    return cipher_available()


def locate(db: str | os.PathLike[str] | None) -> tuple[URL, Path | None]:
    """The URL for a --db value (a file path, a URL, or None for the default file) and its
    SQLite file, if it is one."""
    with user_errors(str(db) if db is not None else ""):
        url = resolve_url(db)
    return url, sqlite_path(url)


def database_file(url: URL) -> Path | None:
    """The SQLite file behind a URL (None for a server)."""
    return sqlite_path(url)


def is_encrypted_file(path: Path) -> bool:
    """Whether the file is an SQLCipher database (it opens only with its passphrase)."""
    return file_is_encrypted(path)


def database_passphrase(database: Database) -> str | None:
    """The passphrase the database was opened with (None: not encrypted)."""
    return database_key(database.url)


PASSPHRASE_ENV = "KAEJON_DB_PASSPHRASE"


class PassphraseNeeded(UserError):
    """The SQLite file is encrypted and no passphrase was given (the window asks for one)."""


class WrongPassphrase(PassphraseNeeded):
    """The passphrase given does not open the encrypted file."""


def keyed_url(url: URL, path: Path | None, key: str | None) -> URL:
    """The URL with the passphrase for an encrypted file, or a clear message without one."""
    key = key or database_key(url)
    encrypted = path is not None and file_is_encrypted(path)
    if key is None and encrypted:
        key = os.environ.get(PASSPHRASE_ENV) or None
        if key is None:
            raise PassphraseNeeded(translate(
                "errors", "The database {path} is encrypted. Sign in with your user name and "
                "password, or give its passphrase (on the command line: --user NAME with "
                "KAEJON_PASSWORD, or the environment variable KAEJON_DB_PASSPHRASE).").format(
                    path=path))
    if key is None:
        return url
    if not cipher_available():
        raise UserError(translate(
            "errors", "Encrypted databases need SQLCipher, which is not installed with this "
            "copy of KaeJon Desk (pip install \"kaejon-desk[encryption]\")."))
    return with_key(url, key)


def open_database(
    db: str | os.PathLike[str] | URL | None, *, create: bool = False, key: str | None = None
) -> Database:
    """Open (or with ``create`` make) a database, upgrade its schema and load reference data.

    An SQLite file encrypted with SQLCipher opens with ``key`` (or ``KAEJON_DB_PASSPHRASE``);
    a new file created with ``key`` is encrypted.
    """
    with user_errors(str(db) if db is not None else ""):
        url = db if isinstance(db, URL) else resolve_url(db)
    label = display_url(url)
    path = sqlite_path(url)
    url = keyed_url(url, path, key)
    if path is not None and not path.exists() and not create:
        raise UserError(
            translate(
                "errors",
                "The database file {path} does not exist. Create it with the init or demo "
                "command, or choose another file.",
            ).format(path=path)
        )
    if path is not None and path.exists() and path.is_dir():
        raise UserError(
            translate("errors", "{path} is a folder, not a database file.").format(path=path)
        )
    with user_errors(label), _wrong_passphrase(url, label):
        engine = make_engine(url)
        try:
            backup = migrate.upgrade(engine)
            database = Database(url, engine, make_session_factory(engine),
                                make_session_factory(engine, write=False), backup)
            with database.begin() as session:
                _ensure_system_user(session)
                ensure_reference_data(session, system_actor(session))
        except BaseException:
            engine.dispose()
            raise
    if backup is not None:
        from core.backup import note_upgrade_backup  # core.backup builds on this module

        with user_errors(label):
            note_upgrade_backup(database)
    return database


@contextmanager
def _wrong_passphrase(url: URL, label: str) -> Iterator[None]:
    """SQLCipher says "file is not a database" when the key is wrong: say that plainly."""
    try:
        yield
    except Exception as e:
        if database_key(url) is not None and "not a database" in str(e).lower():
            raise WrongPassphrase(translate(
                "errors", "The passphrase does not open the database {path}. Check it (capital "
                "letters, Thai or English keyboard) and try again.").format(path=label)) from e
        raise


def _ensure_system_user(session: Session) -> None:
    if session.scalar(select(User.id).where(User.username == SYSTEM_USERNAME)) is None:
        session.add(User(username=SYSTEM_USERNAME, full_name="ระบบ (System)", role="admin",
                         is_system=True))
        session.flush()

