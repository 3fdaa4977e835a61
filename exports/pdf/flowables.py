"""Platypus flowables that lay out Thai with our line breaker and draw shaped, searchable runs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Flowable

from exports.pdf.linebreak import WORDS, Line, break_lines, clusters, units
from exports.pdf.text import ASCENT, DESCENT, REGULAR, Run, clean_text, draw_runs, text_width

LEFT, CENTER, RIGHT, JUSTIFY = "left", "center", "right", "justify"


@dataclass(frozen=True)
class Style:
    """How a paragraph looks."""

    font: str = REGULAR
    size: float = 16.0
    leading_factor: float = 1.5
    align: str = LEFT
    first_indent: float = 0.0
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    mode: str = WORDS  # or linebreak.NAMES: break only at spaces
    keep_with_next: bool = False

    @property
    def leading(self) -> float:
        return self.size * self.leading_factor

    def but(self, **changes: Any) -> Style:
        """A copy with some fields changed."""
        return replace(self, **changes)


class Para(Flowable):
    """A paragraph of Thai text: broken at word boundaries, shaped, with ``/ActualText``.

    With ``box`` (True/False) a check box (ticked or empty) hangs before the first line.
    """

    def __init__(self, text: str, style: Style | None = None, *, box: bool | None = None,
                 thai_digits: bool = False, _lines: list[Line] | None = None,
                 _last_is_end: bool = True) -> None:
        super().__init__()
        self.style = style or Style()
        self.text = clean_text(text, thai_digits=thai_digits)
        self.box = box
        self.spaceBefore = self.style.space_before
        self.spaceAfter = self.style.space_after
        self.keepWithNext = self.style.keep_with_next
        self._fixed = _lines
        self._last_is_end = _last_is_end
        self._lines: list[Line] = _lines or []
        self._laid_width = -1.0
        self.width = 0.0
        self.height = 0.0

    # ------------------------------------------------------------------ layout

    @property
    def _box_room(self) -> float:
        return self.style.size * 0.95 if self.box is not None else 0.0

    def _measure(self) -> Callable[[str], float]:
        font, size = self.style.font, self.style.size
        return lambda s: text_width(s, font, size)

    def lines_for(self, width: float) -> list[Line]:
        """The lines at this width (cached for the last width)."""
        if self._fixed is not None:
            return self._fixed
        if abs(width - self._laid_width) > 1e-6:
            st = self.style
            room = max(1.0, width - st.left_indent - self._box_room)
            self._lines = break_lines(self.text, room, self._measure(), mode=st.mode,
                                      first_width=max(1.0, room - st.first_indent),
                                      cache_key=(st.font, st.size))
            self._laid_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.lines_for(avail_width)) * self.style.leading
        return self.width, self.height

    def min_width(self) -> float:
        """The widest unit that cannot be broken (a column narrower than this cuts a word)."""
        st = self.style
        widest = max((text_width(u.strip(), st.font, st.size) for u in units(self.text, st.mode)),
                     default=0.0)
        return widest + st.left_indent + self._box_room

    def natural_width(self) -> float:
        """The width of the longest hard line, unbroken."""
        st = self.style
        return max((text_width(line, st.font, st.size) for line in self.text.split("\n")),
                   default=0.0) + st.left_indent + self._box_room

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self.lines_for(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 1 or (len(lines) >= 4 and fit < 2):
            return []  # no orphan line at the foot of a page
        first = Para("", self.style, box=self.box, _lines=lines[:fit], _last_is_end=False)
        first.text = self.text
        rest_style = self.style.but(first_indent=0.0, space_before=0.0)
        rest = Para("", rest_style, _lines=lines[fit:], _last_is_end=self._last_is_end)
        rest.text = self.text
        return [first, rest]

    # ------------------------------------------------------------------ drawing

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        # Drawn in page coordinates: no save/translate/restore per cell, which costs more
        # than the text itself in a 500-household batch.
        x = self._hAlignAdjust(x, _sW)
        self.canv = canvas
        try:
            self._paint(x, y)
        finally:
            del self.canv

    def draw(self) -> None:
        self._paint(0.0, 0.0)

    def _paint(self, x0: float, y0: float) -> None:
        st = self.style
        canvas = self.canv
        lines = self.lines_for(self.width)
        room = self.width - st.left_indent - self._box_room
        top = self.height + y0
        pad = (st.leading - (ASCENT + DESCENT) * st.size) / 2
        for i, line in enumerate(lines):
            baseline = top - i * st.leading - pad - ASCENT * st.size
            indent = x0 + st.left_indent + self._box_room + (st.first_indent if i == 0 else 0.0)
            line_room = room - (st.first_indent if i == 0 else 0.0)
            if i == 0 and self.box is not None:
                self._draw_box(x0 + st.left_indent, baseline)
            if not line.text:
                continue
            last = i == len(lines) - 1 and self._last_is_end
            next_is_hard = i + 1 < len(lines) and "\n" in self.text[line.end:lines[i + 1].start]
            runs = self._runs(line, line_room, justify=st.align == JUSTIFY and not last
                              and not next_is_hard)
            width = text_width(line.text, st.font, st.size)
            x = indent
            if st.align == CENTER:
                x += (line_room - width) / 2
            elif st.align == RIGHT:
                x += line_room - width
            draw_runs(canvas, x, baseline, runs, source=line.text, color=st.color)

    def _runs(self, line: Line, room: float, *, justify: bool) -> list[Run]:
        """One run, or for a justified line one run per Thai cluster and Latin word.

        Thai is justified the way Thai typesetting does it (distributed): the extra room is
        spread evenly between character clusters, four times as much at a space. Spreading
        it between words only would open gaps that read as spaces, which in Thai end a
        phrase.
        """
        st = self.style
        natural = text_width(line.text, st.font, st.size)
        extra = room - natural
        if not justify or extra <= 0.5:
            return [Run(line.text, st.font, st.size, 0.0)]
        pieces: list[tuple[str, float]] = []  # (text, stretch weight before it)
        for token in re.split(r"(\s+)", line.text):
            if not token:
                continue
            if token.isspace():
                pieces.append((token, 0.0))
                continue
            parts = clusters(token) if re.search(r"[\u0E00-\u0E7F]", token) else (token,)
            for k, part in enumerate(parts):
                after_space = bool(pieces) and pieces[-1][0].isspace()
                weight = 4.0 if after_space else (1.0 if pieces else 0.0)
                pieces.append((part, weight if k == 0 else 1.0))
        total = sum(w for _, w in pieces)
        if total == 0 or extra / total > 0.15 * st.size:
            return [Run(line.text, st.font, st.size, 0.0)]
        unit = extra / total
        runs: list[Run] = []
        x = 0.0
        for part, weight in pieces:
            x += weight * unit
            if not part.isspace():
                runs.append(Run(part, st.font, st.size, x))
            x += text_width(part, st.font, st.size)
        return runs

    def _draw_box(self, x: float, baseline: float) -> None:
        size = self.style.size * 0.6
        canvas = self.canv
        y = baseline - self.style.size * 0.02
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.rect(x, y, size, size, stroke=1, fill=0)
        if self.box:
            canvas.setLineWidth(1.2)
            path = canvas.beginPath()
            path.moveTo(x + size * 0.18, y + size * 0.5)
            path.lineTo(x + size * 0.42, y + size * 0.2)
            path.lineTo(x + size * 0.85, y + size * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class CheckBox(Flowable):
    """An empty box to tick by hand, in a table cell (as cheap as a flowable can be)."""

    def __init__(self, size: float = 14.0, *, indent: float = 0.0) -> None:
        super().__init__()
        self.size = size
        self.indent = indent
        self.width = 0.0
        self.height = size * 1.3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        side = self.size * 0.6
        x += self.indent if self.indent else (self.width - side) / 2
        baseline = y + self.height - (self.height - (ASCENT + DESCENT) * self.size) / 2 \
            - ASCENT * self.size
        canvas.addLiteral(f"q 0 G 0.7 w {x:.2f} {baseline - self.size * 0.02:.2f} "
                          f"{side:.2f} {side:.2f} re S Q")

    def draw(self) -> None:
        self.drawOn(self.canv, 0.0, 0.0)


class Marker(Flowable):
    """Takes no room; tells the document template something when it is placed (progress)."""

    def __init__(self, **info: Any) -> None:
        super().__init__()
        self.info = info
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass
