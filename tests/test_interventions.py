"""Assigning help, referral statuses with dates, overdue logic, the agency view, evidence, the
registry of partners and kinds, and suggestions from failed indicators (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from core.database import Database
from core.errors import ConflictError, UserError
from core.help_status import set_help_rules
from core.households import HouseholdFilter, household_ids
from core.interventions import (
    ReferralChange,
    add_attachment,
    agency_summary,
    assign_help,
    assign_preview,
    attachment_content,
    change_referral,
    format_baht,
    interventions_of_household,
    is_overdue,
    list_attachments,
    list_referrals,
    parse_baht,
)
from core.partners import (
    KindData,
    PartnerData,
    delete_kind,
    delete_rule,
    list_kinds,
    list_rules,
    partner_data,
    save_kind,
    save_partner,
    save_rule,
)
from core.suggestions import suggest_help
from db.models import (
    HistoryEntry,
    Household,
    Intervention,
    InterventionEvent,
    InterventionKind,
    Member,
    PartnerOffering,
)
from tests.help_fixtures import actor, indicator_id, kind_id, make_households, partner_id

TODAY = dt.date(2026, 3, 2)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def events(database: Database, iid: int) -> list[tuple[str | None, str]]:
    with database.read() as s:
        return [(e.old_status, e.new_status) for e in s.scalars(
            select(InterventionEvent).where(InterventionEvent.intervention_id == iid)
            .order_by(InterventionEvent.id))]


def load(database: Database, iid: int) -> Intervention:
    with database.read() as s:
        return s.get_one(Intervention, iid)


# --------------------------------------------------------------------------- assigning


def test_assign_help_to_fifty_households_at_once(database: Database) -> None:
    me = actor(database)
    ids = make_households(database, 50)
    pending = make_households(database, 3, status="pending", start=100)
    with database.begin() as s:
        kind = kind_id(s, "house_repair")
        preview = assign_preview(s, [*ids, *pending], kind)
        assert (len(preview.eligible), len(preview.skipped["not_confirmed"])) == (50, 3)
        with pytest.raises(UserError):  # not silently: the caller must accept the skip
            assign_help(s, me, [*ids, *pending], kind_id=kind, today=TODAY)
    with database.begin() as s:
        result = assign_help(s, me, [*ids, *pending], kind_id=kind, today=TODAY,
                             planned_on=TODAY + dt.timedelta(days=45), notes="งบ อบจ. ปี 2569",
                             skip_ineligible=True)
    assert result.households == 50
    assert len(result.intervention_ids) == 50
    assert result.skipped == {"not_confirmed": pending}
    with database.read() as s:
        items = s.scalars(select(Intervention).where(Intervention.kind_id == kind)).all()
        assert {i.household_id for i in items} == set(ids)
        default = s.get_one(InterventionKind, kind)
        assert {(i.status, i.planned_satang, i.partner_id, i.dimension_code, i.notes)
                for i in items} == {("planned", default.unit_cost_baht * 100,  # type: ignore[operator]
                                     default.default_partner_id, "living", "งบ อบจ. ปี 2569")}
        assert s.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.table_name == "interventions", HistoryEntry.action == "insert")) == 50
        assert s.scalar(select(func.count()).select_from(InterventionEvent)) == 50
    # The same help again: already open, so nobody is left to receive it.
    with database.begin() as s, pytest.raises(UserError):
        assign_help(s, me, ids[:5], kind_id=kind, today=TODAY, skip_ineligible=True)


def test_help_for_one_member_and_defaults(database: Database) -> None:
    me = actor(database)
    a, b = make_households(database, 2)
    with database.begin() as s:
        member = s.scalars(select(Member.id).where(Member.household_id == a)).one()
        kind = kind_id(s, "adult_literacy")
        with pytest.raises(UserError):  # a member of household a is not in household b
            assign_help(s, me, [b], kind_id=kind, member_id=member, today=TODAY)
        with pytest.raises(UserError):
            assign_help(s, me, [a, b], kind_id=kind, member_id=member, today=TODAY)
        result = assign_help(s, me, [a], kind_id=kind, member_id=member, today=TODAY,
                             budget_satang=parse_baht("๑,๒๕๐.๕๐"),
                             partner_id=partner_id(s, "district_nfe"))
    item = load(database, result.intervention_ids[0])
    assert (item.member_id, item.planned_satang) == (member, 125050)
    assert item.planned_on == TODAY + dt.timedelta(days=120)  # the kind's typical duration
    with database.read() as s:
        rows = interventions_of_household(s, a, today=TODAY)
    assert [(r.member_name, r.kind, r.status_label) for r in rows] == [
        ("นายทดสอบ ที่1", "ส่งเสริมการรู้หนังสือไทยและคิดเลข (กศน.)", "วางแผน")]


def test_money_in_satang() -> None:
    assert parse_baht("1,500") == 150000
    assert parse_baht(" 20000.5 บาท") == 2000050
    assert parse_baht("") is None
    assert format_baht(150000) == "1,500"
    assert format_baht(2000050) == "20,000.50"
    for bad in ("-5", "12.345", "สองร้อย"):
        with pytest.raises(UserError):
            parse_baht(bad)


# --------------------------------------------------------------------------- statuses


def planned(database: Database, **kwargs: object) -> int:
    hid, = make_households(database, 1, **kwargs)  # type: ignore[arg-type]
    with database.begin() as s:
        return assign_help(s, actor(database), [hid], kind_id=kind_id(s, "health_referral"),
                           planned_on=TODAY - dt.timedelta(days=10),
                           today=TODAY - dt.timedelta(days=20)).intervention_ids[0]


def test_forward_moves_fill_the_skipped_steps(database: Database) -> None:
    me = actor(database)
    iid = planned(database)
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "referred", TODAY - dt.timedelta(days=5)),
                        today=TODAY)
        change_referral(s, me, ReferralChange(iid, "done", TODAY, outcome="รักษาแล้ว",
                                              actual_satang=45000), today=TODAY)
    item = load(database, iid)
    assert (item.status, item.referred_on, item.accepted_on, item.started_on,
            item.finished_on) == ("done", TODAY - dt.timedelta(days=5), TODAY, TODAY, TODAY)
    assert (item.outcome, item.actual_satang) == ("รักษาแล้ว", 45000)
    assert events(database, iid) == [(None, "planned"), ("planned", "referred"),
                                     ("referred", "accepted"), ("accepted", "in_progress"),
                                     ("in_progress", "done")]


def test_moves_that_need_a_reason_or_a_right_date(database: Database) -> None:
    me = actor(database)
    iid = planned(database)
    with database.begin() as s:
        with pytest.raises(UserError):  # an agency cannot decline what it never received
            change_referral(s, me, ReferralChange(iid, "declined", TODAY), today=TODAY)
        with pytest.raises(UserError):
            change_referral(s, me, ReferralChange(iid, "referred", TODAY + dt.timedelta(days=1)),
                            today=TODAY)
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "referred", TODAY - dt.timedelta(days=3)),
                        today=TODAY)
    with database.begin() as s, pytest.raises(UserError):  # accepted before it was sent
        change_referral(s, me, ReferralChange(iid, "accepted", TODAY - dt.timedelta(days=4)),
                        today=TODAY)
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "declined", TODAY, outcome="ไม่อยู่ในพื้นที่"),
                        today=TODAY)
        with pytest.raises(UserError):  # reopening needs a reason
            change_referral(s, me, ReferralChange(iid, "planned", TODAY), today=TODAY)
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "planned", TODAY, reason="ส่งหน่วยงานอื่นแทน"),
                        today=TODAY)
    item = load(database, iid)
    assert (item.status, item.referred_on, item.finished_on) == ("planned", None, None)
    assert events(database, iid)[-2:] == [("referred", "declined"), ("declined", "planned")]
    stale = item.version - 1
    with database.begin() as s, pytest.raises(StaleDataError):
        change_referral(s, me, ReferralChange(iid, "cancelled", TODAY, version=stale),
                        today=TODAY)


def test_a_stale_edit_is_a_conflict_message(database: Database) -> None:
    me = actor(database)
    iid = planned(database)
    with pytest.raises(ConflictError), database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "cancelled", TODAY, version=99), today=TODAY)


# --------------------------------------------------------------------------- overdue


def test_overdue_across_dates(database: Database) -> None:
    """Planned for day D: not late on D, late from D+1 while open, never once done or cancelled;
    the grace days are data; the household list's overdue filter agrees."""
    me = actor(database)
    day = dt.date(2026, 1, 31)
    a, b, c = make_households(database, 3)
    with database.begin() as s:
        kind = kind_id(s, "water_storage")
        ids = [assign_help(s, me, [h], kind_id=kind, planned_on=day,
                           today=day - dt.timedelta(days=30)).intervention_ids[0]
               for h in (a, b, c)]
        change_referral(s, me, ReferralChange(ids[1], "done", day), today=day)
        change_referral(s, me, ReferralChange(ids[2], "cancelled", day), today=day)

    def late(today: dt.date) -> set[int]:
        with database.read() as s:
            rows, total = list_referrals(s, status="overdue", today=today)
            assert total == len(rows)
            listed = {r.household_id for r in rows}
            assert listed == set(household_ids(s, HouseholdFilter(overdue_on=today)))
            return {r.id for r in rows}

    assert late(day) == set()
    assert late(day + dt.timedelta(days=1)) == {ids[0]}
    assert late(dt.date(2026, 3, 1)) == {ids[0]}
    assert is_overdue("planned", day, day + dt.timedelta(days=1))
    assert not is_overdue("done", day, day + dt.timedelta(days=100))
    assert not is_overdue("planned", None, day)
    with database.read() as s:
        row = next(r for r in list_referrals(s, today=dt.date(2026, 2, 10))[0] if r.id == ids[0])
    assert (row.overdue, row.days_late) == (True, 10)
    with database.begin() as s:
        set_help_rules(s, me, overdue_grace_days=7)
        assert list_referrals(s, status="overdue", today=day + dt.timedelta(days=7))[1] == 0
        assert list_referrals(s, status="overdue", today=day + dt.timedelta(days=8))[1] == 1
    with database.begin() as s:
        change_referral(s, me, ReferralChange(ids[0], "in_progress", day + dt.timedelta(days=3)),
                        today=dt.date(2026, 3, 1))
        assert list_referrals(s, status="overdue", today=dt.date(2026, 3, 1))[1] == 1  # still open
        change_referral(s, me, ReferralChange(ids[0], "done", dt.date(2026, 3, 1)),
                        today=dt.date(2026, 3, 1))
        assert list_referrals(s, status="overdue", today=dt.date(2026, 3, 1))[1] == 0


# --------------------------------------------------------------------------- agency view


def test_agency_view_counts_days_and_money(database: Database) -> None:
    me = actor(database)
    ids = make_households(database, 5)
    with database.begin() as s:
        agency = partner_id(s, "pao")
        kind = kind_id(s, "house_repair")
        made = assign_help(s, me, ids, kind_id=kind, partner_id=agency,
                           planned_on=dt.date(2026, 2, 1), budget_satang=2_000_000,
                           today=dt.date(2026, 1, 1)).intervention_ids
        for iid, days, spent in zip(made[:3], (10, 20, 40), (1_900_000, 2_000_000, 2_100_050),
                                    strict=True):
            change_referral(s, me, ReferralChange(iid, "referred", dt.date(2026, 1, 5)),
                            today=TODAY)
            change_referral(s, me, ReferralChange(iid, "done", dt.date(2026, 1, 5)
                                                  + dt.timedelta(days=days),
                                                  actual_satang=spent), today=TODAY)
        change_referral(s, me, ReferralChange(made[3], "cancelled", dt.date(2026, 1, 10)),
                        today=TODAY)
    with database.read() as s:
        rows = agency_summary(s, today=TODAY)
    assert len(rows) == 1
    row = rows[0]
    assert (row.partner_id, row.total, row.open, row.overdue, row.done, row.cancelled,
            row.households) == (agency, 5, 1, 1, 3, 1, 5)
    assert row.median_days_to_done == statistics.median([10, 20, 40])
    assert row.planned_satang == 4 * 2_000_000  # the cancelled one is not planned money
    assert row.spent_satang == 1_900_000 + 2_000_000 + 2_100_050


# --------------------------------------------------------------------------- evidence


def test_evidence_attachments(database: Database) -> None:
    me = actor(database)
    iid = planned(database)
    pdf = b"%PDF-1.4\n" + "ใบสำคัญรับเงิน".encode() * 10
    with database.begin() as s:
        first = add_attachment(s, me, iid, file_name="C:\\scan\\receipt.pdf", content=pdf,
                               caption="ใบสำคัญรับเงินลงนามแล้ว")
        add_attachment(s, me, iid, file_name="photo.png", content=PNG)
    with database.read() as s:
        listed = list_attachments(s, iid)
        assert [(a.file_name, a.mime_type, a.size_bytes) for a in listed] == [
            ("receipt.pdf", "application/pdf", len(pdf)), ("photo.png", "image/png", len(PNG))]
        assert listed[0].sha256 == hashlib.sha256(pdf).hexdigest()
        assert attachment_content(s, first) == ("receipt.pdf", pdf)
        assert list_referrals(s, today=TODAY)[0][0].attachments == 2
    with database.begin() as s:
        with pytest.raises(UserError, match=r"photo\.png"):
            add_attachment(s, me, iid, file_name="photo.png", content=b"MZ\x90\x00 not a photo")
        with pytest.raises(UserError):
            add_attachment(s, me, iid, file_name="again.pdf", content=pdf)  # the same file
        with pytest.raises(UserError):
            add_attachment(s, me, iid, file_name="empty.png", content=b"")
        set_help_rules(s, me, attachment_max_bytes=50)
        with pytest.raises(UserError, match=r"big\.png"):
            add_attachment(s, me, iid, file_name="big.png", content=PNG + b"\x00" * 100)


# --------------------------------------------------------------------------- registry


def test_partner_registry(database: Database) -> None:
    me = actor(database)
    with database.begin() as s:
        kinds = [kind_id(s, "house_repair"), kind_id(s, "water_storage")]
        new = save_partner(s, me, PartnerData(
            name="  มูลนิธิ  ช่วยบ้าน ", kind="civil_society", level="province",
            contact_person="นางสาวใจดี มีสุข", phone="054-000000", email="help@example.org",
            mou_date=dt.date(2025, 6, 1), offered_kind_ids=tuple(kinds)))
    with database.read() as s:
        data = partner_data(s, new)
    assert (data.name, data.mou_date, set(data.offered_kind_ids)) == (
        "มูลนิธิ ช่วยบ้าน", dt.date(2025, 6, 1), set(kinds))
    with database.begin() as s:
        for bad in (PartnerData(name="มูลนิธิ ช่วยบ้าน", kind="private", level="province"),
                    PartnerData(name="", kind="private", level="province"),
                    PartnerData(name="บริษัท ก", kind="private", level="province", email="x@"),
                    PartnerData(name="บริษัท ก", kind="mafia", level="province")):
            with pytest.raises(UserError):
                save_partner(s, me, bad)
    with database.begin() as s:
        save_partner(s, me, PartnerData(**{**data.__dict__, "active": False,
                                           "offered_kind_ids": (kinds[0],)}))
    with database.read() as s:
        assert not partner_data(s, new).active
        assert set(s.scalars(select(PartnerOffering.kind_id).where(
            PartnerOffering.partner_id == new))) == {kinds[0]}
        assert s.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.table_name == "partners", HistoryEntry.record_id == new)) >= 2
    with pytest.raises(ConflictError), database.begin() as s:
        save_partner(s, me, data)  # the old version


def test_kinds_of_help(database: Database) -> None:
    me = actor(database)
    with database.begin() as s:
        new = save_kind(s, me, KindData(name="ทุนประกอบอาชีพเลี้ยงไก่", dimension_codes=("income",),
                                        capital_codes=("financial", "natural"),
                                        default_partner_id=partner_id(s, "district_livestock"),
                                        unit_cost_baht=2500, typical_days=45))
        with pytest.raises(UserError):
            save_kind(s, me, KindData(name="ทุนประกอบอาชีพเลี้ยงไก่", dimension_codes=("income",)))
        with pytest.raises(UserError):
            save_kind(s, me, KindData(name="ไม่มีมิติ"))
    with database.read() as s:
        row = next(k for k in list_kinds(s) if k.id == new)
    assert (row.dimensions, row.capitals, row.unit_cost_baht) == (
        "รายได้", "ทุนเศรษฐกิจ, ทุนธรรมชาติ", 2500)
    hid, = make_households(database, 1)
    with database.begin() as s:
        assign_help(s, me, [hid], kind_id=new, today=TODAY)
        with pytest.raises(UserError):
            delete_kind(s, me, new)  # used: make it inactive instead
        delete_kind(s, me, kind_id(s, "otop_upgrade"))
        assert s.scalar(select(InterventionKind.id).where(
            InterventionKind.code == "otop_upgrade")) is None


# --------------------------------------------------------------------------- suggestions


def test_suggestions_from_failed_indicators_and_weak_capitals(database: Database) -> None:
    me = actor(database)
    housing, = make_households(database, 1, indicators=(8,), scores=[3, 1, 3, 3, 3])
    literacy, = make_households(database, 1, indicators=(19,), start=50)
    with database.read() as s:
        top = suggest_help(s, [housing])
        assert top[0].kind == "ซ่อมแซม/ปรับปรุงที่อยู่อาศัย"
        # indicator 8 (3) + living dimension (2) + physical capital 1/4 (1 × 2)
        assert top[0].score == 7
        assert len(top[0].reasons) == 3
        assert "8" in top[0].reasons[0]
        assert "1/4" in top[0].reasons[2]
        assert top[0].partners[0][0] == top[0].default_partner_id
        assert {k.kind for k in top} >= {"โอ่ง/ถังเก็บน้ำสะอาด"}
        assert suggest_help(s, [literacy])[0].kind == "ส่งเสริมการรู้หนังสือไทยและคิดเลข (กศน.)"
        both = suggest_help(s, [housing, literacy], limit=None)
        assert {b.kind for b in both if b.households == 1} >= {
            "ซ่อมแซม/ปรับปรุงที่อยู่อาศัย", "ส่งเสริมการรู้หนังสือไทยและคิดเลข (กศน.)"}
    # The rules are data: a new rule for indicator 19 puts occupational training first.
    with database.begin() as s:
        training = kind_id(s, "occupation_training")
        rule = save_rule(s, me, kind_id=training, trigger="indicator",
                         trigger_code=str(indicator_id(s, 19)), weight=10)
        assert suggest_help(s, [literacy])[0].kind_id == training
        assert any(r.id == rule and r.trigger == "indicator" for r in list_rules(s))
        delete_rule(s, me, rule)
        assert suggest_help(s, [literacy])[0].kind_id != training
    # Help already given is marked.
    with database.begin() as s:
        assign_help(s, me, [housing], kind_id=kind_id(s, "house_repair"), today=TODAY)
        assert suggest_help(s, [housing])[0].already == 1
    with database.read() as s:
        assert s.get_one(Household, housing).help_status == "target"


def test_editing_the_plan_of_a_referral(database: Database) -> None:
    from core.interventions import create_batch, edit_intervention

    me = actor(database)
    iid = planned(database)
    with database.begin() as s:
        item = s.get_one(Intervention, iid)
        edit_intervention(s, me, iid, version=item.version, partner_id=partner_id(s, "pao"),
                          planned_on=TODAY + dt.timedelta(days=9), planned_satang=70_000,
                          notes=" นัดตรวจที่ รพ. ")
    item = load(database, iid)
    assert (item.planned_on, item.planned_satang, item.notes) == (
        TODAY + dt.timedelta(days=9), 70_000, "นัดตรวจที่ รพ.")
    with database.read() as s:
        fields = set(s.scalars(select(HistoryEntry.field).where(
            HistoryEntry.table_name == "interventions", HistoryEntry.record_id == iid,
            HistoryEntry.action == "update")))
    assert {"partner_id", "planned_on", "planned_satang", "notes"} <= fields
    with database.begin() as s:
        create_batch(s, me, partner_id(s, "pao"), today=TODAY)
    with database.begin() as s:
        item = s.get_one(Intervention, iid)
        with pytest.raises(UserError):  # sent in a letter: the reply comes first
            edit_intervention(s, me, iid, version=item.version,
                              partner_id=partner_id(s, "district_hospital"),
                              planned_on=item.planned_on, planned_satang=item.planned_satang,
                              notes=item.notes)
    with pytest.raises(ConflictError), database.begin() as s:
        edit_intervention(s, me, iid, version=1, partner_id=None, planned_on=None,
                          planned_satang=None, notes=None)
