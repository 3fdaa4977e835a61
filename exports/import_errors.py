"""The error workbook: every rejected row as the file had it, with the reason, ready to fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FONT = "Sarabun"


@dataclass(frozen=True)
class RejectedRow:
    """One rejected data row: its number as Excel shows it, its values and why."""

    row_number: int
    values: Sequence[Any]
    reason: str


def _cell_value(value: Any) -> Any:
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def write_error_workbook(path: Path, *, headers: Sequence[str], rows: Sequence[RejectedRow],
                         source_name: str, row_label: str = "แถวที่",
                         reason_label: str = "เหตุผลที่ไม่นำเข้า") -> Path:
    """Write the rejected rows: original row number, original values, the reason."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "แถวที่ไม่นำเข้า"
    bold = Font(name=FONT, bold=True)
    normal = Font(name=FONT)
    ws.append([f"{source_name}"])
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    header = [row_label, *headers, reason_label]
    ws.append(header)
    fill = PatternFill("solid", fgColor="DDEBF0")
    for col in range(1, len(header) + 1):
        cell = ws.cell(row=2, column=col)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in rows:
        values = [_cell_value(v) for v in r.values]
        values += [None] * (len(headers) - len(values))
        ws.append([r.row_number, *values, r.reason])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.font = normal
            if isinstance(cell.value, str):
                cell.number_format = "@"
            elif isinstance(cell.value, int) and abs(cell.value) >= 10**9:
                cell.number_format = "0"  # an ID stored as a number, shown in full
    reason_col = len(header)
    for col in range(1, reason_col + 1):
        ws.column_dimensions[get_column_letter(col)].width = 14
    ws.column_dimensions[get_column_letter(reason_col)].width = 60
    ws.freeze_panes = "B3"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
