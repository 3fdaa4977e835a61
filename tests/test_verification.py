"""The verification workflow in core: transitions, reasons, visits, village keying, duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.database import Database
from core.errors import UserError
from core.merge import merge_households, resolve_review, review_count, review_queue
from core.thai import format_date_be
from core.undo import undo_last_change
from core.verification import (
    OUTCOMES,
    TransitionRefused,
    VillageResult,
    VisitInput,
    allowed_next,
    change_status,
    record_village_results,
    record_visit,
    village_keying_rows,
)
from db.models import (
    ChangeSet,
    HistoryEntry,
    Household,
    ImportRow,
    Intervention,
    InterventionKind,
    Member,
    StatusChange,
    Subdistrict,
    Village,
    Visit,
)
from tests.case_helpers import make_household

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def status_of(database: Database, hid: int) -> tuple[str, str | None]:
    with database.read() as s:
        hh = s.get(Household, hid)
        assert hh is not None
        return hh.verification_status, hh.help_status


def changes_of(database: Database, hid: int) -> list[tuple[str, str | None, str, str | None]]:
    with database.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(StatusChange.kind, StatusChange.old_status, StatusChange.new_status,
                   StatusChange.reason).where(StatusChange.household_id == hid)
            .order_by(StatusChange.id))]


def test_the_rules_of_the_statuses() -> None:
    assert set(allowed_next("pending")) == set(OUTCOMES)
    assert "pending" in allowed_next("confirmed")
    assert "not_found" in allowed_next("confirmed")
    assert allowed_next("duplicate") == ()
    assert "duplicate" not in allowed_next("pending")


def test_a_visit_moves_the_status_and_keeps_who_when_why(database: Database) -> None:
    case = make_household(database)
    actor = database.default_actor()
    visit_id = record_visit(database, actor, case.id, VisitInput(  # type: ignore[arg-type]
        visited_on=YESTERDAY, result="confirmed", team_names="ทีม อสม.", informant="นายสมชาย",
        findings="บ้านทรุดโทรม รายได้ไม่พอ"))
    assert status_of(database, case.id) == ("confirmed", "target")  # type: ignore[arg-type]
    with database.read() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        assert (visit.result, visit.informant) == ("confirmed", "นายสมชาย")
        hh = s.get(Household, case.id)
        assert hh is not None
        assert hh.last_visit_on == YESTERDAY
        entries = s.scalars(select(HistoryEntry.field).where(
            HistoryEntry.household_id == case.id, HistoryEntry.username == actor.username,
            HistoryEntry.action == "update")).all()
    assert "verification_status" in entries
    kinds = changes_of(database, case.id)  # type: ignore[arg-type]
    assert kinds[0][:3] == ("verification", "pending", "confirmed")
    assert kinds[0][3] == f"การสอบทานภาคสนามวันที่ {format_date_be(YESTERDAY, style='short')}"
    assert str(YESTERDAY.year) not in kinds[0][3]  # the Buddhist Era, not 2026
    assert kinds[1][:3] == ("help", None, "target")


def test_a_revisit_result_keeps_the_status(database: Database) -> None:
    case = make_household(database)
    record_visit(database, database.default_actor(), case.id,  # type: ignore[arg-type]
                 VisitInput(visited_on=YESTERDAY, result="revisit", findings="ไม่มีคนอยู่บ้าน"))
    assert status_of(database, case.id)[0] == "pending"  # type: ignore[arg-type]
    assert changes_of(database, case.id) == []  # type: ignore[arg-type]


def test_reopening_needs_a_reason_and_illegal_moves_are_refused(database: Database) -> None:
    case = make_household(database)
    actor = database.default_actor()
    hid: int = case.id  # type: ignore[assignment]
    change_status(database, actor, hid, "not_eligible", reason=None)
    with pytest.raises(TransitionRefused, match="เหตุผล"):
        change_status(database, actor, hid, "confirmed", reason="  ")
    with pytest.raises(TransitionRefused):
        record_visit(database, actor, hid, VisitInput(visited_on=YESTERDAY, result="confirmed"))
    with pytest.raises(TransitionRefused, match="รวม"):
        change_status(database, actor, hid, "duplicate", reason="ซ้ำ")
    with pytest.raises(UserError):
        change_status(database, actor, hid, "no_such_status", reason="x")
    assert status_of(database, hid) == ("not_eligible", None)
    with database.read() as s:
        visits = s.scalar(select(func.count()).select_from(Visit).where(Visit.household_id == hid))
    assert visits == 0  # the refused visit wrote nothing
    change_status(database, actor, hid, "confirmed", reason="ตรวจสอบรายได้ใหม่แล้วไม่ถึงเกณฑ์")
    assert status_of(database, hid) == ("confirmed", "target")
    assert changes_of(database, hid)[-2][3] == "ตรวจสอบรายได้ใหม่แล้วไม่ถึงเกณฑ์"


def test_visit_dates_are_checked(database: Database) -> None:
    case = make_household(database)
    with pytest.raises(UserError, match="อนาคต"):
        record_visit(database, database.default_actor(), case.id, VisitInput(  # type: ignore[arg-type]
            visited_on=dt.date.today() + dt.timedelta(days=1), result="confirmed"))


def test_undoing_a_visit_puts_the_status_back_as_a_new_change(database: Database) -> None:
    case = make_household(database)
    hid: int = case.id  # type: ignore[assignment]
    actor = database.default_actor()
    record_visit(database, actor, hid, VisitInput(visited_on=YESTERDAY, result="not_found"))
    undo_last_change(database, actor, hid)
    assert status_of(database, hid) == ("pending", None)
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.household_id == hid)) == 0
        assert s.get(Household, hid).last_visit_on is None  # type: ignore[union-attr]
    assert changes_of(database, hid)[-1][:3] == ("verification", "not_found", "pending")


def test_a_village_is_keyed_all_or_nothing(database: Database) -> None:
    actor = database.default_actor()
    households = [make_household(database, head=f"หัวหน้า{i}") for i in range(3)]
    village = households[0].village_id
    assert village is not None
    with database.read() as s:
        rows = village_keying_rows(s, village)
    assert {r.household_id for r in rows} >= {h.id for h in households}  # type: ignore[misc]
    results = [VillageResult(h.id, VisitInput(visited_on=YESTERDAY, result=r), h.version)  # type: ignore[arg-type]
               for h, r in zip(households, ("confirmed", "not_found", "revisit"), strict=True)]
    bad = [*results[:2], VillageResult(households[2].id, VisitInput(  # type: ignore[arg-type]
        visited_on=dt.date.today() + dt.timedelta(days=5), result="confirmed"))]
    with pytest.raises(UserError, match="หัวหน้า2"):
        record_village_results(database, actor, bad)
    assert [status_of(database, h.id)[0] for h in households] == ["pending"] * 3  # type: ignore[arg-type]
    outcome = record_village_results(database, actor, results)
    assert (outcome.visits, outcome.status_changes) == (3, 2)
    assert [status_of(database, h.id)[0] for h in households] == [  # type: ignore[arg-type]
        "confirmed", "not_found", "pending"]


def test_merging_moves_everything_to_the_survivor(database: Database) -> None:
    actor = database.default_actor()
    survivor = make_household(database, head="สมชาย", members=2)
    duplicate = make_household(database, head="สมชาย", members=2)
    same_person = survivor.members[1].national_id
    with database.begin() as s:  # the duplicate lists one person the survivor has too
        m = s.get(Member, duplicate.members[1].key)
        assert m is not None
        m.national_id = same_person
    record_visit(database, actor, duplicate.id, VisitInput(visited_on=YESTERDAY, result="confirmed"))  # type: ignore[arg-type]
    outcome = merge_households(database, actor, survivor.id, duplicate.id,  # type: ignore[arg-type]
                               reason="ครัวเรือนเดียวกัน บันทึกซ้ำจากสองบัญชี")
    assert (outcome.members_moved, outcome.members_same_person) == (1, 1)
    with database.read() as s:
        dup = s.get(Household, duplicate.id)
        surv = s.get(Household, survivor.id)
        assert dup is not None
        assert surv is not None
        assert (dup.merged_into_id, dup.verification_status) == (survivor.id, "duplicate")
        assert s.scalar(select(func.count()).select_from(Visit).where(
            Visit.household_id == survivor.id)) == 1
        assert s.scalar(select(func.count()).select_from(Member).where(
            Member.household_id == duplicate.id)) == 0
        assert surv.last_visit_on == YESTERDAY
        left = set(s.scalars(select(ChangeSet.kind).join(
            HistoryEntry, HistoryEntry.change_id == ChangeSet.id).where(
            HistoryEntry.household_id == duplicate.id)))
        assert left == {"merge"}  # its earlier history follows the survivor
        moved = s.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.household_id == survivor.id, HistoryEntry.table_name == "visits"))
        assert moved == 2  # the visit's insert, and its move
    with pytest.raises(UserError):
        merge_households(database, actor, survivor.id, duplicate.id, reason="อีกครั้ง")  # type: ignore[arg-type]
    with pytest.raises(TransitionRefused):
        change_status(database, actor, duplicate.id, "pending", reason="ลองเปิด")  # type: ignore[arg-type]


def test_interventions_follow_a_merge(database: Database) -> None:
    actor = database.default_actor()
    survivor, duplicate = make_household(database), make_household(database)
    with database.begin() as s:
        kind = s.scalar(select(func.min(InterventionKind.id)))
        s.add(Intervention(household_id=duplicate.id, kind_id=kind, status="planned"))
    merge_households(database, actor, survivor.id, duplicate.id, reason="ซ้ำ")  # type: ignore[arg-type]
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Intervention).where(
            Intervention.household_id == survivor.id)) == 1


def test_the_review_queue_is_worked_through(database: Database, tmp_path: Path) -> None:
    from tests.test_import_pipeline import do_import

    actor = database.default_actor()
    existing = make_household(database, head="สมหญิง", last="ศรีสุข")
    with database.read() as s:
        village = s.get(Village, existing.village_id)
        assert village is not None
        sub_name = s.scalar(select(Subdistrict.name_th).where(
            Subdistrict.code == village.subdistrict_code))
    path = tmp_path / "walk_in.csv"
    path.write_text("ชื่อ,นามสกุล,บ้านเลขที่,หมู่ที่,ตำบล\n"
                    f"สมหญิง,ศรีสุก,{existing.house_no}9,{village.number},{sub_name}\n"
                    f"สมหญิง,ศรีสุก,{existing.house_no}8,{village.number},{sub_name}\n",
                    encoding="utf-8")
    result = do_import(database, path, source="local")
    assert result.plan.counts()["review"] == 2
    with database.read() as s:
        queue = review_queue(s)
        assert review_count(s) == 2  # the people waiting, for the list page's button
    assert len(queue) == 2
    first, second = queue
    assert first.candidates[0].household_id == existing.id
    assert first.persons[0].name == "สมหญิง ศรีสุก"
    written = resolve_review(database, actor, first, decision="same", household_id=existing.id)
    assert written == existing.id
    new_id = resolve_review(database, actor, second, decision="new")
    with database.read() as s:
        assert review_queue(s) == []
        assert review_count(s) == 0
        names = s.scalars(select(Member.first_name).where(Member.household_id == existing.id)).all()
        assert len(names) == 3  # two members + the one from the list
        assert s.get(Household, new_id).member_count == 1  # type: ignore[arg-type, union-attr]
        actions = s.scalars(select(ImportRow.action).where(
            ImportRow.batch_id == result.batch_id)).all()
    assert sorted(actions) == ["review_new", "review_same"]
    with pytest.raises(UserError):
        resolve_review(database, actor, first, decision="dismiss")
