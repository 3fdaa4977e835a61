"""User errors (a clear message, the app goes on) versus bugs, and translation at the boundary."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc

from core.i18n import translate
from db.engine import BadDatabaseUrlError
from db.migrate import NewerDatabaseError, NotAnAppDatabaseError


class UserError(Exception):
    """Something the user can fix; ``str()`` is a translated, complete sentence."""


class Cancelled(Exception):
    """The user cancelled a long job; it rolled back and nothing was written."""


ProgressFn = Callable[[int, int], bool | None]
"""Called by long jobs with (done, total); returning False cancels the job."""


class ConflictError(UserError):
    """Someone else saved the same record first (optimistic locking)."""


@contextmanager
def user_errors(target: str = "") -> Iterator[None]:
    """Turn low-level database and file errors into :class:`UserError` with a Thai message."""
    try:
        yield
    except UserError:
        raise
    except NewerDatabaseError as e:
        raise UserError(
            translate(
                "errors",
                "The database {target} was made by a newer version of KaeJon Desk "
                "(schema {revision}). Install the newer version to open it.",
            ).format(target=target, revision=e.revision)
        ) from e
    except NotAnAppDatabaseError as e:
        raise UserError(
            translate(
                "errors",
                "{target} is not a KaeJon Desk database. Choose the right file.",
            ).format(target=target)
        ) from e
    except orm_exc.StaleDataError as e:
        raise ConflictError(
            translate(
                "errors",
                "Someone else saved this record while you were editing it. "
                "Reopen it to see their changes, then make yours again.",
            )
        ) from e
    except BadDatabaseUrlError as e:
        raise UserError(translate(
            "errors", "{target} is neither a database file nor a database address this program "
            "can use (for example postgresql+psycopg://user@server/name).").format(
                target=e.args[0] if e.args else target)) from e
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.DatabaseError) as e:
        message = _database_message(e, target)
        if message is None or isinstance(e, sa_exc.IntegrityError | sa_exc.ProgrammingError):
            raise  # a bug, not something the user can fix: the crash dialog shows it
        raise UserError(message) from e
    except OSError as e:
        raise UserError(_os_message(e, target)) from e


def _database_message(e: Exception, target: str) -> str | None:
    text = str(e).lower()
    if "locked" in text or "busy" in text:
        msg = translate("errors", "The database {target} is busy or locked by another program. "
                        "Try again in a moment.")
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        msg = translate("errors", "{target} is not a KaeJon Desk database or is damaged. "
                        "Choose the right file.")
    elif "disk" in text and "full" in text:
        msg = translate("errors", "The disk is full. Free some space and try again.")
    elif "unable to open" in text or "readonly" in text or "read-only" in text:
        msg = translate("errors", "Cannot open or write the database {target}. "
                        "Check the folder and its permissions.")
    elif "connection" in text or "could not connect" in text or "server" in text:
        msg = translate("errors", "Cannot connect to the database server {target}. "
                        "Check the address and the network.")
    elif "disk i/o" in text or "i/o error" in text:
        msg = translate("errors", "The disk or network drive holding {target} could not be read "
                        "or written. Check the drive and try again.")
    else:
        return None
    return msg.format(target=target)


def _os_message(e: OSError, target: str) -> str:
    name = e.filename or target
    if e.errno == errno.ENOSPC:
        msg = translate("errors", "The disk is full. Free some space and try again.")
    elif e.errno in (errno.EACCES, errno.EPERM):
        msg = translate("errors", "Permission denied for {name}. Choose another folder or ask "
                        "your administrator.")
    elif e.errno == errno.ENOENT:
        msg = translate("errors", "The file {name} does not exist.")
    else:
        msg = translate("errors", "Cannot use the file {name}: {detail}")
    return msg.format(name=name, detail=e.strerror or str(e))
