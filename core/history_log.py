"""Reading the history: a household's changes and the office-wide log, as lines people read."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from core.case import FieldLabels
from core.history import typed_value
from core.i18n import translate
from core.reference import code_labels
from core.thai import format_date_be, format_house_code, mask_national_id
from db.bulk import chunks
from db.models import (
    ChangeSet,
    Dimension,
    HistoryEntry,
    Household,
    Indicator,
    Member,
    Partner,
    StatusChange,
    User,
    Village,
)


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
        "help_decision": translate("fields", "help decision"),
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
        "result": translate("fields", "result"),
        "status": translate("fields", "status"),
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
    """One history entry (or status change) as the history tab, the log and the case summary
    show it: every part in words people read, no codes or internal ids."""

    id: int  # the history entry (0 for a status change no entry records)
    at: dt.datetime  # local time
    when: str  # BE date and time
    username: str  # the account's user name (what the log filters on)
    household_id: int | None
    what: str  # "สมาชิก นางกนกวรรณ ใจธิ: ชื่อ"
    action: str
    old: str  # through the code lists: "เป้าหมาย", not "target"
    new: str
    reason: str
    change: str  # the change set's summary (or the import)
    change_id: int | None
    who: str = ""  # the person's full name (users.full_name)
    record: str = ""  # "ครัวเรือน 5201-000123-4", "สมาชิก นางกนกวรรณ ใจธิ"
    field: str = ""  # the field's name in words, empty for a whole record
    table: str = ""  # the table the entry speaks of (status changes: households)
    status_change: bool = False  # a row of status_changes, not of the history
    topic: str = ""  # a status change's short name: "การช่วยเหลือ" (the field's, else)

    def sentence(self, *, with_record: bool = True) -> str:
        """The line as one sentence: "ครัวเรือน 5201-000123-4: สถานะการช่วยเหลือ: เป้าหมาย →
        ช่วยเหลือแล้ว"; without the record "การช่วยเหลือ: เป้าหมาย → ช่วยเหลือแล้ว"."""
        subject = self.what if with_record or not self.field else self.topic or self.field
        if self.field and (self.old or self.new):
            return f"{subject}: {self.old or '-'} → {self.new or '-'}"
        return f"{self.action} {subject}" if self.action else subject


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


# Fields whose stored values are codes of a code list (table, field) → list.
VALUE_LISTS: dict[tuple[str, str], str] = {
    ("households", "verification_status"): "verification_status",
    ("households", "help_status"): "help_status",
    ("households", "help_decision"): "help_status",
    ("households", "stage"): "stage",
    ("households", "case_source"): "case_source",
    **{("members", name): name for name in (
        "title", "sex", "relation", "living_status", "health_status", "disability", "education",
        "work_status", "occupation")},
    ("visits", "result"): "visit_result",
    ("interventions", "status"): "referral_status",
}

# The household field each kind of status change moves.
STATUS_FIELDS = {"verification": "verification_status", "help": "help_status",
                 "stage": "stage", "help_decision": "help_decision"}

def status_topics() -> dict[str, str]:
    """The short names of the kinds of status change (the case summary's history)."""
    return {"verification": translate("history", "Verification"),
            "help": translate("history", "Help"), "stage": translate("history", "Stage"),
            "help_decision": translate("history", "Help decision")}


# How far apart (either way) a status change and the history entry of the same change may
# have been stamped: the entry by the program, the status change possibly by the server.
_SAME_CHANGE = dt.timedelta(days=1)


@dataclass
class _Words:
    """Everything needed to turn history rows into words, read once per call."""

    session: Session
    language: str
    labels: FieldLabels
    tables: dict[str, str]
    actions: dict[str, str]
    lists: dict[str, dict[str, str]] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)
    households: dict[int, str] = field(default_factory=dict)
    members: dict[int, str] = field(default_factory=dict)
    villages: dict[int, str] | None = None
    partners: dict[int, str] | None = None

    @classmethod
    def load(cls, session: Session, language: str) -> _Words:
        words = cls(session, language, field_labels(session, language=language), table_labels(),
                    action_labels())
        words.people = {uid: name for uid, name in session.execute(
            select(User.id, User.full_name)) if name}
        return words

    def code(self, list_name: str, value: str) -> str:
        if list_name not in self.lists:
            self.lists[list_name] = code_labels(self.session, list_name, language=self.language)
        return self.lists[list_name].get(value, value)

    def person(self, user_id: int | None, username: str) -> str:
        return self.people.get(user_id or -1) or username

    def prepare(self, entries: Iterable[HistoryEntry]) -> None:
        """Read the house codes and member names the entries speak of (a few IN queries)."""
        households: set[int] = set()
        members: set[int] = set()
        for e in entries:
            if e.household_id:
                households.add(e.household_id)
            if e.table_name == "households":
                households.add(e.record_id)
            elif e.table_name == "members":
                members.add(e.record_id)
                if e.action == "delete" and e.old_value and e.old_value.startswith("{"):
                    self.members.setdefault(e.record_id, _member_name(json.loads(e.old_value)))
            if e.field in ("household_id", "merged_into_id"):
                households.update(int(v) for v in (e.old_value, e.new_value)
                                  if v and v.isdigit())
        self.read(households, members)

    def read(self, households: set[int], members: set[int]) -> None:
        """Read the house codes and member names not read yet."""
        for part in chunks(sorted(households - set(self.households))):
            for hid, code, head in self.session.execute(
                    select(Household.id, Household.house_code, Household.head_name)
                    .where(Household.id.in_(part))):
                self.households[hid] = format_house_code(code) if code else (head or "")
        for part in chunks(sorted(members - set(self.members))):
            for m in self.session.scalars(select(Member).where(Member.id.in_(part))):
                self.members[m.id] = _member_name({"title": m.title, "first_name": m.first_name,
                                                   "last_name": m.last_name})

    def record(self, table: str, record_id: int | None) -> str:
        name = self.tables.get(table, table)
        if not record_id:
            return name
        gone = translate("history", "(removed)")
        if table == "households":
            return f"{name} {self.households.get(record_id) or gone}"
        if table == "members":
            return f"{name} {self.members.get(record_id) or gone}"
        return f"{name} {record_id}"

    def field_name(self, table: str, name: str) -> str:
        names = self.labels.member if table == "members" else self.labels.household
        return names.get(name, name)

    def value(self, table: str, name: str | None, value: str | None, action: str) -> str:
        """A stored value in words: code labels, BE dates, yes/no, names for ids."""
        if value is None or value == "":
            return ""
        if action == "delete" and value.startswith("{"):
            return translate("history", "(the whole record, kept for undo)")
        if name is None:
            return value
        if (table, name) in VALUE_LISTS:
            if name == "help_decision" and value == "reopen":
                return translate("history", "reopened")
            return self.code(VALUE_LISTS[table, name], value)
        if name in ("village_id", "team_village_id"):
            return self._village(value)
        if name in ("responsible_partner_id", "partner_id", "team_partner_id"):
            return self._partner(value)
        if name in ("household_id", "merged_into_id") and value.isdigit():
            return self.households.get(int(value)) or value
        try:
            typed = typed_value(table, name, value)
        except (KeyError, ValueError):
            return value
        if isinstance(typed, bool):
            return translate("history", "yes") if typed else translate("history", "no")
        if isinstance(typed, dt.datetime):
            return when_text(typed)
        if isinstance(typed, dt.date):
            return format_date_be(typed, style="short")
        return value

    def _village(self, value: str) -> str:
        if self.villages is None:
            self.villages = {}
            for vid, number, name, kind in self.session.execute(
                    select(Village.id, Village.number, Village.name, Village.kind)):
                self.villages[vid] = translate("households", "Moo {number} {name}").format(
                    number=number, name=name) if kind == "moo" else name
        return self.villages.get(int(value), value) if value.isdigit() else value

    def _partner(self, value: str) -> str:
        if self.partners is None:
            self.partners = dict(self.session.execute(select(Partner.id, Partner.name)).all())
        return self.partners.get(int(value), value) if value.isdigit() else value


def _member_name(values: dict[str, str | None]) -> str:
    """นางกนกวรรณ ใจธิ (the title joined to the first name)."""
    return (f"{values.get('title') or ''}{values.get('first_name') or ''} "
            f"{values.get('last_name') or ''}").strip()


def _line(words: _Words, entry: HistoryEntry, summary: str | None, mask_ids: bool
          ) -> HistoryLine:
    record = words.record(entry.table_name, entry.record_id)
    name = words.field_name(entry.table_name, entry.field) if entry.field else ""
    local, when = _when(entry.at)
    change = summary or (translate("history", "import {id}").format(id=entry.batch_id)
                         if entry.batch_id else "")
    old = words.value(entry.table_name, entry.field, entry.old_value, entry.action)
    new = words.value(entry.table_name, entry.field, entry.new_value, entry.action)
    if mask_ids and entry.field == "national_id":
        old, new = (mask_national_id(v) if v else v for v in (old, new))
    return HistoryLine(
        id=entry.id, at=local, when=when, username=entry.username,
        household_id=entry.household_id, what=f"{record}: {name}" if name else record,
        action=words.actions.get(entry.action, entry.action), old=old, new=new,
        reason=entry.reason or "", change=change, change_id=entry.change_id,
        who=words.person(entry.user_id, entry.username), record=record, field=name,
        table=entry.table_name)


def history_lines(session: Session, flt: HistoryFilter, *, limit: int = 500, offset: int = 0,
                  language: str = "th", mask_ids: bool = False) -> list[HistoryLine]:
    """History entries matching the filter, newest first (national IDs masked with
    ``mask_ids``, as a viewer sees them), in words: field names, code labels, full names,
    house codes."""
    stmt = (select(HistoryEntry, ChangeSet.summary)
            .outerjoin(ChangeSet, ChangeSet.id == HistoryEntry.change_id)
            .where(*_conditions(flt)).order_by(HistoryEntry.id.desc()).limit(limit).offset(offset))
    rows = session.execute(stmt).all()
    words = _Words.load(session, language)
    words.prepare(entry for entry, _ in rows)
    return [_line(words, entry, summary, mask_ids) for entry, summary in rows]


def case_history(session: Session, household_id: int, *, limit: int = 500,
                 tables: Iterable[str] | None = None, language: str = "th",
                 mask_ids: bool = False) -> list[HistoryLine]:
    """A household's history, newest first: its status changes and its history entries,
    each change once (the history entry a status change also records is left out).

    ``tables`` keeps only entries about those records (the status changes always stay).
    The household's editor and its case summary both show this.
    """
    lines = history_lines(session, HistoryFilter(household_id=household_id), limit=100_000,
                          language=language, mask_ids=mask_ids)
    if tables is not None:
        keep = set(tables)
        lines = [line for line in lines if line.table in keep]
    entries = {e.id: e for e in session.scalars(select(HistoryEntry).where(
        HistoryEntry.household_id == household_id, HistoryEntry.table_name == "households",
        HistoryEntry.field.in_(list(STATUS_FIELDS.values()))))}
    words = _Words.load(session, language)
    words.prepare(entries.values())
    words.read({household_id}, set())
    by_id = {line.id: line for line in lines}
    topics = status_topics()
    taken: set[int] = set()
    status_lines = []
    for c, username in session.execute(
            select(StatusChange, User.username).outerjoin(User, User.id == StatusChange.user_id)
            .where(StatusChange.household_id == household_id).order_by(StatusChange.id)):
        name = STATUS_FIELDS.get(c.kind, c.kind)
        old = None if c.old_status in (None, "", "-") else c.old_status
        new = None if c.new_status in (None, "", "-") else c.new_status
        twins = [e for e in entries.values() if e.id not in taken and e.field == name
                 and e.record_id == household_id and e.old_value == old and e.new_value == new
                 and abs(e.at - c.changed_at) <= _SAME_CHANGE]
        twin = min(twins, key=lambda e: abs(e.at - c.changed_at), default=None)
        if twin is not None:
            taken.add(twin.id)
        record = words.record("households", household_id)
        label = words.field_name("households", name)
        local, when = _when(c.changed_at)
        base = by_id.get(twin.id) if twin is not None else None
        status_lines.append(HistoryLine(
            id=twin.id if twin is not None else 0, at=local, when=when,
            username=username or (twin.username if twin is not None else ""),
            household_id=household_id, what=f"{record}: {label}",
            action=words.actions["update"],
            old=words.value("households", name, old, "update"),
            new=words.value("households", name, new, "update"),
            reason=c.reason or ((twin.reason or "") if twin is not None else ""),
            change=base.change if base is not None else "",
            change_id=twin.change_id if twin is not None else None,
            who=words.person(c.user_id, username or ""), record=record, field=label,
            table="households", status_change=True, topic=topics.get(c.kind, label)))
    merged = [line for line in lines if line.id not in taken] + status_lines
    merged.sort(key=lambda line: (line.at, line.id), reverse=True)
    return merged[:limit]


def count_history(session: Session, flt: HistoryFilter) -> int:
    """How many entries match the filter."""
    return int(session.scalar(select(func.count()).select_from(HistoryEntry)
                              .where(*_conditions(flt))) or 0)


def history_users(session: Session) -> list[str]:
    """The user names of the office (for the log's filter)."""
    return sorted(session.scalars(select(User.username)))
