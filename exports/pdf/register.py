"""ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน: A4 landscape, the title and header on every page."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from core.documents import VillageRegister
from core.errors import ProgressFn
from core.thai import to_thai_digits
from exports.pdf.common import (
    CELL,
    HEAD_CELL,
    Options,
    date_be,
    house_code_text,
    p,
    raw_id_text,
)
from exports.pdf.flowables import Marker
from exports.pdf.layout import BuildResult, PageInfo, PrintableArea, build_pdf, printable_area
from exports.pdf.linebreak import NAMES
from exports.pdf.tables import fit_widths, grid
from exports.pdf.text import BOLD, draw_text

# A landscape page holds ten columns at 12 pt (Sarabun 12 looks like TH Sarabun 14).
CELL = CELL.but(size=12)
CELL_CENTER = CELL.but(align="center")
CELL_NAME = CELL.but(mode=NAMES)
CELL_ID = CELL_NAME.but(size=12)
HEAD_CELL = HEAD_CELL.but(size=12)
HEADER_HEIGHT = 56.0
FOOTER_HEIGHT = 30.0
COLUMNS = (  # (heading, share of the width)
    ("ที่", 0.035), ("บ้านเลขที่\nรหัสประจำบ้าน", 0.06),
    ("หัวหน้าครัวเรือน", 0.15), ("เลขประจำตัวประชาชน", 0.12), ("สมาชิก\n(คน)", 0.05),
    ("มิติที่ไม่ผ่าน", 0.15), ("ระดับ", 0.065), ("ผลการสอบทาน", 0.11),
    ("การช่วยเหลือ", 0.09), ("สอบทาน\nล่าสุด", 0.075),
)


def _decorate(register: VillageRegister, options: Options):  # type: ignore[no-untyped-def]
    title = "ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน"
    digits = to_thai_digits if options.thai_digits else str
    place = digits(register.village.full_label)
    printed = "พิมพ์เมื่อ " + date_be(register.printed_on, options)

    def decorate(canvas: Canvas, area: PrintableArea, info: PageInfo) -> None:
        top = area.y1
        draw_text(canvas, area.page_width / 2 + (area.left - area.right) / 2, top - 23, title,
                  font=BOLD, size=18, align="center")
        draw_text(canvas, area.page_width / 2 + (area.left - area.right) / 2, top - 44, place,
                  size=14, align="center")
        page = digits(f"หน้า {info.number}" + (f" จาก {info.total}" if info.total else ""))
        grey = (0.3, 0.3, 0.3)
        draw_text(canvas, area.left, area.bottom + 7, f"{register.office.name}  {printed}",
                  size=12, color=grey)
        draw_text(canvas, area.x1, area.bottom + 7, page, size=12, align="right", color=grey)
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.line(area.left, area.bottom + 24, area.x1, area.bottom + 24)

    return decorate


def build_register(register: VillageRegister, out: Path | None, *,
                   options: Options | None = None,
                   progress: ProgressFn | None = None) -> BuildResult:
    """The register of one village; national IDs are masked unless ``options`` say otherwise."""
    o = options or Options()
    width = printable_area(landscape_=True).width
    total = len(register.rows)

    def story() -> list[Flowable]:
        rows: list[list[Flowable | str]] = [[p(h, HEAD_CELL) for h, _ in COLUMNS]]
        for r in register.rows:
            rows.append([
                p(r.order, CELL_CENTER, options=o),
                p(f"{r.house_no or '-'}\n{house_code_text(r.house_code)}", CELL_ID, options=o),
                p(r.head_name, CELL_NAME, options=o),
                p(raw_id_text(r.head_national_id, o), CELL_ID, options=o),
                p(r.members, CELL_CENTER, options=o), p(r.dimensions or "-", CELL, options=o),
                p(r.level or "-", CELL, options=o), p(r.verification, CELL, options=o),
                p(r.help or "-", CELL, options=o),
                p(date_be(r.last_visit, o, style="short") or "-", CELL_NAME, options=o)])
        summary = p(f"รวม {total} ครัวเรือน สมาชิก {sum(r.members for r in register.rows)} คน",
                    CELL.but(font=BOLD, size=14, space_before=6), options=o)
        # Names, level, statuses and the last visit on one line where they fit: a register of
        # a village reads down the page, and a status on three lines halves the rows per page.
        widths = fit_widths(rows, width, whole=(2, 6))
        return [grid(rows, widths), summary, Marker(done=total)]

    return build_pdf(story, out, title=f"ทะเบียนครัวเรือนเป้าหมาย {register.village.label}",
                     author=register.office.name, subject=register.village.full_label,
                     landscape_=True, header_height=HEADER_HEIGHT, footer_height=FOOTER_HEIGHT,
                     decorate=_decorate(register, o), count_pages=True, progress=progress,
                     progress_total=total)
