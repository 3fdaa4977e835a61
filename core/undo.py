"""Undo the last saved change to a household, as a new change (history is never erased).

A change set's history entries are reversed newest first: an inserted record is deleted, an
updated field gets its old value back, a deleted record is put back from the copy its history
entry kept. Undo is refused when a record has changed since (someone else worked on it), and
an undo can itself be undone (that is a redo).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from core.access import require_households
from core.case import set_capital_scores, set_member_welfare
from core.database import Database
from core.errors import UserError
from core.help_status import refresh_help_status
from core.history import Actor, as_text, open_change, record, typed_value
from core.i18n import translate
from core.summaries import refresh_household_summaries
from core.thai import format_date_be
from db.models import Base, ChangeSet, HistoryEntry, Household, StatusChange

#: Change kinds that "undo the last change" can reverse.
UNDOABLE = ("create", "edit", "visit", "status", "undo", "attachment")
# Fields that are not columns: sets of rows kept as JSON on their owner.
_PSEUDO_FIELDS = {("members", "welfare"), ("capital_assessments", "scores")}


@dataclass(frozen=True)
class UndoableChange:
    """The change that undo would reverse, as the user sees it."""

    change_id: int
    kind: str
    summary: str
    username: str
    at: dt.datetime


def last_undoable(session: Session, household_id: int) -> UndoableChange | None:
    """The household's latest change set that is not undone yet (None: nothing to undo)."""
    change = session.scalars(
        select(ChangeSet).where(ChangeSet.household_id == household_id,
                                ChangeSet.undone_by_id.is_(None))
        .order_by(ChangeSet.id.desc())).first()
    if change is None or change.kind not in UNDOABLE:
        return None
    return UndoableChange(change.id, change.kind, change.summary or change.kind, change.username,
                          change.at)


def undo_last_change(database: Database, actor: Actor, household_id: int, *,
                     expected_change_id: int | None = None) -> int:
    """Reverse the household's last change; returns the id of the new (undo) change set."""
    with database.begin() as s:
        require_households(s, actor, [household_id])
        target = last_undoable(s, household_id)
        if target is None:
            raise UserError(translate("undo", "There is no change to undo for this household."))
        if expected_change_id is not None and target.change_id != expected_change_id:
            raise UserError(translate(
                "undo", "Someone else changed this household since you looked; open it again "
                "and check what you want to undo."))
        original = s.get(ChangeSet, target.change_id)
        assert original is not None
        when = format_date_be(original.at.date(), style="short")
        summary = translate("undo", "undo: {what} ({who}, {when})").format(
            what=original.summary or original.kind, who=original.username, when=when)
        change = open_change(s, actor, household_id=household_id, kind="undo", summary=summary)
        change.undoes_id = original.id
        original.undone_by_id = change.id
        entries = s.scalars(select(HistoryEntry).where(HistoryEntry.change_id == original.id)
                            .order_by(HistoryEntry.id.desc())).all()
        for entry in entries:
            _reverse(s, actor, change, entry)
        # An undo of an undo (a redo) makes the undone change count again.
        if original.undoes_id is not None:
            redone = s.get(ChangeSet, original.undoes_id)
            if redone is not None:
                redone.undone_by_id = None
        s.flush()
        hh = s.get(Household, household_id)
        if hh is not None:
            hh.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            s.flush()
            refresh_household_summaries(s.connection(), [household_id], case=True)
            refresh_help_status(s, actor, household_id, reason=summary)
        return change.id


def _table(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None:
        raise UserError(translate("undo", "This change cannot be undone."))
    return table


def _refuse_changed_since() -> UserError:
    return UserError(translate(
        "undo", "This change cannot be undone: the household was changed again since (e.g. by "
        "an import or another user). Edit the values by hand instead."))


def _reverse(s: Session, actor: Actor, change: ChangeSet, entry: HistoryEntry) -> None:
    table = _table(entry.table_name)
    key = table.c.id
    reason = change.summary
    if entry.action == "insert":
        found = s.execute(select(key).where(key == entry.record_id)).first()
        if found is None:
            raise _refuse_changed_since()
        snapshot = _snapshot(s, table, entry.record_id)
        s.execute(delete(table).where(key == entry.record_id))
        e = record(s, actor, table=entry.table_name, record_id=entry.record_id, action="delete",
                   reason=reason, change=change)
        e.old_value = snapshot
    elif entry.action == "delete":
        if entry.old_value is None:
            raise UserError(translate("undo", "This change cannot be undone."))
        row = json.loads(entry.old_value)
        restored = {name: typed_value(entry.table_name, name, value)
                    for name, value in row.items() if name in table.c}
        if s.execute(select(key).where(key == entry.record_id)).first() is not None:
            raise _refuse_changed_since()
        s.execute(insert(table).values(**restored))
        record(s, actor, table=entry.table_name, record_id=entry.record_id, action="insert",
               reason=reason, change=change)
    elif entry.action == "update" and entry.table_name == "households" \
            and entry.field == "help_status":
        return  # derived from the rest of the case: recomputed after the undo
    elif entry.action == "update" and entry.field:
        if (entry.table_name, entry.field) in _PSEUDO_FIELDS:
            _reverse_pseudo(s, entry)
        else:
            column = table.c[entry.field]
            current = s.execute(select(column).where(key == entry.record_id)).first()
            if current is None:
                raise _refuse_changed_since()
            new = typed_value(entry.table_name, entry.field, entry.new_value)
            if not _same(current[0], new):
                raise _refuse_changed_since()
            old = typed_value(entry.table_name, entry.field, entry.old_value)
            values: dict[str, Any] = {entry.field: old}
            if "version" in table.c:
                values["version"] = table.c.version + 1
            s.execute(update(table).where(key == entry.record_id).values(**values))
            if entry.table_name == "households" and entry.field in ("verification_status",
                                                                   "help_status"):
                s.add(StatusChange(
                    household_id=entry.record_id,
                    kind="verification" if entry.field == "verification_status" else "help",
                    old_status=entry.new_value, new_status=entry.old_value or "-",
                    user_id=actor.user_id, reason=reason))
        record(s, actor, table=entry.table_name, record_id=entry.record_id, action="update",
               field=entry.field, old=entry.new_value, new=entry.old_value, reason=reason,
               change=change)


def _reverse_pseudo(s: Session, entry: HistoryEntry) -> None:
    old: Any = json.loads(entry.old_value) if entry.old_value else None
    if entry.field == "welfare":
        set_member_welfare(s, entry.record_id, old or [])
    elif old is not None:
        set_capital_scores(s, entry.record_id, old)
    s.flush()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, dt.date):
        return a == b.isoformat()
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


def _snapshot(s: Session, table: Table, record_id: int) -> str:
    row = s.execute(select(table).where(table.c.id == record_id)).mappings().one()
    return json.dumps({k: as_text(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)
