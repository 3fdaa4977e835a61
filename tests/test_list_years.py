"""households.list_year_mask, the summary of each household's list years: right after an
import (new and matched households, a second list year, a year outside the mask), after undoing
it, after a merge and in the demo; and the list filter by year gives the households of the
list entries (household_sources), on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from core.dashboard import DashboardFilter, count_dashboard
from core.database import Database
from core.households import HouseholdFilter, first_household_ids, household_ids
from core.importing.commit import undo_batch
from core.importing.service import ImportResult, prepare_file, run_import
from core.merge import merge_households
from core.summaries import refresh_household_summaries
from tests import messy_files as mf

TODAY = dt.date(2025, 6, 1)


def stored_masks(database: Database) -> dict[int, int]:
    with database.read() as s:
        return {int(hid): int(mask) for hid, mask in s.execute(text(
            "SELECT id, list_year_mask FROM households"))}


def list_entries(database: Database) -> dict[int, set[int | None]]:
    """Household id → the list years of its list entries, straight from household_sources."""
    with database.read() as s:
        found: dict[int, set[int | None]] = {int(hid): set() for hid in s.execute(text(
            "SELECT id FROM households")).scalars()}
        for hid, year in s.execute(text("SELECT household_id, list_year_be "
                                        "FROM household_sources")):
            found[int(hid)].add(None if year is None else int(year))
    return found


def mask_of(years: set[int | None]) -> int:
    """The documented rule: bit (year − 2560) for the years 2560–2590, nothing for others."""
    return sum(1 << (y - 2560) for y in years if y is not None and 2560 <= y <= 2590)


def check_masks(database: Database) -> dict[int, set[int | None]]:
    entries = list_entries(database)
    assert stored_masks(database) == {hid: mask_of(years) for hid, years in entries.items()}
    return entries


def check_filters(database: Database, years: set[int]) -> None:
    """For each year: the list (whole and its first rows) and the dashboard's household count
    hold exactly the not-merged households with a list entry of that year."""
    with database.read() as s:
        live = set(s.execute(text("SELECT id FROM households WHERE merged_into_id IS NULL"))
                   .scalars())
    entries = list_entries(database)
    for year in years:
        expected = {hid for hid, ys in entries.items() if year in ys and hid in live}
        flt = HouseholdFilter(list_year_be=year)
        with database.read() as s:
            whole = household_ids(s, flt)
            first = first_household_ids(s, flt, limit=3)
            board = count_dashboard(s, DashboardFilter(list_year_be=year), today=TODAY)
        assert set(whole) == expected, year
        assert first.ids == (whole if first.complete else whole[:3])
        assert board.headline("households").value == len(expected), year


def do_import(database: Database, path: Path, year: int | None, *,
              excluded: frozenset[int] = frozenset(), dry_run: bool = False) -> ImportResult:
    with database.begin() as s:
        prepared = prepare_file(s, path, source="tpmap")
    # (one survey year: the problems are the same, so a household the list had is unchanged)
    return run_import(database, prepared, actor=database.system_actor(), today=TODAY,
                      list_year_be=year, survey_year_be=2566, excluded_rows=excluded,
                      dry_run=dry_run)


def undo(database: Database, batch_id: int | None) -> None:
    assert batch_id is not None
    with database.begin() as s:
        undo_batch(s, batch_id, database.system_actor())


@pytest.fixture(scope="module")
def tpmap(tmp_path_factory: pytest.TempPathFactory) -> mf.MessyFile:
    return mf.tpmap_person_xlsx(tmp_path_factory.mktemp("list_years"))


def test_imports_and_their_undo_keep_the_list_years(database: Database,
                                                    tpmap: mf.MessyFile) -> None:
    # One household of the file is left out of the first list: it comes new with the second.
    plan = do_import(database, tpmap.path, 2567, dry_run=True).plan
    later = frozenset(p.row for p in plan.households[-1].persons)
    first = do_import(database, tpmap.path, 2567, excluded=later)
    entries = check_masks(database)
    assert len(entries) == tpmap.expected["households"] - 1
    assert set().union(*entries.values()) == {2567}

    second = do_import(database, tpmap.path, 2568)
    counts = second.plan.counts()
    assert (counts["households_new"], counts["households_updated"]) == (1, 0)
    entries = check_masks(database)
    assert len(entries) == tpmap.expected["households"]
    both = {hid for hid, ys in entries.items() if ys == {2567, 2568}}
    assert len(both) == tpmap.expected["households"] - 1  # matched, unchanged: a new list year
    assert [ys for ys in entries.values() if ys != {2567, 2568}] == [{2568}]  # the new one
    # a list year the mask has no bit for, and a list without a year
    third = do_import(database, tpmap.path, 2555)
    fourth = do_import(database, tpmap.path, None)
    entries = check_masks(database)
    assert all({2555, None} <= ys for ys in entries.values())
    check_filters(database, {2555, 2566, 2567, 2568})

    undo(database, fourth.batch_id)
    undo(database, third.batch_id)
    undo(database, second.batch_id)
    entries = check_masks(database)
    assert len(entries) == tpmap.expected["households"] - 1
    assert set().union(*entries.values()) == {2567}
    check_filters(database, {2555, 2567, 2568})
    undo(database, first.batch_id)
    assert stored_masks(database) == {}


def test_a_merge_brings_the_duplicates_list_years(demo_database: Database) -> None:
    with demo_database.begin() as s:
        survivor, duplicate, other = s.execute(text(
            "SELECT id FROM households ORDER BY id LIMIT 3")).scalars().all()
        # the duplicate is on the 2567 list as well; the other household only on that one
        s.execute(text("INSERT INTO household_sources (household_id, source_code, list_year_be) "
                       "VALUES (:d, 'thaiqm', 2567)"), {"d": duplicate})
        s.execute(text("UPDATE household_sources SET list_year_be = 2567 "
                       "WHERE household_id = :o"), {"o": other})
        year = s.execute(text("SELECT list_year_be FROM household_sources WHERE household_id = :h"),
                         {"h": survivor}).scalar_one()
    with demo_database.begin() as s:
        refresh_household_summaries(s.connection(), [duplicate, other])
    assert year != 2567
    check_masks(demo_database)
    merge_households(demo_database, demo_database.system_actor(), survivor, duplicate,
                     reason="ครัวเรือนเดียวกัน")
    entries = check_masks(demo_database)
    assert entries[survivor] == {year, 2567}
    check_filters(demo_database, {year, 2567})
    with demo_database.read() as s:
        assert set(household_ids(s, HouseholdFilter(list_year_be=2567))) == {survivor, other}


def test_the_demo_fills_the_list_years(demo_database: Database) -> None:
    entries = check_masks(demo_database)
    assert all(len(ys) == 1 for ys in entries.values())
    check_filters(demo_database, set().union(*entries.values()) - {None} | {2566})
