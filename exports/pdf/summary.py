"""สรุปข้อมูลรายครัวเรือน: one household's case on a few pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from core.documents import CaseSummary
from core.errors import ProgressFn
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
    baht,
    date_be,
    gap,
    house_code_text,
    id_style,
    id_text,
    p,
    page_footer,
)
from exports.pdf.flowables import CENTER
from exports.pdf.layout import BuildResult, build_pdf, printable_area
from exports.pdf.tables import fit_widths, grid

FOOTER_HEIGHT = 30.0


def _section(title: str, header: list[str], rows: Sequence[Sequence[Flowable | str]], width: float,
             *, empty: str, o: Options) -> list[Flowable]:
    heading = p(title, HEADING, options=o)
    if not rows:
        return [heading, p(empty, CELL)]
    table_rows: list[Sequence[Flowable | str]] = [[p(h, HEAD_CELL) for h in header], *rows]
    return [grid(table_rows, fit_widths(table_rows, width), title=heading)]


def build_summary(summary: CaseSummary, out: Path | None, *, options: Options | None = None,
                  progress: ProgressFn | None = None) -> BuildResult:
    """The case summary of one household."""
    o = options or Options()
    width = printable_area().width
    card = summary.household

    def story() -> list[Flowable]:
        flow: list[Flowable] = [
            p("สรุปข้อมูลครัวเรือนเป้าหมายรายครัวเรือน", TITLE),
            p(summary.office.name, BODY.but(align=CENTER, size=14), options=o),
            gap(6),
        ]
        info = [
            ("หัวหน้าครัวเรือน", card.head_name),
            ("รหัสประจำบ้าน", house_code_text(card.house_code)),
            ("ที่อยู่", " ".join(x for x in (card.address, card.village.full_label) if x)),
            ("แหล่งข้อมูล", card.sources or card.case_source or "-"),
            ("การสอบทาน", card.verification + (f" (ล่าสุด {date_be(card.last_visit, o)})"
                                              if card.last_visit else "")),
            ("การช่วยเหลือ", card.help or "-"),
            ("ระดับครัวเรือน", card.level or "-"),
            ("มิติที่ไม่ผ่าน", ", ".join(card.failed_dimensions) or "-"),
            ("บัตรสวัสดิการแห่งรัฐ", "มี" if card.has_welfare_card else "ไม่มี"),
        ]
        rows = [[p(k, CELL_BOLD), p(v, CELL, options=o)] for k, v in info]
        flow.append(grid(rows, [0.28 * width, 0.72 * width], header_rows=0,
                         title=p("1. ข้อมูลครัวเรือน", HEADING)))
        members = []
        for n, m in enumerate(card.members, start=1):
            who = "\n".join(x for x in (m.full_name, m.relation,
                                        "" if m.age is None else f"อายุ {m.age} ปี") if x)
            details = "\n".join(x for x in (
                m.health and f"สุขภาพ: {m.health}", m.disability and f"ความพิการ: {m.disability}",
                m.occupation and f"อาชีพ: {m.occupation}",
                m.education and f"การศึกษา: {m.education}") if x)
            members.append([p(n, CELL_CENTER, options=o), p(who, CELL_NAME, options=o),
                            p(id_text(m, o), id_style(m), options=o),
                            p(details or "-", CELL, options=o),
                            p("\n".join(m.welfare) or "-", CELL, options=o)])
        flow += _section(f"2. สมาชิก ({len(card.members)} คน)",
                         ["ที่", "ชื่อ – สกุล", "เลขประจำตัวประชาชน", "ข้อมูลบุคคล",
                          "สวัสดิการที่ได้รับ"], members, width, empty="ไม่มีข้อมูลสมาชิก", o=o)
        problems: list[list[Flowable | str]] = []
        for dim in card.dimensions:
            if not dim.failed:
                continue
            failed = [f"{i.number}. {i.label}" for i in dim.indicators if i.failed]
            problems.append([p(dim.label, CELL_BOLD, options=o),
                             p("\n".join(failed) or "-", CELL, options=o)])
        year = f" (จปฐ. ปี {card.survey_year_be})" if card.survey_year_be else ""
        flow += _section(f"3. ปัญหาตาม 5 มิติ{year}", ["มิติ", "ตัวชี้วัดที่ไม่ผ่าน"],
                         problems, width, empty="ไม่มีมิติที่ไม่ผ่าน", o=o)
        capitals = [[p(r.round_no, CELL_CENTER, options=o),
                     p(date_be(r.assessed_on, o, style="short") or "-", CELL_NAME, options=o),
                     *[p("-" if s is None else s, CELL_CENTER, options=o) for s in r.scores],
                     p(f"{r.mean:.2f}", CELL_CENTER, options=o), p(r.level, CELL, options=o)]
                    for r in summary.rounds]
        flow += _section("4. ทุน 5 ด้าน (คะแนน 1–4)", ["รอบ", "วันที่ประเมิน",
                                                    *summary.capitals, "เฉลี่ย", "ระดับ"],
                         capitals, width, empty="ยังไม่มีการประเมินทุน", o=o)
        visits = [[p(date_be(v.visited_on, o, style="short"), CELL_NAME, options=o),
                   p(v.team or "-", CELL, options=o), p(v.informant or "-", CELL_NAME, options=o),
                   p(v.findings or "-", CELL, options=o), p(v.result, CELL, options=o)]
                  for v in summary.visits]
        flow += _section("5. การสอบทาน", ["วันที่", "ทีมสอบทาน", "ผู้ให้ข้อมูล", "สิ่งที่พบ",
                                           "ผล"], visits, width, empty="ยังไม่มีการสอบทาน", o=o)
        helps = []
        for i in summary.interventions:
            what = "\n".join(x for x in (
                i.kind, i.for_person and f"สำหรับ {i.for_person}",
                i.partner and f"หน่วยงาน {i.partner}",
                i.batch_number and f"เลขที่ส่งต่อ {i.batch_number}") if x)
            when = date_be(i.finished_on or i.planned_on, o, style="short")
            helps.append([p(what, CELL, options=o), p(i.dimension or "-", CELL, options=o),
                          p("\n".join(x for x in (i.status, when) if x), CELL_NAME, options=o),
                          p(baht(i.actual_baht if i.actual_baht is not None else i.planned_baht),
                            CELL.but(align="right", mode="names"), options=o)])
        flow += _section("6. การช่วยเหลือ", ["ความช่วยเหลือ", "มิติ", "สถานะ / วันที่", "บาท"],
                         helps, width, empty="ยังไม่มีการช่วยเหลือ", o=o)
        history = [[p(date_be(h.at, o, style="short"), CELL_NAME, options=o),
                    p(h.what, CELL, options=o), p(h.reason or "-", CELL, options=o),
                    p(h.who or "-", CELL_NAME, options=o)] for h in summary.history]
        flow += _section("7. ประวัติที่สำคัญ", ["วันที่", "รายการ", "เหตุผล", "ผู้บันทึก"],
                         history, width, empty="ไม่มีประวัติ", o=o)
        return flow

    return build_pdf(story, out, title=f"สรุปข้อมูลครัวเรือน {card.head_name}",
                     author=summary.office.name, subject=card.village.full_label,
                     footer_height=FOOTER_HEIGHT,
                     decorate=page_footer(  # type: ignore[arg-type]
                         f"สรุปข้อมูลครัวเรือน {card.head_name} พิมพ์เมื่อ "
                         f"{date_be(summary.printed_on, o)}", thai_digits=o.thai_digits),
                     count_pages=True, progress=progress, progress_total=1)
