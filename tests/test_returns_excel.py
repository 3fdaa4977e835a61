"""The standard return workbook: layout, print set-up, and LibreOffice recalculating its totals."""

from __future__ import annotations

import io
import time
from pathlib import Path

import openpyxl
import pytest

from core.database import Database
from core.returns.model import (
    HOUSEHOLD_COLUMNS,
    HOUSEHOLDS,
    META_SHEET,
    SHEET_NAMES,
    SUMMARY,
    Column,
    FigureTable,
    HouseholdLine,
    Period,
    ReturnData,
    ReturnMeta,
    Row,
)
from exports.returns.standard import FIRST_DATA_ROW, LIST_HEAD_ROW, write_return
from tests.libreoffice import convert_all
from ui import returns_jobs

PERIOD = Period(2569, 9)


@pytest.fixture
def made(demo_database: Database) -> returns_jobs.MadeReturn:
    return returns_jobs.make_standard(demo_database, period=PERIOD,
                                      actor=demo_database.default_actor())


def _book(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def test_sheets_titles_and_print_setup(made: returns_jobs.MadeReturn) -> None:
    wb = _book(made.content)
    assert wb.sheetnames == [*SHEET_NAMES.values(), META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    for name in SHEET_NAMES.values():
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"  # A4
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws["A1"].font.name == "Sarabun"
        assert ws["A1"].font.b
        assert ws["A1"].value.startswith("แบบรายงานการแก้ไขปัญหาความยากจน")
        assert "อำเภอเมืองลำปาง จังหวัดลำปาง" in ws["A2"].value
        assert "ประจำเดือน กันยายน 2569" in ws["A2"].value
        assert "วันที่จัดทำ" in ws["A3"].value
        assert "25" in ws["A3"].value
        assert any(str(r).startswith("A1:") for r in ws.merged_cells.ranges)
    summary = wb[SHEET_NAMES[SUMMARY]]
    assert summary.print_title_rows == "$5:$6"
    assert summary.freeze_panes == f"C{FIRST_DATA_ROW}"
    merged = {str(r) for r in summary.merged_cells.ranges}
    assert {"A5:A6", "B5:B6", "C5:C6", "D5:J5", "K5:O5"} <= merged  # merged group headings
    assert summary["D5"].value == "ผลการสอบทาน"
    assert summary["C5"].value.replace("\n", "") == "ครัวเรือนเป้าหมาย"
    assert summary["E6"].value == "สอบทานแล้ว"
    assert summary["C7"].number_format == "#,##0"
    assert summary["C7"].border.left.style == "thin"


def test_rows_values_and_total_formulas(made: returns_jobs.MadeReturn) -> None:
    wb = _book(made.content)
    for key, table in made.data.tables.items():
        ws = wb[SHEET_NAMES[key]]
        for i, row in enumerate(table.rows):
            r = FIRST_DATA_ROW + i
            assert ws.cell(r, 1).value == i + 1
            assert ws.cell(r, 2).value == row.label
            for j, (column, value) in enumerate(zip(table.columns, row.values, strict=True)):
                cell = ws.cell(r, 3 + j).value
                assert cell == (value / 100 if column.money else value)
        total = FIRST_DATA_ROW + len(table.rows)
        assert ws.cell(total, 1).value == "รวม"
        last = total - 1
        assert ws.cell(total, 3).value == f"=SUM(C{FIRST_DATA_ROW}:C{last})"
    money = wb[SHEET_NAMES["agencies"]]
    assert money.cell(FIRST_DATA_ROW, 7).number_format == "#,##0.00"


def test_household_list_sheet(made: returns_jobs.MadeReturn) -> None:
    ws = _book(made.content)[SHEET_NAMES[HOUSEHOLDS]]
    assert [c.value for c in ws[LIST_HEAD_ROW]] == ["ที่", *(label for _k, label, _w in HOUSEHOLD_COLUMNS)]
    rows = list(ws.iter_rows(min_row=LIST_HEAD_ROW + 1, values_only=True))
    assert len(rows) == len(made.data.households) == 300
    id_col = 1 + [k for k, _l, _w in HOUSEHOLD_COLUMNS].index("head_id")
    for n, (row, line) in enumerate(zip(rows, made.data.households, strict=True), start=1):
        assert row[0] == n
        assert row[id_col] == (line.head_id or None)
        assert row[1] == line.subdistrict
    assert all("XXXX-XXXXX-XX" in r[id_col] for r in rows if r[id_col])
    assert ws.auto_filter.ref == f"A{LIST_HEAD_ROW}:N{LIST_HEAD_ROW + 300}"
    assert ws.freeze_panes == f"A{LIST_HEAD_ROW + 1}"
    assert ws.cell(LIST_HEAD_ROW + 1, 2).font.name == "Sarabun"
    assert ws.cell(LIST_HEAD_ROW + 1, 2).border.bottom.style == "thin"


def test_full_ids_only_when_asked(demo_database: Database) -> None:
    made = returns_jobs.make_standard(demo_database, period=PERIOD, full_ids=True,
                                      actor=demo_database.default_actor())
    ws = _book(made.content)[SHEET_NAMES[HOUSEHOLDS]]
    ids = [r[7] for r in ws.iter_rows(min_row=LIST_HEAD_ROW + 1, values_only=True) if r[7]]
    assert ids
    assert all("X" not in i and len(i) == 17 for i in ids)
    assert "เลขประจำตัวประชาชนเต็ม" in ws["A1"].value


def test_libreoffice_recalculates_the_same_totals(made: returns_jobs.MadeReturn, tmp_path: Path) -> None:
    source = returns_jobs.save(tmp_path / "return.xlsx", made.content)
    (converted,) = convert_all([source], "xlsx", tmp_path / "lo")
    wb = openpyxl.load_workbook(converted, data_only=True)
    for key, table in made.data.tables.items():
        ws = wb[SHEET_NAMES[key]]
        total = FIRST_DATA_ROW + len(table.rows)
        assert ws.cell(total, 1).value == "รวม"
        for j, column in enumerate(table.columns):
            value = ws.cell(total, 3 + j).value
            expected = table.total(column.key)
            if column.money:
                assert value == pytest.approx(expected / 100, abs=0.005), (key, column.key)
            else:
                assert value == expected, (key, column.key)
    listed = wb[SHEET_NAMES[HOUSEHOLDS]]
    assert listed.max_row == LIST_HEAD_ROW + 300
    assert made.data.tables[SUMMARY].total("total") == 300


def _big_return(n: int) -> ReturnData:
    """A return with ``n`` synthetic household lines, some with characters XML must escape."""
    meta = ReturnMeta(kind="district", province_code="52", province_name="ลำปาง",
                      district_code="5201", district_name="เมืองลำปาง", office_name="ศจพ.อ.",
                      period="2569-09", prepared_by="ทดสอบ", prepared_position="",
                      prepared_on="2026-09-30")
    table = FigureTable(SUMMARY, "สรุป", "ตำบล", [Column("total", "ครัวเรือน")],
                        [Row("520101", "เวียงเหนือ", [n])])
    lines = [HouseholdLine("เวียงเหนือ", i % 20 + 1, "บ้าน<ใหม่> & ดี", f" {i}/1 ", "5201-000001-1",
                           f"นาย\x0bทดสอบ {i}", "3-XXXX-XXXXX-XX-1", i % 8, "สุขภาพ, รายได้",
                           "อยู่ยาก", "รอสอบทาน", "", "")
             for i in range(1, n + 1)]
    return ReturnData(meta, {SUMMARY: table}, lines)


def test_a_30000_household_list_is_written_whole_and_fast(tmp_path: Path) -> None:
    data = _big_return(30_000)
    started = time.perf_counter()
    content = write_return(data)
    seconds = time.perf_counter() - started
    assert seconds < 10  # the bound is for the whole return; the list is its bulk
    ws = openpyxl.load_workbook(io.BytesIO(content), read_only=True)[SHEET_NAMES[HOUSEHOLDS]]
    rows = list(ws.iter_rows(min_row=LIST_HEAD_ROW + 1, values_only=True))
    assert len(rows) == 30_000
    first, last = rows[0], rows[-1]
    assert first[:5] == (1, "เวียงเหนือ", 2, "บ้าน<ใหม่> & ดี", " 1/1 ")
    assert first[6] == "นายทดสอบ 1"  # the control character cannot go into a workbook
    assert last[0] == 30_000
    assert last[6] == "นายทดสอบ 30000"
    assert last[8] == 30_000 % 8


def test_libreoffice_reads_escaped_text(tmp_path: Path) -> None:
    source = tmp_path / "escaped.xlsx"
    source.write_bytes(write_return(_big_return(3)))
    (converted,) = convert_all([source], "xlsx", tmp_path / "lo")
    ws = openpyxl.load_workbook(converted)[SHEET_NAMES[HOUSEHOLDS]]
    assert ws.cell(LIST_HEAD_ROW + 3, 4).value == "บ้าน<ใหม่> & ดี"
    assert ws.cell(LIST_HEAD_ROW + 3, 5).value == " 3/1 "
    assert ws.cell(LIST_HEAD_ROW + 3, 1).value == 3
