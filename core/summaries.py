"""The list columns kept on each household (head, members, failed dimensions, list years,
level, last visit)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Connection, bindparam, text

from core.thai import thai_sort_key
from db.bulk import bulk_update, chunks
from db.models import Household

# households.list_year_mask: the list years (BE) of the household's list entries
# (household_sources), one bit per year, bit (year - FIRST_MASK_YEAR_BE). 31 bits keep it a
# positive 32-bit integer on every backend: the years 2560–2590 (2017–2047). A year outside
# them has no bit, and a filter on it reads household_sources instead (list_year_condition).
FIRST_MASK_YEAR_BE = 2560
MASK_YEARS = 31

# Which member is a household's head in the lists: the one marked head, else the first.
_HEAD_MEMBER = ("FROM members m WHERE m.household_id = households.id "
                "ORDER BY m.is_head DESC, m.id LIMIT 1")
_HEAD = ("SELECT rtrim(coalesce(m.title, '') || m.first_name || ' ' || "
         f"coalesce(m.last_name, '')) {_HEAD_MEMBER}")

LIST_YEAR_MASK_SQL = (
    f"(SELECT coalesce(sum(DISTINCT 1 << (s.list_year_be - {FIRST_MASK_YEAR_BE})), 0) "
    "FROM household_sources s WHERE s.household_id = households.id AND s.list_year_be "
    f"BETWEEN {FIRST_MASK_YEAR_BE} AND {FIRST_MASK_YEAR_BE + MASK_YEARS - 1})"
)
"""households.list_year_mask recomputed from household_sources (in an UPDATE of households)."""

_SUMMARY_COLUMNS = (
    f"head_name = ({_HEAD}), "
    "member_count = (SELECT count(*) FROM members m WHERE m.household_id = households.id), "
    "failed_dimension_mask = (SELECT coalesce(sum(DISTINCT d.bit), 0) "
    "FROM household_problems p JOIN dimensions d ON d.code = p.dimension_code "
    "WHERE p.household_id = households.id AND p.resolved_on IS NULL), "
    f"list_year_mask = {LIST_YEAR_MASK_SQL}"
)

_CASE_COLUMNS = (
    ", level = (SELECT a.level FROM capital_assessments a "
    "WHERE a.household_id = households.id ORDER BY a.round_no DESC LIMIT 1)"
    ", last_visit_on = (SELECT max(v.visited_on) FROM visits v "
    "WHERE v.household_id = households.id)"
)


def list_year_bit(year_be: int | None) -> int | None:
    """The bit of a list year in ``households.list_year_mask`` (None: the mask has no bit
    for it)."""
    if year_be is None or not 0 <= year_be - FIRST_MASK_YEAR_BE < MASK_YEARS:
        return None
    return 1 << (year_be - FIRST_MASK_YEAR_BE)


def list_year_mask(years_be: Iterable[int | None]) -> int:
    """The mask of a household listed in these years (as LIST_YEAR_MASK_SQL counts it)."""
    mask = 0
    for year in years_be:
        mask |= list_year_bit(year) or 0
    return mask


def list_year_condition(year_be: int) -> ColumnElement[bool] | None:
    """Households with a list entry of that year, on the households row alone (None: a year
    the mask has no bit for; ask household_sources)."""
    bit = list_year_bit(year_be)
    return None if bit is None else Household.list_year_mask.op("&")(bit) != 0


def _update(conn: Connection, columns: str, household_ids: Sequence[int]) -> None:
    statement = text(f"UPDATE households SET {columns} WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True))
    for chunk in chunks(list(household_ids)):
        conn.execute(statement, {"ids": chunk})


def head_sort_key(first_name: str | None, last_name: str | None) -> str | None:
    """households.head_sort of a head with these names (the title left out: Thai lists are
    read in the order of first names, not นาง… then นางสาว… then นาย…)."""
    name = " ".join(part for part in (first_name, last_name) if part)
    return thai_sort_key(name) if name else None


_HEAD_NAMES = text(
    "SELECT households.id, head.first_name, head.last_name FROM households "
    f"LEFT JOIN members head ON head.id = (SELECT m.id {_HEAD_MEMBER}) "
    "WHERE households.id IN :ids").bindparams(bindparam("ids", expanding=True))


def refresh_head_sort(conn: Connection, household_ids: Sequence[int]) -> None:
    """Recompute households.head_sort from the head's names (as head_name is chosen)."""
    for chunk in chunks(list(household_ids)):
        rows = conn.execute(_HEAD_NAMES, {"ids": list(chunk)}).all()
        bulk_update(conn, "households", "head_sort",
                    ((head_sort_key(first, last), hid) for hid, first, last in rows))


def refresh_household_summaries(conn: Connection, household_ids: Sequence[int], *,
                                 case: bool = False) -> None:
    """Recompute the list columns of households: head (and its sort key), member count,
    failed dimensions, list years and, with ``case``, the level (latest assessment round)
    and the last visit."""
    _update(conn, f"{_SUMMARY_COLUMNS}{_CASE_COLUMNS if case else ''}", household_ids)
    refresh_head_sort(conn, household_ids)


def refresh_list_years(conn: Connection, household_ids: Sequence[int]) -> None:
    """Recompute only the list-year mask (households that got or lost a list entry and
    nothing else)."""
    _update(conn, f"list_year_mask = {LIST_YEAR_MASK_SQL}", household_ids)
