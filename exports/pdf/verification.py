"""แบบสอบทานข้อมูลครัวเรือน: one household per page (continued when needed), one PDF per village."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from core.documents import HouseholdCard, VerificationBatch
from core.errors import ProgressFn
from core.thai import to_thai_digits
from exports.pdf.common import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_CENTER,
    CELL_NAME,
    HEAD_CELL,
    HEADING,
    TITLE,
    Options,
    date_be,
    dots,
    gap,
    house_code_text,
    id_style,
    id_text,
    p,
)
from exports.pdf.flowables import CENTER, CheckBox, Marker
from exports.pdf.layout import BuildResult, PageInfo, PrintableArea, build_pdf, printable_area
from exports.pdf.tables import PAD, grid, plain
from exports.pdf.text import draw_text

HEADER_HEIGHT = 26.0
FOOTER_HEIGHT = 0.0
EXTRA_MEMBER_ROWS = 1
# The checklist has 17 indicators: at 12 pt (like TH Sarabun 14) most fit on one line, so a
# household takes two sheets.
CHECK_LABEL = CELL.but(size=12, leading_factor=1.45, left_indent=6)



MEMBER_WIDTHS = (0.05, 0.21, 0.275, 0.125, 0.065, 0.145, 0.13)
"""The members table's columns (share of the width): ที่, name, ID, relation, age, living, notes."""


def _member_widths(rows: list[list[Flowable | str]], width: float) -> list[float]:
    """The members table's columns; the name column grows to hold the longest title and first
    name (เด็กหญิงชนิดาภา) on one line, taking the room from the notes, then the living column."""
    from exports.pdf.flowables import Para

    def least(column: int, header: bool) -> float:  # the widest word of a column
        cells = [row[column] for row in rows[0 if header else 1:]]
        return max((cell.min_width() + 2 * PAD + 0.5 for cell in cells if isinstance(cell, Para)),
                   default=0.0)

    widths = [share * width for share in MEMBER_WIDTHS]
    need = least(1, header=False)
    for column in (6, 5):
        take = min(max(need - widths[1], 0.0), max(widths[column] - least(column, True), 0.0))
        widths[1] += take
        widths[column] -= take
    return widths

def _household(card: HouseholdCard, batch: VerificationBatch, index: int, total: int,
               options: Options, width: float) -> list[Flowable]:
    o = options
    village = card.village
    story: list[Flowable] = [
        Marker(household=card.head_name, index=index, start_page=True),
        p("แบบสอบทานข้อมูลครัวเรือนเป้าหมาย", TITLE, options=o),
        p(batch.office.name, BODY.but(align=CENTER, size=14), options=o),
        gap(4),
        p("1. ข้อมูลครัวเรือน", HEADING.but(space_before=2), options=o),
    ]
    address = " ".join(part for part in (card.address, village.full_label) if part)
    info_rows: list[list[Flowable | str]] = [
        [p("รายการ", HEAD_CELL), p("ข้อมูลในระบบ", HEAD_CELL),
         p("แก้ไขเป็น (ถ้ามี)", HEAD_CELL)],
        [p("หัวหน้าครัวเรือน", CELL_BOLD), p(card.head_name, CELL_NAME, options=o), ""],
        [p("รหัสประจำบ้าน", CELL_BOLD), p(house_code_text(card.house_code), CELL, options=o), ""],
        [p("ที่อยู่", CELL_BOLD), p(address, CELL, options=o), ""],
        [p("โทรศัพท์", CELL_BOLD), p(card.phone or "-", CELL, options=o), ""],
        [p("แหล่งข้อมูล", CELL_BOLD), p(card.sources or card.case_source or "-", CELL, options=o),
         ""],
        [p("การสอบทาน", CELL_BOLD),
         p(card.verification + (f" (ล่าสุด {date_be(card.last_visit, o)})"
                                if card.last_visit else ""), CELL, options=o), ""],
    ]
    story.append(grid(info_rows, [0.23 * width, 0.47 * width, 0.3 * width]))
    # The members: the heading travels with the table (never alone at the foot of a page).
    member_rows: list[list[Flowable | str]] = [[
        p("ที่", HEAD_CELL), p("ชื่อ – สกุล", HEAD_CELL), p("เลขประจำตัวประชาชน", HEAD_CELL),
        p("ความ\nสัมพันธ์", HEAD_CELL), p("อายุ", HEAD_CELL), p("การ\nอาศัย", HEAD_CELL),
        p("หมายเหตุ", HEAD_CELL)]]
    for n, person in enumerate(card.members, start=1):
        member_rows.append([
            p(n, CELL_CENTER, options=o), p(person.full_name, CELL_NAME, options=o),
            p(id_text(person, o), id_style(person), options=o), p(person.relation, CELL, options=o),
            p("" if person.age is None else person.age, CELL_CENTER, options=o),
            p(person.living, CELL, options=o), ""])
    for _ in range(EXTRA_MEMBER_ROWS):
        member_rows.append([p(" ", CELL), "", "", "", "", "", ""])
    story.append(grid(member_rows, _member_widths(member_rows, width), title=p(
        f"2. สมาชิกในครัวเรือน ({len(card.members)} คน)", HEADING, options=o)))
    # The 5-dimension checklist with its indicators.
    year = f" (ข้อมูล จปฐ. ปี {card.survey_year_be})" if card.survey_year_be else ""
    check_rows: list[list[Flowable | str]] = [[
        p("มิติ / ตัวชี้วัด", HEAD_CELL), p("ข้อมูลเดิม", HEAD_CELL),
        p("ยังเป็น\nปัญหา", HEAD_CELL), p("แก้ไขแล้ว", HEAD_CELL)]]
    extra: list[object] = []
    for dim in card.dimensions:
        row = len(check_rows)
        extra.append(("BACKGROUND", (0, row), (-1, row), (0.95, 0.95, 0.95)))
        check_rows.append([p(f"มิติ{dim.label}", CELL_BOLD, options=o),
                           p("ไม่ผ่าน" if dim.failed else "ผ่าน", CELL_CENTER.but(
                               size=13, font=CELL_BOLD.font if dim.failed else CELL.font)),
                           "", ""])
        for ind in dim.indicators:
            check_rows.append([
                p(f"{ind.number}. {ind.label}", CHECK_LABEL, options=o),
                p("ไม่ผ่าน" if ind.failed else "-", CELL_CENTER.but(size=13)),
                CheckBox(CELL.size), CheckBox(CELL.size)])
    story.append(grid(check_rows, [0.7 * width, 0.1 * width, 0.1 * width, 0.1 * width],
                      extra=extra, title=p(f"3. ปัญหาตาม 5 มิติ{year}", HEADING, options=o)))
    # The outcome and the signatures.
    outcome_cells = [p(label, CELL, box=False, options=o) for label in batch.outcomes]
    columns = 3
    outcome_cells += [p("", CELL)] * (-len(outcome_cells) % columns)
    outcome = plain([outcome_cells[i:i + columns] for i in range(0, len(outcome_cells), columns)],
                    [0.4 * width, 0.3 * width, 0.3 * width])
    notes = [p(dots("สิ่งที่พบ / หมายเหตุ ", width), CELL)]
    sign = _signatures(width, o)
    story.append(KeepTogether([p("4. ผลการสอบทาน", HEADING, options=o), outcome, gap(2), *notes,
                               gap(8), sign]))
    story.append(Marker(done=index))
    return story


def _signatures(width: float, o: Options) -> Flowable:
    roles = ["ผู้ให้ข้อมูล", "ผู้สอบทาน", "ผู้ตรวจสอบ"]
    style = CELL.but(align=CENTER)
    third = width / 3 - 10
    cells = [[p(dots("ลงชื่อ", third), style)] * 3,
             [p(dots("(", third - 20, suffix=")"), style)] * 3,
             [p(role, style, options=o) for role in roles],
             [p("วันที่ ......../......../........", style)] * 3]
    return plain(cells, [width / 3] * 3)


def _header(batch: VerificationBatch, total: int, o: Options):  # type: ignore[no-untyped-def]
    digits = to_thai_digits if o.thai_digits else str
    village = digits(batch.village.label) if batch.village else ""

    def decorate(canvas: Canvas, area: PrintableArea, info: PageInfo) -> None:
        index = info.context.get("index", 1)
        sheet = info.number - int(info.context.get("first_page", info.number)) + 1
        y = area.y1 - 15.5
        color = (0.3, 0.3, 0.3)
        draw_text(canvas, area.left, y, f"แบบสอบทานข้อมูลครัวเรือน {village}".strip(), size=12,
                  color=color)
        draw_text(canvas, area.x1, y, digits(f"ครัวเรือนที่ {index} จาก {total} แผ่นที่ {sheet}"),
                  size=12, align="right", color=color)
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.line(area.left, y - 5, area.x1, y - 5)

    return decorate


def build_verification(batch: VerificationBatch, out: Path | None, *,
                       options: Options | None = None,
                       progress: ProgressFn | None = None) -> BuildResult:
    """The verification forms of a batch (a village); each household starts a new page."""
    options = options or Options()
    width = printable_area().width
    total = len(batch.households)

    def story() -> list[Flowable]:
        flow: list[Flowable] = []
        for i, card in enumerate(batch.households, start=1):
            if i > 1:
                flow.append(PageBreak())
            flow.extend(_household(card, batch, i, total, options, width))
        return flow

    village = batch.village.label if batch.village else ""
    return build_pdf(story, out, title=f"แบบสอบทานข้อมูลครัวเรือน {village}".strip(),
                     author=batch.office.name, subject=batch.village.full_label
                     if batch.village else "", header_height=HEADER_HEIGHT,
                     footer_height=FOOTER_HEIGHT, decorate=_header(batch, total, options),
                     progress=progress, progress_total=total)


__all__ = ["build_verification", "cm"]
