"""Who changed what: the acting user and the history entries every data-changing service writes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import Base, ChangeSet, HistoryEntry, User, UserSubdistrict

SYSTEM_USERNAME = "system"
SYSTEM_ROLE = "system"  # the built-in account's role as an actor (automatic jobs)


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service changes data, with what they may do.

    ``role`` is ``admin``, ``officer``, ``viewer`` or ``system`` (the built-in account of
    automatic jobs); ``subdistricts`` are the DOPA codes whose households an officer edits.
    core.access decides from these alone: the actor passed in is what counts.
    """

    user_id: int | None
    username: str
    role: str = "viewer"
    subdistricts: frozenset[str] = frozenset()


def utcnow() -> dt.datetime:
    """Now in UTC, naive (the database stores UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def actor_of(session: Session, user: User) -> Actor:
    """The actor for a user row: role and assigned subdistricts read from the database."""
    if user.is_system:
        return Actor(user.id, user.username, SYSTEM_ROLE)
    codes = session.scalars(select(UserSubdistrict.subdistrict_code)
                            .where(UserSubdistrict.user_id == user.id)).all()
    return Actor(user.id, user.username, user.role, frozenset(codes))


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an existing user name."""
    user = session.scalars(select(User).where(User.username == username)).one()
    return actor_of(session, user)


def system_actor(session: Session) -> Actor:
    """The built-in account used by the command line and automatic jobs before login exists."""
    return actor_for(session, SYSTEM_USERNAME)


def as_text(value: Any) -> str | None:
    """A value as the history (and an import's raw rows) store it: ISO dates, 1/0, 12 not 12.0."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def typed_value(table: str, field: str, value: str | None) -> Any:
    """A value as the history stores it (:func:`as_text`) turned back into the column's type."""
    if value is None:
        return None
    python_type = Base.metadata.tables[table].c[field].type.python_type
    if python_type is bool:
        return value == "1"
    if python_type is int:
        return int(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is float:
        return float(value)
    return value


def record(
    session: Session,
    actor: Actor,
    *,
    table: str,
    record_id: int,
    action: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
    batch_id: int | None = None,
    household_id: int | None = None,
    change: ChangeSet | None = None,
) -> HistoryEntry:
    """Add one history entry to the session (written with the caller's transaction).

    ``household_id`` is the case the record belongs to; ``change`` the change set it is part
    of (which also supplies the household when not given).
    """
    if change is not None and household_id is None:
        household_id = change.household_id
    entry = HistoryEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        table_name=table,
        record_id=record_id,
        action=action,
        field=field,
        old_value=as_text(old),
        new_value=as_text(new),
        reason=reason,
        batch_id=batch_id,
        household_id=household_id,
        change_id=change.id if change is not None else None,
    )
    session.add(entry)
    return entry


def open_change(
    session: Session,
    actor: Actor,
    *,
    household_id: int | None,
    kind: str,
    summary: str | None = None,
    reason: str | None = None,
) -> ChangeSet:
    """Start a change set (one saved user action on a case); flushed, so it has its id."""
    change = ChangeSet(at=utcnow(), user_id=actor.user_id, username=actor.username,
                       household_id=household_id, kind=kind, summary=summary, reason=reason)
    session.add(change)
    session.flush()
    return change


def row_snapshot(obj: Any) -> str:
    """Every column of an ORM object as JSON text (what a delete keeps, so it can be undone)."""
    mapper = inspect(obj).mapper
    values = {attr.key: as_text(getattr(obj, attr.key)) for attr in mapper.column_attrs}
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


_SKIPPED = {"version", "created_at", "updated_at"}


def record_insert(session: Session, actor: Actor, obj: Any, *, reason: str | None = None,
                  change: ChangeSet | None = None, household_id: int | None = None) -> None:
    """History for a new ORM object (flushes to get its id)."""
    session.flush()
    mapper = inspect(obj).mapper
    record(session, actor, table=mapper.local_table.name, record_id=obj.id, action="insert",
           reason=reason, change=change, household_id=household_id)


def record_update(session: Session, actor: Actor, obj: Any, *, reason: str | None = None,
                  change: ChangeSet | None = None, household_id: int | None = None) -> int:
    """One history entry per changed column of a loaded ORM object; returns how many."""
    state = inspect(obj)
    table = state.mapper.local_table.name
    count = 0
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        record(session, actor, table=table, record_id=obj.id, action="update",
               field=attr.key, old=old, new=new, reason=reason, change=change,
               household_id=household_id)
        count += 1
    if count:
        session.flush()  # written: a later call records only what changes after this one
    return count


def record_delete(session: Session, actor: Actor, obj: Any, *, reason: str | None = None,
                  change: ChangeSet | None = None, household_id: int | None = None) -> None:
    """History for an ORM object about to be deleted; the old value keeps the whole row."""
    table = inspect(obj).mapper.local_table.name
    entry = record(session, actor, table=table, record_id=obj.id, action="delete", reason=reason,
                   change=change, household_id=household_id)
    entry.old_value = row_snapshot(obj)
