"""A province's own template: its signature, a preview to map on, the figures it can take,
and the saved mapping (figure → cell, table → start cell) found again by signature."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.errors import UserError, user_errors
from core.history import Actor, record_insert, record_update, utcnow
from core.i18n import translate
from core.returns.model import (
    FIGURE_TABLES,
    HOUSEHOLD_COLUMNS,
    HOUSEHOLDS,
    SHEET_NAMES,
    ReturnData,
    baht,
    parse_period,
)
from core.thai import format_date_be
from db.models import ReturnTemplateMapping

PREVIEW_ROWS = 80
PREVIEW_COLS = 30

META_FIGURES = (
    ("meta.office", "ชื่อหน่วยงาน"),
    ("meta.district", "อำเภอ"),
    ("meta.province", "จังหวัด"),
    ("meta.period", "ประจำเดือน (เช่น กันยายน 2569)"),
    ("meta.prepared_by", "ผู้จัดทำ"),
    ("meta.prepared_position", "ตำแหน่งผู้จัดทำ"),
    ("meta.prepared_on", "วันที่จัดทำ"),
)
# Pseudo-columns a table can also write: its running number, its code and its name.
ROW_COLUMNS = (("index", "ที่"), ("code", "รหัส"), ("label", "ชื่อ"))


# --------------------------------------------------------------------------- reading templates


@dataclass(frozen=True)
class SheetPreview:
    """What the mapping screen shows of one sheet: text of the top-left cells and merges."""

    name: str
    cells: dict[tuple[int, int], str]  # (row, column) 1-based → text or formula
    merges: list[tuple[int, int, int, int]]  # min_row, min_col, max_row, max_col
    formulas: frozenset[tuple[int, int]]
    max_row: int
    max_col: int


@dataclass(frozen=True)
class TemplateInfo:
    """A template as read: its signature, its sheets and whether saving would lose pictures."""

    path: Path
    signature: str
    sheets: list[SheetPreview]
    has_drawings: bool

    def sheet(self, name: str) -> SheetPreview | None:
        """A sheet by name."""
        return next((s for s in self.sheets if s.name == name), None)


def _not_a_template(path: Path) -> UserError:
    return UserError(translate(
        "returns", "{name} cannot be read as an Excel workbook (.xlsx). Open it in Excel or "
        "LibreOffice and save it as .xlsx, then choose it again.").format(name=path.name))


def open_template(path: Path) -> Any:
    """The template workbook (openpyxl, formulas kept as formulas)."""
    # openpyxl loads when a template is opened, not when the window starts.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if path.suffix.lower() != ".xlsx":
        raise _not_a_template(path)
    with user_errors(str(path)):
        try:
            return load_workbook(path, data_only=False)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as e:
            raise _not_a_template(path) from e


def workbook_signature(wb: Any) -> str:
    """Sheet names, merged ranges and where the labels and formulas are (not their text, so a
    month written into the title does not make it another template)."""
    digest = hashlib.sha256()
    for ws in wb.worksheets:
        digest.update(f"sheet:{ws.title}\n".encode())
        for merged in sorted(str(m) for m in ws.merged_cells.ranges):
            digest.update(f"merge:{merged}\n".encode())
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.strip():
                    kind = "f" if value.startswith("=") else "t"
                    digest.update(f"{kind}:{cell.coordinate}\n".encode())
    return digest.hexdigest()


def read_template(path: Path) -> TemplateInfo:
    """Read a province template for mapping: signature, previews of its sheets, drawings."""
    wb = open_template(path)
    sheets = []
    for ws in wb.worksheets:
        cells: dict[tuple[int, int], str] = {}
        formulas: set[tuple[int, int]] = set()
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, PREVIEW_ROWS),
                                max_col=min(ws.max_column, PREVIEW_COLS)):
            for cell in row:
                if cell.value is None or not hasattr(cell, "column"):
                    continue
                text = str(cell.value)
                if isinstance(cell.value, str) and text.startswith("="):
                    formulas.add((cell.row, cell.column))
                cells[(cell.row, cell.column)] = text
        merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        sheets.append(SheetPreview(ws.title, cells, merges, frozenset(formulas),
                                   max(ws.max_row, 1), max(ws.max_column, 1)))
    with zipfile.ZipFile(path) as z:
        drawings = any(n.startswith(("xl/drawings/", "xl/charts/", "xl/media/"))
                       for n in z.namelist())
    return TemplateInfo(path, workbook_signature(wb), sheets, drawings)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Figure:
    """A figure that can go into one cell."""

    key: str
    label: str
    group: str


@dataclass(frozen=True)
class TableFigure:
    """A table that can be written downwards from a start cell, with the columns it offers."""

    key: str
    label: str
    columns: list[tuple[str, str]] = field(default_factory=list)


def cell_figures(data: ReturnData) -> list[Figure]:
    """Every single figure of a return: the title fields, each table's cells and totals."""
    figures = [Figure(key, label, "ข้อมูลทั่วไป") for key, label in META_FIGURES]
    for key in FIGURE_TABLES:
        table = data.tables[key]
        group = SHEET_NAMES[key]
        for column in table.columns:
            figures.append(Figure(f"{key}.total.{column.key}", f"{column.name}, รวม", group))
        for row in table.rows:
            for column in table.columns:
                figures.append(Figure(f"{key}.{row.code}.{column.key}",
                                      f"{column.name}, {row.label}", group))
    return figures


def table_figures(data: ReturnData) -> list[TableFigure]:
    """The tables of a return with their columns (plus number, code and name)."""
    tables = [TableFigure(key, SHEET_NAMES[key], [*ROW_COLUMNS, *(
        (c.key, c.name) for c in data.tables[key].columns)]) for key in FIGURE_TABLES]
    tables.append(TableFigure(HOUSEHOLDS, SHEET_NAMES[HOUSEHOLDS], [("index", "ที่"), *(
        (k, label) for k, label, _w in HOUSEHOLD_COLUMNS)]))
    return tables


def figure_value(data: ReturnData, key: str) -> Any:
    """The value of one figure key for a cell (baht for money, text for the title fields)."""
    meta = data.meta
    if key.startswith("meta."):
        values = {
            "meta.office": meta.office_name, "meta.district": meta.district_name or "",
            "meta.province": meta.province_name, "meta.period": parse_period(meta.period).label,
            "meta.prepared_by": meta.prepared_by, "meta.prepared_position": meta.prepared_position,
            "meta.prepared_on": format_date_be(dt.date.fromisoformat(meta.prepared_on)),
        }
        if key not in values:
            raise KeyError(key)
        return values[key]
    table_key, row_code, column = key.split(".", 2)
    table = data.tables[table_key]
    value = table.value(row_code, column)
    return baht(value) if table.columns[table.column_index(column)].money else value


def table_rows(data: ReturnData, table_key: str, columns: Sequence[str]) -> list[list[Any]]:
    """The rows of a table, the chosen columns only, as cell values."""
    if table_key == HOUSEHOLDS:
        return [[n if c == "index" else getattr(line, c) for c in columns]
                for n, line in enumerate(data.households, start=1)]
    table = data.tables[table_key]
    index = {c.key: i for i, c in enumerate(table.columns)}
    rows = []
    for n, row in enumerate(table.rows, start=1):
        values: list[Any] = []
        for c in columns:
            if c == "index":
                values.append(n)
            elif c == "code":
                values.append(row.code)
            elif c == "label":
                values.append(row.label)
            else:
                value = row.values[index[c]]
                values.append(baht(value) if table.columns[index[c]].money else value)
        rows.append(values)
    return rows


def figure_labels(data: ReturnData) -> dict[str, str]:
    """Figure key → its label (cells) and ``table:KEY`` → the table's name."""
    labels = {f.key: f.label for f in cell_figures(data)}
    labels.update({f"table:{t.key}": t.label for t in table_figures(data)})
    return labels


# --------------------------------------------------------------------------- mapping entries


def cell_entry(figure: str, sheet: str, cell: str) -> dict[str, Any]:
    """One figure into one cell."""
    return {"kind": "cell", "figure": figure, "sheet": sheet, "cell": cell.upper()}


def table_entry(table: str, columns: Sequence[str], sheet: str, cell: str) -> dict[str, Any]:
    """A table's rows (the given columns, left to right) downwards from a start cell."""
    return {"kind": "table", "table": table, "columns": list(columns), "sheet": sheet,
            "cell": cell.upper()}


def check_entries(entries: Sequence[dict[str, Any]], data: ReturnData,
                  sheets: Sequence[str]) -> list[str]:
    """What is wrong with a mapping for this return and template, in Thai (empty: usable)."""
    from openpyxl.utils.cell import coordinate_from_string
    from openpyxl.utils.exceptions import CellCoordinatesException

    problems: list[str] = []
    known = {f.key for f in cell_figures(data)}
    tables = {t.key: {c for c, _l in t.columns} for t in table_figures(data)}
    for entry in entries:
        where = f"{entry.get('sheet')}!{entry.get('cell')}"
        if entry.get("sheet") not in sheets:
            problems.append(translate("returns", "The template has no sheet {sheet} (mapped at "
                                      "{where}).").format(sheet=entry.get("sheet"), where=where))
            continue
        try:
            coordinate_from_string(str(entry.get("cell")))
        except (ValueError, CellCoordinatesException):
            problems.append(translate("returns", "{cell} is not a cell address (like D7).")
                            .format(cell=entry.get("cell")))
            continue
        if entry.get("kind") == "cell" and entry.get("figure") not in known:
            problems.append(translate(
                "returns", "The figure mapped at {where} does not exist in this return (a "
                "subdistrict or agency that is no longer there?).").format(where=where))
        elif entry.get("kind") == "table":
            columns = tables.get(str(entry.get("table")))
            if columns is None or not entry.get("columns") or not set(entry["columns"]) <= columns:
                problems.append(translate("returns", "The table mapped at {where} has columns "
                                          "this return does not have.").format(where=where))
        elif entry.get("kind") not in ("cell", "table"):
            problems.append(f"{where}: ?")
    return problems


def merged_top_left(ranges: Sequence[str], row: int, column: int) -> tuple[int, int, int]:
    """The top-left cell of the merge holding (row, column), and the merge's width."""
    from openpyxl.utils.cell import range_boundaries

    for ref in ranges:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_row <= row <= max_row and min_col <= column <= max_col:
            return min_row, min_col, max_col - min_col + 1
    return row, column, 1


def formula_in_the_way(what: str, sheet: str, cell: str) -> UserError:
    """The refusal when a value would replace one of the template's formulas."""
    return UserError(translate(
        "returns", "{what} would overwrite the formula in {sheet}!{cell} of the template. "
        "Map it to another cell, or make room in the template.").format(
            what=what, sheet=sheet, cell=cell))


# --------------------------------------------------------------------------- saved mappings


@dataclass(frozen=True)
class SavedMapping:
    """A saved template mapping."""

    id: int
    name: str
    signature: str
    template_file_name: str | None
    entries: list[dict[str, Any]]
    updated_at: dt.datetime
    version: int


def _saved(m: ReturnTemplateMapping) -> SavedMapping:
    return SavedMapping(m.id, m.name, m.signature, m.template_file_name, list(m.entries),
                        m.updated_at, m.version)


def list_mappings(session: Session) -> list[SavedMapping]:
    """Every saved mapping, by name."""
    return [_saved(m) for m in session.scalars(
        select(ReturnTemplateMapping).order_by(ReturnTemplateMapping.name))]


def mapping_for_signature(session: Session, signature: str) -> SavedMapping | None:
    """The mapping last saved for a template with this signature."""
    m = session.scalars(select(ReturnTemplateMapping)
                        .where(ReturnTemplateMapping.signature == signature)
                        .order_by(ReturnTemplateMapping.updated_at.desc(),
                                  ReturnTemplateMapping.id.desc())).first()
    return _saved(m) if m is not None else None


def mapping_by_name(session: Session, name: str) -> SavedMapping:
    """A mapping by its name (a clear message when there is none)."""
    m = session.scalars(select(ReturnTemplateMapping)
                        .where(ReturnTemplateMapping.name == name.strip())).first()
    if m is None:
        names = ", ".join(x.name for x in list_mappings(session)) or "-"
        raise UserError(translate(
            "returns", "There is no saved template mapping called {name}. Saved mappings: "
            "{names}.").format(name=name, names=names))
    return _saved(m)


def save_mapping(session: Session, actor: Actor, *, name: str, signature: str,
                 entries: Sequence[dict[str, Any]],
                 template_file_name: str | None = None) -> SavedMapping:
    """Save (or replace, by name) a template mapping; history records it."""
    require(actor, Permission.EXPORT_PERSONAL)
    name = name.strip()
    if not name:
        raise UserError(translate("returns", "Give the mapping a name."))
    if not entries:
        raise UserError(translate("returns", "Map at least one figure to a cell before saving."))
    m = session.scalars(select(ReturnTemplateMapping)
                        .where(ReturnTemplateMapping.name == name)).first()
    if m is None:
        m = ReturnTemplateMapping(name=name, signature=signature, entries=list(entries),
                                  template_file_name=template_file_name, updated_at=utcnow(),
                                  updated_by_id=actor.user_id)
        session.add(m)
        record_insert(session, actor, m, reason="template mapping saved")
    else:
        m.signature = signature
        m.entries = list(entries)
        m.template_file_name = template_file_name
        m.updated_at = utcnow()
        m.updated_by_id = actor.user_id
        record_update(session, actor, m, reason="template mapping saved")
        session.flush()
    return _saved(m)
