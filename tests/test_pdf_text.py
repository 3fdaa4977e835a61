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


def test_lines_never_touch_stacked_marks_and_lower_vowels(tmp_path: Path) -> None:
    """Lower vowels of one line above the tallest stacks of the next: a white gap between."""
    import subprocess

    from PIL import Image

    low = "ปู่ผู้ฐานญูปู่ผู้ฐานญูปู่ผู้ฐานญู"
    high = "ปั้นที่ฟื้นปุ๋ยปั้นที่ฟื้นปุ๋ยปั้นที่ฟื้นปุ๋ย"
    out = build(tmp_path, [p(f"{low}\n{high}\n{low}\n{high}", BODY),
                           p(f"{low}\n{high}", BODY.but(size=14))])
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page-*.png"))).convert("L")
    area = printable_area()
    scale = 200 / 72
    from exports.pdf.text import ASCENT

    def white_row_between(y0: float, y1: float) -> bool:
        for y in range(int(y0 * scale), int(y1 * scale)):
            row = image.crop((int(area.left * scale), y, int(area.x1 * scale), y + 1))
            if row.point(lambda v: 255 if v < 160 else 0).getbbox() is None:
                return True
        return False

    top = area.top
    for size, lines in ((16.0, 4), (14.0, 2)):
        leading = size * BODY.leading_factor
        for i in range(lines - 1):
            baseline = top + i * leading + ASCENT * size
            # From the lower vowels of this line to the stacked marks of the next one there
            # is a row with no ink across the whole width: the lines do not touch.
            assert white_row_between(baseline, baseline + leading - 0.7 * size), (size, i)
        top += lines * leading


def test_the_line_box_holds_the_measured_ink_of_thai() -> None:
    import uharfbuzz as hb

    from core.resources import resource_path
    from exports.pdf.text import ASCENT, DESCENT

    font = hb.Font(hb.Face(hb.Blob.from_file_path(
        str(resource_path("fonts", "sarabun", "Sarabun-Regular.ttf")))))
    top = bottom = 0
    for word in ("ที่", "ปั้น", "ปู่", "ผู้ใหญ่", "ญี่ปุ่น", "ฐาน", "น้ำ", "กตัญญู", "ฤๅษี"):
        buf = hb.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        hb.shape(font, buf, {})
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            ext = font.get_glyph_extents(info.codepoint)
            if ext:
                top = max(top, ext.y_bearing + pos.y_offset)
                bottom = min(bottom, ext.y_bearing + ext.height + pos.y_offset)
    assert top / 1000 <= ASCENT + 0.05  # 1.218: a hair into the line above's spare room
    assert -bottom / 1000 <= DESCENT + 0.02
    assert (top - bottom) / 1000 <= BODY.leading_factor + 0.07


def test_a_long_paragraph_flows_over_pages_without_losing_a_line(tmp_path: Path) -> None:
    from tests.pdf_helpers import page_count

    para = Para(SENTENCE * 12, BODY_JUSTIFIED)
    out = build(tmp_path, [p("หัวเรื่อง", BODY.but(font=BOLD)), para])
    assert page_count(out) >= 2
    lines = para.lines_for(printable_area().width)
    extracted = [line.strip() for line in text_of(out).splitlines() if line.strip()]
    assert extracted == ["หัวเรื่อง", *(line.text for line in lines)]
    assert not ink_outside(out, printable_area())
