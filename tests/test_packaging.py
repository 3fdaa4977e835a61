"""The self-contained build: where resources are found (also frozen), the version, the spec's
list of bundled folders, the smoke-test mode, and the update path (backup + migration).

The bundle itself is built and smoke-tested by .ci/run (``python tasks.py build`` and
``python tasks.py smoke``), not here: it takes a minute.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import closing
from fnmatch import fnmatch
from importlib import metadata
from pathlib import Path

import pytest

from core import resources
from core.database import Database
from core.resources import RESOURCE_FOLDERS, app_dir, resource_path, resources_dir
from core.version import UNKNOWN_VERSION, app_version
from db import migrate
from ui.smoke import SMOKE_MARK

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kaejon.spec"
SOURCE_PACKAGES = ("core", "db", "exports", "ui", "widgets")
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture
def fresh_version() -> Iterator[None]:
    """app_version() is cached; tests that fake the layout must not leak their answer."""
    app_version.cache_clear()
    yield
    app_version.cache_clear()


def spec_literal(name: str) -> object:
    """The value of a top-level literal assignment in packaging/kaejon.spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC}")


# --------------------------------------------------------------------------- resources


def test_resources_are_found_from_the_source_tree_whatever_the_current_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert not resources.is_frozen()
    assert app_dir() == ROOT
    font = resource_path("fonts", "sarabun", "Sarabun-Regular.ttf")
    assert font.is_absolute()
    assert font.is_file()
    assert resource_path("i18n", "kaejon_th.qm").is_file()


def test_a_frozen_build_finds_everything_in_its_bundle_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_version: None) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "reference").mkdir(parents=True)
    levels = {"fake": "levels"}
    (bundle / "resources" / "reference" / "levels.json").write_text(json.dumps(levels), encoding="utf-8")
    (bundle / "pyproject.toml").write_text('[project]\nname = "kaejon-desk"\nversion = "9.8.7"\n',
                                           encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.chdir(tmp_path)
    assert resources.is_frozen()
    assert app_dir() == bundle.resolve()
    assert resources_dir() == bundle.resolve() / "resources"
    loaded = json.loads(resource_path("reference", "levels.json").read_text(encoding="utf-8"))
    assert loaded == levels
    assert app_version() == "9.8.7"


def test_a_bundle_without_pyproject_uses_the_package_metadata(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_version: None) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_version() == metadata.version("kaejon-desk") == PYPROJECT_VERSION

    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    app_version.cache_clear()
    monkeypatch.setattr(metadata, "version", missing)
    assert app_version() == UNKNOWN_VERSION


def test_the_version_is_the_one_in_pyproject(fresh_version: None) -> None:
    assert app_version() == PYPROJECT_VERSION


# --------------------------------------------------------------------------- the spec


def call_name(node: ast.Call) -> str | None:
    return node.func.id if isinstance(node.func, ast.Name) else None


def resource_folders_used_in_code() -> set[str]:
    """The folder (first argument) of every ``resource_path("folder", ...)`` call in the app's
    code, also through a module's wrapper that forwards ``*parts`` (core.reference._load)."""
    used: set[str] = set()
    for package in SOURCE_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            wrappers = {"resource_path"}
            for fn in ast.walk(tree):
                if isinstance(fn, ast.FunctionDef) and any(
                        isinstance(c, ast.Call) and call_name(c) == "resource_path"
                        and c.args and isinstance(c.args[0], ast.Starred) for c in ast.walk(fn)):
                    wrappers.add(fn.name)
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and call_name(node) in wrappers and node.args):
                    continue
                first = node.args[0]
                if isinstance(first, ast.Starred):
                    continue  # the wrapper itself; its callers are counted
                assert isinstance(first, ast.Constant), \
                    f"{path}:{node.lineno}: name the resources folder literally"
                used.add(str(first.value))
    return used


def test_the_spec_bundles_every_resource_folder_the_code_loads() -> None:
    trees = spec_literal("BUNDLED_TREES")
    assert isinstance(trees, list)
    bundled = dict(trees)
    # The bundle mirrors the source tree, so app_dir()-relative paths work in both.
    assert all(source == dest for source, dest in bundled.items())
    on_disk = {p.name for p in resources_dir().iterdir() if p.is_dir()}
    assert set(RESOURCE_FOLDERS) == on_disk
    used = resource_folders_used_in_code()
    assert used, "no resource_path() calls found"
    assert used <= set(RESOURCE_FOLDERS), f"loaded but not declared: {used - set(RESOURCE_FOLDERS)}"
    for folder in RESOURCE_FOLDERS:
        assert f"resources/{folder}" in bundled, f"resources/{folder} is not in the spec"
    assert (resources_dir() / "areas" / "LICENSE").is_file()
    assert (resources_dir() / "fonts" / "sarabun" / "OFL.txt").is_file()


def test_the_spec_bundles_the_migrations_where_alembic_looks_for_them() -> None:
    bundled = dict(spec_literal("BUNDLED_TREES"))  # type: ignore[arg-type]
    # db/migrate.py finds them beside its own module; frozen, that module sits in the bundle
    # at db/migrate.pyc, so the migrations must be at db/migrations in the bundle too.
    relative = migrate.MIGRATIONS_DIR.relative_to(ROOT).as_posix()
    assert bundled.get(relative) == relative
    for needed in ("env.py", "script.py.mako"):
        assert (migrate.MIGRATIONS_DIR / needed).is_file()
    versions = list((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert len(versions) == len(migrate.known_revisions())
    files = dict(spec_literal("BUNDLED_FILES"))  # type: ignore[arg-type]
    assert files.get("pyproject.toml") == ".", "the version is read from the bundled pyproject.toml"


def qt_modules_imported() -> set[str]:
    """The PySide6 modules (QtCore, QtPdf …) imported anywhere in the app's code."""
    names: set[str] = set()
    for path in [ROOT / "main.py", *(p for pkg in SOURCE_PACKAGES for p in (ROOT / pkg).rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.Qt"):
                names.add((node.module or "").split(".")[1])
            elif isinstance(node, ast.Import):
                names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.Qt"))
    return names


def test_the_spec_leaves_out_no_qt_library_the_app_imports() -> None:
    patterns = spec_literal("UNUSED_BINARIES")
    assert isinstance(patterns, list)
    modules = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules
    for module in modules:
        qt6 = "qt6" + module.removeprefix("Qt").lower()  # QtPdfWidgets -> qt6pdfwidgets
        for library in (f"lib{qt6}.so.6", f"{qt6}.dll", f"{module.lower()}.abi3.so", f"{module.lower()}.pyd"):
            hit = [p for p in patterns if fnmatch(library, p)]
            assert not hit, f"{module} is imported but {library} is left out by {hit}"


def test_every_hidden_import_in_the_spec_exists() -> None:
    hidden = spec_literal("hiddenimports")
    assert isinstance(hidden, list)
    assert hidden
    importlib.import_module("psycopg")  # psycopg_binary refuses to load before it
    missing = [name for name in hidden if importlib.util.find_spec(name) is None]
    assert not missing


def test_the_build_extra_pins_pyinstaller() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build = project["optional-dependencies"]["build"]
    pyinstaller = next(req for req in build if req.startswith("pyinstaller>"))
    assert "<" in pyinstaller, "PyInstaller needs an upper bound: a new major may change the layout"


# --------------------------------------------------------------------------- the running app


def app_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "KAEJON_DATA_DIR": str(tmp_path / "data")}


@pytest.mark.gui
def test_smoke_test_mode_shows_every_page_and_closes(sqlite_database: Database, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = app_env(tmp_path)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", sqlite_database.label, "--smoke-test",
         "--screenshots", str(shots)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith(SMOKE_MARK))
    values = dict(part.split("=", 1) for part in line.split()[1:])
    assert values["version"] == PYPROJECT_VERSION
    assert values["frozen"] == "0"
    assert values["font"] == "Sarabun"
    assert values["thai_words"] == "5"
    pages = int(values["pages"])
    assert pages >= 7
    assert sorted(p.name for p in shots.glob("page-*.png")) == sorted(
        f"page-{i}.png" for i in range(1, pages + 1))
    assert (shots / "smoke.txt").read_text(encoding="utf-8").strip() == line
    # pythainlp ran, but wrote nothing into the home folder (main.py makes it read-only);
    # only fontconfig (the system's font library) may cache its font list there.
    home = Path(env["HOME"])
    assert [p for p in home.rglob("*") if not (p == home / ".cache" or p.is_relative_to(
        home / ".cache" / "fontconfig"))] == []


def test_an_older_database_is_backed_up_and_upgraded_when_the_app_opens_it(
        demo_database: Database, tmp_path: Path) -> None:
    """What an office PC goes through when a newer version is installed over an older one:
    the first start (here the command line, the same open_database path as the window) copies
    the database to backups/ and migrates it, and nothing is lost."""
    path = demo_database.file
    assert path is not None
    with demo_database.read() as s:
        from sqlalchemy import text

        households = s.execute(text("SELECT count(*) FROM households")).scalar_one()
        members = s.execute(text("SELECT count(*) FROM members")).scalar_one()
    first = sorted(migrate.known_revisions())[0]
    migrate.downgrade(demo_database.engine, first)
    demo_database.dispose()

    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "info", "--json", "--db", str(path)],
                          cwd=tmp_path, env=app_env(tmp_path), capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["app_version"] == PYPROJECT_VERSION
    assert info["schema_version"] == migrate.head_revision()
    assert (info["households"], info["members"]) == (households, members)
    backups = list((path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"{path.stem}-before-upgrade-{first}-")
    with closing(sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        assert con.execute("SELECT count(*) FROM households").fetchone()[0] == households


# --------------------------------------------------------------------------- the smoke script


def load_smoke_script() -> object:
    spec = importlib.util.spec_from_file_location("kaejon_smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kaejon_smoke"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["kaejon_smoke"]
    return module


def test_the_smoke_script_runs_the_bundle_in_a_bare_environment(tmp_path: Path) -> None:
    smoke_module = load_smoke_script()
    smoke = smoke_module.Smoke(  # type: ignore[attr-defined]
        bundle=tmp_path / "KaeJonDesk", work=tmp_path / "cwd", home=tmp_path / "home",
        screenshots=tmp_path / "shots", out=tmp_path / "out", version=PYPROJECT_VERSION)
    env = smoke.environment()
    venv = str(ROOT / ".venv")
    assert not any(venv in value for value in env.values())
    assert "VIRTUAL_ENV" not in env
    assert "PYTHONPATH" not in env
    if os.name != "nt":  # the default data folder under the new home is used
        assert "KAEJON_DATA_DIR" not in env
        assert env["PATH"] == "/usr/bin:/bin"
    names = [step.name for step in smoke_module.STEPS]  # type: ignore[attr-defined]
    assert len(names) == len(set(names))
    assert {"demo", "info --json", "main window"} <= set(names)
    assert smoke.executable(gui=True).parent == smoke.executable(gui=False).parent


def test_the_smoke_script_refuses_a_missing_bundle(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    smoke_module = load_smoke_script()
    code = smoke_module.main(["--bundle", str(tmp_path / "nothing")])  # type: ignore[attr-defined]
    assert code == 2
    assert "tasks.py build" in capsys.readouterr().out
