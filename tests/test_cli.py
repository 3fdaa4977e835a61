"""The headless command line, run in-process through ``main.main`` (and once as a real process)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import main
from core.database import Database
from core.i18n import translate
from core.version import app_version
from db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent
INFO_KEYS = {"schema_version", "households", "members", "visits", "interventions", "partners",
             "import_batches", "history", "villages"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    assert err.startswith("kaejon: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the shared demo database (300 households), closed."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return target


def info_json(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, object]:
    code, out, err = run(capsys, "info", "--db", db, "--json")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


# --------------------------------------------------------------------------- init


def test_init_creates_the_office_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "office" / "kaejon.db"
    code, out, err = run(capsys, "init", "--db", str(db), "--district", "5208",
                         "--office-name", "ศจพ.อ.เถิน")
    assert (code, err) == (0, "")
    assert str(db) in out
    assert "ศจพ.อ.เถิน" in out
    data = info_json(capsys, str(db))
    assert data["office"] == {"name": "ศจพ.อ.เถิน", "district_code": "5208", "district": "เถิน",
                              "province": "ลำปาง"}
    assert data["households"] == 0


def test_init_refuses_an_unknown_district(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "kaejon.db"
    err = assert_one_line_error(*run(capsys, "init", "--db", str(db), "--district", "9999"))
    assert "9999" in err
    assert not db.exists()


def test_init_twice_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "kaejon.db")
    assert run(capsys, "init", "--db", db, "--district", "5201")[0] == 0
    assert_one_line_error(*run(capsys, "init", "--db", db, "--district", "5208"))
    office = info_json(capsys, db)["office"]
    assert isinstance(office, dict)
    assert office["district_code"] == "5201"


def test_init_without_a_district_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["init", "--db", str(tmp_path / "x.db")])
    assert exited.value.code == 2
    assert "--district" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"KaeJon Desk {app_version()}"


def test_the_default_database_is_in_the_user_folder(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    """The autouse fixture points KAEJON_DATA_DIR at tmp_path/userdata: nothing real is touched."""
    assert run(capsys, "init", "--district", "5201")[0] == 0
    assert (tmp_path / "userdata" / "kaejon.db").is_file()


# --------------------------------------------------------------------------- demo and info


def test_demo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, out, err = run(capsys, "demo", "--db", db, "--households", "50", "--seed", "7")
    assert (code, err) == (0, "")
    assert "50" in out
    assert db in out
    data = info_json(capsys, db)
    assert data["households"] == 50
    office = data["office"]
    assert isinstance(office, dict)
    assert office["district_code"] == "5201"


def test_demo_refuses_a_negative_count(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert_one_line_error(*run(capsys, "demo", "--db", str(db), "--households", "-5"))
    assert not db.exists()


def test_info_json(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    data = info_json(capsys, str(demo_file))
    assert set(data) >= INFO_KEYS
    assert data["app_version"] == app_version()
    assert data["schema_version"] == head_revision()
    assert data["database"] == str(demo_file)
    assert data["households"] == 300
    members = data["members"]
    assert isinstance(members, int)
    assert 300 <= members <= 2400
    for key in ("visits", "interventions", "partners", "history"):
        value = data[key]
        assert isinstance(value, int)
        assert value > 0, key
    assert data["import_batches"] == 0
    villages = data["villages"]
    assert isinstance(villages, list)
    assert villages
    for village in villages:
        assert set(village) == {"code", "name", "households"}
        assert len(village["code"]) == 8
        assert village["code"].isdigit()
        assert village["code"].startswith("5201")
        assert village["households"] > 0
    assert sum(v["households"] for v in villages) == data["households"]
    assert [v["code"] for v in villages] == sorted(v["code"] for v in villages)


def test_info_json_on_each_backend(capsys: pytest.CaptureFixture[str], database: Database,
                                   db_url: str) -> None:
    data = info_json(capsys, db_url)
    assert data["households"] == 0
    assert data["villages"] == []
    office = data["office"]
    assert isinstance(office, dict)
    assert office["district"] == "เมืองลำปาง"
    assert data["database"] == database.label


def test_info_text_in_thai_by_default(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, err = run(capsys, "info", "--db", str(demo_file))
    assert (code, err) == (0, "")
    assert f"{translate('cli', 'Households')}: 300" in out
    assert "ครัวเรือน: 300" in out
    assert str(demo_file) in out


def test_info_text_in_english(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, err = run(capsys, "--lang", "en", "info", "--db", str(demo_file))
    assert (code, err) == (0, "")
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["Database"] == str(demo_file)
    assert lines["Schema version"] == head_revision()
    assert lines["Households"] == "300"
    assert lines["Import batches"] == "0"
    assert set(lines) == {"Database", "Schema version", "Office", "Households", "Members",
                          "Villages with households", "Visits", "Interventions",
                          "Partner agencies", "Import batches", "History entries"}


def test_info_on_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "kaejon.db"
    err = assert_one_line_error(*run(capsys, "info", "--db", str(missing)))
    assert str(missing) in err
    assert not missing.exists()
    assert not missing.parent.exists()


def test_errors_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "kaejon.db"
    err = assert_one_line_error(*run(capsys, "--lang", "en", "info", "--db", str(missing)))
    assert "does not exist" in err


# --------------------------------------------------------------------------- backup and restore


def test_backup_and_restore(capsys: pytest.CaptureFixture[str], demo_file: Path,
                            tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "friday.db"
    code, out, err = run(capsys, "backup", "--db", str(demo_file), "--out", str(copy))
    assert (code, err) == (0, "")
    assert str(copy) in out
    assert copy.is_file()

    with closing(sqlite3.connect(demo_file)) as con:
        con.execute("DELETE FROM households WHERE id > 100")
        con.commit()
    assert info_json(capsys, str(demo_file))["households"] == 100

    code, out, err = run(capsys, "restore", "--db", str(demo_file), "--from", str(copy))
    assert (code, err) == (0, "")
    assert str(copy) in out
    kept = list((demo_file.parent / "backups").glob("demo-before-restore-*.db"))
    assert len(kept) == 1
    assert str(kept[0]) in out
    assert info_json(capsys, str(demo_file))["households"] == 300
    assert info_json(capsys, str(kept[0]))["households"] == 100


def test_restore_from_a_bad_file(capsys: pytest.CaptureFixture[str], demo_file: Path,
                                 tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    before = demo_file.read_bytes()
    err = assert_one_line_error(*run(capsys, "restore", "--db", str(demo_file), "--from", str(bad)))
    assert str(bad) in err
    assert demo_file.read_bytes() == before


def test_backup_of_a_server_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = assert_one_line_error(*run(capsys, "backup", "--db", "postgresql+psycopg://u@h/db",
                                     "--out", str(tmp_path / "x.db")))
    assert "pg_dump" in err


# --------------------------------------------------------------------------- no Qt when headless

CHILD = """
import json, sys
import main
code = main.main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"code": code, "qt": qt}), file=sys.stderr)
"""


def test_headless_commands_do_not_import_qt(demo_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "KAEJON_DATA_DIR": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "info", "--db", str(demo_file), "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "qt": []}
    assert json.loads(proc.stdout)["households"] == 300


def test_main_py_runs_as_a_script(demo_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "KAEJON_DATA_DIR": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "en", "info", "--db",
         str(tmp_path / "missing.db")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith("kaejon: The database file")
    assert "Traceback" not in proc.stderr
