"""The list columns kept on each household (head, members, failed dimensions, level, last visit)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

from db.bulk import chunks

_HEAD = ("SELECT rtrim(coalesce(m.title, '') || m.first_name || ' ' || "
         "coalesce(m.last_name, '')) FROM members m WHERE m.household_id = households.id "
         "ORDER BY m.is_head DESC, m.id LIMIT 1")

_SUMMARY_COLUMNS = (
    f"head_name = ({_HEAD}), "
    "member_count = (SELECT count(*) FROM members m WHERE m.household_id = households.id), "
    "failed_dimension_mask = (SELECT coalesce(sum(DISTINCT d.bit), 0) "
    "FROM household_problems p JOIN dimensions d ON d.code = p.dimension_code "
    "WHERE p.household_id = households.id AND p.resolved_on IS NULL)"
)

_CASE_COLUMNS = (
    ", level = (SELECT a.level FROM capital_assessments a "
    "WHERE a.household_id = households.id ORDER BY a.round_no DESC LIMIT 1)"
    ", last_visit_on = (SELECT max(v.visited_on) FROM visits v "
    "WHERE v.household_id = households.id)"
)


def refresh_household_summaries(conn: Connection, household_ids: Sequence[int], *,
                                 case: bool = False) -> None:
    """Recompute the list columns of households: head, member count, failed dimensions and,
    with ``case``, the level (latest assessment round) and the last visit."""
    statement = text(
        f"UPDATE households SET {_SUMMARY_COLUMNS}{_CASE_COLUMNS if case else ''} "
        "WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    for chunk in chunks(list(household_ids)):
        conn.execute(statement, {"ids": chunk})
