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
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
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


def fit_widths(rows: Sequence[Sequence[Flowable | str]], total: float, *, pad: float = PAD,
               weights: Sequence[float] | None = None, header_rows: int = 1,
               whole: Sequence[int] = ()) -> list[float]:
    """Column widths that fit ``total``: every column gets its widest unbreakable word (so no
    word is cut), the rest of the room goes where the text is long (or by ``weights``).

    Columns in ``whole`` (names) get their full natural width first when it fits, so that a
    name stays on one line.
    """
    from exports.pdf.flowables import Para

    n = max(len(r) for r in rows)
    minimum = [0.0] * n
    natural = [0.0] * n
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            if isinstance(cell, Para):
                minimum[i] = max(minimum[i], cell.min_width() + 2 * pad + 0.5)
                if r >= header_rows:  # a heading may wrap; the data decides the width
                    natural[i] = max(natural[i], cell.natural_width() + 2 * pad + 0.5)
    natural = [max(a, b) for a, b in zip(minimum, natural, strict=True)]
    room = total - sum(minimum)
    if room <= 0:
        scale = total / sum(minimum)
        return [w * scale for w in minimum]
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [w + spare * w / sum(natural) for w in natural]
    # Columns that need little more than their minimum get all of it first (a short label
    # on one line); what is left is shared by the long columns in proportion to their need.
    want = [b - a for a, b in zip(minimum, natural, strict=True)]
    if weights is not None:
        want = [w * k for w, k in zip(want, weights, strict=True)]
    widths = list(minimum)
    for i in whole:
        if want[i] <= room:
            widths[i] += want[i]
            room -= want[i]
            want[i] = 0.0
    left = sorted((i for i in range(n) if want[i] > 0), key=lambda i: want[i])
    while left:
        share = room / len(left)
        i = left[0]
        if want[i] <= share:
            widths[i] += want[i]
            room -= want[i]
            left.pop(0)
            continue
        total_want = sum(want[j] for j in left) or 1.0
        for j in left:
            widths[j] += room * want[j] / total_want
        break
    return widths
