"""A province template made by hand (merged headings, formulas, styles, another sheet) is filled
correctly, keeps what it had, is refused where it would lose a formula, and its mapping is reused."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from core.database import Database
from core.errors import UserError
from core.returns.model import SUMMARY, Period
from core.returns.templates import (
    cell_entry,
    check_entries,
    list_mappings,
    mapping_by_name,
    mapping_for_signature,
    read_template,
    save_mapping,
    table_entry,
)
from tests.libreoffice import convert_all
from ui import returns_jobs

PERIOD = Period(2569, 9)
SHEET = "แบบ สรุป"
FIRST, LAST = 7, 26  # 20 data rows for 19 subdistricts
TOTAL_ROW = 27


def make_template(path: Path, *, title: str = "แบบรายงานจังหวัดลำปาง", rows: int = LAST - FIRST + 1,
                  extra_sheet: bool = False) -> Path:
    """What a province might send: merged titles and headings, formulas, styles, a notes sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = PatternFill("solid", fgColor="FFE699")
    for col, width in zip("ABCDEFGH", (6, 16, 12, 12, 12, 12, 12, 16), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = title
    ws["A1"].font = Font(name="TH SarabunPSK", size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:H1")
    ws["B3"] = "อำเภอ"
    ws.merge_cells("C3:D3")
    ws["E3"] = "เดือน"
    ws["G3"] = "ยืนยันแล้ว"
    ws["H3"].number_format = '#,##0" ครัวเรือน"'
    ws["H3"].fill = PatternFill("solid", fgColor="C6E0B4")
    for ref, text in (("A5", "ตำบล"), ("C5", "การสอบทาน"), ("C6", "เป้าหมาย"),
                      ("D6", "สอบทานแล้ว"), ("E5", "ช่วยเหลือแล้ว"), ("F5", "ร้อยละสอบทาน")):
        ws[ref] = text
    for merged in ("A5:B6", "C5:D5", "E5:E6", "F5:F6"):
        ws.merge_cells(merged)
    for row in ws["A5:F6"]:
        for cell in row:
            cell.fill = head
            cell.border = box
            cell.font = Font(name="TH SarabunPSK", size=14, bold=True)
    last = FIRST + rows - 1
    total = last + 1
    for r in range(FIRST, last + 1):
        ws.merge_cells(f"A{r}:B{r}")
        ws[f"F{r}"] = f"=IF(C{r}=0,0,ROUND(D{r}/C{r}*100,1))"
        for col in "ABCDEF":
            ws[f"{col}{r}"].border = box
    ws[f"A{total}"] = "รวม"
    ws.merge_cells(f"A{total}:B{total}")
    for col in "CDE":
        ws[f"{col}{total}"] = f"=SUM({col}{FIRST}:{col}{last})"
    ws[f"F{total}"] = f"=IF(C{total}=0,0,ROUND(D{total}/C{total}*100,1))"
    notes = wb.create_sheet("หมายเหตุ")
    notes["A1"] = "ครัวเรือนเป้าหมายทั้งอำเภอ"
    notes["B1"] = f"='{SHEET}'!C{total}"
    if extra_sheet:
        wb.create_sheet("เพิ่มเติม")
    wb.save(path)
    return path


ENTRIES = [
    cell_entry("meta.district", SHEET, "C3"),
    cell_entry("meta.period", SHEET, "F3"),
    cell_entry("summary.total.confirmed", SHEET, "H3"),
    table_entry(SUMMARY, ["label", "total", "verified", "helped"], SHEET, f"A{FIRST}"),
]


def _fill(database: Database, template: Path, entries: list[dict[str, object]] | None = None,
          mapping_name: str | None = None) -> returns_jobs.MadeReturn:
    return returns_jobs.make_from_template(database, template=template, period=PERIOD,
                                           actor=database.default_actor(), entries=entries,
                                           mapping_name=mapping_name)


def test_filled_correctly_keeping_styles_merges_formulas(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx")
    made = _fill(demo_database, template, ENTRIES)
    original = openpyxl.load_workbook(template)
    filled = openpyxl.load_workbook(io.BytesIO(made.content))
    assert filled.sheetnames == original.sheetnames
    ws, was = filled[SHEET], original[SHEET]
    summary = made.data.tables[SUMMARY]
    assert ws["C3"].value == "เมืองลำปาง"
    assert ws["F3"].value == "กันยายน 2569"
    assert ws["H3"].value == summary.total("confirmed")
    for i, row in enumerate(summary.rows):
        r = FIRST + i
        v = dict(zip([c.key for c in summary.columns], row.values, strict=True))
        assert (ws[f"A{r}"].value, ws[f"C{r}"].value, ws[f"D{r}"].value, ws[f"E{r}"].value) == (
            row.label, v["total"], v["verified"], v["helped"])
        assert ws[f"B{r}"].value is None  # the merged label's other half stays empty
    assert ws[f"A{FIRST + len(summary.rows)}"].value is None  # the spare row stays blank
    # Everything the template had is still there.
    assert {str(m) for m in ws.merged_cells.ranges} == {str(m) for m in was.merged_cells.ranges}
    for r in range(FIRST, TOTAL_ROW + 1):
        assert ws[f"F{r}"].value == was[f"F{r}"].value
    assert ws[f"C{TOTAL_ROW}"].value == f"=SUM(C{FIRST}:C{LAST})"
    assert filled["หมายเหตุ"]["B1"].value == f"='{SHEET}'!C{TOTAL_ROW}"
    assert ws["A1"].value == "แบบรายงานจังหวัดลำปาง"
    assert ws["A1"].font.name == "TH SarabunPSK"
    assert ws["A1"].font.sz == 18
    assert ws["A1"].font.b
    assert ws["H3"].number_format == '#,##0" ครัวเรือน"'
    assert ws["H3"].fill.fgColor.rgb == was["H3"].fill.fgColor.rgb
    assert ws["C5"].fill.fgColor.rgb == was["C5"].fill.fgColor.rgb
    assert ws[f"C{FIRST}"].border.left.style == "thin"


def test_libreoffice_computes_the_templates_formulas(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx")
    made = _fill(demo_database, template, ENTRIES)
    filled = returns_jobs.save(tmp_path / "filled.xlsx", made.content)
    (converted,) = convert_all([filled], "xlsx", tmp_path / "lo")
    wb = openpyxl.load_workbook(converted, data_only=True)
    ws = wb[SHEET]
    summary = made.data.tables[SUMMARY]
    assert ws[f"C{TOTAL_ROW}"].value == summary.total("total") == 300
    assert ws[f"D{TOTAL_ROW}"].value == summary.total("verified")
    assert ws[f"E{TOTAL_ROW}"].value == summary.total("helped")
    assert ws[f"F{TOTAL_ROW}"].value == round(summary.total("verified") / 300 * 100, 1)
    assert wb["หมายเหตุ"]["B1"].value == 300


def test_a_value_never_replaces_a_formula(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx")
    with pytest.raises(UserError, match=f"C{TOTAL_ROW}"):
        _fill(demo_database, template, [cell_entry("summary.total.total", SHEET, f"C{TOTAL_ROW}")])
    short = make_template(tmp_path / "short.xlsx", rows=10)  # room for 10 of 19 subdistricts
    with pytest.raises(UserError, match=r"C17"):
        _fill(demo_database, short, ENTRIES)


def test_wrong_mappings_are_explained(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx")
    data = returns_jobs.figures(demo_database, period=PERIOD, actor=demo_database.default_actor())
    sheets = [s.name for s in read_template(template).sheets]
    assert check_entries(ENTRIES, data, sheets) == []
    problems = check_entries([cell_entry("summary.999999.total", SHEET, "C3"),
                              cell_entry("meta.district", "ไม่มี", "C3"),
                              cell_entry("meta.district", SHEET, "33"),
                              table_entry(SUMMARY, ["nonsense"], SHEET, "A7")], data, sheets)
    assert len(problems) == 4
    with pytest.raises(UserError):
        _fill(demo_database, template, [cell_entry("summary.999999.total", SHEET, "C3")])
    bad = tmp_path / "not.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(UserError, match=r"not\.xlsx"):
        read_template(bad)


def test_signature_ignores_text_but_not_layout(tmp_path: Path) -> None:
    a = read_template(make_template(tmp_path / "a.xlsx")).signature
    b = read_template(make_template(tmp_path / "b.xlsx", title="แบบรายงาน งวด ต.ค. 2569")).signature
    c = read_template(make_template(tmp_path / "c.xlsx", extra_sheet=True)).signature
    d = read_template(make_template(tmp_path / "d.xlsx", rows=12)).signature
    assert a == b
    assert len({a, c, d}) == 3


def test_mapping_saved_once_and_reused(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx")
    info = read_template(template)
    actor = demo_database.default_actor()
    with demo_database.read() as s:
        assert mapping_for_signature(s, info.signature) is None
    with pytest.raises(UserError, match=r"province\.xlsx"):
        _fill(demo_database, template)  # nothing saved yet
    with demo_database.begin() as s:
        saved = save_mapping(s, actor, name="ลำปาง 2569", signature=info.signature,
                             entries=ENTRIES, template_file_name=template.name)
    # Next month the province sends the same form with another title: found by signature.
    next_month = make_template(tmp_path / "province-oct.xlsx", title="แบบรายงาน ต.ค.")
    made = _fill(demo_database, next_month)
    assert made.template_name == "ลำปาง 2569"
    assert made.warnings == []
    ws = openpyxl.load_workbook(io.BytesIO(made.content))[SHEET]
    assert ws["C3"].value == "เมืองลำปาง"
    # Saving again under the same name replaces it (history keeps the change).
    with demo_database.begin() as s:
        again = save_mapping(s, actor, name="ลำปาง 2569", signature=info.signature,
                             entries=ENTRIES[:2])
        assert again.id == saved.id
        assert again.version == saved.version + 1
        assert len(mapping_by_name(s, "ลำปาง 2569").entries) == 2
        with pytest.raises(UserError, match="ลำปาง 2569"):
            mapping_by_name(s, "ไม่มีชื่อนี้")
        with pytest.raises(UserError):
            save_mapping(s, actor, name="  ", signature="x", entries=ENTRIES)
    # By name on a template whose layout differs: filled, with a warning.
    other = make_template(tmp_path / "other.xlsx", extra_sheet=True)
    made = _fill(demo_database, other, mapping_name="ลำปาง 2569")
    assert made.warnings
    assert "ลำปาง 2569" in made.warnings[0]
    with demo_database.read() as s:
        from sqlalchemy import text

        (n,) = s.execute(text("SELECT count(*) FROM history WHERE table_name = "
                              "'return_template_mappings'")).one()
    assert n >= 2


def test_the_household_list_can_fill_a_template_masked(demo_database: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "province.xlsx", extra_sheet=True)
    made = _fill(demo_database, template, [
        table_entry("households", ["index", "subdistrict", "head_name", "head_id"], "เพิ่มเติม", "B2")])
    ws = openpyxl.load_workbook(io.BytesIO(made.content))["เพิ่มเติม"]
    rows = list(ws.iter_rows(min_row=2, min_col=2, max_col=5, values_only=True))
    assert len(rows) == len(made.data.households) == 300
    assert rows[0][0] == 1
    assert rows[-1][0] == 300
    assert [r[2] for r in rows] == [line.head_name for line in made.data.households]
    assert all("XXXX-XXXXX-XX" in r[3] for r in rows if r[3])


def test_mappings_are_kept_on_both_backends(database: Database) -> None:
    actor = database.default_actor()
    with database.begin() as s:
        first = save_mapping(s, actor, name="แบบ ก", signature="a" * 64, entries=ENTRIES)
        save_mapping(s, actor, name="แบบ ข", signature="b" * 64, entries=ENTRIES[:1])
    with database.begin() as s:
        replaced = save_mapping(s, actor, name="แบบ ก", signature="c" * 64, entries=ENTRIES[:2])
    with database.read() as s:
        assert [m.name for m in list_mappings(s)] == ["แบบ ก", "แบบ ข"]
        assert mapping_for_signature(s, "a" * 64) is None  # moved to the new signature
        found = mapping_for_signature(s, "c" * 64)
        assert found is not None
        assert found.id == first.id == replaced.id
        assert found.entries == ENTRIES[:2]
        assert found.version == 2
