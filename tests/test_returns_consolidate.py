"""Provincial consolidation and the command line: export-return and consolidate."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import main
from core.database import open_database
from core.demo import generate_demo
from core.errors import UserError
from core.returns.consolidate import read_district_returns
from core.returns.model import (
    AGENCIES,
    DIMENSIONS,
    LEVELS,
    META_SHEET,
    PROVINCE_SHEET_NAMES,
    SHEET_NAMES,
    SUBDISTRICTS,
    SUMMARY,
    Period,
)
from exports.returns.standard import FIRST_DATA_ROW
from tests.libreoffice import convert_all
from ui import returns_jobs

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, sys
import main
code = main.main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"code": code, "qt": qt}), file=sys.stderr)
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> dict[str, Path]:
    """Three offices of Lampang (เมืองลำปาง, เถิน, แม่ทะ) with demo data, closed files."""
    folder = tmp_path_factory.mktemp("districts")
    files = {}
    for code, n in (("5201", 120), ("5208", 80), ("5210", 60)):
        path = folder / f"{code}.db"
        shutil.copy(sqlite_template, path)
        database = open_database(path)
        generate_demo(database, households=n, seed=int(code), district_code=code,
                      as_of=dt.date(2026, 9, 1))
        database.dispose()
        files[code] = path
    return files


def _export(capsys: pytest.CaptureFixture[str], db: Path, out: Path, period: str = "2569-09",
            *extra: str) -> dict[str, object]:
    code, stdout, err = run(capsys, "export-return", "--db", str(db), "--out", str(out),
                            "--period", period, "--json", *extra)
    assert (code, err) == (0, "")
    data = json.loads(stdout)
    assert isinstance(data, dict)
    return data


def test_export_return_command(capsys: pytest.CaptureFixture[str], districts: dict[str, Path],
                               tmp_path: Path) -> None:
    out = tmp_path / "returns" / "5201.xlsx"
    data = _export(capsys, districts["5201"], out, "2569-09", "--submit")
    assert data["period"] == "2569-09"
    assert data["kind"] == "standard"
    assert data["totals"]["total"] == 120
    assert data["households_listed"] == 120
    assert isinstance(data["snapshot_id"], int)
    assert data["compared_with"] is None  # nothing was submitted before
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [*SHEET_NAMES.values(), META_SHEET]
    code, text, err = run(capsys, "export-return", "--db", str(districts["5201"]), "--out",
                          str(tmp_path / "x.xlsx"), "--period", "2569-10")
    assert code == 0
    assert err == ""
    assert "ตุลาคม 2569" in text
    assert "120" in text
    assert "กันยายน 2569: ไม่มีการเปลี่ยนแปลง" in text  # beside the September return just sent
    october = _export(capsys, districts["5201"], tmp_path / "x.xlsx", "2569-10")
    assert october["compared_with"] == "2569-09"
    assert set(october["changes"].values()) == {0}  # type: ignore[union-attr]
    for bad, message in (("2026-09", "พุทธศักราช"), ("2569-13", "2569-09")):
        code, text, err = run(capsys, "export-return", "--db", str(districts["5201"]), "--out",
                              str(tmp_path / "y.xlsx"), "--period", bad)
        assert code == 1
        assert text == ""
        assert err.startswith("kaejon: ")
        assert message in err
    assert not (tmp_path / "y.xlsx").exists()
    code, _text, err = run(capsys, "export-return", "--db", str(districts["5201"]), "--out",
                           str(tmp_path / "y.xlsx"), "--mapping", "x")
    assert code == 1
    assert "--template" in err
    code, _text, err = run(capsys, "export-return", "--db", str(districts["5201"]), "--out",
                           str(tmp_path / "y.xlsx"), "--template", str(out))
    assert code == 1
    assert "5201.xlsx" in err


def test_consolidate_three_districts(capsys: pytest.CaptureFixture[str], districts: dict[str, Path],
                                     tmp_path: Path) -> None:
    files = {c: tmp_path / f"{c}.xlsx" for c in districts}
    exported = {c: _export(capsys, districts[c], files[c]) for c in districts}
    out = tmp_path / "province.xlsx"
    code, stdout, err = run(capsys, "consolidate", *map(str, files.values()), "--out", str(out),
                            "--json")
    assert (code, err) == (0, "")
    result = json.loads(stdout)
    assert result["districts"] == ["5201", "5208", "5210"]
    assert result["totals"]["total"] == 260
    for key, value in result["totals"].items():
        assert value == sum(e["totals"][key] for e in exported.values())  # type: ignore[index]

    made = returns_jobs.make_province(list(files.values()))
    district_data = {}
    for c, path in districts.items():
        database = open_database(path)
        try:
            district_data[c] = returns_jobs.figures(database, period=Period(2569, 9),
                                                    actor=database.system_actor())
        finally:
            database.dispose()
    summary = made.data.tables[SUMMARY]
    assert [r.label for r in summary.rows] == ["อำเภอเมืองลำปาง", "อำเภอเถิน", "อำเภอแม่ทะ"]
    for row in summary.rows:
        assert row.values == district_data[row.code].tables[SUMMARY].totals()
    for key in (DIMENSIONS, LEVELS):
        assert made.data.tables[key].totals() == [
            sum(x) for x in zip(*(d.tables[key].totals() for d in district_data.values()), strict=True)]
    subs = made.data.tables[SUBDISTRICTS]
    assert len(subs.rows) == sum(len(d.tables[SUMMARY].rows) for d in district_data.values())
    assert made.data.tables[AGENCIES].total("planned") == sum(
        d.tables[AGENCIES].total("planned") for d in district_data.values())
    assert "ยังไม่มีแบบรายงานของ" in summary.notes[0]
    assert "อำเภองาว" in summary.notes[0]

    wb = openpyxl.load_workbook(io.BytesIO(made.content))
    assert wb.sheetnames == [*PROVINCE_SHEET_NAMES.values(), "แหล่งข้อมูล", META_SHEET]
    assert "จังหวัดลำปาง" in wb[PROVINCE_SHEET_NAMES[SUMMARY]]["A2"].value
    (converted,) = convert_all([out], "xlsx", tmp_path / "lo")
    lo = openpyxl.load_workbook(converted, data_only=True)
    for key, table in made.data.tables.items():
        ws = lo[PROVINCE_SHEET_NAMES[key]]
        total_row = FIRST_DATA_ROW + len(table.rows)
        for j, column in enumerate(table.columns):
            expected = table.total(column.key)
            value = ws.cell(total_row, 3 + j).value
            assert value == (pytest.approx(expected / 100, abs=0.005) if column.money else expected)


def test_refusals(capsys: pytest.CaptureFixture[str], districts: dict[str, Path],
                  tmp_path: Path) -> None:
    sept = tmp_path / "5201.xlsx"
    _export(capsys, districts["5201"], sept)
    august = tmp_path / "5208-august.xlsx"
    _export(capsys, districts["5208"], august, "2569-08")
    twice = tmp_path / "5201-again.xlsx"
    shutil.copy(sept, twice)
    incomplete = tmp_path / "5210-incomplete.xlsx"
    _export(capsys, districts["5210"], incomplete)
    wb = openpyxl.load_workbook(incomplete)
    del wb[SHEET_NAMES[LEVELS]]
    wb.save(incomplete)
    blank = tmp_path / "5210-blank.xlsx"
    _export(capsys, districts["5210"], blank)
    wb = openpyxl.load_workbook(blank)
    wb[SHEET_NAMES[SUMMARY]].cell(FIRST_DATA_ROW + 2, 5).value = None
    wb.save(blank)
    stranger = tmp_path / "list.xlsx"
    openpyxl.Workbook().save(stranger)

    with pytest.raises(UserError, match=r"5201\.xlsx: .*สองครั้ง"):
        read_district_returns([sept, sept])
    with pytest.raises(UserError) as e:
        read_district_returns([sept, august, twice, incomplete, blank, stranger])
    message = str(e.value)
    lines = message.splitlines()
    assert len(lines) == 6  # the heading and one line per refused file
    assert "5208-august.xlsx" in message
    assert "สิงหาคม 2569" in message
    assert "กันยายน 2569" in message
    assert "5201-again.xlsx" in message
    assert "5201" in message
    assert "5210-incomplete.xlsx" in message
    assert SHEET_NAMES[LEVELS] in message
    assert "5210-blank.xlsx" in message
    assert f"{FIRST_DATA_ROW + 2}" in message
    assert "list.xlsx" in message
    # The command says the same in one go and writes nothing.
    out = tmp_path / "province.xlsx"
    code, stdout, err = run(capsys, "consolidate", str(sept), str(august), "--out", str(out))
    assert code == 1
    assert stdout == ""
    assert "5208-august.xlsx" in err
    assert not out.exists()
    # With --period, the September file is the one refused.
    with pytest.raises(UserError, match=r"5201\.xlsx"):
        read_district_returns([sept, august], period=Period(2569, 8))
    # A province return is not a district's.
    fine = tmp_path / "5208.xlsx"
    _export(capsys, districts["5208"], fine)
    run(capsys, "consolidate", str(sept), str(fine), "--out", str(out))
    with pytest.raises(UserError, match=r"province\.xlsx"):
        read_district_returns([out])
    with pytest.raises(UserError):
        read_district_returns([])


def test_a_return_saved_again_by_libreoffice_still_combines(
        capsys: pytest.CaptureFixture[str], districts: dict[str, Path], tmp_path: Path) -> None:
    """A district that opened its return in a spreadsheet and saved it can still send it."""
    original = tmp_path / "5201.xlsx"
    _export(capsys, districts["5201"], original)
    other = tmp_path / "5208.xlsx"
    _export(capsys, districts["5208"], other)
    (resaved,) = convert_all([original], "xlsx", tmp_path / "resaved")
    direct = returns_jobs.make_province([original, other]).data
    through = returns_jobs.make_province([resaved, other]).data
    for key in (SUMMARY, SUBDISTRICTS, DIMENSIONS, AGENCIES, LEVELS):
        assert through.tables[key].totals() == direct.tables[key].totals(), key
        assert [r.label for r in through.tables[key].rows] == [r.label for r in direct.tables[key].rows]


def test_return_commands_run_headless_without_qt(districts: dict[str, Path], tmp_path: Path) -> None:
    """The command path never imports Qt: it works on a server."""
    env = {**os.environ, "KAEJON_DATA_DIR": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "5208.xlsx"
    for argv in (["export-return", "--db", str(districts["5208"]), "--out", str(out),
                  "--period", "2569-09", "--json"],
                 ["consolidate", str(out), "--out", str(tmp_path / "province.xlsx"), "--json"]):
        proc = subprocess.run([sys.executable, "-c", CHILD, *argv], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=180, check=False)
        report = json.loads(proc.stderr.strip().splitlines()[-1])
        assert report == {"code": 0, "qt": []}, proc.stderr
        assert json.loads(proc.stdout)["totals"]["total"] == 80
