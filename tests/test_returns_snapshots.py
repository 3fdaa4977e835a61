"""Submitted returns are frozen (figures, file, who, when, period), listed and compared."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from core.database import Database, open_database
from core.demo import generate_demo
from core.errors import UserError
from core.returns.model import SUMMARY, Period
from core.returns.snapshots import (
    compare_with_last_submitted,
    last_submitted_before,
    list_snapshots,
    snapshot_figures,
    snapshot_file,
)
from ui import returns_jobs


@pytest.fixture
def district(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    generate_demo(database, households=150, seed=5, as_of=dt.date(2026, 9, 1))
    yield database
    database.dispose()


def _make(database: Database, period: Period) -> returns_jobs.MadeReturn:
    return returns_jobs.make_standard(database, period=period, actor=database.default_actor())


def test_submit_freezes_figures_and_file(district: Database) -> None:
    actor = district.default_actor()
    made = _make(district, Period(2569, 8))
    row = returns_jobs.submit(district, actor, made, "return-2569-08.xlsx")
    assert (row.period, row.kind, row.file_name, row.submitted_by) == (
        "2569-08", "standard", "return-2569-08.xlsx", actor.username)
    assert row.period_label == "สิงหาคม 2569"
    assert row.size_bytes == len(made.content)
    assert abs((dt.datetime.now(dt.UTC).replace(tzinfo=None) - row.submitted_at).total_seconds()) < 60
    before = made.data.tables[SUMMARY].totals()
    # The data moves on: ten pending households are verified as not found.
    with district.begin() as s:
        s.execute(text("UPDATE households SET verification_status = 'not_found' WHERE id IN "
                       "(SELECT id FROM households WHERE verification_status = 'pending' "
                       "ORDER BY id LIMIT 10)"))
    with district.read() as s:
        name, content = snapshot_file(s, row.id)
        frozen = snapshot_figures(s, row.id)
        (history,) = s.execute(text("SELECT count(*) FROM history WHERE table_name = "
                                    "'return_snapshots' AND record_id = :i"), {"i": row.id}).one()
    assert (name, content) == ("return-2569-08.xlsx", made.content)
    assert frozen.tables[SUMMARY].totals() == before
    assert history == 1

    # September compared with the last submitted month (August).
    september = _make(district, Period(2569, 9))
    with district.read() as s:
        comparison = compare_with_last_submitted(s, september.data)
    assert comparison is not None
    assert comparison.previous.id == row.id
    totals = {line.column: line for line in comparison.for_row("total") if line.table == SUMMARY}
    assert totals["pending"].difference == -10
    assert totals["not_found"].difference == 10
    assert totals["total"].difference == 0
    assert totals["verified"].difference == 10
    assert totals["pending"].previous == before[1]
    per_sub = [line for line in comparison.lines if line.table == SUMMARY
               and line.column == "pending" and line.row_code != "total"]
    assert sum(line.difference for line in per_sub) == -10


def test_listing_and_the_last_submitted(district: Database) -> None:
    actor = district.default_actor()
    with district.read() as s:
        assert list_snapshots(s) == []
        assert compare_with_last_submitted(s, _make(district, Period(2569, 9)).data) is None
    first = returns_jobs.submit(district, actor, _make(district, Period(2569, 7)), "a.xlsx")
    second = returns_jobs.submit(district, actor, _make(district, Period(2569, 8)), "b.xlsx")
    again = returns_jobs.submit(district, actor, _make(district, Period(2569, 8)), "b2.xlsx")
    with district.read() as s:
        listed = list_snapshots(s)
        assert [r.id for r in listed] == [again.id, second.id, first.id]
        assert last_submitted_before(s, "2569-09") == again  # the corrected August return
        assert last_submitted_before(s, "2569-08") == first
        assert last_submitted_before(s, "2569-07") is None
        with pytest.raises(UserError, match="999"):
            snapshot_file(s, 999)


def test_a_damaged_stored_copy_is_refused(district: Database) -> None:
    made = _make(district, Period(2569, 8))
    row = returns_jobs.submit(district, district.default_actor(), made, "a.xlsx")
    with district.begin() as s:
        s.execute(text("UPDATE return_snapshots SET file_sha256 = :h WHERE id = :i"),
                  {"h": hashlib.sha256(b"other").hexdigest(), "i": row.id})
    with district.read() as s, pytest.raises(UserError):
        snapshot_file(s, row.id)
