"""Consistent copies of SQLite database files with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from db.engine import connect_file

BACKUP_FOLDER = "backups"
KEYRING_SUFFIX = ".keys"


def keyring_file(database: Path) -> Path:
    """The keyring beside an encrypted database file (``office.db.keys``): each user's sealed
    copy of its passphrase (see :mod:`core.keyring`). It travels with the file's backups."""
    return database.with_name(database.name + KEYRING_SUFFIX)


def copy_keyring(source: Path, target: Path, *, replace_missing: bool = False) -> None:
    """Copy the keyring of the database ``source`` beside ``target``, readable by the owner
    only. Without one, nothing, or with ``replace_missing`` (a restore) the target's own
    keyring is removed: it belongs to other data, other accounts and passwords."""
    keys, wanted = keyring_file(source), keyring_file(target)
    if not keys.is_file():
        if replace_missing:
            wanted.unlink(missing_ok=True)
        return
    write_private_file(wanted, keys.read_bytes())


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically with ``data`` (a new file in the same folder, flushed to
    disk, renamed over the old one: a crash leaves the old file whole), readable by its owner
    only."""
    fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def backup_name(database: Path, reason: str, *, folder: Path | None = None,
                now: dt.datetime | None = None) -> Path:
    """A new file for a backup of ``database``: ``backups/office-daily-20261203-140102.db``
    beside it. Copies made within the same second get a counter (``…-140102-2.db``) one above
    the highest there, whatever their reason, so names always sort in the order made."""
    folder = folder or database.parent / BACKUP_FOLDER
    stamp = f"{now or dt.datetime.now():%Y%m%d-%H%M%S}"
    taken = 0
    if folder.is_dir():
        for other in folder.iterdir():
            rest = other.stem.partition(f"-{stamp}")[2]
            if other.stem.startswith(database.stem + "-") and f"-{stamp}" in other.stem:
                taken = max(taken, int(rest[1:]) if rest[1:].isdigit() else 1)
    counter = f"-{taken + 1}" if taken else ""
    return folder / f"{database.stem}-{reason}-{stamp}{counter}{database.suffix}"


def open_read_only(path: Path, *, key: str | None = None) -> Any:
    """A read-only connection to a database file (SQLCipher's when a key is given)."""
    return connect_file(path, key=key, read_only=True)


def copy_into(source: Path, target: Path, *, key: str | None = None) -> None:
    """Copy the database ``source`` into the database file ``target`` (created or replaced
    page by page through SQLite, so the target's own journal stays consistent). With a key
    both are SQLCipher files under that key: a copy of an encrypted database is encrypted."""
    src = open_read_only(source, key=key)
    try:
        dst = connect_file(target, key=key)
        try:
            src.backup(dst, pages=4096)
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite_file(source: Path, target: Path, *, key: str | None = None) -> Path:
    """Copy a live SQLite database (WAL included) to ``target`` without stopping writers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy_into(source, partial, key=key)
    con = connect_file(partial, key=key)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        ok = con.execute("PRAGMA quick_check").fetchone()
    finally:
        con.close()
    if not ok or ok[0] != "ok":
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the copy of {source} failed its integrity check")
    partial.replace(target)
    copy_keyring(source, target)
    return target
