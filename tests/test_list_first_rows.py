"""The first rows of the household list: the same households, in the same order, as the whole
list begins with, found without reading all of it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from core import search
from core.database import Database
from core.households import (
    FirstIds,
    HouseholdFilter,
    SortKey,
    first_household_ids,
    household_ids,
)
from db.models import Household

FILTERS = [
    HouseholdFilter(),
    HouseholdFilter(text="ส"),
    HouseholdFilter(text="สม"),
    HouseholdFilter(text="บุญ"),
    HouseholdFilter(text="ใจดี"),
    HouseholdFilter(text="ฆ"),
    HouseholdFilter(list_year_be=2568),
    HouseholdFilter(overdue_on=dt.date(2026, 12, 1)),
    HouseholdFilter(text="ส", verification_status="confirmed"),
]


def _check(database: Database, flt: HouseholdFilter, sort: SortKey, descending: bool,
           limit: int, **kwargs: float) -> FirstIds:
    with database.read() as s:
        first = first_household_ids(s, flt, sort, descending, limit=limit, **kwargs)
        whole = household_ids(s, flt, sort, descending)
    if first.complete:
        assert first.ids == whole
    else:
        assert len(first.ids) == limit < len(whole)
        assert first.ids == whole[:limit]
    return first


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.text or str(f.list_year_be or f.overdue_on or "all"))
def test_the_first_rows_begin_the_whole_list_in_every_order(demo_database: Database,
                                                            flt: HouseholdFilter,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COMMON_MATCHES", 20)  # the demo's common letters take the walk
    for sort in SortKey:
        for descending in (False, True):
            for limit in (1, 7, 60):
                _check(demo_database, flt, sort, descending, limit)


def test_a_common_letter_is_walked_and_a_rare_one_collected(demo_database: Database,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COMMON_MATCHES", 20)
    with demo_database.read() as s:
        assert search.common_term_condition(s, "ส") is not None
        assert search.common_term_condition(s, "ฆ") is None
        assert search.common_term_condition(s, "1234") is None  # a number, found by index
    assert not _check(demo_database, HouseholdFilter(text="ส"), SortKey.HOUSE_CODE, False,
                      10).complete
    assert _check(demo_database, HouseholdFilter(text="ฆ"), SortKey.HOUSE_CODE, False,
                  10).complete


def test_households_outside_the_ranking_keep_their_place(demo_database: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Households without a village and of a subdistrict outside the district sort as in the
    whole list: no value first, unranked values last."""
    with demo_database.begin() as s:
        ids = list(s.scalars(select(Household.id).order_by(Household.id).limit(3)))
        s.execute(update(Household).where(Household.id == ids[0]).values(village_id=None))
        s.execute(update(Household).where(Household.id.in_(ids[1:]))
                  .values(subdistrict_code="100101"))  # Bangkok, not the office's district
    for sort in (SortKey.VILLAGE, SortKey.SUBDISTRICT):
        for descending in (False, True):
            for limit in (1, 2, 5, 299):
                _check(demo_database, HouseholdFilter(), sort, descending, limit)


def test_out_of_budget_the_whole_list_is_read(demo_database: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COMMON_MATCHES", 20)
    flt = HouseholdFilter(text="ส")
    first = _check(demo_database, flt, SortKey.HOUSE_CODE, False, 100, budget_s=0.0)
    with demo_database.read() as s:
        assert first.complete
        assert first.ids == household_ids(s, flt)
        assert len(first.ids) > 100


def test_postgresql_lists_are_read_whole(database: Database) -> None:
    with database.read() as s:
        dialect = s.get_bind().dialect.name
        first = first_household_ids(s, HouseholdFilter(), SortKey.HOUSE_CODE, False, limit=1)
    assert first.complete == (dialect != "sqlite" or len(first.ids) < 1)
