"""Writing an import plan in one transaction, and undoing an import batch from its history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    bindparam,
    func,
    literal_column,
    select,
    text,
    union,
    update,
)
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.audit import UNDO_IMPORT, record_audit
from core.errors import UserError
from core.history import Actor, as_text, record, typed_value, utcnow
from core.i18n import translate
from core.importing.plan import AreaIndex, HouseholdPlan, ImportPlan, Person
from core.summaries import (
    head_sort_key,
    list_year_mask,
    refresh_household_summaries,
    refresh_list_years,
)
from core.thai import format_date_be
from db.bulk import bulk_insert, chunks, next_id, sync_sequences
from db.models import (
    Base,
    HistoryEntry,
    Household,
    HouseholdProblem,
    HouseholdSource,
    ImportBatch,
    ImportMapping,
    ImportRow,
    Member,
    User,
)

CASE_SOURCE = {"tpmap": "tpmap", "thaiqm": "thaiqm", "jpt": "jpt_kcch", "pppconnext": "other",
               "local": "other"}


def _raw(values: Sequence[Any]) -> str:
    """The row as read, as a JSON list (the headers are stored once, with the batch)."""
    return json.dumps(values, ensure_ascii=False, default=as_text)


def _db_value(value: Any) -> Any:
    """A Python value as the bulk path expects it (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def head_name(p: Person) -> str:
    """How a household's head is shown in lists (kept in households.head_name)."""
    return f"{p.title or ''}{p.first_name or ''} {p.last_name or ''}".rstrip()


@dataclass
class _Writer:
    conn: Connection
    plan: ImportPlan
    actor: Actor
    batch_id: int
    now: str

    def __post_init__(self) -> None:
        self.next = {t: next_id(self.conn, t) for t in (
            "villages", "households", "members", "household_sources", "household_problems",
            "history", "import_rows")}
        self.history: list[tuple[Any, ...]] = []
        self.bits: dict[str, int] = {
            code: bit for code, bit in self.conn.execute(text("SELECT code, bit FROM dimensions"))}

    def id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def log(self, table: str, record_id: int, action: str, field: str | None = None,
            old: Any = None, new: Any = None, *, household: int | None) -> None:
        self.history.append((self.id("history"), self.now, self.actor.user_id, self.actor.username,
                             table, record_id, action, field, as_text(old), as_text(new),
                             self.batch_id, household))


def commit_plan(session: Session, plan: ImportPlan, actor: Actor, *,
                mapping_name: str | None = None, header_signature: str | None = None) -> int:
    """Write the plan in the caller's transaction; returns the import batch id."""
    require(actor, Permission.IMPORT)
    opts = plan.options
    counts = plan.counts()
    batch = ImportBatch(
        source_code=opts.source_code, file_name=opts.file_name, file_sha256=opts.file_sha256,
        sheet_name=opts.sheet_name, list_year_be=opts.list_year_be,
        survey_year_be=opts.survey_year_be,
        mapping={"headers": plan.headers,
                 "columns": {str(k): v for k, v in plan.mapping.items()}},
        status="committed",
        user_id=actor.user_id, rows_read=counts["rows_read"],
        rows_new=counts["members_new"], rows_updated=counts["members_updated"],
        rows_unchanged=counts["unchanged"], rows_rejected=counts["rejected"], summary=counts)
    session.add(batch)
    session.flush()
    conn = session.connection()
    areas = AreaIndex.load(session)
    w = _Writer(conn, plan, actor, batch.id, str(utcnow().replace(microsecond=0)))
    villages = _ensure_villages(w, areas)
    _write_new(w, villages)
    touched = _write_changes(w, villages)
    _mark_disappeared(w)
    bulk_insert(conn, "history", ("id", "at", "user_id", "username", "table_name", "record_id",
                                  "action", "field", "old_value", "new_value", "batch_id",
                                  "household_id"), w.history)
    refresh_household_summaries(conn, touched)
    _write_rows(w)
    sync_sequences(conn, list(w.next))
    batch.finished_at = utcnow()
    if header_signature:
        _remember_mapping(session, plan, mapping_name or opts.file_name, header_signature)
    record(session, actor, table="import_batches", record_id=batch.id, action="import",
           new=opts.file_name, batch_id=batch.id)
    return batch.id


def _ensure_villages(w: _Writer, areas: AreaIndex) -> dict[tuple[str, int], int]:
    villages = dict(areas.villages)
    rows = []
    for h in w.plan.households:
        if h.outcome == "review":
            continue
        head = h.head
        key = (head.subdistrict_code or "", head.village_no or 0)
        if head.subdistrict_code and head.village_no and key not in villages:
            vid = w.id("villages")
            villages[key] = vid
            name = head.village_name or f"หมู่ {head.village_no}"
            rows.append((vid, f"{head.subdistrict_code}{head.village_no:02d}",
                         head.subdistrict_code, head.village_no, name, "moo", False, 1))
            w.log("villages", vid, "insert", household=None)
    bulk_insert(w.conn, "villages", ("id", "code", "subdistrict_code", "number", "name", "kind",
                                     "is_municipal", "version"), rows)
    return villages


MEMBER_COLUMNS = ("id", "household_id", "national_id", "title", "first_name", "last_name", "sex",
                  "birth_date", "birth_date_precision", "relation", "is_head", "phone",
                  "created_at", "version")


def _member_row(w: _Writer, hid: int, p: Person, *, is_head: bool,
                log: bool) -> tuple[Any, ...]:
    mid = w.id("members")
    if log:
        w.log("members", mid, "insert", household=hid)
    return (mid, hid, p.national_id, p.title, p.first_name or "", p.last_name, p.sex,
            _db_value(p.birth_date), p.birth_precision, p.relation or ("head" if is_head else None),
            is_head, p.phone, w.now, 1)


def _source_row(w: _Writer, hid: int, *, log: bool) -> tuple[Any, ...]:
    opts = w.plan.options
    sid = w.id("household_sources")
    if log:
        w.log("household_sources", sid, "insert", household=hid)
    return (sid, hid, opts.source_code, opts.list_year_be, opts.survey_year_be, w.batch_id,
            w.batch_id)


def _problem_rows(w: _Writer, hid: int, dims: Iterable[str], *,
                  log: bool) -> list[tuple[Any, ...]]:
    rows = []
    for dim in sorted(dims):
        pid = w.id("household_problems")
        if log:
            w.log("household_problems", pid, "insert", household=hid)
        rows.append((pid, hid, dim, w.plan.options.survey_year_be, w.batch_id, w.now))
    return rows


SOURCE_COLUMNS = ("id", "household_id", "source_code", "list_year_be", "survey_year_be",
                  "batch_id", "last_batch_id")
PROBLEM_COLUMNS = ("id", "household_id", "dimension_code", "survey_year_be", "batch_id",
                   "created_at")


def _write_new(w: _Writer, villages: dict[tuple[str, int], int]) -> None:
    opts = w.plan.options
    households, members, sources, problems = [], [], [], []
    years = list_year_mask([opts.list_year_be])  # the one list entry each is created with
    for h in w.plan.households:
        if h.outcome != "new":
            continue
        hid = w.id("households")
        w.log("households", hid, "insert", household=hid)
        h.existing_id = hid
        head = h.head
        ordered = [head, *(p for p in h.persons if p is not head)]
        # The household's own history entry covers its members, list source and problems:
        # they are created with it and, on undo, removed with it (ON DELETE CASCADE); each
        # row's member is also recorded in import_rows.
        for p in ordered:
            row = _member_row(w, hid, p, is_head=p is head, log=False)
            h.member_ids[p.row] = row[0]
            members.append(row)
        mask = sum(w.bits[d] for d in h.new_dimensions)
        households.append((
            hid, head.house_code, head.house_no,
            villages.get((head.subdistrict_code or "", head.village_no or 0)),
            head.subdistrict_code, head.phone, opts.source_code == "tpmap",
            opts.source_code == "thaiqm", CASE_SOURCE.get(opts.source_code, "other"), "pending",
            head_name(head), head_sort_key(head.first_name, head.last_name), len(ordered),
            mask, years, w.now, w.actor.user_id, 1))
        sources.append(_source_row(w, hid, log=False))
        problems.extend(_problem_rows(w, hid, h.new_dimensions, log=False))
    bulk_insert(w.conn, "households", (
        "id", "house_code", "house_no", "village_id", "subdistrict_code", "phone", "in_tpmap",
        "in_thaiqm", "case_source", "verification_status", "head_name", "head_sort",
        "member_count",
        "failed_dimension_mask", "list_year_mask", "created_at", "created_by_id", "version"),
        households)
    bulk_insert(w.conn, "members", MEMBER_COLUMNS, members)
    bulk_insert(w.conn, "household_sources", SOURCE_COLUMNS, sources)
    bulk_insert(w.conn, "household_problems", PROBLEM_COLUMNS, problems)


def _write_changes(w: _Writer, villages: dict[tuple[str, int], int]) -> list[int]:
    """Changed fields, new members, new problems and the source of matched households."""
    opts = w.plan.options
    matched = [h for h in w.plan.households if h.outcome in ("updated", "unchanged")]
    members, sources, problems = [], [], []
    for h in matched:
        assert h.existing_id is not None
        for c in h.changes:
            w.conn.execute(text(
                f"UPDATE {c.table} SET {c.field} = :new, version = version + 1 WHERE id = :id"),
                {"new": _db_value(c.new), "id": c.record_id})
            w.log(c.table, c.record_id, "update", c.field, c.old, c.new,
                  household=h.existing_id)
        for p in h.persons:
            if p.row not in h.member_ids:
                row = _member_row(w, h.existing_id, p, is_head=False, log=True)
                h.member_ids[p.row] = row[0]
                members.append(row)
        problems.extend(_problem_rows(w, h.existing_id, h.new_dimensions, log=True))
    bulk_insert(w.conn, "members", MEMBER_COLUMNS, members)
    bulk_insert(w.conn, "household_problems", PROBLEM_COLUMNS, problems)

    # The source list now holds these households (again).
    ids = [h.existing_id for h in matched if h.existing_id is not None]
    existing: dict[int, tuple[int, int | None, int | None]] = {}
    for chunk in chunks(ids):
        rows = w.conn.execute(select(
            HouseholdSource.household_id, HouseholdSource.id,
            HouseholdSource.missing_since_batch_id, HouseholdSource.last_batch_id).where(
            HouseholdSource.household_id.in_(chunk),
            HouseholdSource.source_code == opts.source_code,
            HouseholdSource.list_year_be.is_(None) if opts.list_year_be is None
            else HouseholdSource.list_year_be == opts.list_year_be))
        for hid, sid, missing, last in rows:
            existing[hid] = (sid, missing, last)
    updates: list[dict[str, int]] = []
    stamp = update(HouseholdSource).where(HouseholdSource.id == bindparam("sid")).values(
        last_batch_id=w.batch_id, missing_since_batch_id=None)
    for hid in ids:
        if hid in existing:
            sid, missing, last = existing[hid]
            updates.append({"sid": sid})
            w.log("household_sources", sid, "update", "last_batch_id", last, w.batch_id,
                  household=hid)
            if missing is not None:
                w.log("household_sources", sid, "update", "missing_since_batch_id", missing, None,
                      household=hid)
        else:
            sources.append(_source_row(w, hid, log=True))
    if updates:
        w.conn.execute(stamp, updates)
    bulk_insert(w.conn, "household_sources", SOURCE_COLUMNS, sources)
    refresh_list_years(w.conn, [row[1] for row in sources])  # on a list of a new year
    return [h.existing_id for h in matched if h.existing_id is not None and (
        h.outcome == "updated")]


def _mark_disappeared(w: _Writer) -> None:
    gone = [d.household_id for d in w.plan.disappeared]
    for chunk in chunks(gone):
        found = w.conn.execute(select(HouseholdSource.id, HouseholdSource.household_id).where(
            HouseholdSource.household_id.in_(chunk),
            HouseholdSource.source_code == w.plan.options.source_code,
            HouseholdSource.missing_since_batch_id.is_(None))).all()
        rows = [sid for sid, _hid in found]
        for sid, hid in found:
            w.log("household_sources", sid, "update", "missing_since_batch_id", None, w.batch_id,
                  household=hid)
        if rows:
            w.conn.execute(update(HouseholdSource).where(HouseholdSource.id.in_(rows)).values(
                missing_since_batch_id=w.batch_id))


def _write_rows(w: _Writer) -> None:
    plan = w.plan
    household_of: dict[int, HouseholdPlan] = {p.row: h for h in plan.households for p in h.persons}
    rows = []
    for r in plan.rows:
        h = household_of.get(r.row)
        person = plan.persons[r.row]
        messages = [m for m in (r.reason, *r.warnings) if m]
        rows.append((w.id("import_rows"), w.batch_id, r.row, r.outcome,
                     h.existing_id if h and r.outcome != "review" else None,
                     h.member_ids.get(r.row) if h and r.outcome != "review" else None,
                     _raw(person.values),
                     json.dumps(messages, ensure_ascii=False) if messages else None))
    bulk_insert(w.conn, "import_rows", ("id", "batch_id", "row_number", "action", "household_id",
                                        "member_id", "raw", "messages"), rows)


def _remember_mapping(session: Session, plan: ImportPlan, name: str, signature: str) -> None:
    saved = session.scalars(select(ImportMapping).where(
        ImportMapping.source_code == plan.options.source_code,
        ImportMapping.header_signature == signature)).first()
    mapping = {"headers": plan.headers, "columns": {str(k): v for k, v in plan.mapping.items()}}
    if saved is None:
        session.add(ImportMapping(source_code=plan.options.source_code, name=name,
                                  header_signature=signature, mapping=mapping))
    else:
        saved.mapping = mapping
        saved.updated_at = utcnow()


# --------------------------------------------------------------------------- undo


@dataclass(frozen=True)
class LaterEdit:
    """A change made after an import to something the import wrote."""

    table: str
    record_id: int
    field: str | None
    username: str
    at: dt.datetime


def _created_with_households(batch_id: int) -> list[Select[Any]]:
    """(table, id) of the records a batch created with its new households, which have no
    history entry of their own: the members (in import_rows) and the list sources and
    problems (stamped with the batch)."""
    def name(table: str) -> Any:
        return literal_column(f"'{table}'", String).label("table_name")

    return [
        select(name("members"), ImportRow.member_id.label("record_id")).where(
            ImportRow.batch_id == batch_id, ImportRow.action == "new",
            ImportRow.member_id.is_not(None)),
        select(name("household_sources"), HouseholdSource.id.label("record_id")).where(
            HouseholdSource.batch_id == batch_id),
        select(name("household_problems"), HouseholdProblem.id.label("record_id")).where(
            HouseholdProblem.batch_id == batch_id),
    ]


def later_edits(session: Session, batch_id: int) -> list[LaterEdit]:
    """Changes by others, after the batch, to records the batch inserted or changed."""
    last = session.scalar(select(func.max(HistoryEntry.id)).where(
        HistoryEntry.batch_id == batch_id)) or 0
    touched = union(
        select(HistoryEntry.table_name.label("table_name"),
               HistoryEntry.record_id.label("record_id")).where(
            HistoryEntry.batch_id == batch_id, HistoryEntry.table_name != "import_batches"),
        *_created_with_households(batch_id)).subquery()
    # Imports that were undone (their changes and the undoing of them) no longer count.
    undone = select(ImportBatch.id).where(ImportBatch.undone_at.is_not(None))
    rows = session.execute(
        select(HistoryEntry.table_name, HistoryEntry.record_id, HistoryEntry.field,
               HistoryEntry.username, HistoryEntry.at)
        .join(touched, (touched.c.table_name == HistoryEntry.table_name)
              & (touched.c.record_id == HistoryEntry.record_id))
        .where(HistoryEntry.id > last,
               HistoryEntry.batch_id.is_(None) | ((HistoryEntry.batch_id != batch_id)
                                                  & HistoryEntry.batch_id.not_in(undone)))
        .order_by(HistoryEntry.id))
    return [LaterEdit(*row) for row in rows]


def _dependants(session: Session, batch_id: int) -> list[LaterEdit]:
    """Records added after the import that hang on households or members it added."""
    inserted: dict[str, set[int]] = {}
    for table, record_id in session.execute(select(HistoryEntry.table_name, HistoryEntry.record_id)
                                            .where(HistoryEntry.batch_id == batch_id,
                                                   HistoryEntry.action == "insert")):
        inserted.setdefault(table, set()).add(record_id)
    for query in _created_with_households(batch_id):
        for table, record_id in session.execute(query):
            inserted.setdefault(table, set()).add(record_id)
    found: list[LaterEdit] = []
    for parent in ("households", "members"):
        parents = sorted(inserted.get(parent, ()))
        if not parents:
            continue
        for child in Base.metadata.sorted_tables:
            if child.name == "import_rows" or "id" not in child.c:
                continue
            for fk in child.foreign_keys:
                if fk.column.table.name != parent or fk.column.name != "id":
                    continue
                own = inserted.get(child.name, set())
                for chunk in chunks(parents):
                    rows = session.execute(select(child.c.id).where(
                        fk.parent.in_(chunk))).scalars()
                    found.extend(LaterEdit(child.name, rid, None, "-", utcnow())
                                 for rid in rows if rid not in own)
    return found


def _record_label(table: str) -> str:
    """A table's records as a user calls them."""
    labels = {
        "households": translate("import", "household"),
        "members": translate("import", "member"),
        "visits": translate("import", "visit"),
        "interventions": translate("import", "intervention"),
        "household_sources": translate("import", "list entry"),
        "household_problems": translate("import", "problem"),
        "capital_assessments": translate("import", "capital assessment"),
        "status_changes": translate("import", "status change"),
        "attachments": translate("import", "attachment"),
        "villages": translate("import", "village"),
    }
    return labels.get(table, table)


def undo_batch(session: Session, batch_id: int, actor: Actor) -> dict[str, int]:
    """Remove what an import added and restore what it changed (refused after later edits)."""
    require(actor, Permission.IMPORT)
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UserError(translate("import", "There is no import number {id}.").format(
            id=batch_id))
    if batch.undone_at is not None:
        raise UserError(translate("import", "Import number {id} has already been undone.").format(
            id=batch_id))
    later = later_edits(session, batch_id) + _dependants(session, batch_id)
    if later:
        shown = "; ".join(
            f"{_record_label(e.table)} {e.record_id}"
            + (f" ({e.username}, {format_date_be(e.at.date(), style='short')} {e.at:%H:%M})"
               if e.username != "-" else "")
            for e in later[:5])
        raise UserError(translate(
            "import", "Import number {id} cannot be undone: {n} later changes depend on it, "
            "e.g. {examples}.").format(id=batch_id, n=len(later), examples=shown))
    entries = session.execute(
        select(HistoryEntry.table_name, HistoryEntry.record_id, HistoryEntry.action,
               HistoryEntry.field, HistoryEntry.old_value, HistoryEntry.new_value,
               HistoryEntry.household_id)
        .where(HistoryEntry.batch_id == batch_id, HistoryEntry.table_name != "import_batches")
        .order_by(HistoryEntry.id.desc())).all()
    conn = session.connection()
    households: set[int] = set()
    removed = restored = 0
    members_before = session.scalar(select(func.count()).select_from(Member)) or 0
    households_before = session.scalar(select(func.count()).select_from(Household)) or 0
    reason = translate("import", "import number {id} undone").format(id=batch_id)
    for table, record_id, action, field, old, new, household_id in entries:
        if table == "households" and action != "insert":
            households.add(record_id)
        if action == "insert":
            conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": record_id})
            record(session, actor, table=table, record_id=record_id, action="delete",
                   reason=reason, batch_id=batch_id, household_id=household_id)
            removed += 1
        elif action == "update" and field:
            version = ", version = version + 1" if "version" in Base.metadata.tables[table].c \
                else ""
            conn.execute(text(f"UPDATE {table} SET {field} = :old{version} WHERE id = :id"),
                         {"old": _db_value(typed_value(table, field, old)), "id": record_id})
            record(session, actor, table=table, record_id=record_id, action="update",
                   field=field, old=new, new=old, reason=reason, batch_id=batch_id,
                   household_id=household_id)
            restored += 1
    # Households that kept existing but lost members, problems or a list entry (its list
    # year): every household a row of the batch went to.
    households |= set(session.scalars(select(HistoryEntry.record_id).where(
        HistoryEntry.batch_id == batch_id, HistoryEntry.table_name == "households",
        HistoryEntry.action == "update")))
    member_households = session.execute(text(
        "SELECT DISTINCT r.household_id FROM import_rows r JOIN households h "
        "ON h.id = r.household_id WHERE r.batch_id = :b"), {"b": batch_id}).scalars()
    households |= set(member_households)
    refresh_household_summaries(conn, sorted(households))
    batch.undone_at = utcnow()
    batch.undone_by_id = actor.user_id if session.get(User, actor.user_id or 0) else None
    batch.status = "undone"
    record(session, actor, table="import_batches", record_id=batch_id, action="undo",
           reason="import undone")
    members_after = session.scalar(select(func.count()).select_from(Member)) or 0
    households_after = session.scalar(select(func.count()).select_from(Household)) or 0
    done = {"removed": removed, "restored": restored,
            "households_removed": households_before - households_after,
            "members_removed": members_before - members_after}
    record_audit(session, actor, UNDO_IMPORT, target=batch.file_name,
                 detail={"batch_id": batch_id, **done})
    return done
