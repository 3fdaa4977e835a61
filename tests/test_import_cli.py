"""``python main.py import`` and ``undo-import``: in-process through ``main.main``, and a real
process killed with SIGKILL in the middle of a big import."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from core.database import open_database
from core.i18n import translate
from core.office import OfficeSetup, create_office
from tests import messy_files as mf
from tests.test_cli import assert_one_line_error, run

ROOT = Path(__file__).resolve().parent.parent
COUNT_KEYS = ("rows_read", "members_new", "members_updated", "unchanged", "rejected", "review",
              "households_new", "households_updated", "households_disappeared")


def import_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code, out, err = run(capsys, "import", *argv, "--json")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def table_counts(db: Path) -> dict[str, int]:
    """Rows of every table of the SQLite file (read with the sqlite3 module, not the app)."""
    with closing(sqlite3.connect(db)) as con:
        names = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql).fetchall()


def expected_counts(e: dict[str, object]) -> dict[str, object]:
    rejected = e["rejected"]
    assert isinstance(rejected, dict)
    return {"rows_read": e["rows_read"], "members_new": e["members"], "members_updated": 0,
            "unchanged": 0, "rejected": len(rejected), "review": 0,
            "households_new": e["households"], "households_updated": 0,
            "households_disappeared": 0}


@pytest.fixture
def db(sqlite_template: Path, tmp_path: Path) -> Path:
    """A closed SQLite office database for district 5201."""
    target = tmp_path / "office.db"
    shutil.copy(sqlite_template, target)
    database = open_database(target)
    try:
        with database.begin() as s:
            create_office(s, database.system_actor(), OfficeSetup(district_code="5201"))
    finally:
        database.dispose()
    return target


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, mf.MessyFile]:
    folder = tmp_path_factory.mktemp("cli_files")
    return {"tpmap": mf.tpmap_person_xlsx(folder), "thaiqm": mf.thaiqm_household_xlsx(folder)}


# --------------------------------------------------------------------------- import


def test_import_json_prints_the_counts_and_exits_0_with_rejected_rows(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile]) -> None:
    tpmap = files["tpmap"]
    data = import_json(capsys, str(tpmap.path), "--db", str(db))
    assert list(data) == [*COUNT_KEYS, "batch_id", "dry_run"]
    assert {k: data[k] for k in COUNT_KEYS} == expected_counts(tpmap.expected)
    assert data["rejected"] == 6
    assert (data["batch_id"], data["dry_run"]) == (1, False)
    assert query(db, "SELECT count(*) FROM households") == [(tpmap.expected["households"],)]
    assert query(db, "SELECT count(*) FROM members") == [(tpmap.expected["members"],)]
    assert query(db, "SELECT id, file_name, source_code, rows_read FROM import_batches") == [
        (1, tpmap.path.name, "tpmap", tpmap.expected["rows_read"])]
    # the same file again: everything unchanged, a second batch
    code, out, err = run(capsys, "--db", str(db), "import", str(tpmap.path), "--json")
    assert (code, err) == (0, "")
    again = json.loads(out)
    assert (again["unchanged"], again["members_new"], again["households_updated"],
            again["batch_id"]) == (tpmap.expected["members"], 0, 0, 2)


def test_import_text_output_lists_the_counts_and_every_rejected_row(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile]) -> None:
    tpmap = files["tpmap"]
    code, out, err = run(capsys, "import", str(tpmap.path), "--db", str(db), "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:9] == [
        f"Data rows read: {tpmap.expected['rows_read']}", f"New people: {tpmap.expected['members']}",
        "Updated people: 0", "Unchanged: 0", f"Rejected: {len(tpmap.expected['rejected'])}",
        "To review: 0", f"New households: {tpmap.expected['households']}",
        "Updated households: 0", "Households no longer on the list: 0"]
    rejected = [line for line in lines if line.startswith("Row ")]
    assert [int(line.split()[1].rstrip(":")) for line in rejected] == sorted(
        tpmap.expected["rejected"])
    assert lines[-1] == "Saved as import number 1."


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], db: Path,
                                files: dict[str, mf.MessyFile], tmp_path: Path) -> None:
    tpmap = files["tpmap"]
    before = table_counts(db)
    errors = tmp_path / "out" / "rejected.xlsx"
    data = import_json(capsys, str(tpmap.path), "--db", str(db), "--dry-run",
                       "--errors", str(errors))
    assert {k: data[k] for k in COUNT_KEYS} == expected_counts(tpmap.expected)
    assert (data["batch_id"], data["dry_run"]) == (None, True)
    assert table_counts(db) == before
    # the error workbook is written for a dry run too: the rows to fix before importing
    ws = openpyxl.load_workbook(errors).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == sorted(tpmap.expected["rejected"])
    assert all(isinstance(r[-1], str) and r[-1] for r in rows)


def test_errors_workbook_holds_the_rejected_rows_as_the_file_had_them(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile],
        tmp_path: Path) -> None:
    tpmap = files["tpmap"]
    errors = tmp_path / "ข้อผิดพลาด.xlsx"
    data = import_json(capsys, str(tpmap.path), "--db", str(db), "--errors", str(errors))
    assert data["rejected"] == len(tpmap.expected["rejected"])
    wb = openpyxl.load_workbook(errors)
    ws = wb.active
    assert ws is not None
    assert ws.cell(2, 1).value == "แถวที่"
    assert ws.cell(2, len(mf.TPMAP_HEADERS) + 2).value == "เหตุผลที่ไม่นำเข้า"
    source = openpyxl.load_workbook(tpmap.path)["รายชื่อ"]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [r[0] for r in body] == sorted(tpmap.expected["rejected"])
    for r in body:
        assert r[1:-1] == [c.value for c in source[r[0]]]


def test_source_and_list_year_are_recorded(capsys: pytest.CaptureFixture[str], db: Path,
                                           files: dict[str, mf.MessyFile]) -> None:
    thaiqm, tpmap = files["thaiqm"], files["tpmap"]
    data = import_json(capsys, str(thaiqm.path), "--db", str(db), "--source", "thaiqm",
                       "--list-year", "2566")
    assert {k: data[k] for k in COUNT_KEYS} == expected_counts(thaiqm.expected)
    data = import_json(capsys, str(tpmap.path), "--db", str(db), "--source", "tpmap",
                       "--list-year", "2567")
    assert data["households_new"] == tpmap.expected["households"]
    assert query(db, "SELECT id, source_code, list_year_be, survey_year_be FROM import_batches "
                     "ORDER BY id") == [(1, "thaiqm", 2566, 2566), (2, "tpmap", 2567, 2566)]
    assert query(db, "SELECT source_code, list_year_be, count(*) FROM household_sources "
                     "GROUP BY 1, 2 ORDER BY 1") == [
        ("thaiqm", 2566, thaiqm.expected["households"]),
        ("tpmap", 2567, tpmap.expected["households"])]
    # TPMAP lists of year Y hold the survey of Y−1: the failed dimensions carry that year
    assert query(db, "SELECT DISTINCT p.survey_year_be FROM household_problems p "
                     "JOIN household_sources s ON s.household_id = p.household_id "
                     "WHERE s.source_code = 'tpmap'") == [(2566,)]
    assert query(db, "SELECT count(*) FROM households WHERE in_thaiqm") == [
        (thaiqm.expected["households"],)]
    # a CE year is refused with one line, before anything is read
    before = table_counts(db)
    assert_one_line_error(*run(capsys, "import", str(tpmap.path), "--db", str(db),
                               "--list-year", "2024"))
    assert table_counts(db) == before


def test_a_named_mapping_that_does_not_exist_is_refused(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile]) -> None:
    before = table_counts(db)
    err = assert_one_line_error(*run(capsys, "import", str(files["tpmap"].path), "--db",
                                     str(db), "--mapping", "ไม่มีชื่อนี้"))
    assert "ไม่มีชื่อนี้" in err
    assert table_counts(db) == before


def test_bad_files_exit_1_with_one_line_and_change_nothing(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    before = table_counts(db)
    for name, bad in mf.bad_files(tmp_path).items():
        code, out, err = run(capsys, "import", str(bad.path), "--db", str(db), "--json")
        assert_one_line_error(code, out, err)
        assert len(err) < 400, name
    assert table_counts(db) == before


# --------------------------------------------------------------------------- undo-import


def test_undo_import_restores_and_refuses_properly(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile]) -> None:
    domain = ("households", "members", "household_sources", "household_problems", "villages",
              "member_welfare", "visits")
    before = table_counts(db)
    first = import_json(capsys, str(files["tpmap"].path), "--db", str(db))
    after_first = table_counts(db)
    second = import_json(capsys, str(files["thaiqm"].path), "--db", str(db))
    with_both = table_counts(db)

    # a batch that does not exist: one line, nothing changed
    err = assert_one_line_error(*run(capsys, "undo-import", "99", "--db", str(db)))
    assert "99" in err
    assert table_counts(db) == with_both

    code, out, err = run(capsys, "undo-import", str(second["batch_id"]), "--db", str(db),
                         "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith(f"Import number {second['batch_id']} undone: ")
    assert out.count("\n") == 1
    after = table_counts(db)
    assert {t: after[t] for t in domain} == {t: after_first[t] for t in domain}

    # undone once is enough
    err = assert_one_line_error(*run(capsys, "undo-import", str(second["batch_id"]),
                                     "--db", str(db)))
    assert str(second["batch_id"]) in err
    assert table_counts(db) == after

    code, out, err = run(capsys, "undo-import", str(first["batch_id"]), "--db", str(db))
    assert (code, err) == (0, "")
    final = table_counts(db)
    assert {t: final[t] for t in domain} == {t: before[t] for t in domain}
    assert query(db, "SELECT id, status FROM import_batches ORDER BY id") == [
        (first["batch_id"], "undone"), (second["batch_id"], "undone")]


def test_undo_import_of_an_earlier_batch_is_refused_after_a_later_import(
        capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, mf.MessyFile]) -> None:
    tpmap = files["tpmap"]
    first = import_json(capsys, str(tpmap.path), "--db", str(db))
    # the list comes again: the second import stamps every household as listed by it
    second = import_json(capsys, str(tpmap.path), "--db", str(db))
    assert second["unchanged"] == tpmap.expected["members"]
    before = table_counts(db)
    err = assert_one_line_error(*run(capsys, "undo-import", str(first["batch_id"]),
                                     "--db", str(db)))
    assert str(first["batch_id"]) in err
    assert translate("import", "list entry") in err
    assert table_counts(db) == before
    # once the later import is undone, the first can be
    assert run(capsys, "undo-import", str(second["batch_id"]), "--db", str(db))[0] == 0
    assert run(capsys, "undo-import", str(first["batch_id"]), "--db", str(db))[0] == 0
    assert query(db, "SELECT count(*) FROM households") == [(0,)]


# --------------------------------------------------------------------------- kill -9


@pytest.fixture(scope="session")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Big person lists by row count, written on first use (a few seconds each)."""
    return {}


def big_file(big_files: dict[int, Path], folder: Path, rows: int) -> Path:
    if rows not in big_files:
        big_files[rows] = mf.big_person_xlsx(folder / f"big_{rows}.xlsx", rows=rows)
    return big_files[rows]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_during_an_import_leaves_the_database_as_it_was(
        db: Path, big_files: dict[int, Path], tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.getbasetemp() / "big_lists"
    folder.mkdir(exist_ok=True)
    before = table_counts(db)
    pristine = db.with_name("pristine.db")
    shutil.copy(db, pristine)
    wal = db.with_name(db.name + "-wal")
    journal = db.with_name(db.name + "-journal")
    outcome = "not run"
    for rows in (30_000, 60_000, 120_000):
        path = big_file(big_files, folder, rows)
        child = subprocess.Popen(
            [sys.executable, "main.py", "import", str(path), "--db", str(db), "--json"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        killed = False
        deadline = time.monotonic() + 120
        try:
            while child.poll() is None and time.monotonic() < deadline:
                # Inside the write transaction: pages of the import spill into the WAL (or a
                # rollback journal appears) before anything is committed.
                size = wal.stat().st_size if wal.exists() else 0
                if size > 256 * 1024 or journal.exists():
                    os.kill(child.pid, signal.SIGKILL)
                    killed = True
                    break
                time.sleep(0.005)
        finally:
            if child.poll() is None and not killed:
                os.kill(child.pid, signal.SIGKILL)
            child.communicate(timeout=60)
        if not killed:
            assert child.returncode == 0, "the import failed before it could be killed"
            outcome = f"finished before the kill ({rows} rows)"
            _reset(db, pristine)  # it committed: again from the same state, a bigger file
            continue
        assert child.returncode == -signal.SIGKILL
        with closing(sqlite3.connect(db)) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = table_counts(db)
        if after["import_batches"] == before["import_batches"] + 1:
            outcome = f"committed just before the kill ({rows} rows)"
            _reset(db, pristine)
            continue
        # Only the backup taken before the import was committed (and noted in the audit log).
        assert query(db, "SELECT action, json_extract(detail, '$.reason') FROM audit_log") == [
            ("backup", "before-import")]
        assert {k: v for k, v in after.items() if k not in ("audit_log", "app_settings")} == {
            k: v for k, v in before.items() if k not in ("audit_log", "app_settings")}
        # and the application opens it as usual
        database = open_database(db)
        try:
            assert database.office() is not None
        finally:
            database.dispose()
        return
    pytest.fail(f"could not kill the import while it was writing: {outcome}")


def _reset(db: Path, pristine: Path) -> None:
    """Put the database file back as it was before the import (no WAL left over)."""
    for suffix in ("-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copy(pristine, db)


def test_a_new_household_without_an_address_is_rejected_in_the_dry_run_and_the_import(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    """A person with a valid ID but no subdistrict would make a household nowhere: the dry run
    and the import reject that row alike (with a reason), and import the others."""
    rng = random.Random(5)
    sub = next(iter(mf.SUBDISTRICTS.values()))
    rows = [["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "ตำบล", "อำเภอ",
             "จังหวัด"],
            ["1", "นายสมหมาย ใจมา", mf.make_id(rng), "12/1", "ม.4", f"ต.{sub}", "เมืองลำปาง",
             "ลำปาง"],
            ["2", "นายเอกชัย บุญมา", mf.make_id(rng), "", "", "", "เมืองลำปาง", "ลำปาง"]]
    path = tmp_path / "list.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8-sig")
    errors = tmp_path / "rejected.xlsx"
    dry = import_json(capsys, str(path), "--db", str(db), "--dry-run", "--errors", str(errors))
    done = import_json(capsys, str(path), "--db", str(db))
    for data in (dry, done):
        assert (data["households_new"], data["members_new"], data["rejected"]) == (1, 1, 1)
    assert query(db, "SELECT head_name FROM households") == [("นายสมหมาย ใจมา",)]
    ws = openpyxl.load_workbook(errors).active
    assert ws is not None
    reasons = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert len(reasons) == 1
    assert "ตำบล" in str(reasons[0][-1])


def test_people_of_two_known_households_without_an_address_go_to_review(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    """Rows whose people belong to two households already in the database need a person's
    decision even when the file gives no address: review, not "needs its address"."""
    rng = random.Random(9)
    sub = next(iter(mf.SUBDISTRICTS.values()))
    a, b = mf.make_id(rng), mf.make_id(rng)
    head = ["ลำดับ", "รหัสบ้าน", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่", "ตำบล",
            "อำเภอ", "จังหวัด"]
    first = [head, ["1", "", "นายสมหมาย ใจมา", a, "12/1", "ม.4", f"ต.{sub}", "เมืองลำปาง", "ลำปาง"],
             ["2", "", "นายเอกชัย บุญมา", b, "99", "ม.5", f"ต.{sub}", "เมืองลำปาง", "ลำปาง"]]
    second = [head, ["1", "52019999991", "นายสมหมาย ใจมา", a, "", "", "", "", ""],
              ["2", "52019999991", "นายเอกชัย บุญมา", b, "", "", "", "", ""]]
    for name, rows in (("first.csv", first), ("second.csv", second)):
        (tmp_path / name).write_text("\n".join(",".join(r) for r in rows), encoding="utf-8-sig")
    done = import_json(capsys, str(tmp_path / "first.csv"), "--db", str(db))
    assert done["households_new"] == 2
    again = import_json(capsys, str(tmp_path / "second.csv"), "--db", str(db), "--dry-run")
    assert (again["review"], again["rejected"]) == (2, 0)
