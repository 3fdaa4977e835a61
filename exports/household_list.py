"""The household list as the user sees it (filters and order kept), as an Excel workbook."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.errors import Cancelled
from core.files import write_atomically

FONT = "Sarabun"


def write_household_list(path: Path, *, title: str, subtitle: str, headers: Sequence[str],
                         rows: Iterable[Sequence[object]], widths: Sequence[int] | None = None,
                         progress: Callable[[int], bool] | None = None) -> int:
    """Stream the rows into ``path`` (write-only, so 300,000 rows fit in little memory);
    returns how many rows were written. ``progress(rows_done)`` returning False stops."""
    wb = Workbook(write_only=True)
    ws: Worksheet = wb.create_sheet("ครัวเรือน")
    ws.freeze_panes = "A4"
    for i, width in enumerate(widths or [18] * len(headers), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    def cell(value: object, *, bold: bool = False, size: int = 12, fill: str | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value)
        c.font = Font(name=FONT, bold=bold, size=size)
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
            c.alignment = Alignment(vertical="center", wrap_text=True)
        return c

    ws.append([cell(title, bold=True, size=16)])
    ws.append([cell(subtitle, size=12)])
    ws.append([cell(h, bold=True, fill="DDEBF0") for h in headers])
    count = 0
    for row in rows:
        ws.append([cell(v) for v in row])
        count += 1
        if progress is not None and count % 2000 == 0 and progress(count) is False:
            raise Cancelled()
    buffer = io.BytesIO()
    wb.save(buffer)
    write_atomically(path, buffer.getvalue())  # a cancelled or failed export leaves no file
    return count
