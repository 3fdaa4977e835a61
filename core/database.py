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
from core.history import SYSTEM_USERNAME, Actor
from core.i18n import translate
from core.reference import ensure_reference_data
from db import migrate
from db.engine import display_url, make_engine, make_session_factory, resolve_url, sqlite_path
from db.models import OfficeProfile, User


@dataclass
class Database:
    """An open, migrated office database."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade_backup: Path | None = field(default=None)

    @property
    def label(self) -> str:
        """File path or password-less URL, for people."""
        return display_url(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction for one user action; low-level errors become UserError."""
        with user_errors(self.label), self.sessions.begin() as session:
            yield session

    def system_actor(self) -> Actor:
        """The built-in account (command line, automatic jobs)."""
        with self.begin() as s:
            user = s.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one()
            return Actor(user.id, user.username)

    def office(self) -> OfficeProfile | None:
        """The office profile, or None before the first-run set-up."""
        with self.begin() as s:
            return s.scalars(select(OfficeProfile)).first()

    def dispose(self) -> None:
        """Close every pooled connection (needed before replacing the file)."""
        self.engine.dispose()


def open_database(
    db: str | os.PathLike[str] | URL | None, *, create: bool = False
) -> Database:
    """Open (or with ``create`` make) a database, upgrade its schema and load reference data."""
    url = db if isinstance(db, URL) else resolve_url(db)
    label = display_url(url)
    path = sqlite_path(url)
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
    with user_errors(label):
        engine = make_engine(url)
        try:
            backup = migrate.upgrade(engine)
            database = Database(url, engine, make_session_factory(engine), backup)
            with database.begin() as session:
                _ensure_system_user(session)
                actor = _system(session)
                ensure_reference_data(session, actor)
        except BaseException:
            engine.dispose()
            raise
    return database


def _ensure_system_user(session: Session) -> None:
    if session.scalar(select(User.id).where(User.username == SYSTEM_USERNAME)) is None:
        session.add(User(username=SYSTEM_USERNAME, full_name="ระบบ (System)", role="admin",
                         is_system=True))
        session.flush()


def _system(session: Session) -> Actor:
    user = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one()
    return Actor(user.id, user.username)
