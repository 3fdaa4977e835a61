"""Finding households by a member's name, national ID, house code or house number."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from core.database import Database
from core.search import FTS_MIN_CHARS, find_household_ids
from core.thai import format_national_id, to_thai_digits
from db.models import Household, Member

# Valid checksums (see test_thai.py for the formula).
ID_SOMSRI = "3100600445635"
ID_BOONMEE = "1103702071811"
ID_NATTAPON = "1234567890121"


@dataclass
class Town:
    somsri: int
    boonmee: int
    nattapon: int


@pytest.fixture
def town(database: Database) -> Town:
    def household(house_code: str, house_no: str, *people: tuple[str, str, str | None]) -> int:
        hh = Household(subdistrict_code="520101", house_code=house_code, house_no=house_no)
        s.add(hh)
        s.flush()
        for first, last, pid in people:
            s.add(Member(household_id=hh.id, first_name=first, last_name=last, national_id=pid))
        return hh.id

    with database.begin() as s:
        ids = Town(
            somsri=household("52010000011", "12/3", ("สมศรี", "ใจดีงาม", ID_SOMSRI),
                             ("เด็กหญิงพิมพ์ใจ", "ใจดีงาม", None)),
            boonmee=household("52010000022", "45", ("บุญมี", "แก้วมา", ID_BOONMEE)),
            nattapon=household("52019999993", "7", ("ณัฐพล", "ทองดี", ID_NATTAPON)),
        )
    return ids


def find(database: Database, term: str, **kwargs: int) -> list[int]:
    with database.begin() as s:
        return find_household_ids(s, term, **kwargs)


def test_by_full_name(database: Database, town: Town) -> None:
    assert find(database, "สมศรี ใจดีงาม") == [town.somsri]
    assert find(database, "  บุญมี   แก้วมา ") == [town.boonmee]
    assert find(database, "สมศรี แก้วมา") == []


def test_a_name_typed_with_its_title_is_found(database: Database, town: Town) -> None:
    """Names are stored without the title; people type or paste them as the list shows them."""
    assert find(database, "นางสมศรี ใจดีงาม") == [town.somsri]
    assert find(database, "นาง สมศรี ใจดีงาม") == [town.somsri]
    assert find(database, "น.ส.สมศรี") == [town.somsri]
    assert find(database, "นายบุญมี แก้วมา") == [town.boonmee]
    assert find(database, "เด็กหญิงพิมพ์ใจ") == [town.somsri]  # a title stored in the name too
    assert find(database, "นายสมศรี แก้วมา") == []  # the name still has to match


def test_by_a_fragment_of_three_or_more_characters(database: Database, town: Town) -> None:
    assert len("ดีงาม") >= FTS_MIN_CHARS
    assert find(database, "ดีงาม") == [town.somsri]  # both members, one household
    assert find(database, "แก้ว") == [town.boonmee]
    assert find(database, "ทองดี") == [town.nattapon]
    assert find(database, "ณัฐ") == [town.nattapon]


def test_by_a_two_character_fragment(database: Database, town: Town) -> None:
    assert len("ดี") < FTS_MIN_CHARS
    assert find(database, "ดี") == [town.somsri, town.nattapon]
    assert find(database, "มา") == [town.boonmee]


def test_zero_width_spaces_and_quotes_are_harmless(database: Database, town: Town) -> None:
    assert find(database, "ใจ\u200bดีงาม") == [town.somsri]
    assert find(database, 'ดี"งาม') == []
    assert find(database, "100%") == []
    assert find(database, "_") == []


def test_by_national_id(database: Database, town: Town) -> None:
    assert find(database, ID_BOONMEE) == [town.boonmee]
    assert find(database, format_national_id(ID_BOONMEE)) == [town.boonmee]
    assert find(database, to_thai_digits(ID_BOONMEE)) == [town.boonmee]
    assert find(database, to_thai_digits(format_national_id(ID_NATTAPON))) == [town.nattapon]
    assert find(database, ID_SOMSRI) == [town.somsri]
    assert find(database, "3100600445636") == []


def test_by_the_start_of_a_national_id(database: Database, town: Town) -> None:
    assert find(database, "1103") == [town.boonmee]
    assert find(database, "1-1037-02") == [town.boonmee]


def test_by_house_code(database: Database, town: Town) -> None:
    assert find(database, "52010000022") == [town.boonmee]
    assert find(database, "5201-000002-2") == [town.boonmee]
    assert find(database, "5201999") == [town.nattapon]
    # "5201" starts every house code here.
    assert find(database, "5201") == [town.somsri, town.boonmee, town.nattapon]


def test_by_house_number(database: Database, town: Town) -> None:
    assert find(database, "45") == [town.boonmee]
    assert find(database, "๗") == [town.nattapon]


def test_by_house_number_with_a_slash(database: Database, town: Town) -> None:
    assert find(database, "12/3") == [town.somsri]


def test_empty_terms_and_the_limit(database: Database, town: Town) -> None:
    assert find(database, "") == []
    assert find(database, "   \u200b ") == []
    assert find(database, "5201", limit=2) == [town.somsri, town.boonmee]
    assert find(database, "ดี", limit=1) == [town.somsri]


def test_renamed_members_are_found_by_one_or_two_letters(database: Database, town: Town) -> None:
    with database.begin() as s:
        member = s.query(Member).filter_by(first_name="บุญมี").one()
        member.first_name = "ฤทัย"  # a letter no other name here has
    assert find(database, "ฤ") == [town.boonmee]
    assert find(database, "ฤทั") == [town.boonmee]
    assert find(database, "บุ") == []  # the old name no longer leads to the household


def test_short_terms_through_the_distinct_names_match_a_plain_scan(demo_database: Database) -> None:
    """The word table is only a shortcut: every letter pair gives what scanning members gives."""
    from sqlalchemy import or_, select

    with demo_database.read() as s:
        names = s.execute(select(Member.first_name, Member.last_name)).all()
        assert s.execute(select(Member.id).limit(1)).first() is not None
        pairs = {n[i:i + 2] for first, last in names for n in (first, last or "")
                 for i in range(len(n) - 1)}
        terms = [*sorted(pairs)[::7], "ส", "า", "ฆ", "zz"]
        for term in terms:
            expected = set(s.scalars(select(Member.household_id).where(or_(
                Member.first_name.contains(term), Member.last_name.contains(term)))))
            assert set(find_household_ids(s, term, limit=10_000)) == expected, term


def test_bulk_inserted_members_have_their_names_indexed(demo_database: Database) -> None:
    """The demo writes members in bulk (triggers replaced by one statement each)."""
    from sqlalchemy import text

    with demo_database.read() as s:
        words = set(s.scalars(text("SELECT word FROM name_words")))
        names = {n for pair in s.execute(text("SELECT first_name, last_name FROM members"))
                 for n in pair if n}
        triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert names <= words
    assert {"name_words_ai", "name_words_au", "members_fts_ai"} <= triggers
