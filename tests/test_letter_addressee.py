"""เรียน … of the referral letter: a position (ตำแหน่งผู้รับหนังสือ) per agency, never a person."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text, update

from core.database import Database, open_database
from core.documents import ReferralLetter, load_referral, signing_position
from core.history import Actor
from core.partners import PartnerData, partner_data, save_partner
from core.reference import default_addressee, letter_addressee
from db import migrate
from db.models import HistoryEntry, Partner, ReferralBatch
from exports.pdf import render_document
from tests.pdf_helpers import needs_poppler, pages_text

ON = dt.date(2026, 1, 12)
# The demo office serves อำเภอเมืองลำปาง, จังหวัดลำปาง; its letters are signed by its นายอำเภอ.
PROVINCE, DISTRICT = "ลำปาง", "เมืองลำปาง"


def flat(value: str) -> str:
    return re.sub(r"\s+", " ", value)


def partner_id(database: Database, code: str) -> int:
    with database.read() as s:
        return s.scalars(select(Partner.id).where(Partner.code == code)).one()


def letter_to(database: Database, pid: int) -> ReferralLetter:
    """The letter of the demo's first batch, sent to another agency."""
    with database.begin() as s:
        number = s.scalars(select(ReferralBatch.number).order_by(ReferralBatch.id)).first()
        s.execute(update(ReferralBatch).where(ReferralBatch.number == number)
                  .values(partner_id=pid))
    with database.read() as s:
        return load_referral(s, str(number), on=ON)


def edit(database: Database, pid: int, **changes: object) -> None:
    actor = database.system_actor()
    with database.begin() as s:
        data = partner_data(s, pid)
        save_partner(s, actor, PartnerData(**{**data.__dict__, **changes}))


def first_page(letter: ReferralLetter, tmp_path: Path) -> str:
    out = tmp_path / "letter.pdf"
    render_document(letter, out)
    return flat(pages_text(out)[0])


def test_built_in_agencies_are_addressed_to_their_head(demo_database: Database) -> None:
    expected = {
        "pao": "นายกองค์การบริหารส่วนจังหวัดลำปาง",
        "prov_health": "นายแพทย์สาธารณสุขจังหวัดลำปาง",
        "district_cdd": "พัฒนาการอำเภอเมืองลำปาง",
        # อำเภอเมือง's hospital carries the province's name.
        "district_hospital": "ผู้อำนวยการโรงพยาบาลลำปาง",
        "baac_branch": "ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาเมืองลำปาง",
    }
    with demo_database.read() as s:  # filled in the database, where the form shows them
        stored = dict(s.execute(select(Partner.code, Partner.addressee)
                                .where(Partner.code.in_(expected))).all())
    assert stored == expected
    for code, position in expected.items():
        letter = letter_to(demo_database, partner_id(demo_database, code))
        assert letter.partner.addressee == position


def test_the_own_district_office_is_not_addressed_to_who_signs(demo_database: Database) -> None:
    pid = partner_id(demo_database, "district_office")
    letter = letter_to(demo_database, pid)
    assert signing_position(letter.office) == f"นายอำเภอ{DISTRICT}"
    assert letter.partner.addressee == f"ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอ{DISTRICT}"
    # Typed as the signer's own position, it still goes to the deputy, not to himself.
    edit(demo_database, pid, addressee=f"นายอำเภอ {DISTRICT}")
    assert letter_to(demo_database, pid).partner.addressee == \
        f"ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอ{DISTRICT}"
    # Any other position an office types is used as typed.
    edit(demo_database, pid, addressee="หัวหน้าฝ่ายบริหารงานปกครอง อำเภอเมืองลำปาง")
    assert letter_to(demo_database, pid).partner.addressee == \
        "หัวหน้าฝ่ายบริหารงานปกครอง อำเภอเมืองลำปาง"


@needs_poppler
def test_the_contact_person_is_not_glued_to_the_agency(demo_database: Database,
                                                       tmp_path: Path) -> None:
    pid = partner_id(demo_database, "pao")
    edit(demo_database, pid, contact_person="นางสมศรี ใจดี")
    letter = letter_to(demo_database, pid)
    assert letter.partner.addressee == "นายกองค์การบริหารส่วนจังหวัดลำปาง"
    page = first_page(letter, tmp_path)
    assert "เรียน นายกองค์การบริหารส่วนจังหวัดลำปาง ด้วย" in page
    assert "นางสมศรี" not in page
    assert "หัวหน้าองค์การ" not in page


@needs_poppler
def test_a_typed_addressee_is_printed(demo_database: Database, tmp_path: Path) -> None:
    pid = partner_id(demo_database, "district_hospital")
    edit(demo_database, pid, addressee="  ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราช   ลำปาง ")
    with demo_database.read() as s:
        assert s.get_one(Partner, pid).addressee == "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราช ลำปาง"
        entry = s.scalars(select(HistoryEntry).where(
            HistoryEntry.table_name == "partners", HistoryEntry.record_id == pid,
            HistoryEntry.field == "addressee").order_by(HistoryEntry.id.desc())).first()
        assert entry is not None
        assert (entry.old_value, entry.new_value) == (
            "ผู้อำนวยการโรงพยาบาลลำปาง", "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราช ลำปาง")
    page = first_page(letter_to(demo_database, pid), tmp_path)
    assert "เรียน ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราช ลำปาง ด้วย" in page
    # Cleared, the letter falls back to the default title.
    edit(demo_database, pid, addressee="")
    page = first_page(letter_to(demo_database, pid), tmp_path)
    assert "เรียน ผู้อำนวยการโรงพยาบาลลำปาง ด้วย" in page


def test_an_added_agency_gets_a_title_from_its_name(demo_database: Database) -> None:
    actor = demo_database.system_actor()
    with demo_database.begin() as s:
        pid = save_partner(s, actor, PartnerData(
            name="โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเสด็จ", kind="government", level="subdistrict",
            contact_person="นายแพทย์ใจดี มีสุข"))
    assert letter_to(demo_database, pid).partner.addressee == \
        "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเสด็จ"


@pytest.mark.parametrize(("code", "name", "district", "expected"), [
    ("district_hospital", "โรงพยาบาลชุมชน", "เถิน", "ผู้อำนวยการโรงพยาบาลเถิน"),
    ("baac_branch", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา", "เถิน",
     "ผู้จัดการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาเถิน"),
    ("pao", "องค์การบริหารส่วนจังหวัด", "เถิน", "นายกองค์การบริหารส่วนจังหวัดลำปาง"),
    ("district_office", "ที่ว่าการอำเภอ", "เถิน", "ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอเถิน"),
    # A built-in agency renamed by the office: the title follows its new name.
    ("district_hospital", "โรงพยาบาลสมเด็จพระยุพราชเถิน", "เถิน",
     "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชเถิน"),
    (None, "ที่ว่าการอำเภอเถิน", "เถิน", "ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอเถิน"),
    (None, "ที่ว่าการอำเภอเกาะคา", "เถิน", "นายอำเภอเกาะคา"),
    (None, "เทศบาลตำบลล้อมแรด", "เถิน", "นายกเทศมนตรีตำบลล้อมแรด"),
    (None, "องค์การบริหารส่วนตำบลแม่ถอด", "เถิน", "นายกองค์การบริหารส่วนตำบลแม่ถอด"),
    (None, "มูลนิธิรักษ์ถิ่น", "เถิน", "หัวหน้ามูลนิธิรักษ์ถิ่น"),
])
def test_default_addressees(code: str | None, name: str, district: str, expected: str) -> None:
    assert default_addressee(code, name, province="ลำปาง", district=district) == expected


def test_letter_addressee_never_names_the_signer() -> None:
    signer = "นายอำเภอเถิน"
    assert letter_addressee("นายอำเภอเถิน", None, "ที่ว่าการอำเภอเถิน", province="ลำปาง",
                            district="เถิน", signer=signer) == \
        "ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอเถิน"
    acting = "ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอเถิน"
    assert letter_addressee(None, "district_office", "ที่ว่าการอำเภอ", province="ลำปาง",
                            district="เถิน", signer=acting) == \
        "หัวหน้าฝ่ายบริหารงานปกครองอำเภอเถิน"


def test_upgrading_an_existing_database_fills_titles_and_keeps_typed_data(
        sqlite_database: Database) -> None:
    path = sqlite_database.file
    assert path is not None
    migrate.downgrade(sqlite_database.engine, "0010_list_years")
    with sqlite_database.engine.begin() as con:
        con.execute(text("UPDATE partners SET contact_person = 'นางสมศรี ใจดี', phone = '054-111' "
                         "WHERE code = 'pao'"))
        con.execute(text("INSERT INTO partners (name, kind, level, version, active) "
                         "VALUES ('มูลนิธิรักษ์ถิ่น', 'civil_society', 'district', 1, 1)"))
    sqlite_database.dispose()
    database = open_database(path)  # migrates to 0011, then fills the built-in titles
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.read() as s:
            pao = s.scalars(select(Partner).where(Partner.code == "pao")).one()
            assert (pao.addressee, pao.contact_person, pao.phone) == (
                "นายกองค์การบริหารส่วนจังหวัดลำปาง", "นางสมศรี ใจดี", "054-111")
            added = s.scalars(select(Partner).where(Partner.name == "มูลนิธิรักษ์ถิ่น")).one()
            assert added.addressee is None  # not built in: its letter derives one
            assert s.scalars(select(HistoryEntry).where(
                HistoryEntry.table_name == "partners", HistoryEntry.record_id == pao.id,
                HistoryEntry.field == "addressee")).first() is not None
        edit(database, pao.id, addressee="นายกองค์การบริหารส่วนจังหวัดลำปาง (ฝ่ายสวัสดิการสังคม)")
    finally:
        database.dispose()
    database = open_database(path)  # opening again never overwrites what the office typed
    try:
        with database.read() as s:
            assert s.get_one(Partner, pao.id).addressee == \
                "นายกองค์การบริหารส่วนจังหวัดลำปาง (ฝ่ายสวัสดิการสังคม)"
    finally:
        database.dispose()


def test_before_the_office_is_set_up_nothing_is_filled(empty_db_url: str) -> None:
    database = open_database(empty_db_url, create=True)
    try:
        with database.read() as s:
            assert s.scalars(select(Partner.addressee).where(
                Partner.addressee.is_not(None))).first() is None
    finally:
        database.dispose()


@pytest.mark.gui
def test_the_partner_form_saves_the_addressee(qtbot: QtBot, demo_database: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from ui import prompts
    from ui.pages.partners import PartnerDialog

    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: errors.append(m))
    parent = QWidget()
    parent.actor = demo_database.system_actor()  # type: ignore[attr-defined]
    qtbot.addWidget(parent)
    dialog = PartnerDialog(demo_database, None, parent)
    assert dialog.addressee.placeholderText()  # an example of a position
    dialog.name.setText("โรงพยาบาลสมเด็จพระยุพราชลำปาง")
    dialog.name.editingFinished.emit()
    assert "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชลำปาง" in dialog.addressee.placeholderText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("government"))
    dialog.addressee.setText("ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชลำปาง")
    dialog.contact.setText("นางสมศรี ใจดี")
    dialog.submit()
    assert errors == []
    assert dialog.saved_id is not None
    with demo_database.read() as s:
        data = partner_data(s, dialog.saved_id)
    assert (data.addressee, data.contact_person) == (
        "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชลำปาง", "นางสมศรี ใจดี")
    reopened = PartnerDialog(demo_database, data, parent)
    assert reopened.addressee.text() == "ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชลำปาง"
    assert isinstance(parent.actor, Actor)  # type: ignore[attr-defined]
