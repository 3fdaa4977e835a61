"""The standard return workbook (district or province), written in openpyxl's write-only mode.

One sheet per figure table (title block, two heading rows with merged groups, one row per
area, a total row of SUM formulas, notes), the household list, and a hidden sheet that says
what the file is (district, period, the layout) so the province can combine districts' files.
Every sheet prints on A4 landscape, one page wide, with its heading rows repeated.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from core.returns.model import (
    FORMAT,
    HOUSEHOLD_COLUMNS,
    HOUSEHOLDS,
    META_SHEET,
    PROVINCE_SHEET_NAMES,
    SHEET_NAMES,
    TOTAL_LABEL,
    FigureTable,
    HouseholdLine,
    ReturnData,
    ReturnMeta,
    baht,
    parse_period,
)
from core.thai import format_date_be

FONT = "Sarabun"
TITLE_ROWS = 3
HEAD_ROW = 5  # first heading row of a figure table (two rows: groups, then columns)
FIRST_DATA_ROW = HEAD_ROW + 2
LIST_HEAD_ROW = 5
SOURCES_SHEET = "แหล่งข้อมูล"
COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
DATA_ROW_HEIGHT = 20
SHEET_WIDTH = 168.0  # characters: the summary sheet's 13 figure columns

_thin = Side(style="thin", color="7F7F7F")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
TITLE_FONT = Font(name=FONT, size=15, bold=True)
SUBTITLE_FONT = Font(name=FONT, size=12)
HEAD_FONT = Font(name=FONT, size=11, bold=True)
BODY_FONT = Font(name=FONT, size=11)
TOTAL_FONT = Font(name=FONT, size=11, bold=True)
NOTE_FONT = Font(name=FONT, size=10, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="DCE9EE")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", indent=1)
LEFT_WRAP = Alignment(horizontal="left", vertical="center", wrap_text=True)
NUMBER = Alignment(horizontal="right", vertical="center", indent=1)

Progress = Callable[[int, int], None]


def sheet_names(kind: str) -> dict[str, str]:
    """Table key → sheet name for a district or a province return."""
    return dict(PROVINCE_SHEET_NAMES if kind == "province" else SHEET_NAMES)


def title_lines(meta: ReturnMeta, subject: str) -> list[str]:
    """The three lines above every table: subject, area and month, who prepared it and when."""
    period = parse_period(meta.period)
    prepared = dt.date.fromisoformat(meta.prepared_on)
    who = " ".join(x for x in (meta.prepared_by, meta.prepared_position) if x) or "-"
    return [
        f"แบบรายงานการแก้ไขปัญหาความยากจน: {subject}",
        f"{meta.area_label}   ประจำเดือน {period.label}",
        f"ผู้จัดทำ {who}   วันที่จัดทำ {format_date_be(prepared)}   (ข้อมูล ณ วันที่จัดทำ)",
    ]


def _cell(ws: Any, value: Any, *, font: Font = BODY_FONT, border: bool = True,
          align: Alignment | None = None, fill: PatternFill | None = None,
          number_format: str | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    if border:
        cell.border = BORDER
    if align is not None:
        cell.alignment = align
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _setup_sheet(ws: Any, *, widths: Sequence[float], title_rows: int, head_rows: tuple[int, int],
                 freeze: str) -> None:
    """What must be set before the first row is written (write-only mode), and print set-up."""
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.8
    ws.page_margins.footer = 0.35
    ws.print_title_rows = f"{head_rows[0]}:{head_rows[1]}"
    ws.oddFooter.center.text = "หน้า &P จาก &N"
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 10
    ws.row_dimensions[1].height = 26
    for row in range(2, title_rows + 1):
        ws.row_dimensions[row].height = 20


def _title_block(ws: Any, lines: list[str], width: int) -> None:
    last = get_column_letter(width)
    for i, line in enumerate(lines, start=1):
        font = TITLE_FONT if i == 1 else SUBTITLE_FONT
        ws.append([_cell(ws, line, font=font, border=False,
                         align=Alignment(horizontal="center", vertical="center"))])
        ws.merged_cells.add(f"A{i}:{last}{i}")
    ws.append([])


def write_table_sheet(wb: Workbook, name: str, table: FigureTable, meta: ReturnMeta) -> None:
    """One figure table on its own sheet (see the module's description)."""
    ws = wb.create_sheet(name)
    ncols = 2 + len(table.columns)
    # Every figure sheet is about as wide, so that fitting one page wide prints them alike.
    name_width = 46.0 if table.key == "agencies" else 20.0
    share = (SHEET_WIDTH - 5.0 - name_width) / max(len(table.columns), 1)
    widths = [5.0, name_width] + [max(share, 13.0 if c.money else 11.0) for c in table.columns]
    _setup_sheet(ws, widths=widths, title_rows=TITLE_ROWS, head_rows=(HEAD_ROW, HEAD_ROW + 1),
                 freeze=f"C{FIRST_DATA_ROW}")
    ws.row_dimensions[HEAD_ROW].height = 24
    ws.row_dimensions[HEAD_ROW + 1].height = 48
    _title_block(ws, title_lines(meta, table.title), ncols)

    # Two heading rows: a group spans its columns; a column without a group spans both rows.
    top: list[Any] = [_cell(ws, "ที่", font=HEAD_FONT, align=CENTER, fill=HEAD_FILL),
                      _cell(ws, table.row_heading, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)]
    bottom: list[Any] = [_cell(ws, None, fill=HEAD_FILL), _cell(ws, None, fill=HEAD_FILL)]
    ws.merged_cells.add(f"A{HEAD_ROW}:A{HEAD_ROW + 1}")
    ws.merged_cells.add(f"B{HEAD_ROW}:B{HEAD_ROW + 1}")
    col = 3
    i = 0
    while i < len(table.columns):
        column = table.columns[i]
        letter = get_column_letter(col + i)
        if column.group is None:
            top.append(_cell(ws, column.label, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL))
            bottom.append(_cell(ws, None, fill=HEAD_FILL))
            ws.merged_cells.add(f"{letter}{HEAD_ROW}:{letter}{HEAD_ROW + 1}")
            i += 1
            continue
        j = i
        while j < len(table.columns) and table.columns[j].group == column.group:
            top.append(_cell(ws, column.group if j == i else None, font=HEAD_FONT, align=CENTER,
                             fill=HEAD_FILL))
            bottom.append(_cell(ws, table.columns[j].label, font=HEAD_FONT, align=CENTER,
                                fill=HEAD_FILL))
            j += 1
        if j - i > 1:
            ws.merged_cells.add(f"{letter}{HEAD_ROW}:{get_column_letter(col + j - 1)}{HEAD_ROW}")
        i = j
    ws.append(top)
    ws.append(bottom)

    formats = [MONEY_FORMAT if c.money else COUNT_FORMAT for c in table.columns]
    for n, row in enumerate(table.rows, start=1):
        ws.row_dimensions[FIRST_DATA_ROW + n - 1].height = DATA_ROW_HEIGHT
        cells = [_cell(ws, n, align=CENTER), _cell(ws, row.label, align=LEFT)]
        for column, value, fmt in zip(table.columns, row.values, formats, strict=True):
            cells.append(_cell(ws, baht(value) if column.money else value, number_format=fmt,
                               align=NUMBER))
        ws.append(cells)
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + len(table.rows) - 1
    total_row = last + 1
    ws.row_dimensions[total_row].height = DATA_ROW_HEIGHT
    totals: list[Any] = [_cell(ws, TOTAL_LABEL, font=TOTAL_FONT, align=CENTER, fill=TOTAL_FILL),
                         _cell(ws, None, fill=TOTAL_FILL)]
    for k, fmt in enumerate(formats):
        letter = get_column_letter(3 + k)
        formula = f"=SUM({letter}{first}:{letter}{last})" if table.rows else 0
        totals.append(_cell(ws, formula, font=TOTAL_FONT, fill=TOTAL_FILL, number_format=fmt,
                            align=NUMBER))
    ws.append(totals)
    ws.merged_cells.add(f"A{total_row}:B{total_row}")
    for note in table.notes:
        ws.append([_cell(ws, f"หมายเหตุ: {note}", font=NOTE_FONT, border=False)])


def write_household_sheet(wb: Workbook, name: str, lines: Sequence[HouseholdLine], meta: ReturnMeta,
                          ) -> _ListRows:
    """The household list's sheet: title, heading and print set-up through openpyxl; the rows
    themselves come back as XML to go into the saved file (see :class:`_ListRows`)."""
    ws = wb.create_sheet(name)
    ncols = 1 + len(HOUSEHOLD_COLUMNS)
    widths = [7.0] + [w for _k, _l, w in HOUSEHOLD_COLUMNS]
    _setup_sheet(ws, widths=widths, title_rows=TITLE_ROWS, head_rows=(LIST_HEAD_ROW, LIST_HEAD_ROW),
                 freeze=f"A{LIST_HEAD_ROW + 1}")
    ws.row_dimensions[LIST_HEAD_ROW].height = 36
    last_row = LIST_HEAD_ROW + len(lines)
    ws.auto_filter.ref = f"A{LIST_HEAD_ROW}:{get_column_letter(ncols)}{last_row}"
    subject = "รายชื่อครัวเรือน" + (
        " (เลขประจำตัวประชาชนเต็ม ข้อมูลส่วนบุคคล)" if meta.full_ids
        else " (ปกปิดเลขประจำตัวประชาชน)")
    _title_block(ws, title_lines(meta, subject), ncols)
    ws.append([_cell(ws, "ที่", font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)] + [
        _cell(ws, label, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)
        for _k, label, _w in HOUSEHOLD_COLUMNS])
    keys = [k for k, _l, _w in HOUSEHOLD_COLUMNS]
    aligns = {"village_no": CENTER, "members": CENTER, "last_visit": CENTER, "house_no": CENTER,
              "house_code": CENTER, "head_id": CENTER, }
    styles = [_cell(ws, 0, align=CENTER).style_id] + [
        _cell(ws, None, align=aligns.get(k, LEFT)).style_id for k in keys]
    return _ListRows(ws, lines, keys, styles, LIST_HEAD_ROW + 1)


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _ListRows:
    """The rows of the household list as sheet XML, spliced into the saved workbook.

    openpyxl spends about 20 µs a cell even in write-only mode; a 30,000-household list has
    420,000 cells. Its rows are plain (inline strings, numbers, one style per column taken from
    openpyxl's own style table), so they are written here as text, which is ten times faster.
    """

    def __init__(self, ws: Any, lines: Sequence[HouseholdLine], keys: list[str],
                 styles: list[int], first_row: int) -> None:
        self.ws, self.lines, self.keys, self.styles, self.first_row = (
            ws, lines, keys, styles, first_row)

    def xml(self, progress: Progress | None = None) -> str:
        letters = [get_column_letter(i) for i in range(1, len(self.keys) + 2)]
        styles = self.styles
        out: list[str] = []
        for n, line in enumerate(self.lines, start=1):
            r = self.first_row + n - 1
            parts = [f'<row r="{r}" ht="{DATA_ROW_HEIGHT}" customHeight="1">'
                     f'<c r="A{r}" s="{styles[0]}"><v>{n}</v></c>']
            for i, key in enumerate(self.keys, start=1):
                value = getattr(line, key)
                ref = f"{letters[i]}{r}"
                if value is None or value == "":
                    parts.append(f'<c r="{ref}" s="{styles[i]}"/>')
                elif isinstance(value, int):
                    parts.append(f'<c r="{ref}" s="{styles[i]}"><v>{value}</v></c>')
                else:
                    text = escape(_ILLEGAL_XML.sub("", str(value)))
                    space = ' xml:space="preserve"' if text != text.strip() else ""
                    parts.append(f'<c r="{ref}" s="{styles[i]}" t="inlineStr"><is><t{space}>'
                                 f"{text}</t></is></c>")
            parts.append("</row>")
            out.append("".join(parts))
            if progress is not None and n % 2000 == 0:
                progress(n, len(self.lines))
        return "".join(out)

    def splice(self, workbook: bytes, progress: Progress | None = None) -> bytes:
        """The saved workbook with the rows put at the end of the list sheet's data."""
        path = self.ws.path.lstrip("/")
        source = zipfile.ZipFile(io.BytesIO(workbook))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == path:
                    text = data.decode("utf-8")
                    at = text.rindex("</sheetData>")
                    data = (text[:at] + self.xml(progress) + text[at:]).encode("utf-8")
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()


def write_sources_sheet(wb: Workbook, meta: ReturnMeta) -> None:
    """The province return: which district files it was combined from."""
    ws = wb.create_sheet(SOURCES_SHEET)
    headings = ["ที่", "รหัส", "อำเภอ", "ไฟล์", "ผู้จัดทำ", "วันที่จัดทำ"]
    _setup_sheet(ws, widths=[5, 8, 22, 40, 28, 18], title_rows=TITLE_ROWS,
                 head_rows=(HEAD_ROW, HEAD_ROW), freeze=f"A{HEAD_ROW + 1}")
    _title_block(ws, title_lines(meta, "แบบรายงานของอำเภอที่นำมารวม"), len(headings))
    ws.append([_cell(ws, h, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL) for h in headings])
    for n, d in enumerate(meta.districts, start=1):
        on = d.get("prepared_on") or ""
        ws.append([_cell(ws, n, align=CENTER), _cell(ws, d.get("code"), align=CENTER),
                   _cell(ws, f"อำเภอ{d.get('name')}", align=LEFT),
                   _cell(ws, d.get("file"), align=LEFT), _cell(ws, d.get("prepared_by"), align=LEFT),
                   _cell(ws, format_date_be(dt.date.fromisoformat(on)) if on else "",
                         align=CENTER)])


def write_meta_sheet(wb: Workbook, data: ReturnData) -> None:
    """The hidden sheet that tells a reader what this file is and where its tables are."""
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    names = sheet_names(data.meta.kind)
    meta: dict[str, Any] = {"format": FORMAT, **{k: v for k, v in vars(data.meta).items()}}
    meta["districts"] = json.dumps(data.meta.districts, ensure_ascii=False)
    for key, table in data.tables.items():
        meta[f"table.{key}"] = json.dumps({
            "sheet": names[key], "first_row": FIRST_DATA_ROW,
            "columns": [c.key for c in table.columns],
            "money": [c.key for c in table.columns if c.money],
            "rows": [r.code for r in table.rows]}, ensure_ascii=False)
    if data.meta.kind == "district":
        meta["households"] = len(data.households)
    for key, value in meta.items():
        ws.append([key, value if not isinstance(value, bool) else int(value)])


def write_return(data: ReturnData, *, progress: Progress | None = None) -> bytes:
    """The whole workbook as bytes (write-only mode: memory stays flat for big lists)."""
    wb = Workbook(write_only=True)
    names = sheet_names(data.meta.kind)
    for key, table in data.tables.items():
        write_table_sheet(wb, names[key], table, data.meta)
    rows = None
    if data.meta.kind == "district":
        rows = write_household_sheet(wb, names[HOUSEHOLDS], data.households, data.meta)
    else:
        write_sources_sheet(wb, data.meta)
    write_meta_sheet(wb, data)
    wb.calculation.fullCalcOnLoad = True
    out = io.BytesIO()
    wb.save(out)
    return rows.splice(out.getvalue(), progress) if rows is not None else out.getvalue()
