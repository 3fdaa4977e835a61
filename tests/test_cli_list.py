"""``main.py list``: the households of a village or a search, as JSON, the same as the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from core.database import open_database
from core.households import HouseholdFilter, household_ids
from db.models import Household, Member, Village
from tests.test_cli import assert_one_line_error, demo_file, run

__all__ = ["demo_file"]  # the fixture, used by name

KEYS = {"id", "house_code", "village_code", "head_title", "head_first_name", "head_last_name",
        "members", "verification_status", "help_status"}


def listed(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, "list", *args, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_a_village_lists_its_households_with_their_heads(
        capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    database = open_database(demo_file)
    with database.read() as s:
        code, vid = s.execute(select(Village.code, Village.id).order_by(Village.code)).first()  # type: ignore[misc]
        expected = set(s.scalars(select(Household.id).where(
            Household.village_id == vid, Household.merged_into_id.is_(None))))
        heads = {hid: (t, f, ln) for hid, t, f, ln in s.execute(
            select(Member.household_id, Member.title, Member.first_name, Member.last_name)
            .where(Member.is_head.is_(True)))}
    database.dispose()
    rows = listed(capsys, "--db", str(demo_file), "--village", code)
    assert {r["id"] for r in rows} == expected
    for r in rows:
        assert set(r) >= KEYS
        assert r["village_code"] == code
        assert (r["head_title"], r["head_first_name"], r["head_last_name"]) == heads[r["id"]]  # type: ignore[index]


def test_search_is_the_windows_search_and_limit_cuts(
        capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    database = open_database(demo_file)
    with database.read() as s:
        first = s.scalar(select(Member.first_name).order_by(Member.id))
        assert first is not None
        expected = household_ids(s, HouseholdFilter(text=first))
    database.dispose()
    rows = listed(capsys, "--db", str(demo_file), "--search", first)
    assert [r["id"] for r in rows] == expected
    assert [r["id"] for r in listed(capsys, "--db", str(demo_file), "--search", first,
                                    "--limit", "2")] == expected[:2]
    assert listed(capsys, "--db", str(demo_file), "--search", "ไม่มีชื่อนี้แน่นอน") == []


def test_an_unknown_village_is_one_clear_line(capsys: pytest.CaptureFixture[str],
                                              demo_file: Path) -> None:
    err = assert_one_line_error(*run(capsys, "list", "--db", str(demo_file), "--village",
                                     "99999999", "--json"))
    assert "99999999" in err
