"""The household list: ordered ids for a filter and sort (in SQL), and plain rows for a page of ids."""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import operator
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, or_, select, true
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.dashboard import Selection, selection_conditions
from core.history import Actor
from core.i18n import translate
from core.reference import code_labels
from core.search import common_term_condition, matching_household_ids
from core.summaries import list_year_condition
from core.thai import format_date_be, format_house_code
from db.models import (
    Dimension,
    Household,
    HouseholdSource,
    Intervention,
    LevelBand,
    OfficeProfile,
    Partner,
    Subdistrict,
    Village,
)


class SortKey(enum.Enum):
    """What the list can be ordered by (every sort runs in SQL, ties broken by id)."""

    HOUSE_CODE = "house_code"
    HEAD = "head"
    VILLAGE = "village"
    SUBDISTRICT = "subdistrict"
    MEMBERS = "members"
    LEVEL = "level"
    VERIFICATION = "verification"
    HELP = "help"
    LAST_VISIT = "last_visit"


@dataclass(frozen=True)
class HouseholdFilter:
    """What the user narrowed the list to; empty fields do not filter."""

    text: str = ""
    subdistrict_code: str | None = None
    village_id: int | None = None
    verification_status: str | None = None
    help_status: str | None = None
    level: int | None = None
    dimension_code: str | None = None
    source_code: str | None = None
    list_year_be: int | None = None
    partner_id: int | None = None  # the responsible agency
    overdue_on: dt.date | None = None  # only households with help planned before this day, not done
    selection: Selection | None = None  # the households a dashboard figure counts


OPEN_REFERRAL_STATUSES = ("planned", "referred", "accepted", "in_progress")


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list, as text ready to show."""

    id: int
    house_code: str
    head_name: str
    village: str
    subdistrict: str
    members: int
    level: str
    dimensions: str
    verification: str
    help: str
    last_visit: str
    agency: str


# The list's columns, in order, and the sort each one offers (None: not sortable).
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    ("house_code", SortKey.HOUSE_CODE),
    ("head_name", SortKey.HEAD),
    ("village", SortKey.VILLAGE),
    ("subdistrict", SortKey.SUBDISTRICT),
    ("members", SortKey.MEMBERS),
    ("level", SortKey.LEVEL),
    ("dimensions", None),
    ("verification", SortKey.VERIFICATION),
    ("help", SortKey.HELP),
    ("last_visit", SortKey.LAST_VISIT),
    ("agency", None),
)


@dataclass(frozen=True)
class Choice:
    """A value a filter can take and its label."""

    value: Any
    label: str


@dataclass(frozen=True)
class FilterChoices:
    """The values offered by the list's filter combos."""

    subdistricts: tuple[Choice, ...]
    verification_statuses: tuple[Choice, ...]
    help_statuses: tuple[Choice, ...]
    levels: tuple[Choice, ...]
    dimensions: tuple[Choice, ...]
    partners: tuple[Choice, ...] = ()
    sources: tuple[Choice, ...] = ()


def filter_choices(session: Session, *, language: str = "th") -> FilterChoices:
    """Subdistricts of the office's district (all, before set-up), statuses, levels, dimensions."""
    district = session.scalars(select(OfficeProfile.district_code)).first()
    name = Subdistrict.name_th if language == "th" else Subdistrict.name_en
    stmt = select(Subdistrict.code, name).order_by(Subdistrict.code)
    if district is not None:
        stmt = stmt.where(Subdistrict.district_code == district)
    else:
        stmt = stmt.where(Subdistrict.code.in_(select(Household.subdistrict_code).distinct()))
    subdistricts = tuple(Choice(code, label) for code, label in session.execute(stmt))
    return FilterChoices(
        subdistricts=subdistricts,
        verification_statuses=tuple(Choice(c, t) for c, t in code_labels(
            session, "verification_status", language=language).items()),
        help_statuses=tuple(Choice(c, t) for c, t in code_labels(
            session, "help_status", language=language).items()),
        levels=tuple(Choice(level, label) for level, label in _level_labels(session, language).items()),
        dimensions=tuple(Choice(code, label) for code, (label, _bit) in _dimensions(
            session, language).items()),
        # every active agency (not only those in charge of a household today: reading the
        # agencies of 300,000 households would slow every refresh of the page)
        partners=tuple(Choice(pid, label) for pid, label in session.execute(
            select(Partner.id, func.coalesce(Partner.short_name, Partner.name))
            .where(Partner.active.is_(True))
            .order_by(func.coalesce(Partner.short_name, Partner.name)))),
        sources=tuple(Choice(c, t) for c, t in code_labels(
            session, "list_source", language=language).items()),
    )


def _level_labels(session: Session, language: str) -> dict[int, str]:
    label = LevelBand.label_th if language == "th" else LevelBand.label_en
    rows = session.execute(select(LevelBand.level, label).order_by(LevelBand.level))
    return {level: text for level, text in rows}


def _dimensions(session: Session, language: str) -> dict[str, tuple[str, int]]:
    label = Dimension.label_th if language == "th" else Dimension.label_en
    rows = session.execute(select(Dimension.code, label, Dimension.bit).order_by(Dimension.sort_order))
    return {code: (text, bit) for code, text, bit in rows}


def _conditions(session: Session, flt: HouseholdFilter, *,
                walk: ColumnElement[bool] | None = None) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on ``Household``.

    ``walk`` (for reading the first rows in list order) replaces the search term's set of
    matches, and the other sets become correlated EXISTS probes: a set that is collected
    whole before the first row costs as much as reading the whole list.
    """
    conditions: list[ColumnElement[bool]] = [Household.merged_into_id.is_(None)]

    def among(ids: Select[Any], household_id: Any) -> ColumnElement[bool]:
        if walk is None:
            return Household.id.in_(ids)
        return ids.where(household_id == Household.id).exists()

    if walk is not None:
        conditions.append(walk)
    elif flt.text.strip():
        matching = matching_household_ids(session, flt.text)
        if matching is not None:
            conditions.append(Household.id.in_(matching))
    if flt.subdistrict_code:
        conditions.append(Household.subdistrict_code == flt.subdistrict_code)
    if flt.village_id is not None:
        conditions.append(Household.village_id == flt.village_id)
    if flt.verification_status:
        conditions.append(Household.verification_status == flt.verification_status)
    if flt.help_status:
        conditions.append(Household.help_status == flt.help_status)
    if flt.level is not None:
        conditions.append(Household.level == flt.level)
    if flt.dimension_code:
        bit = session.scalar(select(Dimension.bit).where(Dimension.code == flt.dimension_code))
        if bit is None:
            conditions.append(Household.id.is_(None))  # an unknown dimension matches nothing
        else:
            conditions.append(Household.failed_dimension_mask.op("&")(bit) != 0)
    if flt.partner_id is not None:
        conditions.append(Household.responsible_partner_id == flt.partner_id)
    if flt.overdue_on is not None:
        # (OR of equalities, not IN: the ids query runs on the raw cursor, where an expanding
        # IN parameter cannot be rendered)
        conditions.append(among(select(Intervention.household_id).where(
            or_(*(Intervention.status == status for status in OPEN_REFERRAL_STATUSES)),
            Intervention.planned_on < flt.overdue_on), Intervention.household_id))
    # A list year alone is read from the households row (list_year_mask); the source list
    # (a source and year on the same list entry) and years the mask has no bit for are
    # looked up in household_sources.
    listed = list_year_condition(flt.list_year_be) if flt.list_year_be is not None else None
    if listed is not None:
        conditions.append(listed)
    if flt.source_code or (flt.list_year_be is not None and listed is None):
        sources = select(HouseholdSource.household_id)
        if flt.source_code:
            sources = sources.where(HouseholdSource.source_code == flt.source_code)
        if flt.list_year_be is not None:
            sources = sources.where(HouseholdSource.list_year_be == flt.list_year_be)
        conditions.append(among(sources, HouseholdSource.household_id))
    if flt.selection is not None:
        conditions.extend(selection_conditions(session, flt.selection))
    return conditions


def household_ids(
    session: Session,
    flt: HouseholdFilter | None = None,
    sort: SortKey = SortKey.HOUSE_CODE,
    descending: bool = False,
) -> list[int]:
    """The ids of the households matching ``flt``, in the order asked for.

    Every order comes from an index scan: columns whose own order is the order people want
    are sorted by SQL; villages (by code), subdistricts (by name) and statuses (in their code
    list's order) come back grouped by their stored value, and the groups are put in order here.
    Ties are broken by id, and descending reverses the whole list.
    """
    flt = flt or HouseholdFilter()
    conditions = _conditions(session, flt)
    grouped = _GROUPED.get(sort)
    if grouped is not None:
        column = grouped
        rows = _fetch(session, select(column, Household.id).where(*conditions)
                      .order_by(column, Household.id))
        rank = _group_ranks(session, sort)
        last = len(rank) + 1
        runs = [(rank.get(key, last) if key is not None else -1, [hid for _k, hid in run])
                for key, run in itertools.groupby(rows, key=operator.itemgetter(0))]
        runs.sort(key=operator.itemgetter(0))  # stable: ids stay ascending within a group
        ids = [hid for _rank, run in runs for hid in run]
        if descending:
            ids.reverse()
        return ids
    key = _DIRECT[sort]
    order = (key.desc(), Household.id.desc()) if descending else (key, Household.id)
    return [row[0] for row in _fetch(session, select(Household.id).where(*conditions)
                                     .order_by(*order))]


@dataclass(frozen=True)
class FirstIds:
    """The first ids of a list, or all of them (``complete``)."""

    ids: list[int]
    complete: bool


FIRST_ROWS_BUDGET_S = 0.04  # SQLite work allowed for walking the list order to its first rows


def first_household_ids(
    session: Session,
    flt: HouseholdFilter | None = None,
    sort: SortKey = SortKey.HOUSE_CODE,
    descending: bool = False,
    *,
    limit: int,
    budget_s: float = FIRST_ROWS_BUDGET_S,
) -> FirstIds:
    """The first ``limit`` ids of :func:`household_ids`' list, without reading all of it.

    The list order is walked by its index until ``limit`` households pass the filter: quick
    when many do. When few do (a rare name, a small village) the walk would read the whole
    index, so it is cut off after ``budget_s`` of work and the whole list, quick to collect in
    that case, is read instead (``complete``). PostgreSQL lists are read whole.
    """
    flt = flt or HouseholdFilter()
    if session.get_bind().dialect.name != "sqlite":
        return FirstIds(household_ids(session, flt, sort, descending), complete=True)
    walk: ColumnElement[bool] | None = true()
    if flt.text.strip():
        walk = common_term_condition(session, flt.text)
        if walk is None:  # a rare term: its matches are few and quick to collect
            return FirstIds(household_ids(session, flt, sort, descending), complete=True)
    conditions = _conditions(session, flt, walk=walk)
    grouped = _GROUPED.get(sort)
    # (everything else this session asks is asked before the budget starts: the limit is on
    # the connection and would interrupt any statement)
    ranked = list(_group_ranks(session, sort)) if grouped is not None else []
    try:
        with _Cursor(session, budget_s=budget_s) as cursor:
            if grouped is not None:
                ids = _first_of_groups(cursor, ranked, grouped, conditions, descending, limit)
            else:
                key = _DIRECT[sort]
                order = (key.desc(), Household.id.desc()) if descending else (key, Household.id)
                ids = [row[0] for row in cursor.fetch(
                    select(Household.id).where(*conditions).order_by(*order).limit(limit))]
    except OutOfBudget:
        return FirstIds(household_ids(session, flt, sort, descending), complete=True)
    return FirstIds(ids, complete=len(ids) < limit)


def _first_of_groups(cursor: _Cursor, ranked: list[Any], column: Any,
                     conditions: list[ColumnElement[bool]], descending: bool,
                     limit: int) -> list[int]:
    """The first ``limit`` ids of a grouped order, reading group after group in that order.

    The same order as the whole list: no value first, then the values in their ranked order,
    then values missing from the ranking in their stored order; descending reverses it all.
    One statement, compiled once, is run per group until the rows are found.
    """
    known = set(ranked)
    unranked = [v for v in _stored_values(cursor, column) if v not in known]
    id_order = Household.id.desc() if descending else Household.id
    value: Any = bindparam("group_value")
    one_group = select(Household.id).where(*conditions, column == value) \
        .order_by(id_order).limit(limit)
    no_value = select(Household.id).where(*conditions, column.is_(None)) \
        .order_by(id_order).limit(limit)
    parts: list[tuple[Select[Any], dict[str, Any]]] = [
        (no_value, {}), *((one_group, {"group_value": v}) for v in [*ranked, *unranked])]
    if descending:
        parts.reverse()
    ids: list[int] = []
    for stmt, params in parts:
        ids.extend(row[0] for row in cursor.fetch(stmt, params))
        if len(ids) >= limit:
            return ids[:limit]
    return ids


_DIRECT: dict[SortKey, Any] = {
    SortKey.HOUSE_CODE: Household.house_code,
    SortKey.HEAD: Household.head_sort,
    SortKey.MEMBERS: Household.member_count,
    SortKey.LEVEL: Household.level,
    SortKey.LAST_VISIT: Household.last_visit_on,
}
_GROUPED: dict[SortKey, Any] = {
    SortKey.VILLAGE: Household.village_id,
    SortKey.SUBDISTRICT: Household.subdistrict_code,
    SortKey.VERIFICATION: Household.verification_status,
    SortKey.HELP: Household.help_status,
}


def _group_ranks(session: Session, sort: SortKey) -> dict[Any, int]:
    """The place of each stored value in the order people expect."""
    values: list[Any]
    if sort is SortKey.VILLAGE:
        values = list(session.scalars(select(Village.id).order_by(Village.code)))
    elif sort is SortKey.SUBDISTRICT:
        district = session.scalars(select(OfficeProfile.district_code)).first()
        stmt = select(Subdistrict.code).order_by(Subdistrict.name_th, Subdistrict.code)
        stmt = stmt.where(Subdistrict.district_code == district) if district is not None \
            else stmt.where(Subdistrict.code.in_(select(Household.subdistrict_code).distinct()))
        values = list(session.scalars(stmt))
    else:
        values = list(code_labels(session, "verification_status" if sort is SortKey.VERIFICATION
                                  else "help_status"))
    return {value: i for i, value in enumerate(values)}


class OutOfBudget(Exception):
    """A list query ran past the work allowed to it (see :func:`first_household_ids`)."""


def _stored_values(cursor: _Cursor, column: Any) -> list[Any]:
    """The distinct non-null values of a listed household column, in order, one index seek each
    (a recursive query that jumps from each value to the next instead of reading every row)."""
    name = column.key
    # (listed households only: the list's indexes lead with merged_into_id, then the column)
    listed = "merged_into_id IS NULL"
    sql = (f"WITH RECURSIVE v(x) AS (SELECT min({name}) FROM households WHERE {listed} "
           f"UNION ALL SELECT (SELECT min({name}) FROM households WHERE {listed} AND "
           f"{name} > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
    return [row[0] for row in cursor.run(sql)]


class _Cursor:
    """The driver's own cursor, for list queries (see :func:`_fetch`); statements are
    compiled once and may be run again with other parameter values. With ``budget_s`` (SQLite),
    a query still running after that many seconds is interrupted: :class:`OutOfBudget`."""

    def __init__(self, session: Session, *, budget_s: float | None = None) -> None:
        self.connection = session.connection()
        self.raw: Any = self.connection.connection.dbapi_connection
        self.cursor: Any = None
        self.budget_s = budget_s
        self.deadline = 0.0
        self._compiled: dict[int, Any] = {}

    def __enter__(self) -> _Cursor:
        self.cursor = self.raw.cursor()
        if self.budget_s is not None:
            self.deadline = time.perf_counter() + self.budget_s
            self.raw.set_progress_handler(self._past_deadline, 2000)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.budget_s is not None:
            self.raw.set_progress_handler(None, 0)
        self.cursor.close()

    def _past_deadline(self) -> int:
        return int(time.perf_counter() > self.deadline)  # non-zero interrupts the statement

    def fetch(self, stmt: Select[Any], values: dict[str, Any] | None = None) -> list[Any]:
        """Run ``stmt`` (with ``values`` for its named parameters) and return every row."""
        compiled = self._compiled.get(id(stmt))
        if compiled is None:
            compiled = self._compiled[id(stmt)] = (
                stmt, stmt.compile(dialect=self.connection.dialect))
        compiled = compiled[1]
        params = compiled.construct_params(values or None)
        args: Any = (tuple(params[name] for name in compiled.positiontup or ())
                     if compiled.positional else params)
        return self.run(str(compiled), args)

    def run(self, sql: str, args: Any = ()) -> list[Any]:
        """Run SQL text and return every row (:class:`OutOfBudget` past the budget)."""
        try:
            self.cursor.execute(sql, args)
            return list(self.cursor.fetchall())
        except sqlite3.OperationalError as e:
            if self.budget_s is not None and time.perf_counter() > self.deadline:
                raise OutOfBudget from e
            raise


def _fetch(session: Session, stmt: Select[Any]) -> list[Any]:
    """Run a list query straight on the driver's cursor.

    Building a result row per id costs SQLAlchemy about twice what SQLite takes to produce
    300,000 ids; the values are plain and need no result processing.
    """
    with _Cursor(session) as cursor:
        return cursor.fetch(stmt)


def count_households(session: Session, flt: HouseholdFilter | None = None) -> int:
    """How many households match ``flt`` (the same rule as :func:`household_ids`)."""
    stmt = select(func.count()).select_from(Household).where(
        *_conditions(session, flt or HouseholdFilter()))
    return int(session.scalar(stmt) or 0)


def _village_label(number: int | None, name: str | None, kind: str | None) -> str:
    if name is None:
        return ""
    if kind == "moo" and number is not None:
        return translate("households", "Moo {number} {name}").format(number=number, name=name)
    return name


def _dimension_text(mask: int, dimensions: Iterable[tuple[str, int]]) -> str:
    return ", ".join(label for label, bit in dimensions if mask & bit)


def household_rows(
    session: Session, ids: Sequence[int], *, language: str = "th"
) -> dict[int, HouseholdRow]:
    """The list rows of the given households, by id (ids that no longer exist are left out)."""
    if not ids:
        return {}
    verification = code_labels(session, "verification_status", language=language)
    help_labels = code_labels(session, "help_status", language=language)
    levels = _level_labels(session, language)
    dimensions = list(_dimensions(session, language).values())
    subdistrict_name = Subdistrict.name_th if language == "th" else Subdistrict.name_en
    stmt = (
        select(Household.id, Household.house_code, Household.head_name, Village.number,
               Village.name, Village.kind, subdistrict_name, Household.member_count,
               Household.level, Household.failed_dimension_mask,
               Household.verification_status, Household.help_status, Household.last_visit_on,
               Partner.short_name, Partner.name)
        .outerjoin(Village, Village.id == Household.village_id)
        .outerjoin(Subdistrict, Subdistrict.code == Household.subdistrict_code)
        .outerjoin(Partner, Partner.id == Household.responsible_partner_id)
        .where(Household.id.in_(list(ids)))
    )
    rows: dict[int, HouseholdRow] = {}
    for (hid, code, head, v_no, v_name, v_kind, sub, members, level, mask, ver, hlp, visit,
         p_short, p_name) in session.execute(stmt):
        rows[hid] = HouseholdRow(
            id=hid,
            house_code=format_house_code(code) if code else "",
            head_name=head or "",
            village=_village_label(v_no, v_name, v_kind),
            subdistrict=sub or "",
            members=int(members or 0),
            level=levels.get(level, "") if level is not None else "",
            dimensions=_dimension_text(int(mask or 0), dimensions),
            verification=verification.get(ver, ver or ""),
            help=help_labels.get(hlp, hlp or ""),
            last_visit=_visit_text(visit),
            agency=p_short or p_name or "",
        )
    return rows


def _visit_text(value: dt.date | None) -> str:
    return format_date_be(value, style="short") if value else ""


@dataclass(frozen=True)
class HouseholdSummary:
    """A household as the command line lists it (codes, not labels)."""

    id: int
    house_code: str | None
    house_no: str | None
    village_code: str | None
    subdistrict_code: str
    head_title: str | None
    head_first_name: str | None
    head_last_name: str | None
    members: int
    verification_status: str
    help_status: str | None
    level: int | None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return dict(self.__dict__)


def village_by_code(session: Session, code: str) -> int | None:
    """The id of the village with this DOPA code (CCAATTMM), if the office has it."""
    return session.scalar(select(Village.id).where(Village.code == code))


def household_summaries(session: Session, flt: HouseholdFilter, *, limit: int | None = None,
                        sort: SortKey = SortKey.HOUSE_CODE) -> list[HouseholdSummary]:
    """The households of the list's filter and order (the same search as the window)."""
    from db.models import Member

    ids = household_ids(session, flt, sort)
    if limit is not None:
        ids = ids[:limit]
    heads: dict[int, tuple[str | None, str | None, str | None]] = {}  # title, first, last
    rows: dict[int, Any] = {}
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        for row in session.execute(
                select(Household.id, Household.house_code, Household.house_no, Village.code,
                       Household.subdistrict_code, Household.member_count,
                       Household.verification_status, Household.help_status, Household.level)
                .outerjoin(Village, Village.id == Household.village_id)
                .where(Household.id.in_(chunk))):
            rows[row[0]] = row
        for hid, m_title, m_first, m_last in session.execute(
                select(Member.household_id, Member.title, Member.first_name, Member.last_name)
                .where(Member.household_id.in_(chunk))
                .order_by(Member.household_id, Member.is_head.desc(), Member.id)):
            heads.setdefault(hid, (m_title, m_first, m_last))
    result = []
    for hid in ids:
        r = rows[hid]
        title, first, last = heads.get(hid) or (None, None, None)
        result.append(HouseholdSummary(
            id=hid, house_code=r[1], house_no=r[2], village_code=r[3], subdistrict_code=r[4],
            head_title=title, head_first_name=first, head_last_name=last, members=int(r[5] or 0),
            verification_status=r[6], help_status=r[7], level=r[8]))
    return result


def export_household_rows(session: Session, actor: Actor, ids: Sequence[int], *,
                          language: str = "th") -> Iterator[HouseholdRow]:
    """The rows of a list export (names leave the program): for roles that may export them."""
    require(actor, Permission.EXPORT_PERSONAL)
    return iter_household_rows(session, ids, language=language)


def iter_household_rows(session: Session, ids: Sequence[int], *, language: str = "th",
                        chunk: int = 2000) -> Iterator[HouseholdRow]:
    """The list rows of ``ids`` in that order, read a chunk at a time (for exports)."""
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        rows = household_rows(session, part, language=language)
        for hid in part:
            if hid in rows:
                yield rows[hid]


def village_choices(session: Session, subdistrict_code: str | None) -> tuple[Choice, ...]:
    """The villages of a subdistrict (all the office's villages when None), for the filter."""
    stmt = select(Village.id, Village.number, Village.name, Village.kind).order_by(
        Village.subdistrict_code, Village.number)
    if subdistrict_code:
        stmt = stmt.where(Village.subdistrict_code == subdistrict_code)
    return tuple(Choice(vid, _village_label(number, name, kind))
                 for vid, number, name, kind in session.execute(stmt))


def list_year_choices(session: Session) -> tuple[Choice, ...]:
    """The list years (BE) the households came with, newest first."""
    years = session.scalars(select(HouseholdSource.list_year_be).where(
        HouseholdSource.list_year_be.is_not(None)).distinct().order_by(
        HouseholdSource.list_year_be.desc()))
    return tuple(Choice(year, str(year)) for year in years)
