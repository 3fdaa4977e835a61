"""Editing a household case: validation, saving with history, conflicts between two users, undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from core.case import (
    AssessmentData,
    CaseInvalid,
    EditConflict,
    load_case,
    save_case,
    trend,
    with_member,
    without_member,
)
from core.database import Database, open_database
from core.errors import UserError
from core.history_log import HistoryFilter, field_labels, history_lines
from core.undo import last_undoable, undo_last_change
from db.models import (
    ChangeSet,
    HistoryEntry,
    Household,
    HouseholdProblem,
    Indicator,
    Member,
    MemberWelfare,
)
from tests.case_helpers import make_household, member, new_national_id


def table_counts(database: Database) -> dict[str, int]:
    with database.read() as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Household, Member, HistoryEntry, ChangeSet, HouseholdProblem)}


def test_a_new_household_is_saved_with_its_members_and_history(database: Database) -> None:
    case = make_household(database, members=3)
    assert case.id is not None
    assert [m.first_name for m in case.members] == ["สมชาย", "สมาชิก1", "สมาชิก2"]
    with database.read() as s:
        hh = s.get(Household, case.id)
        assert hh is not None
        assert hh.head_name == "นายสมชาย ใจดี"
        assert hh.member_count == 3
        inserts = s.scalars(select(HistoryEntry.table_name).where(
            HistoryEntry.household_id == case.id, HistoryEntry.action == "insert")).all()
    assert sorted(inserts) == ["households", "members", "members", "members"]


def test_saving_writes_only_what_changed_and_one_entry_per_field(database: Database) -> None:
    case = make_household(database)
    head = case.members[0]
    edited = with_member(replace(case, house_no="99/9", road="ถนนพหลโยธิน"),
                         replace(head, first_name="สมชัย", welfare=("elderly_allowance",)))
    saved = save_case(database, database.default_actor(), case, edited)
    assert saved.case.house_no == "99/9"
    assert saved.case.members[0].first_name == "สมชัย"
    assert saved.case.members[0].welfare == ("elderly_allowance",)
    assert saved.case.version == case.version + 1
    with database.read() as s:
        entries = s.execute(select(HistoryEntry.table_name, HistoryEntry.field,
                                   HistoryEntry.old_value, HistoryEntry.new_value)
                            .where(HistoryEntry.change_id == saved.change_id)
                            .order_by(HistoryEntry.id)).all()
        assert s.get(Household, case.id).head_name == "นายสมชัย ใจดี"  # type: ignore[union-attr]
    assert sorted(entries) == sorted([
        ("households", "house_no", case.house_no, "99/9"),
        ("households", "road", None, "ถนนพหลโยธิน"),
        ("members", "first_name", "สมชาย", "สมชัย"),
        ("members", "welfare", "[]", '["elderly_allowance"]'),
    ])


def test_an_unchanged_save_writes_nothing(database: Database) -> None:
    case = make_household(database)
    before = table_counts(database)
    result = save_case(database, database.default_actor(), case, case)
    assert result.change_id is None
    assert table_counts(database) == before


@pytest.mark.parametrize(("change", "field"), [
    (lambda c: with_member(c, replace(c.members[0], national_id="1234567890123")), "national_id"),
    (lambda c: with_member(c, replace(c.members[1], first_name=" ")), "first_name"),
    (lambda c: replace(c, members=tuple(replace(m, is_head=False) for m in c.members)), "is_head"),
    (lambda c: replace(c, house_code="1234"), "house_code"),
    (lambda c: replace(c, latitude=51.5, longitude=-0.1), "latitude"),
    (lambda c: replace(c, latitude=18.3), "latitude"),
    (lambda c: with_member(c, replace(c.members[1], birth_date=dt.date.today() + dt.timedelta(days=3))),
     "birth_date"),
    (lambda c: with_member(c, replace(c.members[1], national_id=None, no_id_reason=None)),
     "no_id_reason"),
    (lambda c: replace(c, subdistrict_code="100101"), "subdistrict_code"),
    (lambda c: replace(c, members=()), "members"),
])
def test_a_broken_rule_refuses_the_save_and_writes_nothing(database: Database, change, field) -> None:  # type: ignore[no-untyped-def]
    case = make_household(database)
    before = table_counts(database)
    with pytest.raises(CaseInvalid) as caught:
        save_case(database, database.default_actor(), case, change(case))
    assert field in {p.field for p in caught.value.problems}
    assert str(caught.value).startswith("ยังไม่ได้บันทึก")  # a Thai sentence, not a traceback
    assert table_counts(database) == before


def test_two_members_with_one_id_and_an_id_of_another_household_are_refused(
        database: Database) -> None:
    other = make_household(database, head="สมปอง")
    case = make_household(database)
    same = case.members[0].national_id
    with pytest.raises(CaseInvalid, match="เลขประจำตัวประชาชนเดียวกัน"):
        save_case(database, database.default_actor(), case,
                  with_member(case, replace(case.members[1], national_id=same)))
    taken = other.members[0].national_id
    with pytest.raises(CaseInvalid) as caught:
        save_case(database, database.default_actor(), case,
                  with_member(case, replace(case.members[1], national_id=taken)))
    assert str(other.id) in str(caught.value)


def test_ids_are_stored_as_digits_whatever_the_user_typed(database: Database) -> None:
    case = make_household(database)
    nid = new_national_id()
    typed = f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"
    saved = save_case(database, database.default_actor(), case,
                      with_member(case, replace(case.members[1], national_id=typed)))
    assert saved.case.members[1].national_id == nid


def test_members_added_removed_and_head_moved(database: Database) -> None:
    case = make_household(database, members=3)
    _head, second, third = case.members
    edited = with_member(without_member(case, third.key),
                         replace(second, is_head=True, relation="head"))
    edited = with_member(edited, member(edited.next_key(), "ใหม่", "ใจดี"))
    saved = save_case(database, database.default_actor(), case, edited).case
    assert [m.first_name for m in saved.members] == ["สมาชิก1", "สมชาย", "ใหม่"]
    assert [m.is_head for m in saved.members] == [True, False, False]
    with database.read() as s:
        hh = s.get(Household, case.id)
        assert hh is not None
        assert (hh.head_name, hh.member_count) == ("นางสมาชิก1 ใจดี", 3)
        names = s.scalars(select(Member.first_name).where(Member.household_id == case.id)).all()
    assert sorted(names) == sorted(["สมาชิก1", "สมชาย", "ใหม่"])


def test_problems_by_indicator_set_the_failed_dimensions_and_resolve_not_delete(
        database: Database) -> None:
    case = make_household(database)
    with database.read() as s:
        water = s.scalars(select(Indicator.id).where(Indicator.number == 9)).first()
        income = s.scalars(select(Indicator.id).where(Indicator.number == 22)).first()
    saved = save_case(database, database.default_actor(), case, replace(
        case, problems=(("living", water), ("income", income)))).case
    assert set(saved.problems) == {("living", water), ("income", income)}
    with database.read() as s:
        mask = s.get(Household, case.id).failed_dimension_mask  # type: ignore[union-attr]
    assert mask != 0
    fixed = save_case(database, database.default_actor(), saved,
                      replace(saved, problems=(("income", income),))).case
    assert fixed.problems == (("income", income),)
    with database.read() as s:
        rows = s.execute(select(HouseholdProblem.indicator_id, HouseholdProblem.resolved_on)
                         .where(HouseholdProblem.household_id == case.id)).all()
    assert (water, dt.date.today()) in rows  # kept, marked resolved today


def test_assessment_rounds_compute_the_level_and_the_trend(database: Database) -> None:
    case = make_household(database)
    codes = ("financial", "human", "natural", "physical", "social")
    first = AssessmentData(key=case.next_key(), round_no=1, assessed_on=dt.date(2025, 6, 1),
                           scores=tuple(zip(codes, (1, 2, 1, 2, 1), strict=True)))
    saved = save_case(database, database.default_actor(), case,
                      replace(case, assessments=(first,))).case
    second = AssessmentData(key=saved.next_key(), round_no=2, assessed_on=dt.date(2025, 12, 1),
                            scores=tuple(zip(codes, (3, 3, 2, 3, 3), strict=True)))
    saved = save_case(database, database.default_actor(), saved,
                      replace(saved, assessments=(*saved.assessments, second))).case
    assert [a.mean for a in saved.assessments] == [1.4, 2.8]
    assert trend(saved.assessments[0].mean, saved.assessments[1].mean) == "better"
    with database.read() as s:
        assert s.get(Household, case.id).level == 3  # type: ignore[union-attr]  # 2.8 อยู่พอได้
    bad = replace(second, key=saved.next_key(), round_no=3, scores=(("human", 5),))
    with pytest.raises(CaseInvalid):
        save_case(database, database.default_actor(), saved,
                  replace(saved, assessments=(*saved.assessments, bad)))


def test_the_second_of_two_sessions_is_refused_and_can_reapply(db_url: str) -> None:
    """Two app instances on the same database edit the same household."""
    from tests.conftest import _with_office

    first = _with_office(open_database(db_url))
    second = open_database(db_url)
    try:
        case = make_household(first)
        with second.read() as s:
            theirs = load_case(s, case.id)  # type: ignore[arg-type]
        mine = replace(case, road="ถนนสายเอเชีย")
        save_case(first, first.default_actor(), case, with_member(
            replace(case, house_no="77"), replace(case.members[1], first_name="มานี")))
        before = table_counts(first)
        with pytest.raises(EditConflict) as caught:
            save_case(second, second.default_actor(), theirs, replace(theirs, road="ถนนสายเอเชีย"))
        conflict = caught.value
        assert table_counts(first) == before  # nothing silently overwritten
        labels = conflict.theirs
        assert any("77" in line for line in labels)
        assert any("มานี" in line for line in labels)
        assert any("ถนนสายเอเชีย" in line for line in conflict.mine)
        again = conflict.reapplied()
        assert (again.house_no, again.road, again.members[1].first_name) == (
            "77", "ถนนสายเอเชีย", "มานี")
        saved = save_case(second, second.default_actor(), conflict.latest, again).case
        assert (saved.house_no, saved.road) == ("77", "ถนนสายเอเชีย")
        _ = mine
    finally:
        first.dispose()
        second.dispose()


def test_undo_reverses_the_last_change_as_a_new_change(database: Database) -> None:
    case = make_household(database, members=3)
    actor = database.default_actor()
    edited = with_member(without_member(replace(case, house_no="5/5"), case.members[2].key),
                         replace(case.members[1], first_name="เปลี่ยน", welfare=("welfare_card",)))
    saved = save_case(database, actor, case, edited)
    with database.read() as s:
        assert last_undoable(s, case.id).change_id == saved.change_id  # type: ignore[arg-type, union-attr]
        entries_before = s.scalar(select(func.count()).select_from(HistoryEntry))
    undo_id = undo_last_change(database, actor, case.id)  # type: ignore[arg-type]
    with database.read() as s:
        back = load_case(s, case.id)  # type: ignore[arg-type]
        assert s.scalar(select(func.count()).select_from(HistoryEntry)) > entries_before  # type: ignore[operator]
        assert s.get(ChangeSet, saved.change_id).undone_by_id == undo_id  # type: ignore[union-attr]
        welfare = s.scalars(select(MemberWelfare.welfare_code).where(
            MemberWelfare.member_id == case.members[1].key)).all()
    assert back.house_no == case.house_no
    assert [m.first_name for m in back.members] == [m.first_name for m in case.members]
    assert back.members[2].key == case.members[2].key  # the removed member is back, same id
    assert welfare == []
    # undoing the undo is a redo
    undo_last_change(database, actor, case.id)  # type: ignore[arg-type]
    with database.read() as s:
        again = load_case(s, case.id)  # type: ignore[arg-type]
    assert again.house_no == "5/5"
    assert len(again.members) == 2


def test_undo_is_refused_when_the_record_changed_since(database: Database) -> None:
    case = make_household(database)
    actor = database.default_actor()
    save_case(database, actor, case, replace(case, road="ถนนเก่า"))
    with database.begin() as s:  # e.g. an import wrote the same field afterwards
        s.get(Household, case.id).road = "ถนนจากการนำเข้า"  # type: ignore[union-attr]
    with pytest.raises(UserError, match="มีการแก้ไขอีก"):
        undo_last_change(database, actor, case.id)  # type: ignore[arg-type]
    with database.read() as s:
        assert s.get(Household, case.id).road == "ถนนจากการนำเข้า"  # type: ignore[union-attr]


def test_the_history_tab_shows_every_change_with_who_and_field_names(database: Database) -> None:
    case = make_household(database)
    save_case(database, database.default_actor(), case,
              with_member(case, replace(case.members[0], first_name="สมศักดิ์")))
    with database.read() as s:
        lines = history_lines(s, HistoryFilter(household_id=case.id))
        labels = field_labels(s)
    changed = [line for line in lines if line.old == "สมชาย"]
    assert len(changed) == 1
    assert changed[0].new == "สมศักดิ์"
    assert changed[0].username == database.default_actor().username
    assert labels.member["first_name"] in changed[0].what
    assert changed[0].change  # the change set's summary
    assert lines[0].id > lines[-1].id  # newest first


def test_demo_households_have_their_history_in_their_case(demo_database: Database) -> None:
    with demo_database.read() as s:
        entries = s.execute(select(HistoryEntry.record_id, HistoryEntry.household_id)
                            .where(HistoryEntry.table_name == "households")).all()
    assert entries
    assert all(record_id == household_id for record_id, household_id in entries)
