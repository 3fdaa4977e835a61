"""KaeJon Desk task runner (standard library only; Windows and Linux).

Run with any Python 3.11+; everything else happens inside ``.venv``::

    python tasks.py run [--households N]   build a demo database, open the GUI
    python tasks.py test [pytest args...]  ruff, mypy, lint-imports, pytest
    python tasks.py lint                   ruff, mypy, lint-imports
    python tasks.py i18n                   update resources/i18n/*.ts and *.qm
    python tasks.py bench [args...]        run bench/run.py
    python tasks.py build                  the self-contained folder dist/KaeJonDesk (PyInstaller)
    python tasks.py smoke [args...]        run packaging/smoke.py on that folder
    python tasks.py clean                  remove .venv, .demo and caches

``.venv`` is created on first use and ``pip install -e ".[dev]"`` is rerun
whenever pyproject.toml is newer than the stamp file ``.venv/.kaejon-installed``;
``build`` also installs the ``build`` extra (PyInstaller), stamped ``.venv/.kaejon-build-installed``.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kaejon-installed"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
DEMO_DB = ".demo/demo.db"  # relative to ROOT
BUILD_STAMP = VENV / ".kaejon-build-installed"
SPEC = ROOT / "packaging" / "kaejon.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "KaeJonDesk"  # the folder the spec's COLLECT writes

# Shared libraries PySide6 needs for offscreen Qt -> Debian package providing each.
QT_LIBS = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libthai.so.0": "libthai0",
}


def header(title: str) -> None:
    print(f"\n===== {title} =====", flush=True)


def exe(name: str) -> Path:
    """Path of an executable inside the venv."""
    return BIN / (name + ".exe" if WINDOWS else name)


def venv_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, VIRTUAL_ENV=str(VENV), **extra)
    env["PATH"] = str(BIN) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONHOME", None)
    return env


def run(cmd: Sequence[str | Path], *, env: dict[str, str] | None = None) -> None:
    """Run a command in the repo root; exit with its code if it fails."""
    args = [str(c) for c in cmd]
    try:
        code = subprocess.call(args, cwd=ROOT, env=env)
    except FileNotFoundError:
        print(f"tasks.py: command not found: {args[0]}", file=sys.stderr)
        code = 127
    if code != 0:
        print(f"tasks.py: failed (exit {code}): {' '.join(args)}", file=sys.stderr)
        sys.exit(code if code > 0 else 128 - code)  # negative = killed by signal


def can_apt() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    return shutil.which("apt-get") is not None


def apt_install(packages: Sequence[str]) -> None:
    header(f"apt-get install {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update"], env=env)
    run(["apt-get", "install", "-y", "--no-install-recommends", *packages], env=env)


def ensure_venv() -> None:
    """Create .venv if missing and (re)install the project when pyproject changed."""
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        sys.exit(f"tasks.py: {pyproject} not found")
    if not exe("python").exists():
        if importlib.util.find_spec("ensurepip") is None:  # Debian without python3-venv
            if not can_apt():
                sys.exit("tasks.py: the venv module needs pip; install python3-venv")
            apt_install(["python3-venv"])
        header(f"Creating virtual environment in {VENV}")
        shutil.rmtree(VENV, ignore_errors=True)  # drop a half-made one
        run([sys.executable, "-m", "venv", VENV])
    if not STAMP.exists() or pyproject.stat().st_mtime > STAMP.stat().st_mtime:
        header('pip install -e ".[dev]"')
        run([exe("python"), "-m", "pip", "install", "-e", ".[dev]"], env=venv_env())
        STAMP.touch()


def missing_qt_libs() -> list[str]:
    # Debian keeps ldconfig in /sbin, which is not on a normal user's PATH.
    ldconfig = shutil.which("ldconfig", path=os.environ.get("PATH", "") + ":/sbin")
    if ldconfig is None:
        print("tasks.py: ldconfig not found; skipping the Qt library check")
        return []
    cmd = [ldconfig, "-p"]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True).stdout
    found = {line.split()[0] for line in out.splitlines()[1:] if line.strip()}
    return [lib for lib in QT_LIBS if lib not in found]


def have_postgres() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb"))


def check_linux_prereqs() -> None:
    """Make sure offscreen Qt can load and, if possible, PostgreSQL is installed."""
    if sys.platform != "linux":
        return
    missing = missing_qt_libs()
    qt_pkgs = [QT_LIBS[lib] for lib in missing]
    pg_pkgs = [] if have_postgres() else ["postgresql"]
    if (qt_pkgs or pg_pkgs) and can_apt():
        apt_install(qt_pkgs + pg_pkgs)
        missing = missing_qt_libs()
    if missing:
        packages = " ".join(QT_LIBS[lib] for lib in missing)
        print(f"Qt needs libraries that are not installed: {', '.join(missing)}")
        print(f"Install them with: sudo apt-get install {packages}")
        sys.exit(1)
    if not have_postgres():
        print("NOTICE: PostgreSQL server not found; PostgreSQL tests will be skipped.")
        print("        (install it with: sudo apt-get install postgresql)")


def lint() -> None:
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff check .", [exe("ruff"), "check", "."]),
        ("mypy", [exe("mypy")]),
        ("lint-imports", [exe("lint-imports")]),
    ]
    for title, cmd in steps:
        header(title)
        run(cmd, env=venv_env())


def cmd_run(households: int) -> None:
    ensure_venv()
    if not (ROOT / DEMO_DB).exists():
        header(f"Creating demo database {DEMO_DB} ({households} households, seed 7)")
        (ROOT / DEMO_DB).parent.mkdir(exist_ok=True)
        try:
            run(
                [exe("python"), "main.py", "demo", "--db", DEMO_DB,
                 "--households", str(households), "--seed", "7"],
                env=venv_env(),
            )  # fmt: skip
        except BaseException:
            (ROOT / DEMO_DB).unlink(missing_ok=True)  # don't keep a half-built demo
            raise
    else:
        print(f"Using existing {DEMO_DB} (`python tasks.py clean` to rebuild it)")
    header("Starting KaeJon Desk")
    run([exe("python"), "main.py", "--db", DEMO_DB], env=venv_env())


def cmd_test(pytest_args: Sequence[str]) -> None:
    ensure_venv()
    check_linux_prereqs()
    lint()
    header(" ".join(["pytest", *pytest_args]))
    run(
        [exe("python"), "-m", "pytest", *pytest_args],
        env=venv_env(QT_QPA_PLATFORM="offscreen"),
    )


def cmd_i18n() -> None:
    sources = sorted(
        p.relative_to(ROOT).as_posix()
        for pkg in ("ui", "widgets", "core")
        for p in (ROOT / pkg).rglob("*.py")
    )
    out_dir = ROOT / "resources" / "i18n"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = venv_env()
    for lang in ("th",):  # English is the source language
        ts = out_dir / f"kaejon_{lang}.ts"
        qm = ts.with_suffix(".qm")
        header(f"pyside6-lupdate -> {ts.relative_to(ROOT).as_posix()}")
        run([exe("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", ts], env=env)
        header(f"pyside6-lrelease -> {qm.relative_to(ROOT).as_posix()}")
        run([exe("pyside6-lrelease"), ts, "-qm", qm], env=env)


def cmd_bench(args: Sequence[str]) -> None:
    ensure_venv()
    run([exe("python"), "bench/run.py", *args], env=venv_env())


def cmd_build() -> None:
    """PyInstaller, one folder: dist/KaeJonDesk with kaejon and kaejon-cli (packaging/kaejon.spec)."""
    ensure_venv()
    if sys.platform == "linux" and shutil.which("objcopy") is None:  # PyInstaller needs binutils
        if not can_apt():
            sys.exit("tasks.py: the build needs objcopy and objdump: sudo apt-get install binutils")
        apt_install(["binutils"])
    pyproject = ROOT / "pyproject.toml"
    if not BUILD_STAMP.exists() or pyproject.stat().st_mtime > BUILD_STAMP.stat().st_mtime:
        header('pip install -e ".[build]"')
        run([exe("python"), "-m", "pip", "install", "-e", ".[build]"], env=venv_env())
        BUILD_STAMP.touch()
    header(f"pyinstaller {SPEC.relative_to(ROOT).as_posix()}")
    run([exe("python"), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller", SPEC],
        env=venv_env())
    print(f"Built {BUNDLE.relative_to(ROOT).as_posix()}/ (run `python tasks.py smoke` to check it)")


def cmd_smoke(args: Sequence[str]) -> None:
    """Run the bundle's smoke test (packaging/smoke.py) with the venv's Python."""
    ensure_venv()
    run([exe("python"), "packaging/smoke.py", *args], env=venv_env())


def cmd_clean() -> None:
    caches = ".pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache"
    for path in [VENV, ROOT / ".demo", ROOT / "build", DIST, *(ROOT / c for c in caches.split())]:
        if path.exists():
            print(f"removing {path.relative_to(ROOT)}")
            shutil.rmtree(path)
    for path in [*ROOT.glob("*.egg-info"), *ROOT.rglob("__pycache__")]:
        shutil.rmtree(path, ignore_errors=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tasks.py",
        description=__doc__,
        formatter_class=argparse.RawTextHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="command")
    p_run = sub.add_parser("run", help="create a demo database and open the GUI")
    p_run.add_argument("--households", type=int, default=2000, metavar="N")
    p_test = sub.add_parser("test", help="lint, then pytest (extra args go to pytest)")
    p_test.add_argument("args", nargs="*", help="passed to pytest")
    sub.add_parser("lint", help="ruff + mypy + lint-imports")
    sub.add_parser("i18n", help="update .ts translation files and compile .qm")
    p_bench = sub.add_parser("bench", help="run bench/run.py (extra args passed on)")
    p_bench.add_argument("args", nargs="*", help="passed to bench/run.py")
    sub.add_parser("build", help="the self-contained folder dist/KaeJonDesk (PyInstaller)")
    p_smoke = sub.add_parser("smoke", help="smoke-test dist/KaeJonDesk (packaging/smoke.py)")
    p_smoke.add_argument("args", nargs="*", help="passed to packaging/smoke.py")
    sub.add_parser("clean", help="remove .venv, .demo, build, dist and caches")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if argv and argv[0] in ("test", "bench", "smoke"):  # pass the rest through untouched
        argv, extra = argv[:1], argv[1:]
        if extra[:1] == ["--"]:
            extra = extra[1:]
    ns = build_parser().parse_args(argv)
    if ns.command == "run":
        cmd_run(ns.households)
    elif ns.command == "test":
        cmd_test(extra)
    elif ns.command == "lint":
        ensure_venv()
        lint()
    elif ns.command == "i18n":
        ensure_venv()
        cmd_i18n()
    elif ns.command == "bench":
        cmd_bench(extra)
    elif ns.command == "build":
        cmd_build()
    elif ns.command == "smoke":
        cmd_smoke(extra)
    elif ns.command == "clean":
        cmd_clean()


if __name__ == "__main__":
    if sys.version_info < (3, 11):  # noqa: UP036 - may be run by any system Python
        sys.exit("tasks.py needs Python 3.11 or newer")
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
