"""The Thai text engine read back from the PDF: exact text, shaped marks, embedded fonts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from core.documents import Person
from exports.pdf.common import BODY, BODY_JUSTIFIED, Options, date_be, id_text, p
from exports.pdf.flowables import CENTER, Para, Style
from exports.pdf.layout import build_pdf, printable_area
from exports.pdf.text import BOLD, REGULAR, clean_text, shaped, text_width
from tests.pdf_helpers import fonts_of, ink_outside, lines_of, needs_poppler, text_of, words_of

pytestmark = needs_poppler

TRICKY = ("ที่", "น้ำ", "ปู่", "ผู้ใหญ่", "ญี่ปุ่น", "ฐาน", "ฎีกา", "กตัญญู", "ฤๅษี", "ปั้น")
SENTENCE = ("ด้วยศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนอำเภอเมืองลำปาง ได้สอบทานข้อมูล"
            "ครัวเรือนเป้าหมายที่ผู้ใหญ่บ้านแจ้งว่าน้ำประปาไม่ทั่วถึง ปู่ย่าตายายในครัวเรือนต้องการ"
            "ความช่วยเหลือ จึงขอส่งต่อครัวเรือนดังกล่าวเพื่อพิจารณาให้ความช่วยเหลือตามภารกิจต่อไป")


def build(tmp_path: Path, flowables: list[Flowable], name: str = "t.pdf") -> Path:
    out = tmp_path / name
    build_pdf(lambda: flowables, out, title="ทดสอบ", author="KaeJon Desk")
    return out


def test_tricky_words_extract_exactly(tmp_path: Path) -> None:
    out = build(tmp_path, [p(word) for word in TRICKY] + [p(" ".join(TRICKY), BODY.but(font=BOLD))])
    lines = lines_of(out)
    for word in TRICKY:
        assert word in lines
    assert " ".join(TRICKY) in lines


def test_shaping_uses_the_positioned_tone_marks() -> None:
    # HarfBuzz picks Sarabun's lowered or shifted forms: they have no Unicode code point, so
    # reportlab embeds them under private-use codes. Unshaped, ที่ keeps the plain U+0E48,
    # which Sarabun draws at the height of a tone mark on a bare consonant: it collides.
    assert any(0xE000 <= ord(c) <= 0xF8FF for c in shaped("ที่", REGULAR, 16))
    assert any(0xE000 <= ord(c) <= 0xF8FF for c in shaped("ปู่", REGULAR, 16))
    assert text_width("ที่", REGULAR, 16) == pytest.approx(text_width("ท", REGULAR, 16))


def test_without_actual_text_the_shaped_glyphs_would_extract_as_garbage(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from exports.pdf.text import register_fonts

    register_fonts()
    bare = tmp_path / "bare.pdf"
    canvas = Canvas(str(bare), initialFontName=REGULAR)
    canvas.setFont(REGULAR, 16)
    canvas.drawString(100, 700, shaped("ญี่ปุ่น", REGULAR, 16))  # shaped, no /ActualText
    canvas.save()
    garbage = text_of(bare).strip()
    assert garbage != "ญี่ปุ่น"
    assert any(0xE000 <= ord(c) <= 0xF8FF for c in garbage)
    out = build(tmp_path, [p("ญี่ปุ่น")])
    assert "ญี่ปุ่น" in lines_of(out)


def test_every_font_is_embedded_and_there_is_no_helvetica(tmp_path: Path) -> None:
    from exports.pdf.tables import grid

    table = grid([[p("ที่"), p("ชื่อ")], [p("1"), p("นางสาวสมศรี ใจดี")]], [40, 200])
    out = build(tmp_path, [p("หัวเรื่อง", BODY.but(font=BOLD)), table])
    fonts = fonts_of(out)
    assert {f.name.split("+")[-1] for f in fonts} == {"Sarabun-Regular", "Sarabun-Bold"}
    assert all(f.embedded and f.subset and f.unicode for f in fonts)


def test_zero_width_space_and_bom_never_print(tmp_path: Path) -> None:
    assert clean_text("ครัว\u200bเรือน\ufeff") == "ครัวเรือน"
    out = build(tmp_path, [p("ครัว\u200bเรือน เป้า\u200bหมาย")])
    assert "ครัวเรือน เป้าหมาย" in lines_of(out)


def test_justified_paragraph_extracts_exactly_and_fills_the_width(tmp_path: Path) -> None:
    width = printable_area().width
    para = Para(SENTENCE, BODY_JUSTIFIED)
    out = build(tmp_path, [para])
    lines = para.lines_for(width)
    assert len(lines) >= 4
    extracted = [line.strip() for line in text_of(out).splitlines() if line.strip()]
    assert extracted == [line.text for line in lines]
    # Justified lines end at the right margin; the last line does not.
    words = words_of(out)
    area = printable_area()
    by_line: dict[float, list[float]] = {}
    for w in words:
        by_line.setdefault(round(w.y1), []).append(w.x1)
    right_edges = [max(xs) for _, xs in sorted(by_line.items())]
    assert all(abs(edge - area.x1) < 2.5 for edge in right_edges[:-1]), right_edges
    assert right_edges[-1] < area.x1 - 20
    assert not ink_outside(out, area)


def test_centred_and_left_lines_stay_inside_the_printable_area(tmp_path: Path) -> None:
    area = printable_area()
    out = build(tmp_path, [p(SENTENCE * 3, BODY), p("กึ่งกลาง", Style(align=CENTER, size=30))])
    assert not ink_outside(out, area)
    for w in words_of(out):
        assert area.left - 0.5 <= w.x0
        assert w.x1 <= area.x1 + 0.5


def test_thai_digits_and_buddhist_era_dates(tmp_path: Path) -> None:
    on = dt.date(2026, 1, 12)
    assert date_be(on, Options()) == "12 มกราคม 2569"
    assert date_be(on, Options(thai_digits=True)) == "๑๒ มกราคม ๒๕๖๙"
    out = build(tmp_path, [p(f"วันที่ {date_be(on, Options())}", options=Options(thai_digits=True))])
    assert "วันที่ ๑๒ มกราคม ๒๕๖๙" in lines_of(out)


def test_national_ids_are_masked_unless_asked() -> None:
    person = Person("นาย", "สมชาย", "ใจดี", "1101700203451", "", "ชาย", None, 40, "", "", "",
                    "", "", "", "", None, (), True)
    assert id_text(person, Options()) == "1-XXXX-XXXXX-XX-1"
    assert id_text(person, Options(mask_ids=False)) == "1-1017-00203-45-1"


def test_a_check_box_is_drawn_not_typed(tmp_path: Path) -> None:
    out = build(tmp_path, [Para("ไม่เข้าเกณฑ์", BODY, box=False), Para("ยืนยัน", BODY, box=True)])
    assert {"ไม่เข้าเกณฑ์", "ยืนยัน"} <= lines_of(out)
    assert "☐" not in text_of(out)
