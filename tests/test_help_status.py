"""The derived help status: the pure rule, and its refresh with status changes and history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from core.database import Database
from core.errors import UserError
from core.help_status import (
    Assessment,
    compute_help_statuses,
    decide_help,
    derive_help_status,
    help_rules,
    refresh_help_status,
    set_help_rules,
)
from core.interventions import ReferralChange, assign_help, change_referral, create_batch
from db.models import HistoryEntry, Household, StatusChange
from tests.help_fixtures import actor, assess, kind_id, make_households

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def rules(sqlite_database: Database):  # type: ignore[no-untyped-def]
    with sqlite_database.read() as s:
        return help_rules(s)


@pytest.mark.parametrize(("verification", "statuses", "decision", "assessment", "expected"), [
    ("pending", ["done"], None, None, None),
    ("not_found", [], "graduated", None, None),
    ("confirmed", [], None, None, "target"),
    ("confirmed", ["planned"], None, None, "target"),
    ("confirmed", ["cancelled", "declined"], None, None, "target"),
    ("confirmed", ["referred"], None, None, "in_progress"),
    ("confirmed", ["planned", "accepted"], None, None, "in_progress"),
    ("confirmed", ["done", "planned"], None, None, "in_progress"),
    ("confirmed", ["done", "declined"], None, None, "helped"),
    ("confirmed", ["done"], None, Assessment(1, 4), "helped"),  # before help: not a follow-up
    ("confirmed", ["done"], None, Assessment(2, 3), "helped"),
    ("confirmed", ["done"], None, Assessment(2, 4), "graduated"),
    ("confirmed", ["in_progress"], None, Assessment(2, 4), "in_progress"),
    ("confirmed", [], "self_resolved", None, "self_resolved"),
    ("confirmed", ["done"], "graduated", Assessment(1, 1), "graduated"),
    ("confirmed", ["done"], "reopen", Assessment(2, 4), "graduated"),
    ("confirmed", [], "reopen", None, "target"),
])
def test_the_rule(rules, verification: str, statuses: list[str], decision: str | None,  # type: ignore[no-untyped-def]
                  assessment: Assessment | None, expected: str | None) -> None:
    assert derive_help_status(verification, statuses, decision=decision,
                              latest_assessment=assessment, rules=rules) == expected


def help_changes(database: Database, hid: int) -> list[tuple[str | None, str]]:
    with database.read() as s:
        return [(c.old_status, c.new_status) for c in s.scalars(
            select(StatusChange).where(StatusChange.household_id == hid,
                                       StatusChange.kind == "help").order_by(StatusChange.id))]


def stored(database: Database, hid: int) -> str | None:
    with database.read() as s:
        return s.scalar(select(Household.help_status).where(Household.id == hid))


def test_help_status_follows_the_case_to_graduation(database: Database) -> None:
    """target → (planned: still target) → referred: in progress → done: helped → a follow-up
    assessment at the top level: graduated; each change with a status change and history."""
    me = actor(database)
    hid, = make_households(database, 1, scores=[1, 2, 1, 2, 2])
    with database.begin() as s:
        result = assign_help(s, me, [hid], kind_id=kind_id(s, "house_repair"),
                             planned_on=TODAY + dt.timedelta(days=30), today=TODAY)
        iid = result.intervention_ids[0]
    assert stored(database, hid) == "target"
    with database.begin() as s:
        batch = create_batch(s, me, _partner_of(s, iid), today=TODAY)
    assert batch.referrals == 1
    assert stored(database, hid) == "in_progress"
    with database.begin() as s:
        change_referral(s, me, ReferralChange(iid, "done", TODAY, outcome="ซ่อมหลังคาแล้ว",
                                              actual_satang=1_850_000), today=TODAY)
    assert stored(database, hid) == "helped"
    with database.begin() as s:
        assess(s, hid, 2, [4, 4, 3, 4, 4])
        assert refresh_help_status(s, me, hid, reason="รอบประเมินหลังช่วยเหลือ") == "graduated"
    assert help_changes(database, hid) == [("target", "in_progress"), ("in_progress", "helped"),
                                           ("helped", "graduated")]
    with database.read() as s:
        history = [(h.old_value, h.new_value, h.reason) for h in s.scalars(
            select(HistoryEntry).where(HistoryEntry.table_name == "households",
                                       HistoryEntry.record_id == hid,
                                       HistoryEntry.field == "help_status")
            .order_by(HistoryEntry.id))]
    assert history[-1] == ("helped", "graduated", "รอบประเมินหลังช่วยเหลือ")
    assert len(history) == 3
    # Nothing changed: no new rows.
    with database.begin() as s:
        assert refresh_help_status(s, me, hid) == "graduated"
    assert len(help_changes(database, hid)) == 3


def _partner_of(s, iid: int) -> int:  # type: ignore[no-untyped-def]
    from db.models import Intervention

    return s.get_one(Intervention, iid).partner_id  # type: ignore[no-any-return]


def test_only_confirmed_households_have_a_help_status(database: Database) -> None:
    me = actor(database)
    hid, = make_households(database, 1)
    with database.begin() as s:
        s.get_one(Household, hid).verification_status = "not_found"
        assert refresh_help_status(s, me, hid, reason="ไม่พบครัวเรือน") is None
    assert stored(database, hid) is None
    with database.begin() as s:
        s.get_one(Household, hid).verification_status = "confirmed"
        assert refresh_help_status(s, me, hid) == "target"
    assert help_changes(database, hid) == [(None, "target")]


def test_refresh_does_not_bump_the_household_version(database: Database) -> None:
    """The stored status is a cache of the rule: an editor open on the household keeps its
    version and is not told about a conflict."""
    me = actor(database)
    hid, = make_households(database, 1)
    with database.read() as s:
        version = s.get_one(Household, hid).version
    with database.begin() as s:
        assign_help(s, me, [hid], kind_id=kind_id(s, "water_storage"), today=TODAY)
        change_referral(s, me, ReferralChange(_first_intervention(s, hid), "done", TODAY),
                        today=TODAY)
    with database.read() as s:
        hh = s.get_one(Household, hid)
        assert (hh.help_status, hh.version) == ("helped", version)


def _first_intervention(s, hid: int) -> int:  # type: ignore[no-untyped-def]
    from db.models import Intervention

    return s.scalars(select(Intervention.id).where(Intervention.household_id == hid)).first()  # type: ignore[no-any-return]


def test_self_resolved_and_graduated_are_decisions_with_a_reason(database: Database) -> None:
    me = actor(database)
    a, b = make_households(database, 2)
    with database.begin() as s:
        with pytest.raises(UserError, match="เหตุผล"):
            decide_help(s, me, a, "self_resolved", "  ")
        with pytest.raises(UserError):
            decide_help(s, me, a, "graduated", "ยังไม่ได้ช่วยเหลือ")  # only after help
        with pytest.raises(UserError):
            decide_help(s, me, a, "reopen", "ไม่มีอะไรให้เปิด")
    with database.begin() as s:
        assert decide_help(s, me, a, "self_resolved", "ลูกกลับมาทำงานส่งเงินให้") == "self_resolved"
    with database.begin() as s:
        # A closed case gets no new help until it is reopened.
        with pytest.raises(UserError):
            assign_help(s, me, [a], kind_id=kind_id(s, "scholarship"), today=TODAY)
        # Help in flight blocks a decision.
        assign_help(s, me, [b], kind_id=kind_id(s, "scholarship"), today=TODAY)
        with pytest.raises(UserError, match="1"):
            decide_help(s, me, b, "self_resolved", "แก้ได้เอง")
    with database.begin() as s:
        assert decide_help(s, me, a, "graduated", "ประชาคมหมู่บ้านรับรอง") == "graduated"
        assert decide_help(s, me, a, "reopen", "ตกงานอีกครั้ง") == "target"
    assert [n for _o, n in help_changes(database, a)] == ["self_resolved", "graduated", "target"]
    with database.read() as s:
        decisions = [(c.new_status, c.reason) for c in s.scalars(
            select(StatusChange).where(StatusChange.household_id == a,
                                       StatusChange.kind == "help_decision")
            .order_by(StatusChange.id))]
    assert decisions == [("self_resolved", "ลูกกลับมาทำงานส่งเงินให้"),
                         ("graduated", "ประชาคมหมู่บ้านรับรอง"), ("reopen", "ตกงานอีกครั้ง")]


def test_graduation_threshold_is_data(database: Database) -> None:
    me = actor(database)
    hid, = make_households(database, 1, scores=[1, 1, 1, 1, 1])
    with database.begin() as s:
        assign_help(s, me, [hid], kind_id=kind_id(s, "water_storage"), today=TODAY)
        change_referral(s, me, ReferralChange(_first_intervention(s, hid), "done", TODAY),
                        today=TODAY)
        assess(s, hid, 2, [3, 3, 3, 3, 3])  # level 3: not graduated by default
        assert refresh_help_status(s, me, hid) == "helped"
    with database.begin() as s:
        assert set_help_rules(s, me, graduate_min_level=3).graduate_min_level == 3
        assert compute_help_statuses(s, [hid]) == {hid: "graduated"}
        assert refresh_help_status(s, me, hid, reason="เกณฑ์ใหม่") == "graduated"
    with database.read() as s:
        entry = s.scalars(select(HistoryEntry).where(
            HistoryEntry.field == "help_rules.graduate_min_level")).one()
        assert (entry.old_value, entry.new_value) == ("4", "3")
