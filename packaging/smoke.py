"""Smoke test of the built folder (dist/KaeJonDesk): run the frozen app as an office PC would.

    python tasks.py smoke [--bundle DIR] [--screenshots DIR] [--keep]

Every step runs one of the bundle's executables in a bare environment (like ``env -i``: no
virtual environment, no Python on PATH, a new home folder, the current directory an empty
temporary folder) and checks its exit status and output. The steps share one fresh user data
folder, so they follow one another like an officer's first day: the demo database is made,
counted, opened in the window …

To add a step, append a ``Step`` to ``STEPS`` (a name, the executable's arguments with
``{placeholders}`` from ``Smoke.values``, and a check). Two steps' ``prepare`` import the
project itself, to make an older database (db.migrate) and a messy household list
(tests/messy_files.py): run the script with the project's .venv Python (``tasks.py smoke``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
DEMO_HOUSEHOLDS = 300
SMOKE_MARK = "KAEJON-SMOKE-OK"  # printed by ui/smoke.py


class SmokeFailure(Exception):
    """A step did not do what it should."""


@dataclass
class Smoke:
    """The bundle under test and the folders its steps share."""

    bundle: Path
    work: Path  # the current directory of every step; must stay empty
    home: Path  # HOME (Linux) or USERPROFILE (Windows) of every step
    screenshots: Path
    out: Path  # files the commands write (--out); outside the current directory
    version: str
    values: dict[str, str] = field(default_factory=dict)
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        """The user's data folder the app must use (and write nothing outside of)."""
        if WINDOWS:
            return self.home / "AppData" / "Local" / "KaeJonDesk"
        return self.home / ".local" / "share" / "KaeJonDesk"

    def executable(self, *, gui: bool) -> Path:
        name = "kaejon" if gui else "kaejon-cli"
        return self.bundle / (name + ".exe" if WINDOWS else name)

    def environment(self) -> dict[str, str]:
        """A bare environment, as an office PC's: nothing of the build machine's Python."""
        env = {"QT_QPA_PLATFORM": "offscreen"}
        if WINDOWS:
            system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
            local = self.home / "AppData" / "Local"
            env.update({
                "SYSTEMROOT": system_root,
                "WINDIR": system_root,
                "PATH": f"{system_root}\\System32;{system_root}",
                "USERPROFILE": str(self.home),
                "LOCALAPPDATA": str(local),
                "APPDATA": str(self.home / "AppData" / "Roaming"),
                "TEMP": str(local / "Temp"),
                "TMP": str(local / "Temp"),
                # Windows resolves the known folders itself, not from LOCALAPPDATA: name the
                # data folder so the steps start from an empty one.
                "KAEJON_DATA_DIR": str(self.data_dir),
            })
            (local / "Temp").mkdir(parents=True, exist_ok=True)
        else:
            env.update({"PATH": "/usr/bin:/bin", "HOME": str(self.home)})
        return env


@dataclass
class Step:
    """One run of a bundled executable and what must be true afterwards."""

    name: str
    args: list[str]
    check: Callable[[Smoke, subprocess.CompletedProcess[str]], None]
    gui: bool = False
    prepare: Callable[[Smoke], None] | None = None
    timeout: float = 240
    # Linux only, skipped without xvfb-run: on a real X server (the xcb platform plugin that
    # Linux desktops use) instead of offscreen.
    x11: bool = False
    status: int = 0  # the exit status the step must end with (3: refused, no credentials)
    # A subcommand the step needs; the step is skipped (loudly) in a build without it.
    needs: str | None = None
    # Needs PostgreSQL's server programs (a throwaway server is started); skipped without.
    postgres: bool = False
    env: dict[str, str] = field(default_factory=dict)  # added to the bare environment


# --------------------------------------------------------------------------- checks


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def check_version(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    expect(proc.stdout.strip() == f"KaeJon Desk {smoke.version}",
           f"--version printed {proc.stdout.strip()!r}, pyproject.toml says {smoke.version}")


def check_demo(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    database = smoke.data_dir / "kaejon.db"
    expect(database.is_file(), f"demo did not create the default database {database}")
    expect(f"{DEMO_HOUSEHOLDS}" in proc.stdout, f"demo did not report {DEMO_HOUSEHOLDS} households")
    smoke.values["db"] = str(database)


def check_info(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    info = json.loads(proc.stdout)
    expect(info["app_version"] == smoke.version,
           f"info --json app_version is {info['app_version']!r}, not {smoke.version!r}")
    expect(info["households"] == DEMO_HOUSEHOLDS, f"info counts {info['households']} households")
    expect(info["members"] > DEMO_HOUSEHOLDS, "info counts no members")
    expect(bool(info["schema_version"]), "info --json has no schema_version")
    expect(any(v["households"] for v in info["villages"]), "no village holds a household")
    smoke.values["schema_version"] = info["schema_version"]
    smoke.values["members"] = str(info["members"])


def make_older_database(smoke: Smoke) -> None:
    """A copy of the demo database stepped back to the first schema revision, as an office
    that installed version 0.1 has it (made with the project's own migrations)."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import create_engine

    from db import migrate

    old = smoke.work.parent / "older" / "office.db"
    old.parent.mkdir(parents=True)
    with closing(sqlite3.connect(smoke.values["db"])) as src, closing(sqlite3.connect(old)) as dst:
        src.backup(dst)
    engine = create_engine(f"sqlite:///{old}")
    try:
        first = sorted(migrate.known_revisions())[0]
        migrate.downgrade(engine, first)
        expect(migrate.current_revision(engine) == first, "could not make the older database")
    finally:
        engine.dispose()
    smoke.values["old_db"] = str(old)
    smoke.values["old_revision"] = first


def check_upgrade(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    info = json.loads(proc.stdout)
    old = Path(smoke.values["old_db"])
    expect(info["schema_version"] == smoke.values["schema_version"],
           f"the older database is at {info['schema_version']}, not the app's schema")
    expect(info["households"] == DEMO_HOUSEHOLDS and str(info["members"]) == smoke.values["members"],
           "the upgrade lost households or members")
    revision = smoke.values["old_revision"]
    backups = list((old.parent / "backups").glob(f"office-before-upgrade-{revision}-*.db"))
    expect(len(backups) == 1, f"expected one backup before the upgrade, found {backups}")
    with closing(sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)) as con:
        kept = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    expect(kept == revision, f"the backup is at revision {kept}, not the old one")


def window_check(folder: str) -> Callable[[Smoke, subprocess.CompletedProcess[str]], None]:
    """The check of a ``--smoke-test --screenshots {screenshots}/<folder>`` run."""

    def check(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
        shots_dir = smoke.screenshots / folder
        report = shots_dir / "smoke.txt"
        expect(report.is_file(), "the window wrote no smoke report")
        line = report.read_text(encoding="utf-8").strip()
        expect(line.startswith(SMOKE_MARK), f"the window reported: {line}")
        values = dict(part.split("=", 1) for part in line.split()[1:])
        expect(values.get("version") == smoke.version, f"the window's version: {line}")
        expect(values.get("frozen") == "1", f"the window did not run frozen: {line}")
        expect(values.get("font") == "Sarabun", f"the window's font is not Sarabun: {line}")
        expect(values.get("thai_words") == "5", f"Thai word breaking is off: {line}")
        expect(values.get("utf8") == "1", f"the build does not run in Python's UTF-8 mode: {line}")
        if not WINDOWS:  # a windowed Windows executable has no standard output
            expect(SMOKE_MARK in proc.stdout, "the window printed no smoke line")
        shots = sorted(shots_dir.glob("page-*.png"))
        expect(len(shots) == int(values.get("pages", "0")) >= 5, f"{len(shots)} page screenshots")
        expect(all(p.stat().st_size > 5_000 for p in shots), "a page screenshot is (nearly) empty")

    return check


def make_household_list(smoke: Smoke) -> None:
    """A messy TPMAP list (.xlsx) from the test suite's generator, with its known counts."""
    sys.path.insert(0, str(ROOT))
    from tests import messy_files

    made = messy_files.tpmap_person_xlsx(smoke.out)
    smoke.values["list"] = str(made.path)
    smoke.values["list_rows"] = str(made.expected["rows_read"])
    smoke.values["list_rejected"] = str(len(made.expected["rejected"]))


def check_import(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    """calamine read the workbook; openpyxl wrote the rejected rows; the dry run changed nothing."""
    counts = json.loads(proc.stdout)
    expect(str(counts["rows_read"]) == smoke.values["list_rows"], f"rows read: {counts}")
    expect(str(counts["rejected"]) == smoke.values["list_rejected"], f"rejected: {counts}")
    expect(counts["dry_run"] is True, "the import was not a dry run")
    with zipfile.ZipFile(smoke.out / "rejected.xlsx") as xlsx:
        expect("xl/workbook.xml" in xlsx.namelist(), "the rejected rows are not a workbook")


PG_HOUSEHOLDS = 40


def start_postgres(smoke: Smoke) -> None:
    """A throwaway PostgreSQL server (the test suite's), stopped when the smoke test ends."""
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import PostgresServer

    server = PostgresServer().start()
    smoke.cleanups.append(server.stop)
    server.create_database("kaejon_smoke")
    smoke.values["pg_url"] = server.url_for("kaejon_smoke")
    smoke.values["pg_conninfo"] = server.conninfo("kaejon_smoke")


def check_postgres(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    """The frozen app (psycopg's binary build) created the schema and the households."""
    import psycopg

    with psycopg.connect(smoke.values["pg_conninfo"]) as con:
        households = con.execute("SELECT count(*) FROM households").fetchone()
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    expect(households is not None and households[0] == PG_HOUSEHOLDS, f"households: {households}")
    expect(revision is not None and revision[0] == smoke.values["schema_version"], f"schema: {revision}")


def check_pdf(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    pdf = smoke.out / "summary.pdf"
    expect(pdf.is_file(), f"no PDF at {pdf}")
    data = pdf.read_bytes()
    expect(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], "the PDF is not complete")
    expect(b"Sarabun" in data, "the PDF does not embed the bundled Sarabun")


def check_return(smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    totals = json.loads(proc.stdout)["totals"]
    expect(totals["total"] == DEMO_HOUSEHOLDS, f"the return counts {totals['total']} households")
    workbook = smoke.out / "return.xlsx"
    with zipfile.ZipFile(workbook) as xlsx:
        expect("xl/workbook.xml" in xlsx.namelist(), "the return is not an Excel workbook")


def check_list(_smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    rows = json.loads(proc.stdout)
    expect(0 < len(rows) <= 5, f"the list command gave {len(rows)} households")
    expect(all("สม" in f"{r['head_first_name']}{r['head_last_name']}" or r["members"] > 1
               for r in rows), "a listed household does not match the search")


SMOKE_PASSWORD = "smoke-test-2569"
SIGNED_IN = {"KAEJON_USER": "admin", "KAEJON_PASSWORD": SMOKE_PASSWORD}


def check_user_added(_smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    expect("admin" in proc.stdout, f"user add did not report the user: {proc.stdout!r}")


def check_refused(_smoke: Smoke, proc: subprocess.CompletedProcess[str]) -> None:
    expect(proc.returncode == 3, f"print without --user exited {proc.returncode}, not 3")


def check_encrypted(smoke: Smoke, _proc: subprocess.CompletedProcess[str]) -> None:
    copy = smoke.out / "laptop.db"
    expect(copy.read_bytes()[:16] != b"SQLite format 3\x00", f"{copy} is not encrypted")
    keys = json.loads((smoke.out / "laptop.db.keys").read_text(encoding="utf-8"))
    expect(list(keys["users"]) == ["admin"], f"the keyring holds {list(keys['users'])}")


def check_no_stray_files(smoke: Smoke) -> None:
    """The app wrote only into the user's data folder: not the current directory, not the home."""
    expect(not any(smoke.work.iterdir()), f"files appeared in the current directory: "
           f"{sorted(p.name for p in smoke.work.iterdir())}")
    data = smoke.data_dir
    # fontconfig (Linux's font library, not the app) may cache its font list in ~/.cache.
    font_cache = smoke.home / ".cache" / "fontconfig"
    allowed = (data, font_cache)
    stray = [p for p in smoke.home.rglob("*")
             if not any(p == a or a in p.parents or p in a.parents for a in allowed)]
    if WINDOWS:  # TEMP lives under the fake profile; Qt and the OS may use it
        stray = [p for p in stray if "Temp" not in p.parts]
    expect(not stray, f"files written outside the data folder: {stray[:10]}")


STEPS: list[Step] = [
    Step("version", ["--version"], check_version),
    Step("demo", ["demo", "--households", str(DEMO_HOUSEHOLDS), "--seed", "7"], check_demo),
    Step("info --json", ["info", "--json"], check_info),
    Step("upgrade an older database", ["info", "--json", "--db", "{old_db}"], check_upgrade,
         prepare=make_older_database),
    Step("import a household list (dry run)",
         ["import", "{list}", "--list-year", "2567", "--dry-run", "--json",
          "--errors", "{out}/rejected.xlsx"], check_import, prepare=make_household_list),
    Step("a PostgreSQL database (psycopg)",
         ["demo", "--db", "{pg_url}", "--households", str(PG_HOUSEHOLDS)], check_postgres,
         prepare=start_postgres, postgres=True,
         env={"PSYCOPG_IMPL": "binary"}),  # the bundled psycopg_binary, not a system libpq
    Step("print summary (Thai PDF)", ["print", "summary", "--household", "1", "--out", "{out}/summary.pdf"],
         check_pdf),
    Step("export-return (Excel)", ["export-return", "--out", "{out}/return.xlsx", "--json"],
         check_return),
    Step("list a village (JSON)", ["list", "--search", "สม", "--limit", "5", "--json"], check_list),
    # From here on the database has a user (argon2 in the bundle): commands sign in.
    Step("the first administrator (argon2)", ["user", "add", "--name", "admin", "--role", "admin"],
         check_user_added, env={"KAEJON_NEW_PASSWORD": SMOKE_PASSWORD}),
    Step("a command without credentials is refused",
         ["print", "summary", "--household", "1", "--out", "{out}/refused.pdf"], check_refused,
         status=3),
    Step("an encrypted copy (SQLCipher)", ["encrypt", "--out", "{out}/laptop.db", "--user", "admin"],
         check_encrypted, env={**SIGNED_IN, "KAEJON_DB_PASSPHRASE": "smoke-passphrase-2569"}),
    Step("the encrypted copy opens with the password (keyring)",
         ["list", "--db", "{out}/laptop.db", "--search", "สม", "--limit", "5", "--json",
          "--user", "admin"], check_list, env=SIGNED_IN),
    Step("main window", ["--smoke-test", "--screenshots", "{screenshots}/offscreen"],
         window_check("offscreen"), gui=True, env=SIGNED_IN),
    Step("main window on X11 (Xvfb)", ["--smoke-test", "--screenshots", "{screenshots}/x11"],
         window_check("x11"), gui=True, x11=True, env=SIGNED_IN),
]


# --------------------------------------------------------------------------- runner


def postgres_installed() -> bool:
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import find_postgres_bin

    return find_postgres_bin() is not None


def has_command(smoke: Smoke, command: str) -> bool:
    """Whether the frozen command line knows a subcommand (argparse exits 2 if not)."""
    proc = subprocess.run([str(smoke.executable(gui=False)), command, "--help"], cwd=smoke.work,
                          env=smoke.environment(), capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=120, check=False, stdin=subprocess.DEVNULL)
    return proc.returncode == 0


def run_step(smoke: Smoke, step: Step) -> float:
    if step.prepare is not None:
        step.prepare(smoke)
    values = {**smoke.values, "screenshots": str(smoke.screenshots), "work": str(smoke.work),
              "out": str(smoke.out)}
    args = [a.format(**values) for a in step.args]
    command = [str(smoke.executable(gui=step.gui)), *args]
    env = {**smoke.environment(), **step.env}
    if step.x11:
        env["QT_QPA_PLATFORM"] = "xcb"
        command = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24", *command]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=smoke.work, env=env,
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=step.timeout, check=False, stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    if proc.returncode != step.status or "Traceback" in proc.stderr:
        raise SmokeFailure(f"exit status {proc.returncode}\n--- stdout\n{proc.stdout}\n"
                           f"--- stderr\n{proc.stderr}")
    try:
        step.check(smoke, proc)
    except (SmokeFailure, KeyError, ValueError) as e:
        raise SmokeFailure(f"{e}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}") from e
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "KaeJonDesk")
    parser.add_argument("--screenshots", type=Path, help="keep the window's page screenshots here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ns = parser.parse_args(argv)
    bundle = ns.bundle.resolve()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    temp = Path(tempfile.mkdtemp(prefix="kaejon-smoke-"))
    smoke = Smoke(bundle=bundle, work=temp / "cwd", home=temp / "home",
                  screenshots=(ns.screenshots or temp / "screenshots").resolve(), out=temp / "out",
                  version=version)
    for gui in (False, True):
        if not smoke.executable(gui=gui).is_file():
            print(f"smoke: {smoke.executable(gui=gui)} not found; run `python tasks.py build`")
            shutil.rmtree(temp, ignore_errors=True)
            return 2
    smoke.work.mkdir()
    smoke.home.mkdir()
    smoke.out.mkdir()
    if ns.screenshots is not None:
        shutil.rmtree(smoke.screenshots, ignore_errors=True)
    print(f"smoke: {bundle} (version {version}), bare environment, cwd {smoke.work}")
    failed = 0
    total = time.perf_counter()
    try:
        for step in STEPS:
            if step.x11 and (WINDOWS or shutil.which("xvfb-run") is None):
                print(f"skip  {step.name}: no xvfb-run")
                continue
            if step.needs is not None and not has_command(smoke, step.needs):
                print(f"skip  {step.name}: this build has no `{step.needs}` command")
                continue
            if step.postgres and not postgres_installed():
                print(f"skip  {step.name}: PostgreSQL's server programs are not installed")
                continue
            try:
                seconds = run_step(smoke, step)
            except (SmokeFailure, subprocess.TimeoutExpired) as e:
                print(f"FAIL  {step.name}: {e}")
                failed += 1
                break  # later steps build on earlier ones
            print(f"ok    {step.name} ({seconds:.1f} s)")
        if not failed:
            try:
                check_no_stray_files(smoke)
                print("ok    nothing written outside the user's data folder")
            except SmokeFailure as e:
                print(f"FAIL  stray files: {e}")
                failed += 1
    finally:
        for cleanup in reversed(smoke.cleanups):
            cleanup()
        if ns.keep:
            print(f"smoke: kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"smoke: {'FAILED' if failed else 'passed'} in {time.perf_counter() - total:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
