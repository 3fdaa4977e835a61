"""Shared fixtures: databases on SQLite and on a throwaway PostgreSQL server, made from templates.

Every database a test gets is a copy of a template that was migrated (and loaded with reference
data) once per session: a file copy for SQLite, ``CREATE DATABASE … TEMPLATE`` for PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from hypothesis import settings

from core import i18n
from core.database import Database, open_database
from core.office import OfficeSetup, create_office
from tests.libreoffice import libreoffice_required
from tests.pg_server import PostgresServer, PostgresServerError, find_postgres_bin

DISTRICT = "5201"
DEMO_HOUSEHOLDS = 300
DEMO_SEED = 7
DEMO_AS_OF = dt.date(2026, 1, 12)
PG_TEMPLATE = "kaejon_template"

# A loaded CI machine must not turn a slow first example into a failure.
settings.register_profile("kaejon", deadline=None)
settings.load_profile("kaejon")


def postgres_required() -> bool:
    """CI sets KAEJON_REQUIRE_POSTGRES=1: a missing server is then an error, not a skip."""
    return os.environ.get("KAEJON_REQUIRE_POSTGRES") == "1"


def pytest_sessionstart(session: pytest.Session) -> None:
    if postgres_required() and find_postgres_bin() is None:
        raise pytest.UsageError(
            "KAEJON_REQUIRE_POSTGRES=1 but no PostgreSQL server binaries (initdb, pg_ctl) were found")
    if libreoffice_required() and not (shutil.which("soffice") or shutil.which("libreoffice")):
        raise pytest.UsageError("KAEJON_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not "
                                "installed (apt-get install --no-install-recommends libreoffice-calc)")


# --------------------------------------------------------------------------- isolation


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user folder (settings, default database)."""
    monkeypatch.setenv("KAEJON_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    """``--lang en`` and the GUI switch the message language for the process: put it back."""
    before = i18n.language()
    yield
    i18n.set_language(before)


# --------------------------------------------------------------------------- helpers


def _make_sqlite_template(path: Path, *, demo: bool = False) -> Path:
    """Migrate (and optionally fill) a file once, then leave it as one self-contained file."""
    database = open_database(path, create=True)
    try:
        if demo:
            from core.demo import generate_demo

            generate_demo(database, households=DEMO_HOUSEHOLDS, seed=DEMO_SEED, as_of=DEMO_AS_OF)
    finally:
        database.dispose()
    # Fold the WAL into the file so a plain copy holds everything.
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA journal_mode=DELETE")
    return path


def _with_office(database: Database) -> Database:
    actor = database.system_actor()
    with database.begin() as s:
        create_office(s, actor, OfficeSetup(district_code=DISTRICT))
    return database


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the whole session (skip or fail when there is none)."""
    if find_postgres_bin() is None:
        if postgres_required():
            pytest.fail("KAEJON_REQUIRE_POSTGRES=1 but PostgreSQL binaries are missing", pytrace=False)
        pytest.skip("PostgreSQL server binaries not found")
    server = PostgresServer()
    try:
        server.start()
    except (PostgresServerError, OSError, subprocess.SubprocessError) as e:
        if postgres_required():
            pytest.fail(f"KAEJON_REQUIRE_POSTGRES=1 but the server did not start: {e}", pytrace=False)
        pytest.skip(f"PostgreSQL server did not start: {e}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A migrated PostgreSQL database with reference data, to copy per test."""
    pg_server.create_database(PG_TEMPLATE)
    open_database(pg_server.url_for(PG_TEMPLATE), create=True).dispose()
    return PG_TEMPLATE


def _pg_database(server: PostgresServer, template: str | None) -> Iterator[str]:
    name = f"test_{uuid.uuid4().hex[:12]}"
    server.create_database(name, template=template)
    yield server.url_for(name)
    server.drop_database(name)


# --------------------------------------------------------------------------- URLs


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with reference data, to copy per test."""
    return _make_sqlite_template(tmp_path_factory.mktemp("template") / "template.db")


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database (no office yet): a file path for SQLite, a URL for PostgreSQL."""
    if request.param == "sqlite":
        target = tmp_path / "office.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        yield str(target)
    else:
        server = request.getfixturevalue("pg_server")
        yield from _pg_database(server, request.getfixturevalue("pg_template"))


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all (SQLite: a path that does not exist yet)."""
    if request.param == "sqlite":
        yield str(tmp_path / "empty.db")
    else:
        yield from _pg_database(request.getfixturevalue("pg_server"), None)


# --------------------------------------------------------------------------- open databases


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """An open database on each backend whose office serves district 5201."""
    db = _with_office(open_database(db_url))
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """An open SQLite database whose office serves district 5201."""
    target = tmp_path / "office.db"
    shutil.copy(sqlite_template, target)
    db = _with_office(open_database(target))
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 demo households, seed 7, as of 12 Jan 2026 (generated once)."""
    return _make_sqlite_template(tmp_path_factory.mktemp("demo") / "demo.db", demo=True)


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """An open SQLite copy of the demo district."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    db = open_database(target)
    yield db
    db.dispose()
