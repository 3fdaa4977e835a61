"""The return's figures equal what direct SQL counts in the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from core.database import Database, open_database
from core.demo import generate_demo
from core.errors import Cancelled, UserError
from core.returns.figures import district_return
from core.returns.model import (
    AGENCIES,
    DIMENSIONS,
    LEVELS,
    SUMMARY,
    Period,
    ReturnData,
    figures_from_json,
    parse_period,
)
from core.thai import is_valid_national_id

PERIOD = Period(2569, 9)


@pytest.fixture
def district(db_url: str) -> Iterator[Database]:
    """A demo district of 400 households with the odd cases a real office has."""
    database = open_database(db_url)
    generate_demo(database, households=400, seed=11, as_of=dt.date(2026, 9, 15))
    with database.begin() as s:
        # A confirmed household with no help status yet, a cancelled referral (not counted),
        # help with no agency, and a household assessed three times that got worse.
        s.execute(text("UPDATE households SET help_status = NULL WHERE id = (SELECT min(id) FROM "
                       "households WHERE verification_status = 'confirmed')"))
        s.execute(text("UPDATE interventions SET status = 'cancelled' WHERE id IN "
                       "(SELECT id FROM interventions ORDER BY id LIMIT 3)"))
        s.execute(text("UPDATE interventions SET partner_id = NULL WHERE id IN "
                       "(SELECT id FROM interventions ORDER BY id DESC LIMIT 4)"))
        hh = s.execute(text("SELECT household_id FROM capital_assessments WHERE round_no = 2 "
                            "ORDER BY household_id LIMIT 1")).scalar_one()
        s.execute(text("UPDATE capital_assessments SET level = 4 WHERE household_id = :h AND "
                       "round_no = 1"), {"h": hh})
        s.execute(text("INSERT INTO capital_assessments (household_id, round_no, mean_score, level, "
                       "version) VALUES (:h, 3, 1.2, 1, 1)"), {"h": hh})
    yield database
    database.dispose()


def _return(database: Database, **kw: object) -> ReturnData:
    with database.read() as s:
        return district_return(s, period=PERIOD, actor=database.default_actor(), **kw)  # type: ignore[arg-type]


def _sql(database: Database, query: str, **params: object) -> list[tuple[object, ...]]:
    with database.read() as s:
        return [tuple(r) for r in s.execute(text(query), params)]


def test_summary_equals_direct_counts(district: Database) -> None:
    data = _return(district)
    summary = data.tables[SUMMARY]
    subs = _sql(district, "SELECT code FROM subdistricts WHERE district_code = '5201' ORDER BY code")
    assert [r.code for r in summary.rows] == [c for (c,) in subs]  # every subdistrict, in order
    by_sub: dict[tuple[str, str], int] = {}
    for sub, vs, hs, n in _sql(district, "SELECT subdistrict_code, verification_status, "
                               "coalesce(help_status, '-'), count(*) FROM households "
                               "GROUP BY 1, 2, 3"):
        by_sub[(str(sub), f"{vs}/{hs}")] = int(n)  # type: ignore[call-overload]

    def count(sub: str, want: object) -> int:
        return sum(n for (s, key), n in by_sub.items() if s == sub and want(*key.split("/")))  # type: ignore[operator]

    for row in summary.rows:
        v = dict(zip([c.key for c in summary.columns], row.values, strict=True))
        assert v["total"] == count(row.code, lambda vs, hs: True)
        assert v["pending"] == count(row.code, lambda vs, hs: vs == "pending")
        assert v["verified"] == count(row.code, lambda vs, hs: vs != "pending")
        for status in ("confirmed", "not_eligible", "not_found", "ended", "duplicate"):
            assert v[status] == count(row.code, lambda vs, hs, st=status: vs == st)
        for status in ("in_progress", "helped", "self_resolved", "graduated"):
            assert v[status] == count(row.code, lambda vs, hs, st=status: vs == "confirmed" and hs == st)
        assert v["target"] == count(row.code, lambda vs, hs: vs == "confirmed" and hs in ("target", "-"))
    (total,), = _sql(district, "SELECT count(*) FROM households")
    assert summary.total("total") == total == 400
    assert summary.total("verified") == summary.total("total") - summary.total("pending")
    assert summary.total("confirmed") == sum(summary.total(k) for k in (
        "target", "in_progress", "helped", "self_resolved", "graduated"))


def test_dimensions_equal_direct_counts(district: Database) -> None:
    table = _return(district).tables[DIMENSIONS]
    bits = dict(_sql(district, "SELECT code, bit FROM dimensions"))
    assert [c.key for c in table.columns] == [*(c for (c,) in _sql(
        district, "SELECT code FROM dimensions ORDER BY sort_order")), "any"]
    for row in table.rows:
        for column, value in zip(table.columns, row.values, strict=True):
            if column.key == "any":
                (expected,), = _sql(district, "SELECT count(*) FROM households WHERE "
                                    "subdistrict_code = :s AND failed_dimension_mask <> 0", s=row.code)
            else:
                # Independent of the mask: the households with a problem row in that dimension.
                (expected,), = _sql(district, "SELECT count(DISTINCT h.id) FROM households h JOIN "
                                    "household_problems p ON p.household_id = h.id WHERE "
                                    "h.subdistrict_code = :s AND p.dimension_code = :d",
                                    s=row.code, d=column.key)
                (by_mask,), = _sql(district, "SELECT count(*) FROM households WHERE subdistrict_code "
                                   "= :s AND (failed_dimension_mask & :b) <> 0", s=row.code,
                                   b=bits[column.key])
                assert by_mask == expected
            assert value == expected, (row.label, column.key)


def test_agencies_equal_direct_sums(district: Database) -> None:
    table = _return(district).tables[AGENCIES]
    expected = {
        (f"p{pid}" if pid is not None else "none"): tuple(
            int(x) for x in (n, ref, done, hh, plan, act))  # type: ignore[call-overload]
        for pid, n, ref, done, hh, plan, act in _sql(
            district, "SELECT partner_id, count(*), sum(CASE WHEN status IN ('referred', 'accepted', "
            "'declined', 'in_progress', 'done') THEN 1 ELSE 0 END), sum(CASE WHEN status = 'done' "
            "THEN 1 ELSE 0 END), count(DISTINCT household_id), coalesce(sum(planned_satang), 0), "
            "coalesce(sum(actual_satang), 0) FROM interventions WHERE status <> 'cancelled' "
            "GROUP BY partner_id")}
    got = {row.code: tuple(row.values) for row in table.rows}
    for code, values in got.items():
        assert values == expected.get(code, (0, 0, 0, 0, 0, 0)), code
    # agencies in Thai dictionary order (a leading vowel after its consonant), "none" last
    from core.thai import thai_sort_key

    names = [row.label for row in table.rows if row.code != "none"]
    assert names == sorted(names, key=thai_sort_key)
    assert names.index("สำนักงานเกษตรจังหวัด") < names.index("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด")
    assert set(expected) <= set(got)
    assert got["none"][0] > 0  # help without an agency has its own row
    (live,), = _sql(district, "SELECT count(*) FROM interventions WHERE status <> 'cancelled'")
    (everything,), = _sql(district, "SELECT count(*) FROM interventions")
    assert table.total("referrals") == live == everything - 3  # type: ignore[operator]
    (planned,), = _sql(district, "SELECT sum(planned_satang) FROM interventions WHERE status <> 'cancelled'")
    assert table.total("planned") == planned
    (distinct,), = _sql(district, "SELECT count(DISTINCT household_id) FROM interventions "
                        "WHERE status <> 'cancelled'")
    assert f"(ไม่นับซ้ำ) {distinct:,} ครัวเรือน" in table.notes[0]


def test_levels_before_and_after(district: Database) -> None:
    table = _return(district).tables[LEVELS]
    rows = _sql(district, "SELECT h.subdistrict_code, a.household_id, a.round_no, a.level FROM "
                "capital_assessments a JOIN households h ON h.id = a.household_id "
                "ORDER BY a.household_id, a.round_no")
    per_household: dict[object, list[tuple[object, int]]] = {}
    for sub, hh, _round, level in rows:
        per_household.setdefault(hh, []).append((sub, int(level)))  # type: ignore[call-overload]
    expected: dict[str, dict[str, int]] = {}
    for rounds in per_household.values():
        sub = str(rounds[0][0])
        first, last = rounds[0][1], rounds[-1][1]
        v = expected.setdefault(sub, {})
        for key in ("assessed", f"before_{first}", f"after_{last}",
                    "once" if len(rounds) == 1 else
                    "better" if last > first else "worse" if last < first else "same"):
            v[key] = v.get(key, 0) + 1
    for row in table.rows:
        for column, value in zip(table.columns, row.values, strict=True):
            assert value == expected.get(row.code, {}).get(column.key, 0), (row.label, column.key)
    assert table.total("worse") >= 1
    assert table.total("assessed") == len(per_household)
    before = sum(table.total(f"before_{lv}") for lv in range(1, 5))
    assert before == table.total("assessed") == sum(table.total(f"after_{lv}") for lv in range(1, 5))


def test_household_list_masks_ids_unless_asked(district: Database) -> None:
    masked = _return(district)
    full = _return(district, full_ids=True)
    assert len(masked.households) == len(full.households) == 400
    (heads,), = _sql(district, "SELECT count(*) FROM households h WHERE EXISTS (SELECT 1 FROM "
                     "members m WHERE m.household_id = h.id AND m.is_head AND m.national_id IS NOT NULL)")
    assert sum(1 for line in masked.households if line.head_id) == heads
    for a, b in zip(masked.households, full.households, strict=True):
        if b.head_id:
            assert "XXXX-XXXXX-XX" in a.head_id
            assert a.head_id[0] == b.head_id[0]
            assert is_valid_national_id(b.head_id)
            assert b.head_id.count("-") == 4
    ids = {str(pid) for (pid,) in _sql(district, "SELECT national_id FROM members WHERE is_head "
                                       "AND national_id IS NOT NULL")}
    assert {line.head_id.replace("-", "") for line in full.households if line.head_id} == ids
    assert not any(line.head_id.replace("-", "") in ids for line in masked.households)
    assert masked.meta.full_ids is False
    assert full.meta.full_ids is True


def test_snapshot_json_round_trip_and_meta(district: Database) -> None:
    data = _return(district)
    assert data.meta.district_name == "เมืองลำปาง"
    assert data.meta.province_name == "ลำปาง"
    assert data.meta.period == "2569-09"
    back = figures_from_json(data.figures())
    for key in (SUMMARY, DIMENSIONS, AGENCIES, LEVELS):
        assert back.tables[key].totals() == data.tables[key].totals()
        assert [c.key for c in back.tables[key].columns] == [c.key for c in data.tables[key].columns]
    assert "households" not in data.figures()  # no personal data in the frozen figures


def test_progress_can_cancel(sqlite_database: Database) -> None:
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2

    with sqlite_database.read() as s, pytest.raises(Cancelled):
        district_return(s, period=PERIOD, progress=progress)
    assert calls == [0, 1, 2]


def test_an_empty_office_has_every_subdistrict_at_zero(sqlite_database: Database) -> None:
    data = _return(sqlite_database)
    assert data.tables[SUMMARY].total("total") == 0
    assert len(data.tables[SUMMARY].rows) == 19


def test_no_office_no_return(db_url: str) -> None:
    database = open_database(db_url)
    try:
        with database.read() as s, pytest.raises(UserError, match="หน่วยงาน"):
            district_return(s, period=PERIOD)
    finally:
        database.dispose()


@pytest.mark.parametrize(("given", "expected"), [("2569-09", Period(2569, 9)), ("2569/1", Period(2569, 1)),
                                                 (" 2570-12 ", Period(2570, 12))])
def test_period_is_buddhist_era(given: str, expected: Period) -> None:
    assert parse_period(given) == expected
    assert str(expected).startswith(given.strip()[:4])


@pytest.mark.parametrize("given", ["2026-09", "2569-13", "2569-00", "09-2569", "", "กันยายน"])
def test_bad_period_refused(given: str) -> None:
    with pytest.raises(UserError):
        parse_period(given)


def test_period_label_and_last_day() -> None:
    assert Period(2569, 9).label == "กันยายน 2569"
    assert Period(2569, 12).last_day == dt.date(2026, 12, 31)
    assert Period(2567, 2).last_day == dt.date(2024, 2, 29)
    assert Period.of(dt.date(2026, 1, 5)) == Period(2569, 1)


def test_the_return_month_defaults_to_the_month_being_reported() -> None:
    """On 4 December the office reports November (unless it was submitted); from the 11th,
    and in January for December, the rule follows the calendar."""
    from core.returns.model import Period, reporting_period

    nov, dec = Period(2569, 11), Period(2569, 12)
    assert reporting_period(dt.date(2026, 12, 4)) == nov
    assert reporting_period(dt.date(2026, 12, 4), [Period(2569, 10), nov]) == dec
    assert reporting_period(dt.date(2026, 12, 11)) == dec
    assert reporting_period(dt.date(2027, 1, 2)) == dec  # across the year
    assert reporting_period(dt.date(2027, 1, 2)).label == "ธันวาคม 2569"
