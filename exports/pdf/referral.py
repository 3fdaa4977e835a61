"""หนังสือส่งต่อ: a memo-style official letter for one referral batch, and its reply slip."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from core.documents import ReferralLetter, signing_position
from core.errors import ProgressFn
from exports.pdf.common import (
    BODY,
    BODY_JUSTIFIED,
    BOLD_BODY,
    CELL,
    CELL_CENTER,
    CELL_NAME,
    HEAD_CELL,
    Options,
    baht,
    date_be,
    dots,
    gap,
    p,
    page_footer,
)
from exports.pdf.flowables import CENTER, Style
from exports.pdf.layout import BuildResult, build_pdf, printable_area
from exports.pdf.tables import fit_widths, grid, plain
from exports.pdf.text import ASCENT, BOLD

MEMO_TITLE = Style(font=BOLD, size=26, align=CENTER, space_after=6)
LABEL = Style(font=BOLD, size=18)
FOOTER_HEIGHT = 30.0
# The 18 pt labels and the 16 pt text beside them share a baseline.
BASELINE_SHIFT = ASCENT * (LABEL.size - BODY.size)


def _label_line(label: str, value: str, width: float, o: Options) -> Flowable:
    # ส่วนราชการ / เรื่อง / เรียน: a bold label, the value beside it, wrapping under itself.
    label_width = _label_width(label)
    return plain([[p(label, LABEL), p(value, BODY, options=o)]],
                  [label_width, width - label_width],
                  extra=[("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                         ("TOPPADDING", (1, 0), (1, -1), BASELINE_SHIFT)])


def _label_width(label: str) -> float:
    from exports.pdf.text import text_width

    return text_width(label, LABEL.font, LABEL.size) + 8


def _letter(letter: ReferralLetter, o: Options, width: float) -> list[Flowable]:
    office = letter.office
    partner = letter.partner
    chief_position = signing_position(office)
    contact = " ".join(x for x in (office.name, office.address,
                                   f"โทร. {office.phone}" if office.phone else "") if x)
    date_text = date_be(letter.letter_date, o)
    half = width / 2
    number_row = plain([[
        plain([[p("ที่", LABEL), p(letter.reference, BODY, options=o)]],
              [_label_width("ที่"), half - _label_width("ที่")],
              extra=[("TOPPADDING", (1, 0), (1, -1), BASELINE_SHIFT)]),
        plain([[p("วันที่", LABEL), p(date_text, BODY, options=o)]],
              [_label_width("วันที่"), half - _label_width("วันที่")],
              extra=[("TOPPADDING", (1, 0), (1, -1), BASELINE_SHIFT)])]], [half, half],
        extra=[("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    n = len(letter.items)
    households = len({(i.head_name, i.address) for i in letter.items})
    body1 = (f"ด้วย{office.name} ได้สอบทานข้อมูลครัวเรือนเป้าหมายในพื้นที่อำเภอ{office.district} "
             f"จังหวัด{office.province} ตามแนวทางการแก้ไขปัญหาความยากจนแบบเบ็ดเสร็จและแม่นยำ "
             f"พบว่ามีครัวเรือนที่ควรได้รับการช่วยเหลือตามภารกิจของ{partner.name} "
             f"จำนวน {households} ครัวเรือน {n} รายการ รายละเอียดปรากฏตามบัญชีแนบท้ายหนังสือนี้")
    body2 = (f"จึงเรียนมาเพื่อโปรดพิจารณาให้ความช่วยเหลือครัวเรือนดังกล่าว และแจ้งผลการดำเนินการ"
             f"ตามแบบตอบรับท้ายหนังสือนี้ โดยอ้างถึงเลขที่ส่งต่อ {letter.number} "
             f"ภายใน 30 วันนับจากวันที่ได้รับหนังสือ จะเป็นพระคุณ")
    sign_style = BODY.but(align=CENTER)
    signature = plain([[""], [p("ขอแสดงความนับถือ", sign_style)], [gap(44)],
                       [p(f"({office.chief_name or dots('', 180, BODY)})", sign_style, options=o)],
                       [p(chief_position, sign_style, options=o)]],
                      [width * 0.5], extra=[])
    signature.hAlign = "RIGHT"
    return [
        p("บันทึกข้อความ", MEMO_TITLE),
        _label_line("ส่วนราชการ", contact, width, o),
        number_row,
        _label_line("เรื่อง", "ขอส่งต่อครัวเรือนเป้าหมายเพื่อรับการช่วยเหลือ", width, o),
        _rule(width),
        _label_line("เรียน", partner.addressee, width, o),
        gap(6),
        p(body1, BODY_JUSTIFIED, options=o),
        gap(4),
        p(body2, BODY_JUSTIFIED, options=o),
        gap(10),
        KeepTogether([signature]),
    ]


def _rule(width: float) -> Flowable:
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width=width, thickness=0.6, color=(0, 0, 0), spaceBefore=2,
                      spaceAfter=4)


def _items_table(letter: ReferralLetter, o: Options, width: float) -> list[Flowable]:
    rows: list[list[Flowable | str]] = [[
        p("ที่", HEAD_CELL), p("หัวหน้าครัวเรือน", HEAD_CELL), p("ที่อยู่", HEAD_CELL),
        p("ความช่วยเหลือที่ขอ (มิติ)", HEAD_CELL), p("งบประมาณ\n(บาท)", HEAD_CELL)]]
    for n, item in enumerate(letter.items, start=1):
        help_text = "\n".join(x for x in (
            item.help, item.for_person and f"สำหรับ {item.for_person}",
            item.dimension and f"(มิติ{item.dimension})") if x)
        rows.append([p(n, CELL_CENTER, options=o), p(item.head_name, CELL_NAME, options=o),
                     p(item.address, CELL_NAME, options=o), p(help_text, CELL, options=o),
                     p(baht(item.planned_baht), CELL.but(align="right", mode="names"),
                       options=o)])
    title = p(f"บัญชีครัวเรือนที่ส่งต่อ แนบหนังสือที่ {letter.reference} "
              f"ลงวันที่ {date_be(letter.letter_date, o)}", BOLD_BODY, options=o)
    return [grid(rows, fit_widths(rows, width), title=title)]


def _reply_slip(letter: ReferralLetter, o: Options, width: float) -> list[Flowable]:
    office = letter.office
    partner = letter.partner
    rows: list[list[Flowable | str]] = [[
        p("ที่", HEAD_CELL), p("หัวหน้าครัวเรือน", HEAD_CELL),
        p("ความช่วยเหลือที่ขอ", HEAD_CELL), p("รับเรื่อง", HEAD_CELL),
        p("ไม่รับ", HEAD_CELL), p("ผลการดำเนินการ / วันที่", HEAD_CELL)]]
    for n, item in enumerate(letter.items, start=1):
        rows.append([p(n, CELL_CENTER, options=o), p(item.head_name, CELL_NAME, options=o),
                     p(item.help, CELL, options=o), p("", CELL.but(left_indent=10), box=False),
                     p("", CELL.but(left_indent=8), box=False), ""])
    # The columns with text fit their words; a third of the width is room to write what
    # was done and when (a quarter left the agency 2.5 cm).
    widths = [w / width for w in fit_widths([r[:5] for r in rows], width * 0.66, whole=(1,))]
    widths.append(0.34)
    sign_style = BODY.but(align=CENTER)
    return [
        p("แบบตอบรับการส่งต่อครัวเรือนเป้าหมาย", MEMO_TITLE.but(size=20)),
        p(f"เลขที่ส่งต่อ {letter.number}", BOLD_BODY.but(align=CENTER, size=18), options=o),
        gap(6),
        p(f"เรียน {signing_position(office)} "
          f"({office.name})", BODY, options=o),
        p(f"อ้างถึงหนังสือที่ {letter.reference} ลงวันที่ {date_be(letter.letter_date, o)} "
          f"เรื่อง ขอส่งต่อครัวเรือนเป้าหมายเพื่อรับการช่วยเหลือ", BODY, options=o),
        p(f"{partner.name} ขอแจ้งผลการพิจารณาดังนี้", BODY_JUSTIFIED, options=o),
        gap(4),
        grid(rows, [w * width for w in widths]),
        gap(8),
        p(dots("หมายเหตุ ", width, BODY), BODY),
        p(dots("ผู้ประสานงาน ", width * 0.6, BODY) + dots(" โทร. ", width * 0.4, BODY), BODY),
        gap(16),
        KeepTogether([plain([[p(dots("ลงชื่อ", 220, BODY), sign_style)],
                             [p(dots("(", 200, BODY, ")"), sign_style)],
                             [p(dots("ตำแหน่ง ", 220, BODY), sign_style)],
                             [p("วันที่ ......../......../........", sign_style)]],
                            [width * 0.55]),
                      gap(8),
                      p(f"โปรดส่งแบบตอบรับนี้คืน {office.name} โดยระบุเลขที่ส่งต่อ "
                        f"{letter.number}", BODY.but(size=14), options=o)]),
    ]


def build_referral(letter: ReferralLetter, out: Path | None, *, options: Options | None = None,
                   progress: ProgressFn | None = None) -> BuildResult:
    """The letter, the list of households, and the reply slip that carries the batch number."""
    o = options or Options()
    width = printable_area().width

    def story() -> list[Flowable]:
        return [*_letter(letter, o, width), gap(12), *_items_table(letter, o, width),
                PageBreak(), *_reply_slip(letter, o, width)]

    return build_pdf(story, out, title=f"หนังสือส่งต่อ {letter.number}",
                     author=letter.office.name, subject=letter.partner.name,
                     footer_height=FOOTER_HEIGHT,
                     decorate=page_footer(f"เลขที่ส่งต่อ {letter.number}", thai_digits=o.thai_digits),  # type: ignore[arg-type]
                     count_pages=True, progress=progress, progress_total=1)


__all__ = ["build_referral", "cm"]
