"""The four documents made from the demo district and read back: text, fonts, pages, margins."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.database import Database
from core.demo import generate_demo
from core.documents import (
    load_referral,
    load_register,
    load_summary,
    load_verification,
)
from core.errors import Cancelled, UserError
from core.thai import format_date_be, format_national_id, mask_national_id
from db.models import Household, Intervention, Member, ReferralBatch, Village
from exports.pdf import Options, linebreak, render_document
from exports.pdf.layout import printable_area
from tests.pdf_helpers import (
    fonts_of,
    ink_outside,
    needs_poppler,
    page_count,
    pages_text,
    text_of,
    words_of,
)

pytestmark = needs_poppler
ON = dt.date(2026, 1, 12)


@pytest.fixture(autouse=True)
def _no_forced_cuts() -> Iterator[None]:
    """Every document of the demo district is laid out without cutting a single word."""
    linebreak.forced_cuts.clear()
    yield
    assert linebreak.forced_cuts == []


def biggest_village(database: Database) -> str:
    with database.read() as s:
        code = s.execute(
            select(Village.code).join(Household, Household.village_id == Village.id)
            .group_by(Village.code).order_by(func.count().desc(), Village.code).limit(1)).scalar()
    assert code is not None
    return code


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def assert_well_formed(pdf: Path, *, landscape: bool = False) -> None:
    fonts = fonts_of(pdf)
    assert fonts
    assert all(f.embedded for f in fonts), fonts
    assert {f.name.split("+")[-1] for f in fonts} <= {"Sarabun-Regular", "Sarabun-Bold"}
    area = printable_area(landscape_=landscape)
    assert ink_outside(pdf, area) == []
    for w in words_of(pdf):
        assert area.left - 1 <= w.x0, w
        assert w.x1 <= area.x1 + 1, w
        assert area.top - 1 <= w.y0, w
        assert w.y1 <= area.page_height - area.bottom + 1, w


def test_verification_forms_of_a_village(demo_database: Database, tmp_path: Path) -> None:
    code = biggest_village(demo_database)
    with demo_database.read() as s:
        batch = load_verification(s, code, on=ON)
        heads = {h.id: h.head_name for h in batch.households}
        first_members = {
            hid: s.scalars(select(Member).where(Member.household_id == hid)
                           .order_by(Member.is_head.desc(), Member.id)).first()
            for hid in heads}
    out = tmp_path / "verification.pdf"
    progress: list[tuple[int, int]] = []
    result = render_document(batch, out, progress=lambda d, t: progress.append((d, t)) or None)
    total = len(batch.households)
    assert progress[-1] == (total, total)
    assert result.pages == page_count(out) >= total
    pages = pages_text(out)
    assert len(pages) == result.pages
    # Each household starts a page whose heading, household block and first member are
    # together; its continuation pages say which household they belong to.
    starts = [i for i, text in enumerate(pages) if "แบบสอบทานข้อมูลครัวเรือนเป้าหมาย" in text]
    assert len(starts) == total
    for n, (start, card) in enumerate(zip(starts, batch.households, strict=True), start=1):
        text = flat(pages[start])
        assert f"ครัวเรือนที่ {n} จาก {total} แผ่นที่ 1" in text
        assert card.head_name in text
        member = first_members[card.id]
        assert member is not None
        assert f"{member.title}{member.first_name} {member.last_name}" in text
        assert "2. สมาชิกในครัวเรือน" in text
        if member.national_id:
            assert mask_national_id(member.national_id) in text
            assert format_national_id(member.national_id) not in text
        end = starts[n] if n < total else len(pages)
        for sheet, page in enumerate(pages[start:end], start=1):
            assert f"ครัวเรือนที่ {n} จาก {total} แผ่นที่ {sheet}" in flat(page)
        whole = flat(" ".join(pages[start:end]))
        for heading in ("1. ข้อมูลครัวเรือน", "3. ปัญหาตาม 5 มิติ", "4. ผลการสอบทาน",
                        "ผู้ให้ข้อมูล", "ผู้สอบทาน", "ผู้ตรวจสอบ", "มิติสุขภาพ",
                        "มิติการเข้าถึงบริการรัฐ", "ยืนยันเป็นครัวเรือนเป้าหมาย"):
            assert heading in whole, (heading, card.head_name)
    assert_well_formed(out)


def test_register_names_extract_exactly_and_ids_are_masked(demo_database: Database,
                                                           tmp_path: Path) -> None:
    code = biggest_village(demo_database)
    with demo_database.read() as s:
        register = load_register(s, code, on=ON)
        ids = list(s.scalars(select(Member.national_id).join(Household)
                             .join(Village, Village.id == Household.village_id)
                             .where(Village.code == code, Member.is_head.is_(True))))
    out = tmp_path / "register.pdf"
    result = render_document(register, out)
    lines = text_of(out).splitlines()
    for row in register.rows:
        # Exactly, on one line (pdftotext may join the next cell after a space).
        whole = re.compile(rf"(^|\s){re.escape(row.head_name)}(\s|$)")
        assert any(whole.search(line) for line in lines), row.head_name
    text = text_of(out)
    for pid in ids:
        if pid:
            assert mask_national_id(pid) in text
            assert pid not in text
            assert format_national_id(pid) not in text
    pages = pages_text(out)
    assert len(pages) == result.pages
    for number, page in enumerate(pages, start=1):
        assert "ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน" in page
        assert "หัวหน้าครัวเรือน" in page
        assert "เลขประจำตัว" in page
        assert f"หน้า {number} จาก {result.pages}" in page
    assert f"รวม {len(register.rows)} ครัวเรือน" in text
    # statuses in short words on one line (the full label took three lines of its column)
    confirmed = [r for r in register.rows if r.verification == "ยืนยัน"]
    assert confirmed
    assert any(re.search(r"(^|\s)ยืนยัน(\s|$)", line) for line in lines)
    levels = {r.level for r in register.rows if r.level}
    assert all(any(level in line for line in lines) for level in levels)  # never อยู่ / ลำบาก
    assert_well_formed(out, landscape=True)
    # Asked for, the full numbers are printed.
    full = tmp_path / "register-full.pdf"
    render_document(register, full, options=Options(mask_ids=False))
    assert all(format_national_id(pid) in text_of(full) for pid in ids if pid)


def test_a_register_long_enough_to_repeat_its_header(demo_database: Database,
                                                     tmp_path: Path) -> None:
    with demo_database.read() as s:
        village = load_register(s, biggest_village(demo_database), on=ON)
    from dataclasses import replace

    many = replace(village, rows=tuple(replace(r, order=i + 1) for i, r in
                                       enumerate(village.rows * 6)))
    out = tmp_path / "long.pdf"
    result = render_document(many, out)
    assert result.pages >= 3
    for page in pages_text(out):
        assert "สมาชิก" in page
        assert "หัวหน้าครัวเรือน" in page
        assert "สอบทาน" in page
    assert_well_formed(out, landscape=True)


def test_referral_letter_and_reply_slip(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.read() as s:
        batch_id, number = s.execute(
            select(ReferralBatch.id, ReferralBatch.number)
            .join(Intervention, Intervention.batch_id == ReferralBatch.id)
            .group_by(ReferralBatch.id, ReferralBatch.number)
            .order_by(func.count().desc(), ReferralBatch.id).limit(1)).one()
        letter = load_referral(s, number, on=ON)
        assert load_referral(s, str(batch_id), on=ON).number == number  # by id as well
    out = tmp_path / "referral.pdf"
    result = render_document(letter, out)
    pages = pages_text(out)
    first = flat(pages[0])
    for part in ("บันทึกข้อความ", "ส่วนราชการ", "เรื่อง ขอส่งต่อครัวเรือนเป้าหมายเพื่อรับการช่วยเหลือ",
                 f"ที่ {number}", "เรียน", "ขอแสดงความนับถือ", letter.office.name.split()[0]):
        assert part in first, part
    assert f"วันที่ {format_date_be(letter.letter_date)}" in first
    assert re.search(r"\d+ (มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|"
                     r"กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม) 25\d\d", first)
    slip_pages = [flat(page) for page in pages if "แบบตอบรับการส่งต่อครัวเรือนเป้าหมาย" in page]
    assert len(slip_pages) == 1
    assert f"เลขที่ส่งต่อ {number}" in slip_pages[0]
    assert f"อ้างถึงหนังสือที่ {number}" in slip_pages[0]
    for page in pages:  # the footer carries the batch number on every page
        assert f"เลขที่ส่งต่อ {number}" in flat(page)
    whole = flat(" ".join(pages))
    squeezed = whole.replace(" ", "")
    for item in letter.items:
        assert item.head_name in whole
        assert item.help.replace(" ", "") in squeezed  # wrapped in its cell, between words
    assert result.pages == page_count(out)
    assert_well_formed(out)
    thai = tmp_path / "referral-thai.pdf"
    render_document(letter, thai, options=Options(thai_digits=True))
    assert "๒๕๖" in text_of(thai, first=1, last=1)


def test_case_summary(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.read() as s:
        hid = s.execute(select(Intervention.household_id).group_by(Intervention.household_id)
                        .order_by(func.count().desc(), Intervention.household_id)
                        .limit(1)).scalar_one()
        summary = load_summary(s, hid, on=ON)
    out = tmp_path / "summary.pdf"
    render_document(summary, out)
    text = flat(text_of(out))
    assert summary.household.head_name in text
    for heading in ("1. ข้อมูลครัวเรือน", "2. สมาชิก", "3. ปัญหาตาม 5 มิติ", "4. ทุน 5 ด้าน",
                    "5. การสอบทาน", "6. การช่วยเหลือ", "7. ประวัติที่สำคัญ"):
        assert heading in text
    for capital in summary.capitals:  # column headings, wrapped after ทุน
        assert capital.removeprefix("ทุน").split("/")[0] in text
    for m in summary.household.members:
        assert m.first_name in text
    for i in summary.interventions:
        assert i.kind.replace(" ", "") in text.replace(" ", "")
    assert summary.rounds
    assert summary.rounds[0].level in text
    assert "การสอบทาน: รอสอบทาน → " in text or not summary.visits
    assert_well_formed(out)


def test_a_member_without_an_id_leaves_the_members_table_room_for_whole_words(
        demo_database: Database, tmp_path: Path) -> None:
    """The reason a person has no ID is text broken between words: as one unbreakable unit
    it made the table wider than the page, and every column was then cut inside words
    ("มัธยมศึกษาตอนปลา / ย")."""
    with demo_database.begin() as s:
        member = s.scalars(select(Member).where(Member.national_id.is_not(None))
                           .order_by(Member.id).limit(1)).one()
        member.national_id = None
        member.no_id_reason = "บุคคลไม่มีสถานะทางทะเบียน"
        member.education = "upper_secondary"
        hid = member.household_id
    with demo_database.read() as s:
        summary = load_summary(s, hid, on=ON)
    out = tmp_path / "summary.pdf"
    render_document(summary, out)
    lines = text_of(out).splitlines()
    education = next(m.education for m in summary.household.members if m.education
                     and "ตอนปลาย" in m.education)
    from pythainlp.tokenize import word_tokenize

    for text in (education, "บุคคลไม่มีสถานะทางทะเบียน"):
        for word in word_tokenize(text, engine="newmm", keep_whitespace=False):
            assert any(word in line for line in lines), word  # never cut inside a word


def test_cancelling_writes_nothing(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.read() as s:
        batch = load_verification(s, biggest_village(demo_database), on=ON)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_document(batch, out, progress=lambda done, total: done < 2)
    assert list(folder.iterdir()) == []  # no PDF, no half-written temporary file


def test_loaders_say_what_is_wrong_in_thai(demo_database: Database) -> None:
    with demo_database.read() as s:
        with pytest.raises(UserError, match="ไม่มีหมู่บ้านรหัส 52019999"):
            load_register(s, "52019999")
        with pytest.raises(UserError, match="ไม่มีชุดส่งต่อ"):
            load_referral(s, "ไม่มีเลขนี้")
        with pytest.raises(UserError, match="ไม่มีครัวเรือนรหัส 999999"):
            load_summary(s, 999999)


def test_documents_load_on_every_backend(database: Database, tmp_path: Path) -> None:
    generate_demo(database, households=40, seed=3, as_of=ON)
    with database.read() as s:
        code = s.execute(select(Village.code).join(Household, Household.village_id == Village.id)
                         .group_by(Village.code).order_by(func.count().desc(), Village.code)
                         .limit(1)).scalar_one()
        number = s.scalars(select(ReferralBatch.number).order_by(ReferralBatch.id)).first()
        hid = s.scalars(select(Household.id).order_by(Household.id)).first()
        docs = [load_verification(s, code, on=ON), load_register(s, code, on=ON),
                load_summary(s, hid or 0, on=ON)]
        if number is not None:
            docs.append(load_referral(s, number, on=ON))
        heads = set(s.scalars(select(Household.head_name).join(Village).where(Village.code == code)))
    assert {h.head_name for h in docs[0].households} == heads  # type: ignore[union-attr]
    for n, doc in enumerate(docs):
        out = tmp_path / f"doc{n}.pdf"
        result = render_document(doc, out)
        assert result.pages == page_count(out) >= 1
