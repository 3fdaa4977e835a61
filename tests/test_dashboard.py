"""The dashboard's figures against counts made independently from the raw rows, and every
figure's selection against the household list it opens."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import text

from core.dashboard import (
    DONE,
    NO_AGENCY,
    OPEN,
    OVERDUE,
    Dashboard,
    DashboardFilter,
    count_dashboard,
    dashboard_choices,
    fiscal_year_bounds,
)
from core.database import Database
from core.demo import generate_demo
from core.help_status import help_rules
from core.households import HouseholdFilter, household_ids
from core.interventions import is_overdue
from core.summaries import refresh_household_summaries

AS_OF = dt.date(2026, 1, 12)  # the demo fixture's "today"


def rows(database: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with database.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


EVERYTHING = DashboardFilter()


def live_households(database: Database, scope: DashboardFilter = EVERYTHING) -> dict[int, tuple]:
    """id -> (subdistrict, verification, help) of the households the scope keeps, by hand."""
    found: dict[int, tuple] = {int(str(hid)): (sub, vs, hs) for hid, sub, vs, hs in rows(
        database, "SELECT id, subdistrict_code, verification_status, help_status FROM households "
                  "WHERE merged_into_id IS NULL")}
    if scope.subdistrict_code:
        found = {k: v for k, v in found.items() if v[0] == scope.subdistrict_code}
    if scope.list_year_be is not None:
        listed = {hid for (hid,) in rows(database, "SELECT household_id FROM household_sources "
                                                   "WHERE list_year_be = :y", y=scope.list_year_be)}
        found = {k: v for k, v in found.items() if k in listed}
    return found


def referral_rows(database: Database, scope: DashboardFilter, keep: set[int]) -> list[tuple]:
    """(household, partner, state, actual satang) of every referral, states judged in Python."""
    with database.read() as s:
        grace = help_rules(s).overdue_grace_days
    out = []
    for hid, pid, status, planned, actual in rows(
            database, "SELECT household_id, partner_id, status, planned_on, actual_satang "
                      "FROM interventions"):
        if hid not in keep:
            continue
        planned_day = dt.date.fromisoformat(str(planned)) if planned is not None else None
        if scope.fiscal_year_be is not None:
            start, end = fiscal_year_bounds(scope.fiscal_year_be)
            if planned_day is None or not start <= planned_day <= end:
                continue
        if is_overdue(str(status), planned_day, AS_OF, grace):
            state = OVERDUE
        elif status in ("planned", "referred", "accepted", "in_progress"):
            state = OPEN
        elif status == "done":
            state = DONE
        else:
            continue
        out.append((hid, pid, state, actual))
    return out


def ids_of(database: Database, selection: object) -> set[int]:
    with database.read() as s:
        return set(household_ids(s, HouseholdFilter(selection=selection)))  # type: ignore[arg-type]


def counted(database: Database, scope: DashboardFilter = EVERYTHING) -> Dashboard:
    with database.read() as s:
        return count_dashboard(s, scope, today=AS_OF)


def check_against_rows(database: Database, scope: DashboardFilter) -> Dashboard:
    board = counted(database, scope)
    homes = live_households(database, scope)
    by = Counter((v[1], v[2] or "target") for v in homes.values())
    confirmed = {h: n for (vs, h), n in by.items() if vs == "confirmed"}
    assert board.headline("households").value == len(homes)
    assert board.headline("verified").value == sum(n for (vs, _h), n in by.items() if vs != "pending")
    assert board.headline("confirmed").value == sum(confirmed.values())
    assert board.headline("in_progress").value == confirmed.get("in_progress", 0)
    assert board.headline("helped").value == (confirmed.get("helped", 0)
                                              + confirmed.get("self_resolved", 0))
    assert board.headline("graduated").value == confirmed.get("graduated", 0)

    # verification per subdistrict: every bar, and the households each one opens
    chart = board.chart("verification")
    for series in chart.series:
        for bar in series.bars:
            expected = {h for h, v in homes.items()
                        if v[0] == bar.selection.subdistrict_code and v[1] == series.key}
            assert bar.count == len(expected)
            assert ids_of(database, bar.selection) == expected

    # failed dimensions from the problem rows, not from the summary mask
    failing: dict[str, set[int]] = defaultdict(set)
    for hid, dim in rows(database, "SELECT household_id, dimension_code FROM household_problems "
                                   "WHERE resolved_on IS NULL"):
        if hid in homes:
            failing[str(dim)].add(int(str(hid)))
    for bar in board.chart("dimensions").series[0].bars:
        assert bar.count == len(failing[str(bar.selection.value)])
        assert ids_of(database, bar.selection) == failing[str(bar.selection.value)]

    # levels at the first and the latest assessment round
    rounds: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for hid, round_no, level in rows(database, "SELECT household_id, round_no, level "
                                               "FROM capital_assessments"):
        if hid in homes:
            rounds[int(hid)].append((int(round_no), int(level)))  # type: ignore[call-overload]
    first = {h: min(r)[1] for h, r in rounds.items()}
    last = {h: max(r)[1] for h, r in rounds.items()}
    before, after = board.chart("levels").series
    for bar in before.bars:
        expected = {h for h, lv in first.items() if lv == bar.selection.value}
        assert (bar.count, ids_of(database, bar.selection)) == (len(expected), expected)
    for bar in after.bars:
        expected = {h for h, lv in last.items() if lv == bar.selection.value}
        assert (bar.count, ids_of(database, bar.selection)) == (len(expected), expected)

    # referrals per agency and state; a bar opens the households of those referrals
    referrals = referral_rows(database, scope, set(homes))
    for series in board.chart("agencies").series:
        for bar in series.bars:
            pid = bar.selection.partner_id
            mine = [r for r in referrals if r[2] == series.key
                    and (r[1] is None if pid == NO_AGENCY else r[1] == pid)]
            assert bar.count == len(mine)
            assert ids_of(database, bar.selection) == {r[0] for r in mine}
    overdue = [r for r in referrals if r[2] == OVERDUE]
    assert board.headline("overdue").value == len(overdue)
    assert ids_of(database, board.headline("overdue").selection) == {r[0] for r in overdue}
    # the list it opens counts households: its heading says they are the referrals' households
    assert board.headline("overdue").selection.label == (
        f"การส่งต่อที่เลยกำหนด: ครัวเรือนของการส่งต่อ {len(overdue):,} รายการนี้")
    spent = sum(int(r[3] or 0) for r in referrals if r[2] == DONE)
    assert board.headline("spent").value == spent // 100
    assert ids_of(database, board.headline("spent").selection) == {
        r[0] for r in referrals if r[2] == DONE and (r[3] or 0) > 0}
    # every headline opens exactly its count (the referral ones open households, not referrals)
    for key in ("households", "verified", "confirmed", "in_progress", "helped", "graduated"):
        assert len(ids_of(database, board.headline(key).selection)) == board.headline(key).value
    return board


def test_figures_equal_independent_counts_on_the_demo(demo_database: Database) -> None:
    board = check_against_rows(demo_database, DashboardFilter())
    assert board.headline("households").value == 300
    assert board.headline("overdue").value > 0
    assert board.headline("spent").value > 0
    assert len(board.chart("verification").categories) > 5
    assert sum(board.chart("agencies").total(i) for i in range(
        len(board.chart("agencies").categories))) > 0


def test_each_filter_narrows_every_figure(demo_database: Database) -> None:
    with demo_database.read() as s:
        choices = dashboard_choices(s)
    assert choices.subdistricts
    assert choices.list_years
    assert choices.fiscal_years
    sub = choices.subdistricts[0].value
    narrowed = check_against_rows(demo_database, DashboardFilter(subdistrict_code=sub))
    assert 0 < narrowed.headline("households").value < 300
    assert narrowed.chart("verification").categories == (choices.subdistricts[0].label,)
    check_against_rows(demo_database, DashboardFilter(list_year_be=choices.list_years[0].value))
    year = choices.fiscal_years[-1].value
    in_year = check_against_rows(demo_database, DashboardFilter(fiscal_year_be=year))
    everything = counted(demo_database)
    # the period narrows help, not the households
    assert in_year.headline("households").value == everything.headline("households").value
    assert in_year.headline("overdue").value <= everything.headline("overdue").value
    check_against_rows(demo_database, DashboardFilter(subdistrict_code=sub, fiscal_year_be=year))


def test_merged_households_are_left_out(demo_database: Database) -> None:
    before = counted(demo_database).headline("households").value
    with demo_database.begin() as s:
        a, b = s.execute(text("SELECT id FROM households ORDER BY id LIMIT 2")).scalars().all()
        s.execute(text("UPDATE households SET merged_into_id = :b, verification_status = "
                       "'duplicate' WHERE id = :a"), {"a": a, "b": b})
    board = check_against_rows(demo_database, DashboardFilter())
    assert board.headline("households").value == before - 1


def spread_list_years(database: Database) -> dict[int, int]:
    """Put the demo households (all on one list, of year Y) on several lists, as an office's
    are after a few years: a third moved to the list of Y - 1, a fifth also on the list of
    Y - 2 and a few on a 2550 list (a year the summary mask has no bit for); then the
    summaries refreshed as the services do. Returns how many households each year's list
    holds."""
    with database.begin() as s:
        (year,) = s.execute(text("SELECT DISTINCT list_year_be FROM household_sources")).one()
        s.execute(text("UPDATE household_sources SET list_year_be = :y "
                       "WHERE household_id % 3 = 0"), {"y": year - 1})
        s.execute(text("INSERT INTO household_sources (household_id, source_code, list_year_be) "
                       "SELECT id, 'local', :y FROM households WHERE id % 5 = 0"), {"y": year - 2})
        s.execute(text("INSERT INTO household_sources (household_id, source_code, list_year_be) "
                       "SELECT id, 'jpt', 2550 FROM households WHERE id % 17 = 0"))
        ids = list(s.execute(text("SELECT id FROM households")).scalars())
        refresh_household_summaries(s.connection(), ids)
    return {int(str(y)): int(str(n)) for y, n in rows(
        database, "SELECT list_year_be, count(DISTINCT household_id) FROM household_sources "
                  "GROUP BY list_year_be")}


def test_every_list_year_counts_its_own_households(demo_database: Database) -> None:
    """The list-year filter reads the households' summary mask (and household_sources for a
    year outside it); the figures stay those of the list entries, whether the year holds most
    households or few, with and without a subdistrict."""
    listed = spread_list_years(demo_database)
    years = sorted(listed, reverse=True)
    assert len(years) == 4
    assert years[-1] == 2550
    assert listed[years[0]] > 150 > listed[years[1]] > listed[years[2]] > listed[2550] > 0
    with demo_database.read() as s:
        assert [c.value for c in dashboard_choices(s).list_years] == years
        sub = dashboard_choices(s).subdistricts[0].value
    for year in years:
        board = check_against_rows(demo_database, DashboardFilter(list_year_be=year))
        assert board.headline("households").value == listed[year]
        check_against_rows(demo_database, DashboardFilter(subdistrict_code=sub, list_year_be=year))
    assert check_against_rows(demo_database, DashboardFilter(list_year_be=2551)).headline(
        "households").value == 0


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2569) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))


@pytest.mark.slow
def test_figures_on_each_backend(database: Database) -> None:
    """The same rules in PostgreSQL (bitwise masks, subqueries) as in SQLite."""
    generate_demo(database, households=60, seed=5, as_of=AS_OF)
    check_against_rows(database, DashboardFilter())
    with database.read() as s:
        sub = dashboard_choices(s).subdistricts[0].value
    check_against_rows(database, DashboardFilter(subdistrict_code=sub))
    for year in spread_list_years(database):
        check_against_rows(database, DashboardFilter(list_year_be=year))
