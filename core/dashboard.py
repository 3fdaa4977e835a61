"""The dashboard's figures as plain data: counted with a few grouped queries, clickable by rule.

Every number the overview shows carries a :class:`Selection`, the rule of the households it
counts. :func:`selection_conditions` turns that rule into SQL conditions on ``households``,
which the household list (``HouseholdFilter.selection``) applies, so a click on a bar lists
exactly the households the bar counts. The counts themselves come from grouped queries over
the households' summary columns (status, failed-dimension mask, level) and the referrals, not
from one query per figure: the whole dashboard is a handful of scans.

What is counted: households not merged into another (the list's rule), in the chosen
subdistrict and list year. A period (fiscal year) narrows the *help* figures: referrals and
baht count only help planned in that fiscal year; the household statuses are as they are today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from core.help_status import OPEN_STATUSES, help_rules
from core.i18n import translate
from core.interventions import format_baht
from core.reference import code_labels
from core.summaries import list_year_condition
from core.thai import BE_OFFSET, fiscal_year_be
from db.models import (
    CapitalAssessment,
    Dimension,
    Household,
    HouseholdSource,
    Intervention,
    LevelBand,
    Partner,
    Subdistrict,
)

# What a figure counts (Selection.measure).
HOUSEHOLDS = "households"
VERIFIED = "verified"
VERIFICATION = "verification"  # value: a verification status
HELP = "help"  # value: a help status of a confirmed household ("helped" includes self-resolved)
DIMENSION = "dimension"  # value: a dimension code
LEVEL_BEFORE = "level_before"  # value: the level at the first assessment
LEVEL_AFTER = "level_after"  # value: the level at the latest assessment
REFERRALS = "referrals"  # value: OPEN, OVERDUE, DONE or SPENT; partner_id narrows it

OPEN, OVERDUE, DONE, SPENT = "open", "overdue", "done", "spent"
REFERRAL_STATES = (OPEN, OVERDUE, DONE)
HELPED_STATUSES = ("helped", "self_resolved")
HELPED_ANY = "helped_any"
"""``Selection.value`` of the headline "helped": helped or self-resolved."""
NO_AGENCY = 0
"""``Selection.partner_id`` of referrals that name no agency (None: any agency)."""


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard is narrowed to; empty fields do not filter."""

    subdistrict_code: str | None = None
    list_year_be: int | None = None
    fiscal_year_be: int | None = None  # the period: help planned in this fiscal year


@dataclass(frozen=True)
class Selection:
    """The households one figure counts: the dashboard's filter and what was clicked.

    ``today`` and ``grace_days`` are fixed when the figures are counted, so the list shows
    the same overdue households as the figure even across midnight.
    """

    scope: DashboardFilter
    measure: str
    value: str | int | None = None
    subdistrict_code: str | None = None  # the bar's subdistrict
    partner_id: int | None = None  # referrals of one agency (NO_AGENCY: of none)
    today: dt.date = field(default_factory=dt.date.today)
    grace_days: int = 0
    label: str = ""  # what the figure is, for people (shown above the filtered list)


@dataclass(frozen=True)
class Bar:
    """One count on a chart or card, with the rule of the households behind it."""

    count: int
    selection: Selection
    households: int | None = None  # referral counts: how many households they concern


@dataclass(frozen=True)
class Series:
    """One colour of a chart: a value per category."""

    key: str
    label: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart as data: categories along one axis, series stacked or side by side."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool = True
    unit: str = ""  # what the counts are ("households", "referrals")
    axis: str = ""  # what the categories are ("subdistrict", "agency")
    note: str = ""

    def total(self, category: int) -> int:
        """The sum of the series at one category."""
        return sum(s.bars[category].count for s in self.series)


@dataclass(frozen=True)
class Headline:
    """A headline figure."""

    key: str
    label: str
    value: int
    text: str  # as shown: 1,234 or 12,345.50
    selection: Selection
    detail: str = ""  # e.g. "in 120 households"


@dataclass(frozen=True)
class Choice:
    """A value a dashboard filter can take and its label."""

    value: Any
    label: str


@dataclass(frozen=True)
class DashboardChoices:
    """What the dashboard's filters offer."""

    subdistricts: tuple[Choice, ...]
    list_years: tuple[Choice, ...]
    fiscal_years: tuple[Choice, ...]


@dataclass(frozen=True)
class Dashboard:
    """Everything the overview shows, counted in one read transaction."""

    scope: DashboardFilter
    today: dt.date
    headlines: tuple[Headline, ...]
    charts: tuple[Chart, ...]
    scope_text: str

    def headline(self, key: str) -> Headline:
        """A headline figure by key."""
        return next(h for h in self.headlines if h.key == key)

    def chart(self, key: str) -> Chart:
        """A chart by key."""
        return next(c for c in self.charts if c.key == key)


# --------------------------------------------------------------------------- rules in SQL


def _any_of(column: Any, values: tuple[str, ...]) -> ColumnElement[bool]:
    # OR of equalities, not IN: the household list runs its ids query on the raw cursor,
    # where an expanding IN parameter cannot be rendered.
    return or_(*(column == v for v in values))


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year ``year_be`` (1 Oct of the year before to 30 Sep)."""
    year = year_be - BE_OFFSET
    return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)


def scope_conditions(scope: DashboardFilter) -> list[ColumnElement[bool]]:
    """The households the dashboard counts: not merged, in the subdistrict and list year.

    The list year is read from the households row (``list_year_mask``, in the dashboard
    index), not from household_sources: that was a membership test of every household."""
    conditions: list[ColumnElement[bool]] = [Household.merged_into_id.is_(None)]
    if scope.subdistrict_code:
        conditions.append(Household.subdistrict_code == scope.subdistrict_code)
    if scope.list_year_be is not None:
        listed = list_year_condition(scope.list_year_be)
        conditions.append(listed if listed is not None else Household.id.in_(
            select(HouseholdSource.household_id).where(
                HouseholdSource.list_year_be == scope.list_year_be)))
    return conditions


def _help_bucket() -> ColumnElement[str]:
    """A confirmed household's help status (no status yet counts as target)."""
    return func.coalesce(Household.help_status, "target")


def household_scope(scope: DashboardFilter, column: Any, *, counted: int,
                    households: int) -> list[ColumnElement[bool]]:
    """The scope as a condition on another table's household id (no join to households: a
    lookup per referral costs more than the whole count).

    ``counted`` is how many households the scope holds and ``households`` how many there are
    in all. The condition names the smaller of the two sets, each read by one scan of the
    dashboard index (which holds the subdistrict and the list years): one of the scope's
    households (a subdistrict), or none of the others (the whole district: the merged ones;
    a list year most households are on). Testing 300,000 ids per referral costs 5 to 10 times
    as much as testing a few."""
    inside = scope_conditions(scope)
    if counted * 2 <= households:
        return [column.in_(select(Household.id).where(*inside))]
    return [column.not_in(select(Household.id).where(not_(and_(*inside))))]


def _first_round(assessment: Any) -> ColumnElement[bool]:
    """The assessment is its household's first (no earlier round)."""
    earlier = aliased(CapitalAssessment)
    return ~exists().where(earlier.household_id == assessment.household_id,
                           earlier.round_no < assessment.round_no)


def referral_state(status: str, planned_on: dt.date | None, cutoff: dt.date) -> str | None:
    """OPEN, OVERDUE or DONE (None for declined and cancelled), as referral_conditions()."""
    if status in OPEN_STATUSES:
        return OVERDUE if planned_on is not None and planned_on < cutoff else OPEN
    return DONE if status == "done" else None


def referral_conditions(scope: DashboardFilter, state: str, *, today: dt.date, grace_days: int,
                        partner_id: int | None = None) -> list[ColumnElement[bool]]:
    """Referrals (interventions) in a state, in the period, of one agency when asked."""
    cutoff = today - dt.timedelta(days=grace_days)
    is_open = _any_of(Intervention.status, OPEN_STATUSES)
    conditions: list[ColumnElement[bool]]
    if state == OVERDUE:
        conditions = [is_open, Intervention.planned_on < cutoff]
    elif state == OPEN:
        conditions = [is_open, or_(Intervention.planned_on.is_(None),
                                   Intervention.planned_on >= cutoff)]
    elif state == DONE:
        conditions = [Intervention.status == "done"]
    elif state == SPENT:
        conditions = [Intervention.status == "done", Intervention.actual_satang > 0]
    else:
        raise ValueError(f"unknown referral state {state!r}")
    if scope.fiscal_year_be is not None:
        start, end = fiscal_year_bounds(scope.fiscal_year_be)
        conditions.append(Intervention.planned_on.between(start, end))
    if partner_id == NO_AGENCY:
        conditions.append(Intervention.partner_id.is_(None))
    elif partner_id is not None:
        conditions.append(Intervention.partner_id == partner_id)
    return conditions


def selection_conditions(session: Session, selection: Selection) -> list[ColumnElement[bool]]:
    """SQL conditions on ``households`` for exactly the households a figure counts."""
    conditions = scope_conditions(selection.scope)
    if selection.subdistrict_code:
        conditions.append(Household.subdistrict_code == selection.subdistrict_code)
    measure, value = selection.measure, selection.value
    vs = Household.verification_status
    if measure == HOUSEHOLDS:
        pass
    elif measure == VERIFIED:
        conditions.append(vs != "pending")
    elif measure == VERIFICATION:
        conditions.append(vs == str(value))
    elif measure == HELP:
        conditions.append(vs == "confirmed")
        if value == HELPED_ANY:
            conditions.append(_any_of(_help_bucket(), HELPED_STATUSES))
        elif value is not None:
            conditions.append(_help_bucket() == str(value))
    elif measure == DIMENSION:
        bit = session.scalar(select(Dimension.bit).where(Dimension.code == str(value)))
        conditions.append(Household.failed_dimension_mask.op("&")(bit) != 0 if bit is not None
                          else false())
    elif measure == LEVEL_AFTER:
        conditions.append(Household.level == int(value or 0))
    elif measure == LEVEL_BEFORE:
        first = aliased(CapitalAssessment)
        conditions.append(Household.id.in_(select(first.household_id).where(
            first.level == int(value or 0), _first_round(first))))
    elif measure == REFERRALS:
        conditions.append(Household.id.in_(select(Intervention.household_id).where(
            *referral_conditions(selection.scope, str(value), today=selection.today,
                                 grace_days=selection.grace_days,
                                 partner_id=selection.partner_id))))
    else:
        raise ValueError(f"unknown measure {measure!r}")
    return conditions


# --------------------------------------------------------------------------- counting


def dashboard_choices(session: Session, *, language: str = "th") -> DashboardChoices:
    """Subdistricts with households, list years and the fiscal years that have help."""
    name = Subdistrict.name_th if language == "th" else Subdistrict.name_en
    subdistricts = tuple(Choice(code, label) for code, label in session.execute(
        select(Subdistrict.code, name)
        .where(Subdistrict.code.in_(select(Household.subdistrict_code).distinct()))
        .order_by(Subdistrict.code)))
    years = tuple(Choice(y, str(y)) for y in session.scalars(
        select(HouseholdSource.list_year_be).where(HouseholdSource.list_year_be.is_not(None))
        .distinct().order_by(HouseholdSource.list_year_be.desc())))
    first, last = session.execute(
        select(func.min(Intervention.planned_on), func.max(Intervention.planned_on))).one()
    fiscal: tuple[Choice, ...] = ()
    if first is not None and last is not None:
        label = translate("dashboard", "Fiscal year {year}")
        fiscal = tuple(Choice(y, label.format(year=y)) for y in
                       range(fiscal_year_be(last), fiscal_year_be(first) - 1, -1))
    return DashboardChoices(subdistricts, years, fiscal)


def count_dashboard(session: Session, scope: DashboardFilter | None = None, *,
                    today: dt.date | None = None, language: str = "th") -> Dashboard:
    """Count every figure and chart of the overview for ``scope``."""
    scope = scope or DashboardFilter()
    today = today or dt.date.today()
    grace = help_rules(session).overdue_grace_days
    where = scope_conditions(scope)

    def sel(measure: str, value: str | int | None = None, label: str = "", **kw: Any) -> Selection:
        return Selection(scope, measure, value, today=today, grace_days=grace, label=label, **kw)

    verification_labels = code_labels(session, "verification_status", language=language)
    help_labels = code_labels(session, "help_status", language=language)
    sub_name = Subdistrict.name_th if language == "th" else Subdistrict.name_en
    sub_names = dict(session.execute(select(Subdistrict.code, sub_name).where(
        Subdistrict.code.in_(select(Household.subdistrict_code).distinct()))).all())

    # 1. one scan of the dashboard index: statuses per subdistrict, failed dimensions, levels
    by_status: dict[tuple[str, str, str], int] = {}
    by_mask: dict[int, int] = {}
    after: dict[int, int] = {}
    columns = (Household.subdistrict_code, Household.verification_status, Household.help_status,
               Household.failed_dimension_mask, Household.level)
    for sub, vs, hs, mask, level, n in session.execute(
            select(*columns, func.count()).where(*where).group_by(*columns)):
        key = (sub, vs, "target" if hs is None else hs)  # as _help_bucket() says it in SQL
        by_status[key] = by_status.get(key, 0) + n
        by_mask[int(mask or 0)] = by_mask.get(int(mask or 0), 0) + n
        if level is not None:
            after[level] = after.get(level, 0) + n

    def households(*, vs: str | None = None, hs: tuple[str, ...] | None = None,
                   sub: str | None = None, verified: bool = False) -> int:
        return sum(n for (s, v, h), n in by_status.items()
                   if (sub is None or s == sub) and (vs is None or v == vs)
                   and (not verified or v != "pending")
                   and (hs is None or (v == "confirmed" and h in hs)))

    total = sum(by_status.values())
    everyone = int(session.scalar(select(func.count()).select_from(Household)) or 0)

    def in_scope(column: Any) -> list[ColumnElement[bool]]:
        return household_scope(scope, column, counted=total, households=everyone)

    dims = session.execute(select(Dimension.code, Dimension.label_th if language == "th"
                                  else Dimension.label_en, Dimension.bit)
                           .order_by(Dimension.sort_order)).all()
    bands = session.execute(select(LevelBand.level, LevelBand.label_th if language == "th"
                                   else LevelBand.label_en).order_by(LevelBand.level)).all()
    # 2. the level at each household's first assessment
    first = aliased(CapitalAssessment)
    before = dict(session.execute(
        select(first.level, func.count())
        .where(_first_round(first), *in_scope(first.household_id))
        .group_by(first.level)).all())
    # 3. referrals per agency, status and planned day (the index's order: no sort), put in
    # their states here by the same rule as referral_conditions()
    cutoff = today - dt.timedelta(days=grace)
    referrals: dict[tuple[int | None, str], int] = {}
    spent_satang = spent_n = 0
    period = [Intervention.planned_on.between(*fiscal_year_bounds(scope.fiscal_year_be))] \
        if scope.fiscal_year_be is not None else []
    keys = (Intervention.partner_id, Intervention.status, Intervention.planned_on)
    for pid, status, planned, n, satang, paid in session.execute(
            select(*keys, func.count(), func.coalesce(func.sum(Intervention.actual_satang), 0),
                   func.count(Intervention.actual_satang))
            .where(*in_scope(Intervention.household_id), *period)
            .group_by(*keys)):
        state = referral_state(status, planned, cutoff)
        if state is not None:
            referrals[(pid, state)] = referrals.get((pid, state), 0) + int(n or 0)
        if state == DONE:
            spent_satang += int(satang or 0)
            spent_n += int(paid or 0)
    overdue_n = sum(n for (_p, state), n in referrals.items() if state == OVERDUE)
    open_n = overdue_n + sum(n for (_p, state), n in referrals.items() if state == OPEN)

    labels = {
        HOUSEHOLDS: translate("dashboard", "Households on the lists"),
        VERIFIED: translate("dashboard", "Verified"),
        "confirmed": translate("dashboard", "Confirmed targets"),
        "in_progress": translate("dashboard", "Help in progress"),
        "helped": translate("dashboard", "Helped or self-resolved"),
        "graduated": translate("dashboard", "Out of poverty"),
        OVERDUE: translate("dashboard", "Overdue referrals"),
        SPENT: translate("dashboard", "Baht spent"),
    }

    def referral_households(what: str, count: int) -> str:
        # A referral figure counts referrals, the list households: say so, or 698 overdue
        # referrals opening a list of 495 households looks like a mistake.
        return translate("dashboard", "{what}: the households of these {count} referrals").format(
            what=what, count=f"{count:,}")

    def card(key: str, value: int, selection: Selection, *, text: str = "",
             detail: str = "") -> Headline:
        return Headline(key, labels[key], value, text or f"{value:,}", selection, detail)

    headlines = (
        card(HOUSEHOLDS, total, sel(HOUSEHOLDS, label=labels[HOUSEHOLDS])),
        card(VERIFIED, households(verified=True), sel(VERIFIED, label=labels[VERIFIED])),
        card("confirmed", households(vs="confirmed"),
             sel(VERIFICATION, "confirmed", labels["confirmed"])),
        card("in_progress", households(hs=("in_progress",)),
             sel(HELP, "in_progress", labels["in_progress"])),
        card("helped", households(hs=HELPED_STATUSES), sel(HELP, HELPED_ANY, labels["helped"])),
        card("graduated", households(hs=("graduated",)),
             sel(HELP, "graduated", labels["graduated"])),
        card(OVERDUE, overdue_n, sel(REFERRALS, OVERDUE, referral_households(
            labels[OVERDUE], overdue_n)),
             detail=translate("dashboard", "of {count} open referrals").format(count=f"{open_n:,}")),
        card(SPENT, spent_satang // 100, sel(REFERRALS, SPENT, referral_households(
            labels[SPENT], spent_n)),
             text=format_baht(spent_satang),
             detail=translate("dashboard", "{count} referrals done and paid").format(count=f"{spent_n:,}")),
    )

    hh_unit = translate("dashboard", "households")
    subs = sorted({s for s, _v, _h in by_status}, key=lambda c: c)
    verification = Chart(
        "verification", translate("dashboard", "Verification per subdistrict"),
        tuple(sub_names.get(s, s) for s in subs),
        tuple(Series(vs, label, tuple(
            Bar(households(vs=vs, sub=s), sel(VERIFICATION, vs, f"{label} · {sub_names.get(s, s)}",
                                              subdistrict_code=s)) for s in subs))
            for vs, label in verification_labels.items()),
        unit=hh_unit, axis=translate("dashboard", "Subdistrict"))
    help_chart = Chart(
        "help", translate("dashboard", "Help status of confirmed targets"), tuple(help_labels.values()),
        (Series("confirmed", labels["confirmed"], tuple(
            Bar(households(hs=(hs,)), sel(HELP, hs, label)) for hs, label in help_labels.items())),),
        stacked=False, unit=hh_unit, axis=translate("dashboard", "Help status"))
    dimensions = Chart(
        "dimensions", translate("dashboard", "Failed dimensions"), tuple(label for _c, label, _b in dims),
        (Series("failed", translate("dashboard", "Households failing"), tuple(
            Bar(sum(n for mask, n in by_mask.items() if int(mask or 0) & bit),
                sel(DIMENSION, code, label)) for code, label, bit in dims)),),
        stacked=False, unit=hh_unit, axis=translate("dashboard", "Dimension"),
        note=translate("dashboard", "A household can fail several dimensions and is counted in each."))
    levels = Chart(
        "levels", translate("dashboard", "Household levels before and after help"),
        tuple(label for _lv, label in bands),
        (Series("before", translate("dashboard", "Before (first assessment)"), tuple(
            Bar(int(before.get(lv, 0)), sel(LEVEL_BEFORE, lv, f"{label} · "
                                            + translate("dashboard", "first assessment")))
            for lv, label in bands)),
         Series("after", translate("dashboard", "After (latest assessment)"), tuple(
             Bar(int(after.get(lv, 0)), sel(LEVEL_AFTER, lv, f"{label} · "
                                            + translate("dashboard", "latest assessment")))
             for lv, label in bands))),
        stacked=False, unit=hh_unit, axis=translate("dashboard", "Level"))
    partner_ids = sorted({pid for pid, _s in referrals}, key=lambda p: (p is None, p or 0))
    partner_names = {pid: short or name for pid, short, name in session.execute(
        select(Partner.id, Partner.short_name, Partner.name))}
    no_agency = translate("dashboard", "No agency named")
    agency_labels = [partner_names.get(pid, "") if pid is not None else no_agency
                     for pid in partner_ids]
    state_labels = {OPEN: translate("dashboard", "Open"), OVERDUE: translate("dashboard", "Overdue"),
                    DONE: translate("dashboard", "Done")}
    agencies = Chart(
        "agencies", translate("dashboard", "Referrals per agency"), tuple(agency_labels),
        tuple(Series(state, state_labels[state], tuple(
            Bar(referrals.get((pid, state), 0),
                sel(REFERRALS, state, f"{state_labels[state]} · {name}",
                    partner_id=NO_AGENCY if pid is None else pid))
            for pid, name in zip(partner_ids, agency_labels, strict=True)))
            for state in REFERRAL_STATES),
        unit=translate("dashboard", "referrals"), axis=translate("dashboard", "Agency"))
    return Dashboard(scope, today, headlines, (verification, help_chart, dimensions, levels,
                                               agencies), scope_text(session, scope, language))


def scope_text(session: Session, scope: DashboardFilter, language: str = "th") -> str:
    """The filter in words: ``ตำบลพระบาท · บัญชีปี 2569 · ปีงบประมาณ 2570``."""
    parts: list[str] = []
    if scope.subdistrict_code:
        row = session.get(Subdistrict, scope.subdistrict_code)
        name = (row.name_th if language == "th" else row.name_en) if row else scope.subdistrict_code
        parts.append(translate("dashboard", "Subdistrict {name}").format(name=name))
    else:
        parts.append(translate("dashboard", "All subdistricts"))
    if scope.list_year_be is not None:
        parts.append(translate("dashboard", "List year {year}").format(year=scope.list_year_be))
    if scope.fiscal_year_be is not None:
        parts.append(translate("dashboard", "Help planned in fiscal year {year}").format(
            year=scope.fiscal_year_be))
    return " · ".join(parts)


__all__ = ["Bar", "Chart", "Dashboard", "DashboardFilter", "Headline", "Selection", "Series",
           "count_dashboard", "dashboard_choices", "selection_conditions"]
