"""Reading the history: a household's changes and the office-wide log, as lines people read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from core.case import FieldLabels
from core.i18n import translate
from core.thai import format_date_be, mask_national_id
from db.models import ChangeSet, Dimension, HistoryEntry, Indicator, User


def field_labels(session: Session, *, language: str = "th") -> FieldLabels:
    """The names people use for the case's fields, indicators and dimensions."""
    household = {
        "house_code": translate("fields", "house code"),
        "house_no": translate("fields", "house number"),
        "village_id": translate("fields", "village"),
        "subdistrict_code": translate("fields", "subdistrict"),
        "alley": translate("fields", "soi"),
        "road": translate("fields", "road"),
        "is_municipal": translate("fields", "in a municipality"),
        "latitude": translate("fields", "latitude"),
        "longitude": translate("fields", "longitude"),
        "phone": translate("fields", "phone"),
        "farmer_book_no": translate("fields", "farmer book number"),
        "has_welfare_card": translate("fields", "state welfare card"),
        "in_tpmap": translate("fields", "in TPMAP"),
        "in_thaiqm": translate("fields", "in ThaiQM"),
        "case_source": translate("fields", "source of the case"),
        "stage": translate("fields", "stage"),
        "responsible_partner_id": translate("fields", "responsible agency"),
        "notes": translate("fields", "notes"),
        "verification_status": translate("fields", "verification status"),
        "help_status": translate("fields", "help status"),
        "last_visit_on": translate("fields", "last visit"),
        "merged_into_id": translate("fields", "merged into"),
        "household_id": translate("fields", "household"),
        "level": translate("fields", "level"),
        "resolved_on": translate("fields", "resolved on"),
        "round_no": translate("fields", "round"),
        "assessed_on": translate("fields", "assessed on"),
        "assessor": translate("fields", "assessor"),
        "scores": translate("fields", "scores"),
        "mean_score": translate("fields", "mean score"),
        "action": translate("fields", "decision"),
    }
    member = {
        "national_id": translate("fields", "national ID"),
        "no_id_reason": translate("fields", "reason for no ID"),
        "title": translate("fields", "title"),
        "first_name": translate("fields", "first name"),
        "last_name": translate("fields", "last name"),
        "sex": translate("fields", "sex"),
        "birth_date": translate("fields", "birth date"),
        "birth_date_precision": translate("fields", "birth date known to"),
        "relation": translate("fields", "relation to the head"),
        "is_head": translate("fields", "head of household"),
        "living_status": translate("fields", "living status"),
        "health_status": translate("fields", "health"),
        "disability": translate("fields", "disability"),
        "education": translate("fields", "education"),
        "work_status": translate("fields", "work"),
        "occupation": translate("fields", "occupation"),
        "income_baht_year": translate("fields", "income (baht a year)"),
        "thai_literacy": translate("fields", "reads and writes Thai"),
        "phone": translate("fields", "phone"),
        "notes": translate("fields", "notes"),
        "welfare": translate("fields", "welfare received"),
        "household_id": translate("fields", "household"),
    }
    dim_label = Dimension.label_th if language == "th" else Dimension.label_en
    dimensions = {code: label for code, label in session.execute(select(Dimension.code, dim_label))}
    indicators = {iid: f"{number}. {label}" for iid, number, label in session.execute(
        select(Indicator.id, Indicator.number, Indicator.label_th))}
    return FieldLabels(household, member, indicators, dimensions)


def table_labels() -> dict[str, str]:
    """What people call the records the history speaks of."""
    return {
        "households": translate("history", "household"), "members": translate("history", "member"),
        "visits": translate("history", "visit"), "interventions": translate("history", "help"),
        "household_problems": translate("history", "problem"),
        "household_sources": translate("history", "list entry"),
        "capital_assessments": translate("history", "capital assessment"),
        "attachments": translate("history", "attachment"),
        "import_rows": translate("history", "imported row"),
        "import_batches": translate("history", "import"),
        "villages": translate("history", "village"),
        "office_profile": translate("history", "office profile"),
        "users": translate("history", "user"), "database": translate("history", "database"),
        "reference": translate("history", "reference data"),
    }


def action_labels() -> dict[str, str]:
    """What happened to a record, in words."""
    return {"insert": translate("history", "added"), "update": translate("history", "changed"),
            "delete": translate("history", "removed"), "import": translate("history", "imported"),
            "undo": translate("history", "undone"), "load": translate("history", "loaded"),
            "backup": translate("history", "backed up"),
            "restore": translate("history", "restored")}


@dataclass(frozen=True)
class HistoryLine:
    """One history entry as the history tab and the log show it."""

    id: int
    at: dt.datetime  # local time
    when: str  # BE date and time
    username: str
    household_id: int | None
    what: str  # "member 12: first name"
    action: str
    old: str
    new: str
    reason: str
    change: str  # the change set's summary (or the import)
    change_id: int | None


@dataclass(frozen=True)
class HistoryFilter:
    """Narrowing the office-wide log; empty fields do not filter."""

    household_id: int | None = None
    username: str | None = None
    table: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""


def local_time(at_utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the PC's own time zone, naive."""
    return at_utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _when(at_utc: dt.datetime) -> tuple[dt.datetime, str]:
    local = local_time(at_utc)
    return local, f"{format_date_be(local.date(), style='short')} {local:%H:%M}"


def when_text(at_utc: dt.datetime) -> str:
    """A stored time as people read it: BE date and local time."""
    return _when(at_utc)[1]


def period_conditions(column: ColumnElement[dt.datetime] | InstrumentedAttribute[dt.datetime],
                      since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    """A stored UTC time on or after ``since`` and on or before ``until`` (local days)."""
    where: list[ColumnElement[bool]] = []
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    if since is not None:
        where.append(column >= dt.datetime.combine(since, dt.time()) - offset)
    if until is not None:
        where.append(column < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()) - offset)
    return where


def _conditions(flt: HistoryFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.household_id is not None:
        where.append(HistoryEntry.household_id == flt.household_id)
    if flt.username:
        where.append(HistoryEntry.username == flt.username)
    if flt.table:
        where.append(HistoryEntry.table_name == flt.table)
    where.extend(period_conditions(HistoryEntry.at, flt.since, flt.until))
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        where.append(or_(HistoryEntry.old_value.like(like), HistoryEntry.new_value.like(like),
                         HistoryEntry.reason.like(like)))
    return where


def history_lines(session: Session, flt: HistoryFilter, *, limit: int = 500, offset: int = 0,
                  language: str = "th", mask_ids: bool = False) -> list[HistoryLine]:
    """History entries matching the filter, newest first (national IDs masked with
    ``mask_ids``, as a viewer sees them)."""
    labels = field_labels(session, language=language)
    stmt = (select(HistoryEntry, ChangeSet.summary)
            .outerjoin(ChangeSet, ChangeSet.id == HistoryEntry.change_id)
            .where(*_conditions(flt)).order_by(HistoryEntry.id.desc()).limit(limit).offset(offset))
    tables, actions = table_labels(), action_labels()
    lines = []
    for entry, summary in session.execute(stmt):
        what = tables.get(entry.table_name, entry.table_name)
        what = f"{what} {entry.record_id}" if entry.record_id else what
        if entry.field:
            names = labels.member if entry.table_name == "members" else labels.household
            what += f": {names.get(entry.field, entry.field)}"
        local, when = _when(entry.at)
        change = summary or (translate("history", "import {id}").format(id=entry.batch_id)
                             if entry.batch_id else "")
        old, new = _value(entry.old_value, entry.action), _value(entry.new_value, entry.action)
        if mask_ids and entry.field == "national_id":
            old, new = (mask_national_id(v) if v else v for v in (old, new))
        lines.append(HistoryLine(
            id=entry.id, at=local, when=when, username=entry.username,
            household_id=entry.household_id, what=what,
            action=actions.get(entry.action, entry.action), old=old, new=new,
            reason=entry.reason or "", change=change, change_id=entry.change_id))
    return lines


def _value(value: str | None, action: str) -> str:
    if value is None:
        return ""
    if action == "delete" and value.startswith("{"):
        return translate("history", "(the whole record, kept for undo)")
    return value


def count_history(session: Session, flt: HistoryFilter) -> int:
    """How many entries match the filter."""
    return int(session.scalar(select(func.count()).select_from(HistoryEntry)
                              .where(*_conditions(flt))) or 0)


def history_users(session: Session) -> list[str]:
    """The user names of the office (for the log's filter)."""
    return sorted(session.scalars(select(User.username)))
