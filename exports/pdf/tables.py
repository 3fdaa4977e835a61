"""Tables of Thai paragraphs: ruled grids and unruled label/value blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from exports.pdf.text import REGULAR

HEADER_FILL = (0.9, 0.9, 0.9)
PAD = 3.0


def grid(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], *,
         header_rows: int = 1, repeat_header: bool = True, extra: Sequence[Any] = (),
         line: float = 0.6, pad: float = PAD, title: Flowable | None = None) -> Table:
    """A ruled table; the first ``header_rows`` are shaded and repeated on every page.

    A ``title`` (a section heading) becomes an unruled first row that is repeated with the
    header, so a heading is never left alone at the foot of a page: the table moves to the
    next page unless the heading, the header and at least one row fit.
    """
    body = [list(r) for r in rows]
    top = 0
    if title is not None:
        body.insert(0, [title] + [""] * (len(widths) - 1))
        top = 1
    table = Table(body, colWidths=list(widths),
                  repeatRows=header_rows + top if repeat_header else top, hAlign="LEFT")
    style: list[Any] = [
        # Cells hold our own paragraphs; a font is set so that reportlab never falls back to
        # an unembedded Helvetica for the (empty) cell text state.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, top), (-1, -1), line, (0, 0, 0)),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if top:
        style += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                  ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    if header_rows:
        style.append(("BACKGROUND", (0, top), (-1, top + header_rows - 1), HEADER_FILL))
        style.append(("VALIGN", (0, top), (-1, top + header_rows - 1), "MIDDLE"))
    for cmd in extra:  # row numbers in ``extra`` count from the first row of ``rows``
        name, (c0, r0), (c1, r1), *rest = cmd
        style.append((name, (c0, r0 + top if r0 >= 0 else r0), (c1, r1 + top if r1 >= 0 else r1),
                      *rest))
    table.setStyle(TableStyle(style))
    return table


def plain(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], *,
          extra: Sequence[Any] = (), pad: float = 0.0, keep: bool = False) -> Table:
    """An unruled layout table (labels and values, signature blocks)."""
    table = Table([list(r) for r in rows], colWidths=list(widths), hAlign="LEFT")
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    style.extend(extra)
    table.setStyle(TableStyle(style))
    if keep:
        table.keepWithNext = False
        table.splitByRow = 0
    return table
