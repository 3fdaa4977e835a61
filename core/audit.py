"""The tamper-evident audit log: sign-ins, imports, exports, prints, unmasking, admin actions.

Each entry stores the hash of the entry before it and a SHA-256 over its own fields and that
previous hash, so editing, inserting or deleting an entry in the database breaks the chain
from that point on; :func:`verify_chain` finds the first broken entry.

Writers are serialised: SQLite write sessions begin with ``BEGIN IMMEDIATE``; on PostgreSQL a
transaction-level advisory lock is taken before the last hash is read, so two offices writing
at once cannot fork the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from core.history import Actor, utcnow
from db.models import AppSetting, AuditEntry

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x4B41454A  # "KAEJ": the advisory lock that serialises audit writers
# The last entry's id and hash, kept beside the chain so that removing entries from its end
# (which leaves a shorter chain that is still consistent) is detected too.
HEAD_KEY = "audit.head"


def entry_hash(*, prev_hash: str, at: dt.datetime, user_id: int | None, username: str,
               action: str, target: str | None, detail: dict[str, Any] | None) -> str:
    """SHA-256 (hex) of one entry's fields and the previous entry's hash."""
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), user_id, username, action, target,
         detail],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_writers(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def record_audit(session: Session, actor: Actor, action: str, *, target: str | None = None,
                 detail: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry to the audit chain (in the caller's transaction) and return it.

    ``action`` is a short code (``sign_in``, ``sign_in_failed``, ``import``, ``export``,
    ``print``, ``unmask``, ``user_add``…); ``target`` says what it was about (a file, a user
    name, a household); ``detail`` holds plain JSON data such as the household ids that left
    the system.
    """
    _lock_writers(session)
    session.flush()
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = last or GENESIS
    # Microseconds are what both SQLite and PostgreSQL keep, so the stored value hashes the same.
    at = utcnow()
    clean = json.loads(json.dumps(detail, ensure_ascii=False, default=str)) if detail else None
    entry = AuditEntry(
        at=at, user_id=actor.user_id, username=actor.username, action=action, target=target,
        detail=clean, prev_hash=prev_hash,
        hash=entry_hash(prev_hash=prev_hash, at=at, user_id=actor.user_id,
                        username=actor.username, action=action, target=target, detail=clean),
    )
    session.add(entry)
    session.flush()
    head = session.get(AppSetting, HEAD_KEY)
    value = {"id": entry.id, "hash": entry.hash}
    if head is None:
        session.add(AppSetting(key=HEAD_KEY, value=value))
    else:
        head.value = value
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    """The first entry whose stored hashes do not match what the chain says."""

    entry_id: int
    # "hash": its content was changed; "link": an entry before it was removed or inserted;
    # "head": entries after it (the last one left) were removed.
    reason: str


def _entries(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id
        session.expunge_all()


def verify_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """Check every entry in order; return how many were checked and the first break, if any."""
    prev_hash = GENESIS
    count = 0
    last_id = 0
    for entry in _entries(session):
        count += 1
        if entry.prev_hash != prev_hash:
            return count, ChainBreak(entry.id, "link")
        expected = entry_hash(prev_hash=entry.prev_hash, at=entry.at, user_id=entry.user_id,
                              username=entry.username, action=entry.action, target=entry.target,
                              detail=entry.detail)
        if entry.hash != expected:
            return count, ChainBreak(entry.id, "hash")
        prev_hash = entry.hash
        last_id = entry.id
    head = session.get(AppSetting, HEAD_KEY)
    recorded = head.value if head is not None else None
    if count == 0:
        return 0, None if recorded is None else ChainBreak(int(recorded["id"]), "head")
    if not recorded or recorded.get("id") != last_id or recorded.get("hash") != prev_hash:
        return count, ChainBreak(last_id, "head")
    return count, None
