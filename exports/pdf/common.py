"""Shared styles and small pieces of the printed documents."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from core.documents import Person
from core.thai import format_date_be, format_house_code, format_national_id, mask_national_id, to_thai_digits
from exports.pdf.flowables import CENTER, JUSTIFY, RIGHT, Para, Style
from exports.pdf.layout import PageInfo, PrintableArea
from exports.pdf.linebreak import NAMES
from exports.pdf.text import BOLD, draw_text, text_width

BODY = Style(size=16)
BODY_JUSTIFIED = BODY.but(align=JUSTIFY, first_indent=2.5 * cm)
BOLD_BODY = BODY.but(font=BOLD)
TITLE = Style(font=BOLD, size=18, align=CENTER, space_after=2)
HEADING = Style(font=BOLD, size=16, space_before=8, space_after=2, keep_with_next=True)
CELL = Style(size=14)
CELL_BOLD = CELL.but(font=BOLD)
CELL_NAME = CELL.but(mode=NAMES)
CELL_CENTER = CELL.but(align=CENTER)
CELL_ID = CELL.but(mode=NAMES, size=13)  # 3-XXXX-XXXXX-XX-1 on one line in a narrow column
CELL_RIGHT = CELL.but(align=RIGHT, mode=NAMES)
HEAD_CELL = CELL.but(font=BOLD, align=CENTER, size=13)
SMALL = Style(size=12)


@dataclass(frozen=True)
class Options:
    """Choices the user makes when printing."""

    thai_digits: bool = False
    mask_ids: bool = True


def p(text: object, style: Style = BODY, *, options: Options | None = None,
      box: bool | None = None) -> Para:
    """A paragraph (``None`` prints nothing); Thai digits when the options ask for them."""
    return Para("" if text is None else str(text), style, box=box,
                thai_digits=bool(options and options.thai_digits))


def dots(prefix: str, width: float, style: Style = CELL, suffix: str = "") -> str:
    """``prefix`` followed by dots (a line to write on) filling ``width``, then ``suffix``."""
    used = text_width(prefix + suffix, style.font, style.size) + style.left_indent
    dot = text_width(".", style.font, style.size)
    return prefix + "." * max(3, int((width - used - 2) / dot)) + suffix


def gap(points: float) -> Flowable:
    """Vertical space."""
    return Spacer(1, points)


def id_text(person: Person, options: Options) -> str:
    """The national ID as printed: masked by default, else X-XXXX-XXXXX-XX-X; or the reason."""
    if not person.national_id:
        return person.no_id_reason or "ไม่มีเลขประจำตัว"
    raw = person.national_id
    return mask_national_id(raw) if options.mask_ids else format_national_id(raw)


def id_style(person: Person) -> Style:
    """An ID stays on one line; the reason a person has none is text, broken between words
    (in the ID's style "(บุคคลไม่มีสถานะทางทะเบียน)" is one unbreakable unit wider than the
    column, and the column would be cut inside a word)."""
    return CELL_ID if person.national_id else CELL.but(size=13)


def raw_id_text(national_id: str, options: Options) -> str:
    """A national ID string (no person) as printed."""
    if not national_id:
        return "-"
    return mask_national_id(national_id) if options.mask_ids else format_national_id(national_id)


def house_code_text(code: str) -> str:
    """XXXX-XXXXXX-X or a dash."""
    return format_house_code(code) if code else "-"


def date_be(value: object, options: Options, *, style: str = "long") -> str:
    """A BE date (Thai month names), empty for none."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        return ""
    return format_date_be(value, style=style, thai_digits=options.thai_digits)


def baht(value: float | None) -> str:
    """1,234.50 (or a dash)."""
    if value is None:
        return "-"
    return f"{value:,.2f}"


def page_footer(text: str, *, thai_digits: bool = False) -> object:
    """A decorator that writes ``text · หน้า x จาก y`` at the foot of the printable area."""
    text = to_thai_digits(text) if thai_digits else text

    def decorate(canvas: Canvas, area: PrintableArea, info: PageInfo) -> None:
        page = f"หน้า {info.number}" + (f" จาก {info.total}" if info.total else "")
        page = to_thai_digits(page) if thai_digits else page
        draw_text(canvas, area.left, area.bottom + 7, text, size=12, color=(0.3, 0.3, 0.3))
        draw_text(canvas, area.x1, area.bottom + 7, page, size=12, align="right",
                  color=(0.3, 0.3, 0.3))
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.line(area.left, area.bottom + 24, area.x1, area.bottom + 24)

    return decorate
