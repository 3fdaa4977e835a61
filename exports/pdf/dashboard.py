"""ภาพรวม as a PDF: the headline figures, each chart (a picture the window drew) and its numbers.

The charts arrive as PNG bytes (drawn by the window: this package never imports Qt); every
number is also printed as Thai text in a table under its chart, so the PDF can be searched
and read aloud, and nothing depends on the picture alone.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether

from core.dashboard import Chart, Dashboard
from core.documents import check_pdf_path
from core.errors import user_errors
from exports.pdf.common import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    HEAD_CELL,
    HEADING,
    SMALL,
    TITLE,
    Options,
    date_be,
    gap,
    p,
    page_footer,
)
from exports.pdf.flowables import CENTER
from exports.pdf.layout import BuildResult, build_pdf, printable_area
from exports.pdf.tables import fit_widths, grid

FOOTER_HEIGHT = 30.0
DEFAULT_TITLE = "ภาพรวมการแก้ไขปัญหาความยากจน"
SHORT_CHART = 6  # categories


def _figures(chart: Chart, width: float, o: Options) -> Flowable:
    """The chart's numbers: a row per category, a column per series (and the total)."""
    with_total = chart.stacked and len(chart.series) > 1
    header: list[Flowable | str] = [p(chart.axis, HEAD_CELL, options=o)]
    header += [p(chart.unit if len(chart.series) == 1 else s.label, HEAD_CELL, options=o)
               for s in chart.series]
    if with_total:
        header.append(p("รวม", HEAD_CELL))
    rows: list[list[Flowable | str]] = [header]
    for i, category in enumerate(chart.categories):
        row: list[Flowable | str] = [p(category, CELL, options=o)]
        row += [p(f"{s.bars[i].count:,}", CELL_RIGHT, options=o) for s in chart.series]
        if with_total:
            row.append(p(f"{chart.total(i):,}", CELL_RIGHT.but(font=CELL_BOLD.font), options=o))
        rows.append(row)
    return grid(rows, fit_widths(rows, width))


def _picture(png: bytes, width: float) -> Image:
    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    height = width * h / w
    return Image(io.BytesIO(png), width=width, height=height)


def build_dashboard(dashboard: Dashboard, pictures: Mapping[str, bytes], out: Path | None, *,
                    office_name: str, title: str = DEFAULT_TITLE, printed_on: dt.date | None = None,
                    options: Options | None = None) -> BuildResult:
    """The dashboard on A4: headline figures, then every chart with its table of numbers."""
    o = options or Options()
    width = printable_area().width
    printed = printed_on or dt.date.today()

    def story() -> list[Flowable]:
        flow: list[Flowable] = [
            p(title, TITLE, options=o),
            p(office_name, BODY.but(align=CENTER, size=14), options=o),
            p(f"{dashboard.scope_text} · ข้อมูล ณ วันที่ {date_be(dashboard.today, o)}",
              BODY.but(align=CENTER, size=14), options=o),
            gap(8),
        ]
        cards = [[p(h.label, CELL_BOLD, options=o), p(h.text, CELL_RIGHT, options=o),
                  p(h.detail or "", CELL, options=o)] for h in dashboard.headlines]
        head = [p("ตัวเลขสำคัญ", HEAD_CELL), p("จำนวน", HEAD_CELL), p("", HEAD_CELL)]
        flow.append(grid([head, *cards], [0.42 * width, 0.25 * width, 0.33 * width]))
        # the short charts first: they fill the first page under the figures
        short_first = sorted(dashboard.charts, key=lambda c: len(c.categories) > SHORT_CHART)
        for n, chart in enumerate(short_first, start=1):
            parts: list[Flowable] = [p(f"{n}. {chart.title}", HEADING, options=o)]
            png = pictures.get(chart.key)
            if png:
                parts.append(_picture(png, width))
            flow.append(KeepTogether(parts))
            flow.append(gap(4))
            flow.append(_figures(chart, width, o))
            if chart.note:
                flow.append(p(chart.note, SMALL, options=o))
        return flow

    return build_pdf(story, out, title=title, author=office_name, subject=dashboard.scope_text,
                     footer_height=FOOTER_HEIGHT,
                     decorate=page_footer(  # type: ignore[arg-type]
                         f"{title} พิมพ์เมื่อ {date_be(printed, o)}", thai_digits=o.thai_digits),
                     count_pages=True)


def print_dashboard(dashboard: Dashboard, pictures: Mapping[str, bytes], out: Path, *,
                    office_name: str, title: str = DEFAULT_TITLE,
                    options: Options | None = None) -> BuildResult:
    """Check the path and write the dashboard's PDF (low-level errors become Thai messages)."""
    out = check_pdf_path(out)
    with user_errors(str(out)):
        return build_dashboard(dashboard, pictures, out, office_name=office_name, title=title,
                               options=options)
