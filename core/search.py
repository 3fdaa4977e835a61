"""Finding households by a member's name, national ID, house code or house number."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, column, exists, func, or_, select, table, text, union_all
from sqlalchemy.orm import Session

from core.importing.normalize import split_title
from core.thai import clean_national_id, from_thai_digits
from db.models import Household, Member

FTS_MIN_CHARS = 3  # the trigram tokenizer cannot match shorter terms
# Every distinct first and last name (SQLite, kept by triggers; migration 0008). Names of
# removed members stay: a word only leads to the member rows that still carry it.
NAME_WORDS = table("name_words", column("word"))
# A term matching at least this many members is "common": the first rows of the list are
# found by walking the list's own order instead of collecting every match first. Walking to
# the first L rows of H households reads about L x H / M of them for M matches, collecting
# reads M: for 500 rows of a 300,000-household province they cost the same near 12,000.
COMMON_MATCHES = 12_000


def _prefix_range(column: object, prefix: str) -> object:
    """``column`` starts with ``prefix``, as an index-friendly range."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper)  # type: ignore[operator]


def normalise_term(term: str) -> str:
    """The search term with Thai digits made Arabic, zero-width spaces dropped, spaces folded,
    and a leading title left out: names are stored without it, but people type and paste them
    as the list shows them ("นางศิริพร สายมั่น", "น.ส. สมศรี")."""
    term = " ".join(from_thai_digits(term).replace("\u200b", "").split())
    title, first, last = split_title(term)
    if title and first:
        return f"{first} {last}" if last else first
    return term


def matching_household_ids(session: Session, term: str) -> Select[int] | None:
    """A query of the ids of the households matching the term (None for an empty term).

    Unordered and unlimited, so callers can combine it with other filters in SQL.
    """
    term = normalise_term(term)
    if not term:
        return None
    digits = clean_national_id(term)
    if digits and len(digits) >= len(term.replace("-", "").replace(" ", "").replace("/", "")):
        return _by_number(term, digits)
    return _by_name(session, term)


def common_term_condition(session: Session, term: str) -> ColumnElement[bool] | None:
    """For a name term that many members share, a condition on ``Household`` for reading the
    first rows of the list in its own order; None when collecting every match is quick.

    "ส" matches six households in ten: collecting them all takes a third of a second, but in
    list order the first two hundred turn up within the first few hundred households. SQLite
    only (PostgreSQL lists are read whole).
    """
    term = normalise_term(term)
    if not term or session.get_bind().dialect.name != "sqlite":
        return None
    digits = clean_national_id(term)
    if digits and len(digits) >= len(term.replace("-", "").replace(" ", "").replace("/", "")):
        return None  # an ID or house number: few matches, found by index
    if len(term) >= FTS_MIN_CHARS:
        phrase = '"' + term.replace('"', '""') + '"'
        matches = select(text("rowid")).select_from(text("members_fts")).where(
            text("members_fts MATCH :q")).params(q=phrase).limit(COMMON_MATCHES).subquery()
    else:
        matches = _by_name(session, term).limit(COMMON_MATCHES).subquery()
    if (session.scalar(select(func.count()).select_from(matches)) or 0) < COMMON_MATCHES:
        return None
    # The same rule as the index: anywhere in the first name, the last name or "first last"
    # (the trigram index folds case; lower() does so for Latin letters, Thai has none).
    lowered = term.lower()
    full = Member.first_name + " " + func.coalesce(Member.last_name, "")
    return exists().where(Member.household_id == Household.id,
                          or_(func.instr(func.lower(Member.first_name), lowered) > 0,
                              func.instr(func.lower(Member.last_name), lowered) > 0,
                              *([func.instr(func.lower(full), lowered) > 0]
                                if " " in term else [])))


def find_household_ids(session: Session, term: str, *, limit: int = 1000) -> list[int]:
    """Households matching the term, by id (at most ``limit``)."""
    stmt = matching_household_ids(session, term)
    if stmt is None:
        return []
    sub = stmt.subquery()
    return list(session.scalars(select(sub.c[0]).distinct().order_by(sub.c[0]).limit(limit)))


def _by_number(term: str, digits: str) -> Select[int]:
    conditions = [Household.house_no == term.strip()]
    if len(digits) >= 4:
        conditions.append(Household.id.in_(
            select(Member.household_id).where(_prefix_range(Member.national_id, digits))))  # type: ignore[arg-type]
        conditions.append(_prefix_range(Household.house_code, digits))  # type: ignore[arg-type]
    return select(Household.id).where(or_(*conditions))


def _by_name(session: Session, term: str) -> Select[int]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and len(term) >= FTS_MIN_CHARS:
        phrase = '"' + term.replace('"', '""') + '"'
        member_ids = select(text("rowid")).select_from(text("members_fts")).where(
            text("members_fts MATCH :q")).params(q=phrase)
        return select(Member.household_id).where(Member.id.in_(member_ids.scalar_subquery()))
    if dialect == "sqlite" and " " not in term:
        # One or two letters, anywhere in a first or a last name: the few thousand distinct
        # names that contain them, then their members through the (first_name, household_id)
        # and (last_name, household_id) indexes (UNION ALL: an OR would read the rows).
        words = select(NAME_WORDS.c.word).where(func.instr(NAME_WORDS.c.word, term) > 0)
        by_first = select(Member.household_id).where(Member.first_name.in_(words))
        by_last = select(Member.household_id).where(Member.last_name.in_(words))
        return select(union_all(by_first, by_last).subquery().c.household_id)
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    full = Member.first_name + " " + Member.last_name
    return select(Member.household_id).where(
        or_(Member.first_name.like(like, escape="\\"), Member.last_name.like(like, escape="\\"),
            full.like(like, escape="\\")))
