"""Throwaway PostgreSQL server for a test session.

Usage::

    with PostgresServer() as pg:
        pg.create_database("kaejon_test")
        engine = create_engine(pg.url_for("kaejon_test"))

The server lives in a fresh temporary directory, listens only on a Unix
socket inside that directory (no TCP), runs with durability switched off
(``fsync=off`` etc.) and is thrown away by :meth:`PostgresServer.stop`.

``initdb`` refuses to run as root, so when the current process is root every
server command is run through ``runuser -u postgres --`` and the temporary
directory is handed over to that user.
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote

__all__ = ["PostgresServer", "PostgresServerError", "find_postgres_bin"]

_DEBIAN_PG_ROOT = Path("/usr/lib/postgresql")


class PostgresServerError(RuntimeError):
    """The throwaway server could not be set up, started or stopped."""


def _version_key(name: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in name.split("."))
    except ValueError:
        return (-1,)


def find_postgres_bin() -> Path | None:
    """Directory holding ``initdb`` and ``pg_ctl``, or None if not installed.

    Prefers the highest version under ``/usr/lib/postgresql/*/bin`` (Debian
    layout, where these tools are not on PATH), then falls back to PATH.
    """
    if _DEBIAN_PG_ROOT.is_dir():
        candidates = [
            d for d in _DEBIAN_PG_ROOT.glob("*/bin") if (d / "initdb").is_file() and (d / "pg_ctl").is_file()
        ]
        if candidates:
            return max(candidates, key=lambda d: _version_key(d.parent.name))
    initdb = shutil.which("initdb")
    if initdb is not None:
        bin_dir = Path(initdb).resolve().parent
        if shutil.which("pg_ctl", path=str(bin_dir)) is not None:
            return bin_dir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _is_root() -> bool:
    if sys.platform == "win32":
        return False
    return os.geteuid() == 0


def _world_traversable(path: Path) -> bool:
    """True if every ancestor of ``path`` can be entered by any user."""
    for p in [path, *path.parents]:
        try:
            if not p.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


class PostgresServer:
    """A private PostgreSQL server in a temporary directory."""

    def __init__(
        self,
        bin_dir: Path | None = None,
        *,
        run_as: str = "postgres",
        timeout: float = 60.0,
    ) -> None:
        self.bin_dir = bin_dir
        self.run_as = run_as
        self.timeout = timeout
        self.port: int = 0
        self.base_dir: Path | None = None
        self._owner: tuple[int, int] | None = None  # (uid, gid) when root
        self._running = False

    # -- paths --------------------------------------------------------------

    def _dir(self, name: str) -> Path:
        if self.base_dir is None:
            raise PostgresServerError("server is not started")
        return self.base_dir / name

    @property
    def data_dir(self) -> Path:
        return self._dir("data")

    @property
    def socket_dir(self) -> Path:
        return self._dir("sock")

    @property
    def log_file(self) -> Path:
        return self._dir("server.log")

    # -- connection info ----------------------------------------------------

    @property
    def url(self) -> str:
        """SQLAlchemy URL (psycopg 3) of the ``postgres`` database."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        """SQLAlchemy URL (psycopg 3) of ``database`` on this server."""
        host = quote(str(self.socket_dir), safe="/")
        return f"postgresql+psycopg://postgres@/{quote(database, safe='')}?host={host}&port={self.port}"

    def conninfo(self, database: str = "postgres") -> str:
        """libpq connection string, for psycopg.connect()."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo(
            host=str(self.socket_dir),
            port=str(self.port),
            user="postgres",
            dbname=database,
        )

    # -- lifecycle ----------------------------------------------------------

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.bin_dir is not None
        assert self.base_dir is not None
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if _is_root():
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        proc = subprocess.run(
            cmd,
            cwd=self.base_dir,  # the server user may not be able to enter our cwd
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=self.timeout + 30,
            check=False,
        )
        if check and proc.returncode != 0:
            raise PostgresServerError(
                f"{shlex.join(cmd)} failed with exit code {proc.returncode}:\n"
                f"{proc.stdout}{proc.stderr}{self._log_tail()}"
            )
        return proc

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").splitlines()
        except (OSError, PostgresServerError):
            return ""
        return "\n--- server log ---\n" + "\n".join(lines[-30:])

    def _make_base_dir(self) -> Path:
        if sys.platform == "win32" or not _is_root():
            return Path(tempfile.mkdtemp(prefix="kaejon-pg-"))
        import pwd  # POSIX only

        try:
            user = pwd.getpwnam(self.run_as)
        except KeyError:
            raise PostgresServerError(
                f"running as root but there is no {self.run_as!r} user to run "
                "PostgreSQL as (initdb refuses to run as root)"
            ) from None
        if shutil.which("runuser") is None:
            raise PostgresServerError("running as root but `runuser` is not available")
        parent = Path(tempfile.gettempdir())
        if not _world_traversable(parent):
            parent = Path("/tmp")
        base = Path(tempfile.mkdtemp(prefix="kaejon-pg-", dir=parent))
        self._owner = (user.pw_uid, user.pw_gid)
        os.chown(base, *self._owner)
        os.chmod(base, 0o700)
        return base

    def start(self) -> Self:
        """Create a cluster in a fresh temp dir and start the server."""
        if self._running:
            return self
        if self.bin_dir is None:
            self.bin_dir = find_postgres_bin()
            if self.bin_dir is None:
                raise PostgresServerError("PostgreSQL server binaries not found")
        self.base_dir = self._make_base_dir()
        try:
            self._initdb()
            self.socket_dir.mkdir(mode=0o700)
            if self._owner is not None and sys.platform != "win32":
                os.chown(self.socket_dir, *self._owner)
            self.port = _free_port()
            opts = " ".join(
                [
                    f"-k {shlex.quote(str(self.socket_dir))}",
                    f"-p {self.port}",
                    "-c listen_addresses=''",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                ]
            )
            self._run(
                "pg_ctl",
                "-w",
                "-t", str(int(self.timeout)),
                "-D", str(self.data_dir),
                "-l", str(self.log_file),  # keeps the postmaster off our pipes
                "-o", opts,
                "start",
            )  # fmt: skip
        except BaseException:
            if self.base_dir is not None and (self.data_dir / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "stop", check=False)
            self._cleanup()
            raise
        self._running = True
        atexit.register(self.stop)
        return self

    def _initdb(self) -> None:
        base = ["initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "-N"]
        first = self._run(*base, "--locale=C.UTF-8", "-D", str(self.data_dir), check=False)
        if first.returncode == 0:
            return
        shutil.rmtree(self.data_dir, ignore_errors=True)
        try:
            self._run(*base, "--locale=C", "-D", str(self.data_dir))
        except PostgresServerError as exc:
            raise PostgresServerError(
                f"{exc}\n--- first attempt (--locale=C.UTF-8) ---\n{first.stdout}{first.stderr}"
            ) from None

    def stop(self) -> None:
        """Stop the server (immediate mode) and delete its directory."""
        atexit.unregister(self.stop)
        if self._running:
            self._running = False
            self._run(
                "pg_ctl", "-w", "-D", str(self.data_dir), "-m", "immediate", "stop",
                check=False,
            )  # fmt: skip
        self._cleanup()

    def _cleanup(self) -> None:
        if self.base_dir is not None:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None

    @property
    def running(self) -> bool:
        return self._running

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------

    def create_database(self, name: str, template: str | None = None) -> None:
        """CREATE DATABASE ``name`` (optionally from ``template``)."""
        import psycopg
        from psycopg import sql

        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            query = sql.SQL("{} TEMPLATE {}").format(query, sql.Identifier(template))
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(query)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE ``name`` if it exists, disconnecting its sessions."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            query = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            if conn.info.server_version >= 130000:
                query = sql.SQL("{} WITH (FORCE)").format(query)
            conn.execute(query)
