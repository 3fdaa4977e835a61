"""The demo generator: a believable, consistent, reproducible district, written all-or-nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from stdnum.th import pin

from core.database import Database, open_database
from core.demo import generate_demo
from core.errors import Cancelled, UserError
from core.thai import is_valid_national_id
from db.models import (
    CapitalAssessment,
    Dimension,
    Household,
    HouseholdProblem,
    HouseholdSource,
    Intervention,
    Member,
    OfficeProfile,
    Subdistrict,
    Village,
)

AS_OF = dt.date(2026, 1, 12)


def check_invariants(database: Database, n: int) -> None:
    """Everything a user (or a report) may rely on in generated data."""
    with database.begin() as s:
        households = list(s.scalars(select(Household).order_by(Household.id)))
        members = list(s.scalars(select(Member).order_by(Member.id)))
        bits = {code: bit for code, bit in s.execute(select(Dimension.code, Dimension.bit))}
        problems = s.execute(select(HouseholdProblem.household_id,
                                    HouseholdProblem.dimension_code)).all()
        sources = s.execute(select(HouseholdSource.household_id,
                                   HouseholdSource.list_year_be)).all()
        assessments = s.execute(select(CapitalAssessment.household_id, CapitalAssessment.round_no,
                                       CapitalAssessment.level)).all()
        villages = s.execute(select(Village.id, Village.code, Village.number,
                                    Village.subdistrict_code, Subdistrict.district_code)
                             .join(Subdistrict)).all()
        interventions = int(s.scalar(select(func.count()).select_from(Intervention)) or 0)

    assert len(households) == n
    assert n <= len(members) <= 8 * n

    ids = [m.national_id for m in members if m.national_id is not None]
    assert all(is_valid_national_id(pid) and pin.is_valid(pid) for pid in ids)
    assert len(ids) == len(set(ids))
    assert all(m.no_id_reason for m in members if m.national_id is None)

    by_household: dict[int, list[Member]] = defaultdict(list)
    for m in members:
        by_household[m.household_id].append(m)
    mask: Counter[int] = Counter()
    for hh_id, dim in problems:
        mask[hh_id] |= bits[dim]
    years: dict[int, int] = defaultdict(int)
    for hh_id, year in sources:
        if year is not None and 2560 <= year <= 2590:
            years[hh_id] |= 1 << (year - 2560)
    latest: dict[int, tuple[int, int]] = {}
    for hh_id, round_no, level in assessments:
        if hh_id not in latest or round_no > latest[hh_id][0]:
            latest[hh_id] = (round_no, level)

    for hh in households:
        people = by_household[hh.id]
        assert 1 <= len(people) <= 8
        assert hh.member_count == len(people)
        heads = [p for p in people if p.is_head]
        assert len(heads) == 1, hh.id
        head = heads[0]
        assert hh.head_name == f"{head.title}{head.first_name} {head.last_name}"
        assert hh.failed_dimension_mask == mask[hh.id] != 0
        assert hh.list_year_mask == years[hh.id] != 0
        assert hh.level == (latest[hh.id][1] if hh.id in latest else None)
        assert (hh.help_status is not None) == (hh.verification_status == "confirmed")
        assert hh.house_code is not None
        assert hh.house_code.startswith("5201")
        assert len(hh.house_code) == 11

    village_of = {v.id: v for v in villages}
    for hh in households:
        assert hh.village_id is not None
        assert village_of[hh.village_id].subdistrict_code == hh.subdistrict_code
    for v in villages:
        assert v.district_code == "5201"
        assert v.code == f"{v.subdistrict_code}{v.number:02d}"
    assert interventions > 0


def test_the_demo_district_holds_together(database: Database) -> None:
    result = generate_demo(database, households=150, seed=3, as_of=AS_OF)
    assert result.households == 150
    assert result.villages > 0
    assert result.interventions > 0
    check_invariants(database, 150)
    with database.begin() as s:
        assert int(s.scalar(select(func.count()).select_from(Member)) or 0) == result.members


def test_the_shared_demo_database(demo_database: Database) -> None:
    check_invariants(demo_database, 300)


def test_demo_sets_up_a_new_database(db_url: str) -> None:
    database = open_database(db_url)
    try:
        generate_demo(database, households=20, seed=1, district_code="5201", as_of=AS_OF)
        office = database.office()
        assert office is not None
        assert office.district_code == "5201"
        check_invariants(database, 20)
    finally:
        database.dispose()


def test_demo_refuses_an_unknown_district_and_negative_counts(db_url: str) -> None:
    database = open_database(db_url)
    try:
        with pytest.raises(UserError, match="9999"):
            generate_demo(database, households=5, district_code="9999")
        with pytest.raises(UserError):
            generate_demo(database, households=-1)
        assert database.office() is None
    finally:
        database.dispose()


def test_more_demo_households_can_be_added(database: Database) -> None:
    generate_demo(database, households=30, seed=1, as_of=AS_OF)
    generate_demo(database, households=20, seed=2, as_of=AS_OF)
    check_invariants(database, 50)


def test_ids_continue_after_the_bulk_insert(database: Database) -> None:
    """Explicit-id bulk inserts must leave PostgreSQL sequences past the largest id."""
    generate_demo(database, households=25, seed=1, as_of=AS_OF)
    with database.begin() as s:
        largest = s.scalar(select(func.max(Household.id)))
        hh = Household(subdistrict_code="520101")
        s.add(hh)
        s.flush()
        assert largest is not None
        assert hh.id > largest


# --------------------------------------------------------------------------- reproducibility

FINGERPRINT_QUERIES = {
    "villages": "SELECT code, name FROM villages ORDER BY code",
    "households": "SELECT id, house_code, house_no, village_id, latitude, longitude, "
                  "has_welfare_card, in_tpmap, case_source, verification_status, help_status, "
                  "head_name, member_count, failed_dimension_mask, level, last_visit_on, "
                  "responsible_partner_id FROM households ORDER BY id",
    "members": "SELECT id, household_id, national_id, title, first_name, last_name, sex, "
               "birth_date, relation, is_head, health_status, income_baht_year "
               "FROM members ORDER BY id",
    "problems": "SELECT household_id, dimension_code, indicator_id, survey_year_be "
                "FROM household_problems ORDER BY id",
    "assessments": "SELECT household_id, round_no, assessed_on, mean_score, level "
                   "FROM capital_assessments ORDER BY id",
    "interventions": "SELECT household_id, kind_id, partner_id, status, planned_on, finished_on, "
                     "planned_satang, actual_satang FROM interventions ORDER BY id",
    "visits": "SELECT household_id, visited_on, team_names, result FROM visits ORDER BY id",
}


def fingerprint(database: Database) -> str:
    """A hash of the generated content (creation timestamps left out: they are 'now')."""
    digest = hashlib.sha256()
    with database.engine.connect() as conn:
        for name, query in FINGERPRINT_QUERIES.items():
            digest.update(name.encode())
            for row in conn.execute(text(query)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def demo_fingerprint(path: str, *, seed: int, as_of: dt.date) -> str:
    database = open_database(path, create=True)
    try:
        generate_demo(database, households=60, seed=seed, as_of=as_of)
        return fingerprint(database)
    finally:
        database.dispose()


def test_same_seed_and_day_give_the_same_district(sqlite_template: Path, tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b", "c", "d"):
        target = tmp_path / f"{name}.db"
        shutil.copy(sqlite_template, target)
        paths.append(str(target))
    first = demo_fingerprint(paths[0], seed=7, as_of=AS_OF)
    assert demo_fingerprint(paths[1], seed=7, as_of=AS_OF) == first
    assert demo_fingerprint(paths[2], seed=8, as_of=AS_OF) != first
    assert demo_fingerprint(paths[3], seed=7, as_of=AS_OF + dt.timedelta(days=30)) != first


# --------------------------------------------------------------------------- cancelling


def test_cancelling_writes_nothing(database: Database) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled):
        generate_demo(database, households=120, seed=1, as_of=AS_OF, progress=progress)
    assert seen == [(120, 120)]  # asked once the rows were written, then rolled back
    with database.begin() as s:
        for model in (Household, Member, Village, Intervention, HouseholdProblem):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        assert s.scalar(select(func.count()).select_from(OfficeProfile)) == 1
    # The database still works afterwards.
    generate_demo(database, households=10, seed=1, as_of=AS_OF)
    check_invariants(database, 10)


def test_progress_that_returns_none_goes_on(database: Database) -> None:
    calls: list[int] = []
    result = generate_demo(database, households=40, seed=1, as_of=AS_OF,
                           progress=lambda done, _total: calls.append(done))
    assert result.households == 40
    assert calls == [40]


CODED_COLUMNS = {
    ("members", "sex"): "sex",
    ("members", "relation"): "relation",
    ("members", "living_status"): "living_status",
    ("members", "health_status"): "health_status",
    ("members", "disability"): "disability",
    ("members", "education"): "education",
    ("members", "work_status"): "work_status",
    ("members", "occupation"): "occupation",
    ("member_welfare", "welfare_code"): "welfare_type",
    ("households", "case_source"): "case_source",
    ("households", "verification_status"): "verification_status",
    ("households", "help_status"): "help_status",
    ("household_sources", "source_code"): "list_source",
    ("interventions", "status"): "referral_status",
    ("visits", "result"): "verification_status",
    ("partners", "kind"): "partner_kind",
    ("partners", "level"): "partner_level",
}


def test_coded_columns_hold_only_codes_of_their_lists(demo_database: Database) -> None:
    """Every coded value the demo writes is a code of its (editable) code list.

    ``members.title`` is free text by design (พระ, ดร., ranks), not a code.
    """
    from sqlalchemy import text

    with demo_database.begin() as s:
        for (table, column), list_name in CODED_COLUMNS.items():
            used = set(s.execute(text(
                f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")).scalars())
            codes = set(s.execute(text(
                "SELECT code FROM code_items WHERE list_name = :n"), {"n": list_name}).scalars())
            assert used, (table, column)
            assert used <= codes, (table, column, used - codes)


def test_open_help_is_mostly_due_ahead_of_the_demo_day(database: Database) -> None:
    """A demo made today looks like a working office: about one open referral in four is
    late, not nearly all of them (the overview would open all red)."""
    from sqlalchemy import text

    generate_demo(database, households=400, seed=4, as_of=AS_OF)
    with database.read() as s:
        late, still_open = s.execute(text(
            "SELECT sum(CASE WHEN planned_on < :day THEN 1 ELSE 0 END), count(*) "
            "FROM interventions WHERE status NOT IN ('done', 'cancelled')"),
            {"day": AS_OF.isoformat()}).one()
    assert still_open > 50
    assert 0.1 < late / still_open < 0.4
