"""Thai text for reportlab: the bundled Sarabun, HarfBuzz shaping and searchable /ActualText runs.

reportlab draws a TrueType font glyph by glyph from its character map, so without shaping the
tone mark of ที่ ปู่ ญี่ปุ่น vanishes (Sarabun only draws it in the positioned forms that the
font's GSUB/GPOS tables choose). :func:`shaped` runs HarfBuzz (through reportlab's own
``shapeStr``, which embeds the alternate glyphs under private-use code points); every drawn
line is then wrapped in a marked-content span whose ``/ActualText`` is the source text, so
that copying, searching and ``pdftotext`` give the exact Thai text, not private-use codes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from core.resources import resource_path
from core.thai import to_thai_digits

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
_FILES = {REGULAR: "Sarabun-Regular.ttf", BOLD: "Sarabun-Bold.ttf"}
# The ink of Thai in Sarabun (measured with HarfBuzz glyph extents, em = 1): a tone mark on
# an upper vowel (ที่ ปั้น) reaches 1.22, a lower vowel (ปู่ ผู้) and the tail of ฐ go down to
# 0.33 (ฎุ ฏู, rare, 0.54). The font's own metrics (1.068 / 0.232) leave stacked marks of one
# line touching the lower vowels of the line above, so lines are 1.5 em apart and the
# baseline sits 1.18 em below the top of its line.
ASCENT = 1.18
DESCENT = 0.32

_lock = threading.Lock()
_registered = False

# Characters that carry no ink and must never reach the page: reportlab would print a
# zero-width space as a space, and a BOM or joiner as a missing-glyph box.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def register_fonts() -> None:
    """Register the bundled Sarabun (regular and bold) with reportlab, once per process."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", "sarabun", file)),
                                           shapable=True))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
        _registered = True


def clean_text(text: str, *, thai_digits: bool = False) -> str:
    """NFC, without zero-width characters or controls; tabs become spaces; optional Thai digits."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).replace("\t", " ")
    text = _CONTROL.sub("", text)
    return to_thai_digits(text) if thai_digits else text


@lru_cache(maxsize=200_000)
def shaped(text: str, font: str, size: float) -> str:
    """The text shaped by HarfBuzz for ``font`` at ``size`` (a reportlab ``ShapedStr``)."""
    register_fonts()
    with _lock:  # shaping may add private-use glyphs to the shared font object
        return shapeStr(text, font, size, force=True)


@lru_cache(maxsize=200_000)
def text_width(text: str, font: str, size: float) -> float:
    """The shaped width of ``text`` in points."""
    if not text:
        return 0.0
    s = shaped(text, font, size)
    if isinstance(s, ShapedStr):
        return float(sum(d.x_advance for d in s.__shapeData__)) * size / 1000.0
    return float(pdfmetrics.stringWidth(s, font, size))


def actual_text_operand(text: str) -> str:
    """A PDF text string (UTF-16BE with a byte-order mark, hex) for ``/ActualText``."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font, at ``x`` from the line's start."""

    text: str
    font: str
    size: float
    x: float


def _glyph_code(canvas: Canvas, text: str, font: str, size: float) -> str:
    """The PDF text operators that show ``text`` (shaped), from the start of a text object.

    They do not depend on the position, so a label printed on every one of 500 forms is
    formatted once per document (the subset codes belong to the document: the cache lives
    on the canvas).
    """
    cache: dict[tuple[str, str, float], str] | None = getattr(canvas, "_kaejon_glyphs", None)
    if cache is None:
        cache = {}
        canvas._kaejon_glyphs = cache
    key = (text, font, size)
    code = cache.get(key)
    if code is None:
        tx = canvas.beginText(0, 0)
        tx.setFont(font, size, size)
        code = tx._formatText(shaped(text, font, size))
        cache[key] = code
    return code


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def draw_runs(canvas: Canvas, x: float, baseline: float, runs: list[Run], *, source: str,
              color: tuple[float, float, float] = (0, 0, 0)) -> None:
    """Draw shaped runs of one line inside one ``/Span`` whose ``/ActualText`` is ``source``."""
    if not runs:
        return
    # q, then the span, then Q: at EMC the text state (font, size) is still the line's, which
    # poppler needs to place the actual text where the glyphs are.
    code = ["q " + " ".join(_num(c) for c in color) + " rg",
            f"/Span <</ActualText {actual_text_operand(source)}>> BDC"]
    # One text object for the line: a justified line is many runs (one per cluster), each
    # placed with its own text matrix; viewers then read it as one line of text.
    code.append("BT")
    for run in runs:
        if run.text:
            code.append(f"1 0 0 1 {_num(x + run.x)} {_num(baseline)} Tm "
                        f"{_glyph_code(canvas, run.text, run.font, run.size)}")
    code.append("ET")
    code.append("EMC")
    code.append("Q")
    canvas.addLiteral("\n".join(code))


def draw_text(canvas: Canvas, x: float, baseline: float, text: str, *, font: str = REGULAR,
              size: float = 16, align: str = "left",
              color: tuple[float, float, float] = (0, 0, 0)) -> float:
    """One line of text without breaking (left, centre or right of ``x``); returns its width."""
    text = clean_text(text)
    width = text_width(text, font, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_runs(canvas, x, baseline, [Run(text, font, size, 0.0)], source=text, color=color)
    return width
