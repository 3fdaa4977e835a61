"""Who changed what: the acting user and the history entries every data-changing service writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import HistoryEntry, User

SYSTEM_USERNAME = "system"


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service changes data."""

    user_id: int | None
    username: str


def utcnow() -> dt.datetime:
    """Now in UTC, naive (the database stores UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an existing user name."""
    user = session.scalars(select(User).where(User.username == username)).one()
    return Actor(user.id, user.username)


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
) -> HistoryEntry:
    """Add one history entry to the session (written with the caller's transaction)."""
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
    )
    session.add(entry)
    return entry


_SKIPPED = {"version", "created_at", "updated_at"}


def record_insert(session: Session, actor: Actor, obj: Any, *, reason: str | None = None) -> None:
    """History for a new ORM object (flushes to get its id)."""
    session.flush()
    mapper = inspect(obj).mapper
    record(session, actor, table=mapper.local_table.name, record_id=obj.id, action="insert",
           reason=reason)


def record_update(session: Session, actor: Actor, obj: Any, *, reason: str | None = None) -> int:
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
               field=attr.key, old=old, new=new, reason=reason)
        count += 1
    return count


def record_delete(session: Session, actor: Actor, obj: Any, *, reason: str | None = None) -> None:
    """History for an ORM object about to be deleted."""
    table = inspect(obj).mapper.local_table.name
    record(session, actor, table=table, record_id=obj.id, action="delete", reason=reason)
