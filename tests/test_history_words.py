"""A household's history in words: Thai field names and code labels, full names, house codes,
each status change once; in core, in the case summary PDF and in the editor's history tab."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.case import load_case, save_case, with_member
from core.database import Database
from core.documents import load_summary
from core.help_status import refresh_help_status
from core.history import Actor
from core.history_log import HistoryLine, case_history
from core.interventions import ReferralChange, assign_help, change_referral, create_batch
from core.users import add_user
from db.models import Household, Intervention
from exports.pdf import render_document
from tests.help_fixtures import assess, kind_id, make_households
from tests.pdf_helpers import needs_poppler, text_of

TODAY = dt.date(2026, 3, 2)
HOUSE_CODE = "5201-000001-1"
#: Codes and user names that must never reach a reader.
RAW = ("help_status", "verification_status", "target", "in_progress", "helped", "graduated",
       "somchai", "system", "farmer", "labourer", "occupation")


def _officer(database: Database) -> Actor:
    with database.begin() as s:
        return add_user(s, database.system_actor(), username="somchai", full_name="สมชาย ใจดี",
                        role="admin", password="Lampang-2569!")


def _helped_household(database: Database) -> int:
    """target → in progress → helped by สมชาย, a member's occupation changed by him, and
    graduated by the system's refresh."""
    me = _officer(database)
    hid, = make_households(database, 1, scores=[1, 2, 1, 2, 2])
    with database.begin() as s:
        iid = assign_help(s, me, [hid], kind_id=kind_id(s, "house_repair"),
                          planned_on=TODAY + dt.timedelta(days=30),
                          today=TODAY).intervention_ids[0]
    with database.begin() as s:
        create_batch(s, me, s.get_one(Intervention, iid).partner_id or 0, today=TODAY)
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "done", TODAY, outcome="ซ่อมหลังคาแล้ว",
                                              actual_satang=1_850_000), today=TODAY)
    with database.read() as s:
        case = load_case(s, hid)
    head = replace(case.members[0], occupation="farmer")
    save_case(database, me, case, with_member(case, head))
    with database.read() as s:
        case = load_case(s, hid)
    save_case(database, me, case, with_member(case, replace(case.members[0],
                                                            occupation="labourer")))
    with database.begin() as s:
        assess(s, hid, 2, [4, 4, 3, 4, 4])
        assert refresh_help_status(s, database.system_actor(), hid,
                                   reason="รอบประเมินหลังช่วยเหลือ") == "graduated"
    with database.read() as s:
        assert s.get_one(Household, hid).house_code == HOUSE_CODE.replace("-", "")
    return hid


def _words(line: HistoryLine) -> str:
    return " | ".join((line.what, line.old, line.new, line.who, line.sentence()))


def assert_no_raw_codes(text: str) -> None:
    for raw in RAW:
        assert not re.search(rf"(?<![A-Za-z_]){raw}(?![A-Za-z_])", text), (raw, text)


def test_the_history_speaks_thai_and_names_each_change_once(database: Database) -> None:
    hid = _helped_household(database)
    with database.read() as s:
        lines = case_history(s, hid)
    for line in lines:
        assert_no_raw_codes(_words(line))
        assert f"ครัวเรือน {hid}" not in line.what
    help_lines = [line for line in lines if line.field == "สถานะการช่วยเหลือ"]
    assert [(line.old, line.new) for line in reversed(help_lines)] == [
        ("เป้าหมาย", "อยู่ระหว่างดำเนินการ"), ("อยู่ระหว่างดำเนินการ", "ช่วยเหลือแล้ว"),
        ("ช่วยเหลือแล้ว", "พ้นความยากจน")]
    assert all(line.status_change for line in help_lines)
    assert all(line.what == f"ครัวเรือน {HOUSE_CODE}: สถานะการช่วยเหลือ" for line in help_lines)
    assert [line.who for line in reversed(help_lines)] == ["สมชาย ใจดี", "สมชาย ใจดี",
                                                          "ระบบ (System)"]
    assert help_lines[0].reason == "รอบประเมินหลังช่วยเหลือ"
    jobs = [line for line in lines if line.field == "อาชีพ"]
    assert [(line.old, line.new) for line in jobs] == [("เกษตรกร (ทำนา/ทำไร่/ทำสวน)", "รับจ้างทั่วไป"),
                                                      ("", "เกษตรกร (ทำนา/ทำไร่/ทำสวน)")]
    assert jobs[0].what == "สมาชิก นายทดสอบ ที่1: อาชีพ"
    assert {line.who for line in jobs} == {"สมชาย ใจดี"}
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)


@needs_poppler
def test_the_case_summary_history_has_no_codes_and_no_twice_told_change(
        database: Database, tmp_path: Path) -> None:
    hid = _helped_household(database)
    with database.read() as s:
        summary = load_summary(s, hid, on=TODAY)
    rows = [h.what for h in summary.history]
    assert rows.count("การช่วยเหลือ: เป้าหมาย → อยู่ระหว่างดำเนินการ") == 1
    assert rows.count("การช่วยเหลือ: อยู่ระหว่างดำเนินการ → ช่วยเหลือแล้ว") == 1
    assert "สมาชิก นายทดสอบ ที่1: อาชีพ: เกษตรกร (ทำนา/ทำไร่/ทำสวน) → รับจ้างทั่วไป" in rows
    assert {h.who for h in summary.history} <= {"สมชาย ใจดี", "ระบบ (System)"}
    out = tmp_path / "summary.pdf"
    render_document(summary, out)
    history = text_of(out).split("7. ประวัติที่สำคัญ")[1]
    assert_no_raw_codes(history)
    flat = re.sub(r"\s+", "", history)
    assert flat.count("การช่วยเหลือ:") == 3  # three changes, each on one row
    assert "ครัวเรือนแก้ไข" not in flat
    assert "สมชายใจดี" in flat
    assert "ระบบ(System)" in flat


def test_the_editor_history_tab_shows_words(qtbot: QtBot, qapp: QApplication,
                                            sqlite_database: Database) -> None:
    from ui.household_editor import HouseholdEditor
    from ui.translation import install_translators

    install_translators(qapp, "th")
    hid = _helped_household(sqlite_database)
    editor = HouseholdEditor(sqlite_database, sqlite_database.default_actor(), hid)
    qtbot.addWidget(editor)
    table = editor.history_table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert cells
    for row in cells:
        assert_no_raw_codes(" | ".join(row))
        assert f"ครัวเรือน {hid}" not in row[2]
    help_rows = [row for row in cells if row[2] == f"ครัวเรือน {HOUSE_CODE}: สถานะการช่วยเหลือ"]
    assert [(row[3], row[4]) for row in help_rows] == [
        ("ช่วยเหลือแล้ว", "พ้นความยากจน"), ("อยู่ระหว่างดำเนินการ", "ช่วยเหลือแล้ว"),
        ("เป้าหมาย", "อยู่ระหว่างดำเนินการ")]
    assert [row[1] for row in help_rows] == ["ระบบ (System)", "สมชาย ใจดี", "สมชาย ใจดี"]
    assert ("สมาชิก นายทดสอบ ที่1: อาชีพ", "เกษตรกร (ทำนา/ทำไร่/ทำสวน)", "รับจ้างทั่วไป") in {
        (row[2], row[3], row[4]) for row in cells}
