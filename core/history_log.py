"""Reading the history: a household's changes and the office-wide log, as lines people read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from core.case import FieldLabels
from core.i18n import translate
from core.thai import format_date_be
from db.models import ChangeSet, Dimension, HistoryEntry, Indicator, User


def field_labels(session: Session, *, language: str = "th") -> FieldLabels:
    """The names people use for the case's fields, indicators and dimensions."""
    t = translate
    household = {
        "house_code": t("fields", "house code"), "house_no": t("fields", "house number"),
        "village_id": t("fields", "village"), "subdistrict_code": t("fields", "subdistrict"),
        "alley": t("fields", "soi"), "road": t("fields", "road"),
        "is_municipal": t("fields", "in a municipality"), "latitude": t("fields", "latitude"),
        "longitude": t("fields", "longitude"), "phone": t("fields", "phone"),
        "farmer_book_no": t("fields", "farmer book number"),
        "has_welfare_card": t("fields", "state welfare card"), "in_tpmap": t("fields", "in TPMAP"),
        "in_thaiqm": t("fields", "in ThaiQM"), "case_source": t("fields", "source of the case"),
        "stage": t("fields", "stage"), "responsible_partner_id": t("fields", "responsible agency"),
        "notes": t("fields", "notes"), "verification_status": t("fields", "verification status"),
        "help_status": t("fields", "help status"), "last_visit_on": t("fields", "last visit"),
        "merged_into_id": t("fields", "merged into"), "household_id": t("fields", "household"),
        "level": t("fields", "level"), "resolved_on": t("fields", "resolved on"),
        "round_no": t("fields", "round"), "assessed_on": t("fields", "assessed on"),
        "assessor": t("fields", "assessor"), "scores": t("fields", "scores"),
        "mean_score": t("fields", "mean score"), "action": t("fields", "decision"),
    }
    member = {
        "national_id": t("fields", "national ID"), "no_id_reason": t("fields", "reason for no ID"),
        "title": t("fields", "title"), "first_name": t("fields", "first name"),
        "last_name": t("fields", "last name"), "sex": t("fields", "sex"),
        "birth_date": t("fields", "birth date"), "birth_date_precision": t("fields", "birth date known to"),
        "relation": t("fields", "relation to the head"), "is_head": t("fields", "head of household"),
        "living_status": t("fields", "living status"), "health_status": t("fields", "health"),
        "disability": t("fields", "disability"), "education": t("fields", "education"),
        "work_status": t("fields", "work"), "occupation": t("fields", "occupation"),
        "income_baht_year": t("fields", "income (baht a year)"),
        "thai_literacy": t("fields", "reads and writes Thai"), "phone": t("fields", "phone"),
        "notes": t("fields", "notes"), "welfare": t("fields", "welfare received"),
        "household_id": t("fields", "household"),
    }
    dim_label = Dimension.label_th if language == "th" else Dimension.label_en
    dimensions = {code: label for code, label in session.execute(select(Dimension.code, dim_label))}
    indicators = {iid: f"{number}. {label}" for iid, number, label in session.execute(
        select(Indicator.id, Indicator.number, Indicator.label_th))}
    return FieldLabels(household, member, indicators, dimensions)


TABLE_LABELS = {
    "households": ("history", "household"), "members": ("history", "member"),
    "visits": ("history", "visit"), "interventions": ("history", "help"),
    "household_problems": ("history", "problem"), "household_sources": ("history", "list entry"),
    "capital_assessments": ("history", "capital assessment"),
    "attachments": ("history", "attachment"), "import_rows": ("history", "imported row"),
    "import_batches": ("history", "import"), "villages": ("history", "village"),
    "office_profile": ("history", "office profile"), "users": ("history", "user"),
    "database": ("history", "database"), "reference": ("history", "reference data"),
}
ACTION_LABELS = {"insert": ("history", "added"), "update": ("history", "changed"),
                 "delete": ("history", "removed"), "import": ("history", "imported"),
                 "undo": ("history", "undone"), "load": ("history", "loaded"),
                 "backup": ("history", "backed up"), "restore": ("history", "restored")}


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


def _conditions(flt: HistoryFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.household_id is not None:
        where.append(HistoryEntry.household_id == flt.household_id)
    if flt.username:
        where.append(HistoryEntry.username == flt.username)
    if flt.table:
        where.append(HistoryEntry.table_name == flt.table)
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    if flt.since is not None:
        where.append(HistoryEntry.at >= dt.datetime.combine(flt.since, dt.time()) - offset)
    if flt.until is not None:
        where.append(HistoryEntry.at < dt.datetime.combine(flt.until + dt.timedelta(days=1),
                                                           dt.time()) - offset)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        where.append(or_(HistoryEntry.old_value.like(like), HistoryEntry.new_value.like(like),
                         HistoryEntry.reason.like(like)))
    return where


def history_lines(session: Session, flt: HistoryFilter, *, limit: int = 500, offset: int = 0,
                  language: str = "th") -> list[HistoryLine]:
    """History entries matching the filter, newest first."""
    labels = field_labels(session, language=language)
    stmt = (select(HistoryEntry, ChangeSet.summary)
            .outerjoin(ChangeSet, ChangeSet.id == HistoryEntry.change_id)
            .where(*_conditions(flt)).order_by(HistoryEntry.id.desc()).limit(limit).offset(offset))
    lines = []
    for entry, summary in session.execute(stmt):
        table = TABLE_LABELS.get(entry.table_name)
        what = translate(*table) if table else entry.table_name
        what = f"{what} {entry.record_id}" if entry.record_id else what
        if entry.field:
            names = labels.member if entry.table_name == "members" else labels.household
            what += f": {names.get(entry.field, entry.field)}"
        action = ACTION_LABELS.get(entry.action)
        local, when = _when(entry.at)
        change = summary or (translate("history", "import {id}").format(id=entry.batch_id)
                             if entry.batch_id else "")
        lines.append(HistoryLine(
            id=entry.id, at=local, when=when, username=entry.username,
            household_id=entry.household_id, what=what,
            action=translate(*action) if action else entry.action,
            old=_value(entry.old_value, entry.action), new=_value(entry.new_value, entry.action),
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
