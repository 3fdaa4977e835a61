"""The household list in core: filters and sorts in SQL give exactly what a direct query gives."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core.database import Database
from core.households import (
    COLUMNS,
    HouseholdFilter,
    SortKey,
    count_households,
    filter_choices,
    household_ids,
    household_rows,
)
from core.summaries import refresh_household_summaries
from core.thai import format_national_id
from db.models import Dimension, Household, HouseholdSource, Member, Village


def ids_where(database: Database, *conditions: object) -> set[int]:
    with database.read() as s:
        return set(s.scalars(select(Household.id).where(
            Household.merged_into_id.is_(None), *conditions)))  # type: ignore[arg-type]


def listed(database: Database, flt: HouseholdFilter | None = None,
           sort: SortKey = SortKey.HOUSE_CODE, descending: bool = False) -> list[int]:
    with database.read() as s:
        return household_ids(s, flt, sort, descending)


def test_no_filter_lists_every_household_once(demo_database: Database) -> None:
    ids = listed(demo_database)
    assert len(ids) == len(set(ids)) == 300
    assert set(ids) == ids_where(demo_database)
    with demo_database.read() as s:
        assert count_households(s) == 300


def test_each_filter_matches_a_direct_query(demo_database: Database) -> None:
    with demo_database.read() as s:
        subdistrict = s.scalar(select(Household.subdistrict_code).limit(1))
        village = s.scalar(select(Household.village_id).where(Household.village_id.is_not(None)))
        bits = {code: bit for code, bit in s.execute(select(Dimension.code, Dimension.bit))}
        source, year = s.execute(select(HouseholdSource.source_code,
                                        HouseholdSource.list_year_be).limit(1)).one()
    cases: list[tuple[HouseholdFilter, set[int]]] = [
        (HouseholdFilter(subdistrict_code=subdistrict),
         ids_where(demo_database, Household.subdistrict_code == subdistrict)),
        (HouseholdFilter(village_id=village), ids_where(demo_database, Household.village_id == village)),
        (HouseholdFilter(verification_status="confirmed"),
         ids_where(demo_database, Household.verification_status == "confirmed")),
        (HouseholdFilter(help_status="helped"),
         ids_where(demo_database, Household.help_status == "helped")),
        (HouseholdFilter(level=2), ids_where(demo_database, Household.level == 2)),
        (HouseholdFilter(source_code=source, list_year_be=year),
         ids_where(demo_database, Household.id.in_(select(HouseholdSource.household_id).where(
             HouseholdSource.source_code == source, HouseholdSource.list_year_be == year)))),
        (HouseholdFilter(subdistrict_code=subdistrict, verification_status="pending"),
         ids_where(demo_database, Household.subdistrict_code == subdistrict,
                   Household.verification_status == "pending")),
    ]
    for code, bit in bits.items():
        cases.append((HouseholdFilter(dimension_code=code), ids_where(
            demo_database, Household.failed_dimension_mask.op("&")(bit) != 0)))
    for flt, expected in cases:
        got = listed(demo_database, flt)
        assert expected, flt  # the demo data exercises every filter
        assert len(got) == len(set(got))
        assert set(got) == expected, flt
        with demo_database.read() as s:
            assert count_households(s, flt) == len(expected)
    assert listed(demo_database, HouseholdFilter(dimension_code="nonsense")) == []


def test_merged_households_are_not_listed(demo_database: Database) -> None:
    first, second = listed(demo_database)[:2]
    with demo_database.begin() as s:
        s.get_one(Household, second).merged_into_id = first
    assert second not in listed(demo_database)
    assert len(listed(demo_database)) == 299


@pytest.mark.parametrize("key", list(SortKey))
def test_sorts_follow_the_column(demo_database: Database, key: SortKey) -> None:
    with demo_database.read() as s:
        households = {h.id: h for h in s.scalars(select(Household))}
        villages = {v.id: v.code for v in s.scalars(select(Village))}
    for descending in (False, True):
        ids = listed(demo_database, sort=key, descending=descending)
        assert sorted(ids) == sorted(households)
        if key is SortKey.HOUSE_CODE:
            values = [households[i].house_code or "" for i in ids]
        elif key is SortKey.HEAD:
            values = [households[i].head_sort or "" for i in ids]
        elif key is SortKey.MEMBERS:
            values = [households[i].member_count for i in ids]  # type: ignore[misc]
        elif key is SortKey.VILLAGE:
            values = [villages.get(households[i].village_id or 0, "") for i in ids]
        elif key is SortKey.LEVEL:
            values = [households[i].level or 0 for i in ids]  # type: ignore[misc]
        elif key is SortKey.LAST_VISIT:
            values = [households[i].last_visit_on or dt.date.min for i in ids]  # type: ignore[misc]
        else:
            continue  # code-list order and Thai names: checked by the ties below
        assert values == sorted(values, reverse=descending), key  # type: ignore[type-var]
    # Equal values keep id order, so paging through a sorted list is stable.
    ids = listed(demo_database, sort=key)
    assert ids == listed(demo_database, sort=key)


def test_heads_sort_in_thai_dictionary_order_whatever_their_title(database: Database) -> None:
    """Thai lists are read by first name: the title does not count, a leading vowel comes
    after its consonant (เกรียงไกร among the ก), tone marks only break ties."""
    heads = [("นาย", "สมชาย", "ใจดี"), ("นางสาว", "กนกวรรณ", "ใจธิ"), ("นาย", "เกรียงไกร", "ทองดี"),
             ("นาง", "อำไพ", "แก้วมา"), ("นาย", "ไพโรจน์", "ศรีสุข"), ("เด็กชาย", "ก้อง", "ดีมาก"),
             ("นาง", "กอง", "ดีมาก"), ("นาย", "สมชาย", "กาบแก้ว")]
    with database.begin() as s:
        for n, (title, first, last) in enumerate(heads, start=1):
            hh = Household(subdistrict_code="520101", house_no=str(n))
            s.add(hh)
            s.flush()
            s.add(Member(household_id=hh.id, title=title, first_name=first, last_name=last,
                         is_head=True))
            s.flush()
            refresh_household_summaries(s.connection(), [hh.id])
    def names(descending: bool) -> list[str]:
        with database.read() as s:
            found = household_ids(s, sort=SortKey.HEAD, descending=descending)
            rows = household_rows(s, found)
        return [rows[i].head_name for i in found]
    expected = ["นางสาวกนกวรรณ ใจธิ", "นางกอง ดีมาก", "เด็กชายก้อง ดีมาก", "นายเกรียงไกร ทองดี",
                "นายไพโรจน์ ศรีสุข", "นายสมชาย กาบแก้ว", "นายสมชาย ใจดี", "นางอำไพ แก้วมา"]
    assert names(False) == expected
    assert names(True) == expected[::-1]


def test_search_by_name_id_and_house_code(demo_database: Database) -> None:
    with demo_database.read() as s:
        member = s.scalars(select(Member).where(Member.national_id.is_not(None),
                                                Member.is_head.is_(True)).limit(1)).one()
        hh = s.get_one(Household, member.household_id)
        by_first = ids_where(demo_database, Household.id.in_(select(Member.household_id).where(
            Member.first_name.contains(member.first_name))))
    by_name = set(listed(demo_database, HouseholdFilter(text=member.first_name)))
    assert hh.id in by_name
    assert by_name >= by_first
    assert listed(demo_database, HouseholdFilter(text=member.national_id or "")) == [hh.id]
    assert listed(demo_database, HouseholdFilter(
        text=format_national_id(member.national_id or ""))) == [hh.id]
    code = hh.house_code or ""
    assert listed(demo_database, HouseholdFilter(text=code)) == [hh.id]
    assert listed(demo_database, HouseholdFilter(text=f"{code[:4]}-{code[4:10]}-{code[10]}")) == [hh.id]
    # The search combines with the filters.
    other = "pending" if hh.verification_status != "pending" else "confirmed"
    assert listed(demo_database, HouseholdFilter(text=code, verification_status=other)) == []
    assert listed(demo_database, HouseholdFilter(text="   ")) == listed(demo_database)


def test_rows_are_ready_to_show(demo_database: Database) -> None:
    ids = listed(demo_database)[:50]
    with demo_database.read() as s:
        rows = household_rows(s, ids)
        households = {h.id: h for h in s.scalars(select(Household).where(Household.id.in_(ids)))}
    assert set(rows) == set(ids)
    for hid, row in rows.items():
        hh = households[hid]
        assert row.id == hid
        assert row.head_name == (hh.head_name or "")
        assert row.members == hh.member_count
        if hh.house_code:
            assert row.house_code == f"{hh.house_code[:4]}-{hh.house_code[4:10]}-{hh.house_code[10]}"
        if hh.village_id is not None:
            assert row.village.startswith("หมู่ ")
        assert row.verification
        assert row.verification != hh.verification_status
        if hh.last_visit_on:
            assert str(hh.last_visit_on.year + 543) in row.last_visit
        assert bool(row.dimensions) == bool(hh.failed_dimension_mask)
    with demo_database.read() as s:
        assert household_rows(s, []) == {}
        assert household_rows(s, [10**9]) == {}


def test_filter_choices_are_the_office_district(demo_database: Database) -> None:
    with demo_database.read() as s:
        choices = filter_choices(s)
    assert choices.subdistricts
    assert all(c.value.startswith("5201") for c in choices.subdistricts)
    assert [c.value for c in choices.levels] == [1, 2, 3, 4]
    assert {c.value for c in choices.verification_statuses} >= {"pending", "confirmed"}
    assert len(choices.dimensions) == 5
    assert len([k for _n, k in COLUMNS if k is not None]) == len(SortKey)


def test_both_backends_filter_and_search(database: Database) -> None:
    with database.begin() as s:
        for n, (first, status) in enumerate([("สมศรี", "pending"), ("บุญมี", "confirmed"),
                                             ("สมชาย", "confirmed")], start=1):
            hh = Household(subdistrict_code="520101", house_code=f"520100000{n}1",
                           house_no=str(n), verification_status=status, head_name=first,
                           member_count=n, failed_dimension_mask=n)
            s.add(hh)
            s.flush()
            s.add(Member(household_id=hh.id, first_name=first, last_name="ใจดี", is_head=True))
    with database.read() as s:
        assert len(household_ids(s)) == 3
        heads = [household_rows(s, [i])[i].head_name
                 for i in household_ids(s, sort=SortKey.MEMBERS, descending=True)]
        assert heads == ["สมชาย", "บุญมี", "สมศรี"]
        found = household_ids(s, HouseholdFilter(text="สม", verification_status="confirmed"))
        assert [household_rows(s, found)[i].head_name for i in found] == ["สมชาย"]
        assert len(household_ids(s, HouseholdFilter(dimension_code="health"))) == 2
        assert len(household_ids(s, HouseholdFilter(text="ใจดี"))) == 3


def test_agency_and_overdue_filters_match_a_direct_query(demo_database: Database) -> None:
    from db.models import Intervention

    with demo_database.read() as s:
        partner_id, n = s.execute(
            select(Household.responsible_partner_id, func.count())
            .where(Household.responsible_partner_id.is_not(None))
            .group_by(Household.responsible_partner_id).order_by(func.count().desc())).first()
        choices = filter_choices(s)
    assert partner_id in {c.value for c in choices.partners}
    got = set(listed(demo_database, HouseholdFilter(partner_id=partner_id)))
    assert got == ids_where(demo_database, Household.responsible_partner_id == partner_id)
    assert len(got) == n > 0

    day = dt.date(2026, 9, 1)
    overdue: set[int] = set()
    with demo_database.read() as s:
        for hid, status, planned in s.execute(select(
                Intervention.household_id, Intervention.status, Intervention.planned_on)):
            if status not in ("done", "cancelled", "declined") and planned and planned < day:
                overdue.add(hid)
    assert overdue  # the demo has late help
    assert set(listed(demo_database, HouseholdFilter(overdue_on=day))) == overdue
    assert listed(demo_database, HouseholdFilter(overdue_on=dt.date(1990, 1, 1))) == []


def test_the_migration_fills_the_head_sort_keys_of_an_existing_database(
        demo_database: Database) -> None:
    from sqlalchemy import text

    from core.database import open_database
    from core.summaries import head_sort_key
    from db import migrate

    path = demo_database.file
    assert path is not None
    with demo_database.read() as s:
        before = listed(demo_database, sort=SortKey.HEAD)
    migrate.downgrade(demo_database.engine, "0011_partner_addressee")
    demo_database.dispose()
    database = open_database(path)
    try:
        with database.read() as s:
            keys = dict(s.execute(select(Household.id, Household.head_sort)).all())
            heads = {m.household_id: head_sort_key(m.first_name, m.last_name) for m in s.scalars(
                select(Member).where(Member.is_head.is_(True)))}
            plan = " ".join(str(r) for r in s.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM households WHERE merged_into_id IS NULL "
                "ORDER BY head_sort, id LIMIT 50")))
        assert all(keys[hid] == key for hid, key in heads.items())
        assert None not in keys.values()
        assert listed(database, sort=SortKey.HEAD) == before
        assert "ix_households_list_head_sort" in plan  # read in index order, no sort
    finally:
        database.dispose()
