"""Engines and sessions: SQLite by default (WAL, foreign keys, busy timeout), any SQLAlchemy URL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "KaeJonDesk"
BUSY_TIMEOUT_MS = 15_000


def data_dir() -> Path:
    """The user's data folder (``KAEJON_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("KAEJON_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """Where the office database lives unless ``--db`` says otherwise."""
    return data_dir() / "kaejon.db"


class BadDatabaseUrlError(ValueError):
    """The --db value is neither a file path nor a usable SQLAlchemy URL."""


def resolve_url(db: str | os.PathLike[str] | None) -> URL:
    """Turn a file path or an SQLAlchemy URL (or None for the default file) into a URL."""
    if db is None:
        return URL.create("sqlite", database=str(default_database_path()))
    text = os.fspath(db)
    if "://" in text:
        try:
            return make_url(text)
        except (ArgumentError, ValueError) as e:
            raise BadDatabaseUrlError(text) from e
    return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))


def is_sqlite(url: URL) -> bool:
    """Whether the URL names an SQLite database."""
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL (None for in-memory or other backends)."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


# --------------------------------------------------------------------------- SQLCipher

CIPHER_DRIVER = "sqlite+pysqlcipher"  # SQLAlchemy's dialect for SQLCipher (the sqlcipher3 package)
PLAIN_HEADER = b"SQLite format 3\x00"


def with_key(url: URL, key: str | None) -> URL:
    """The URL that opens an SQLite file encrypted with this passphrase (unchanged without one)."""
    if not key or not is_sqlite(url):
        return url
    return url.set(drivername=CIPHER_DRIVER, password=key)


def database_key(url: URL) -> str | None:
    """The passphrase an SQLite URL opens its file with (None: not encrypted)."""
    return url.password if url.drivername == CIPHER_DRIVER else None


def file_is_encrypted(path: Path) -> bool:
    """Whether a file looks like an SQLCipher database: no plain SQLite header, whole pages
    (a multiple of 512 bytes) and a random-looking start. A text file or a photo given by
    mistake is "not a database", not something to ask a passphrase for."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(len(PLAIN_HEADER))
    except OSError:
        return False
    if size < 1024 or size % 512 or header == PLAIN_HEADER:
        return False
    printable = sum(32 <= b < 127 for b in header)
    return printable < len(header) - 2  # a random salt is rarely all text


# A wrong key is reported to the user in words; SQLCipher's own log lines would only confuse.
QUIET_CIPHER = "PRAGMA cipher_log_level = NONE"


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors a damaged or foreign file raises (sqlite3's, and SQLCipher's)."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def cipher_available() -> bool:
    """Whether SQLCipher (the optional ``sqlcipher3`` package) is installed."""
    import importlib.util

    return importlib.util.find_spec("sqlcipher3") is not None


def connect_file(path: Path, *, key: str | None = None, read_only: bool = False) -> Any:
    """A DB-API connection to a database file: sqlite3, or SQLCipher's with the key set first.

    The path goes in a URI (which survives #, ? and % in folder names)."""
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    con = sqlcipher3.connect(uri, uri=True)
    con.execute(QUIET_CIPHER)
    con.execute("PRAGMA key = '{}'".format(key.replace("'", "''")))
    return con


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions (pysqlite's own BEGIN handling is off) so DDL,
    # migrations and bulk imports are all-or-nothing.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlcipher3"):
        cur.execute(QUIET_CIPHER)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # WAL only for a new file or one of ours: a foreign file we are about to refuse keeps
    # its journal mode (and stays usable on the network share it may live on).
    names = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not names or "alembic_version" in names:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


WRITE = "kaejon_write"


def _on_sqlite_begin(conn: Any) -> None:
    # A transaction that will write takes the write lock at once: upgrading a read
    # transaction to a write one in WAL mode fails with "busy" whatever the timeout.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE)
                         else "BEGIN")


def make_engine(db: str | os.PathLike[str] | URL | None, **kwargs: Any) -> Engine:
    """Create an engine for a path or URL with the settings this app relies on."""
    url = db if isinstance(db, URL) else resolve_url(db)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    try:
        return create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as e:
        raise BadDatabaseUrlError(url.render_as_string(hide_password=True)) from e


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE: True})


def make_session_factory(engine: Engine, *, write: bool = True) -> sessionmaker[Session]:
    """One Session per user action: ``with factory.begin() as session: ...``."""
    return sessionmaker(writer(engine) if write else engine, expire_on_commit=False)


def display_url(url: URL) -> str:
    """The URL or file path to show a user, without any password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)
