"""Finding households by a member's name, national ID, house code or house number."""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select, text, union_all
from sqlalchemy.orm import Session

from core.thai import clean_national_id, from_thai_digits
from db.models import Household, Member

FTS_MIN_CHARS = 3  # the trigram tokenizer cannot match shorter terms


def _prefix_range(column: object, prefix: str) -> object:
    """``column`` starts with ``prefix``, as an index-friendly range."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper)  # type: ignore[operator]


def normalise_term(term: str) -> str:
    """The search term with Thai digits made Arabic, zero-width spaces dropped, spaces folded."""
    return " ".join(from_thai_digits(term).replace("\u200b", "").split())


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
        # One or two letters, anywhere in a first or a last name: scanning the two narrow
        # name indexes (first_name, household_id) and (last_name, household_id) reads far
        # less than the member rows (UNION ALL: an OR would read the rows after all).
        by_first = select(Member.household_id).where(func.instr(Member.first_name, term) > 0)
        by_last = select(Member.household_id).where(func.instr(Member.last_name, term) > 0)
        return select(union_all(by_first, by_last).subquery().c.household_id)
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    full = Member.first_name + " " + Member.last_name
    return select(Member.household_id).where(
        or_(Member.first_name.like(like, escape="\\"), Member.last_name.like(like, escape="\\"),
            full.like(like, escape="\\")))
