"""What the audit log records (imports, prints, returns, backups) and ``audit verify`` on the
command line, with entries tampered with directly in the database on both backends."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core.audit import AuditFilter, audit_lines, count_audit, expand_ranges, id_ranges
from core.database import Database, open_database
from core.demo import generate_demo
from core.i18n import set_language
from db.models import AuditEntry, Household
from tests.test_cli import run


def entries(database: Database, action: str | None = None) -> list[AuditEntry]:
    with database.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        return list(s.scalars(stmt))


def test_id_ranges_round_trip() -> None:
    ids = [5, 1, 2, 3, 9, 10, 11, 20, 2]
    assert id_ranges(ids) == "1-3,5,9-11,20"
    assert expand_ranges(id_ranges(ids)) == sorted(set(ids))
    assert id_ranges(range(1, 300_001)) == "1-300000"
    assert expand_ranges("") == []


@pytest.fixture
def small_demo(database: Database) -> Database:
    generate_demo(database, households=12, seed=3)
    return database


def _tamper(db: str, sql: str) -> None:
    """Change the audit table behind the program's back (sqlite3, or the server directly)."""
    if "://" not in db:
        with closing(sqlite3.connect(db)) as con:
            con.execute(sql)
            con.commit()
        return
    database = open_database(db)
    try:
        with database.engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        database.dispose()


def test_print_is_recorded_and_tampering_is_found_by_audit_verify(
        capsys: pytest.CaptureFixture[str], small_demo: Database, db_url: str,
        tmp_path: Path) -> None:
    with small_demo.read() as s:
        household = s.scalars(select(Household.id).order_by(Household.id)).first()
    out = tmp_path / "summary.pdf"
    code, _out, err = run(capsys, "print", "summary", "--household", str(household), "--db",
                          db_url, "--out", str(out))
    assert (code, err) == (0, "")
    printed = entries(small_demo, "print")
    assert len(printed) == 1
    assert printed[0].target == str(out.absolute())
    assert printed[0].username == "system"
    assert printed[0].detail is not None
    assert printed[0].detail["household_ids"] == str(household)
    assert printed[0].detail["kind"] == "summary"
    assert printed[0].detail["full_ids"] is False
    for n in range(2):  # more entries after it
        run(capsys, "print", "summary", "--household", str(household), "--db", db_url,
            "--out", str(tmp_path / f"again{n}.pdf"))
    small_demo.dispose()

    code, stdout, err = run(capsys, "audit", "verify", "--db", db_url)
    assert (code, err) == (0, "")
    assert stdout.strip() == "บันทึกการใช้งานครบถ้วน ไม่ถูกแก้ไข: ตรวจ 3 รายการ"
    code, stdout, _ = run(capsys, "audit", "verify", "--db", db_url, "--json")
    assert json.loads(stdout) == {"entries_checked": 3, "intact": True, "broken_entry": None,
                                  "reason": None, "message": None}

    first, second, third = (e.id for e in entries(small_demo, "print"))
    # someone hides which households left: the entry's detail is edited
    _tamper(db_url, f"UPDATE audit_log SET target = 'x.pdf' WHERE id = {second}")
    code, stdout, err = run(capsys, "audit", "verify", "--db", db_url)
    assert code == 1
    assert err == ""
    assert stdout.strip() == (f"บันทึกการใช้งานไม่ครบถ้วน: รายการที่ {second} ถูกแก้ไขหลังจาก"
                              "บันทึกไว้")
    set_language("en")
    code, stdout, _ = run(capsys, "audit", "verify", "--db", db_url, "--json")
    data = json.loads(stdout)
    assert (code, data["intact"], data["broken_entry"], data["reason"]) == (1, False, second,
                                                                            "hash")
    assert data["message"] == f"Audit entry {second} was changed after it was written."

    # deleting the entry instead is found at the next one
    _tamper(db_url, f"DELETE FROM audit_log WHERE id = {second}")
    code, stdout, _ = run(capsys, "audit", "verify", "--db", db_url, "--json")
    assert (code, json.loads(stdout)["broken_entry"], json.loads(stdout)["reason"]) == (
        1, third, "link")
    # and removing the last ones too
    _tamper(db_url, f"DELETE FROM audit_log WHERE id >= {second}")
    code, stdout, _ = run(capsys, "audit", "verify", "--db", db_url, "--json")
    assert (code, json.loads(stdout)["broken_entry"]) == (1, first)


def test_a_register_names_the_villages_households(capsys: pytest.CaptureFixture[str],
                                                  small_demo: Database, db_url: str,
                                                  tmp_path: Path) -> None:
    with small_demo.read() as s:
        village = s.execute(text(
            "SELECT v.code, v.id FROM villages v JOIN households h ON h.village_id = v.id "
            "GROUP BY v.code, v.id ORDER BY count(*) DESC LIMIT 1")).one()
        ids = sorted(s.scalars(select(Household.id).where(Household.village_id == village[1])))
    code, _out, err = run(capsys, "print", "register", "--village", village[0], "--db", db_url,
                          "--out", str(tmp_path / "r.pdf"), "--full-ids")
    assert (code, err) == (0, "")
    (entry,) = entries(small_demo, "print")
    assert entry.detail is not None
    assert expand_ranges(entry.detail["household_ids"]) == ids
    assert entry.detail["households"] == len(ids)
    assert entry.detail["full_ids"] is True


def test_export_return_names_every_household(capsys: pytest.CaptureFixture[str],
                                             small_demo: Database, db_url: str,
                                             tmp_path: Path) -> None:
    out = tmp_path / "return.xlsx"
    code, _out, err = run(capsys, "export-return", "--db", db_url, "--out", str(out),
                          "--period", "2569-01")
    assert (code, err) == (0, ""), err
    with small_demo.read() as s:
        ids = sorted(s.scalars(select(Household.id)))
    (entry,) = entries(small_demo, "export_return")
    assert entry.target == str(out)
    assert entry.detail is not None
    assert expand_ranges(entry.detail["household_ids"]) == ids
    assert entry.detail["kind"] == "standard"


def test_the_viewer_filters_by_user_action_period_and_text(small_demo: Database,
                                                           tmp_path: Path) -> None:
    from core.audit import record_audit
    from core.history import Actor
    from db.models import User

    with small_demo.begin() as s:
        user = User(username="somsri", full_name="สมศรี ใจดี", role="officer")
        s.add(user)
        s.flush()
        somsri = Actor(user.id, user.username)
        system = small_demo.system_actor()
        record_audit(s, somsri, "export_list", target="/tmp/หมู่ 5.xlsx",
                     detail={"households": 2, "household_ids": "7-8"})
        record_audit(s, system, "print", target="/tmp/summary.pdf",
                     detail={"households": 1, "household_ids": "3"})
        record_audit(s, somsri, "print", target="/tmp/register.pdf",
                     detail={"households": 4, "household_ids": "10-13"})
    reader = system  # the system account may read it, like an administrator
    with small_demo.read() as s:
        everything = audit_lines(s, AuditFilter(), actor=reader)
        assert [line.target for line in everything[:3]] == [
            "/tmp/register.pdf", "/tmp/summary.pdf", "/tmp/หมู่ 5.xlsx"]
        assert count_audit(s, AuditFilter(username="somsri"), actor=reader) == 2
        assert [line.target for line in audit_lines(s, AuditFilter(action="print",
                                                                   username="somsri"),
                                                    actor=reader)] == [
            "/tmp/register.pdf"]
        assert [line.target for line in audit_lines(s, AuditFilter(text="หมู่ 5"),
                                                    actor=reader)] == [
            "/tmp/หมู่ 5.xlsx"]
        assert [line.target for line in audit_lines(s, AuditFilter(text="10-13"),
                                                    actor=reader)] == [
            "/tmp/register.pdf"]
        import datetime as dt

        today = dt.date.today()
        assert count_audit(s, AuditFilter(since=today, until=today), actor=reader) == count_audit(
            s, AuditFilter(), actor=reader)
        assert count_audit(s, AuditFilter(until=today - dt.timedelta(days=1)), actor=reader) == 0
        assert len(audit_lines(s, AuditFilter(), actor=reader, limit=2, offset=1)) == 2
        assert everything[0].action == "พิมพ์หรือบันทึกเอกสาร"
    from core.access import PermissionDenied

    with small_demo.read() as s, pytest.raises(PermissionDenied):
        audit_lines(s, AuditFilter(), actor=Actor(user.id, "somsri", "officer"))
    with small_demo.read() as s, pytest.raises(PermissionDenied):
        count_audit(s, AuditFilter(), actor=Actor(None, "viewer", "viewer"))
