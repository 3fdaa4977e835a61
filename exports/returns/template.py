"""Fill a province's own template: values go into the mapped cells, everything else stays.

The workbook is loaded and saved with openpyxl, which keeps styles, merged cells, formulas,
number formats, print set-up, defined names and the other sheets (pictures and charts are
not kept; the template reader warns about them). A value never replaces a formula: a
mapping that would do so, or a table that would run into the template's total row, is
refused with the cell named.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import MergedCell
from openpyxl.utils.cell import column_index_from_string as col_index
from openpyxl.utils.cell import coordinate_from_string, get_column_letter

from core.errors import UserError
from core.returns.model import ReturnData
from core.returns.templates import (
    figure_value,
    formula_in_the_way,
    merged_top_left,
    open_template,
    table_rows,
)

Progress = Callable[[int, int], None]


def _is_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("=")


def _put(ws: Any, ranges: list[str], row: int, column: int, value: Any, *, what: str) -> int:
    """Write one value (into the merge's top-left cell); returns the width of the cell."""
    top, left, width = merged_top_left(ranges, row, column)
    cell = ws.cell(row=top, column=left)
    if isinstance(cell, MergedCell):  # pragma: no cover - merged_top_left found none
        raise UserError(f"{ws.title}!{get_column_letter(column)}{row}")
    if _is_formula(cell.value):
        raise formula_in_the_way(what, ws.title, cell.coordinate)
    cell.value = value
    return width


def fill_template(template: Path, entries: Sequence[dict[str, Any]], data: ReturnData, *,
                  labels: dict[str, str] | None = None,
                  progress: Progress | None = None) -> bytes:
    """The template with every mapped figure and table written in, as bytes."""
    labels = labels or {}
    wb = open_template(template)
    for n, entry in enumerate(entries, start=1):
        ws = wb[entry["sheet"]]
        ranges = [str(r) for r in ws.merged_cells.ranges]
        letters, row = coordinate_from_string(entry["cell"])
        column = col_index(letters)
        if entry["kind"] == "cell":
            what = labels.get(entry["figure"], entry["figure"])
            _put(ws, ranges, row, column, figure_value(data, entry["figure"]), what=what)
        else:
            what = labels.get(f"table:{entry['table']}", entry["table"])
            for i, values in enumerate(table_rows(data, entry["table"], entry["columns"])):
                at = column
                for value in values:
                    at += _put(ws, ranges, row + i, at, value, what=what)
        if progress is not None:
            progress(n, len(entries))
    wb.calculation.fullCalcOnLoad = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
