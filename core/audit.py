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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Text, cast, func, or_, select, text
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.history import Actor, utcnow
from core.history_log import period_conditions, when_text
from core.i18n import translate
from db.models import AppSetting, AuditEntry

if TYPE_CHECKING:
    from core.database import Database

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


# --------------------------------------------------------------------------- what is recorded

IMPORT, UNDO_IMPORT = "import", "undo_import"
EXPORT_LIST, EXPORT_RETURN, PRINT = "export_list", "export_return", "print"
BACKUP, RESTORE, SETTING = "backup", "restore", "setting"


def action_labels() -> dict[str, str]:
    """What an action code means, in words (the viewer's filter and column)."""
    return {
        "sign_in": translate("audit", "signed in"),
        "sign_in_failed": translate("audit", "failed sign-in"),
        IMPORT: translate("audit", "imported a list"),
        UNDO_IMPORT: translate("audit", "undid an import"),
        EXPORT_LIST: translate("audit", "exported the household list"),
        EXPORT_RETURN: translate("audit", "exported a return"),
        PRINT: translate("audit", "printed or saved a document"),
        BACKUP: translate("audit", "backed up the database"),
        RESTORE: translate("audit", "restored the database"),
        SETTING: translate("audit", "changed a setting"),
        "unmask": translate("audit", "showed a full national ID"),
        "user_add": translate("audit", "added a user"),
    }


def id_ranges(ids: Iterable[int]) -> str:
    """Household ids as short ranges, ``"1-5,8,10-12"`` (a list of 300,000 stays small)."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ",".join(parts)


def expand_ranges(text: str) -> list[int]:
    """The ids that :func:`id_ranges` wrote."""
    ids: list[int] = []
    for part in filter(None, text.split(",")):
        first, _, last = part.partition("-")
        ids.extend(range(int(first), int(last or first) + 1))
    return ids


def output_detail(households: Iterable[int], **extra: Any) -> dict[str, Any]:
    """The detail of an entry for data that left the system: which households, and more."""
    ids = sorted(set(households))
    return {"households": len(ids), "household_ids": id_ranges(ids), **extra}


def record_output(database: Database, actor: Actor, action: str, *, households: Iterable[int],
                  path: Path | None = None, target: str | None = None,
                  write: Callable[[], object] | None = None, **extra: Any) -> None:
    """Note that the data of ``households`` left the system (a file, a printer) and by whom.

    With ``write``, the file is written inside the transaction that adds the entry: a file
    that cannot be written leaves no entry. Without it the file was written before; if the
    entry cannot be added the file is removed, so no file leaves unrecorded.
    """
    written = False
    try:
        with database.begin() as s:
            record_audit(s, actor, action, target=target or (str(path) if path else None),
                         detail=output_detail(households, **extra))
            if write is not None:
                write()
                written = True
    except BaseException:
        if path is not None and (written or write is None):
            path.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- the viewer


@dataclass(frozen=True)
class AuditFilter:
    """Narrowing the audit log; empty fields do not filter."""

    username: str | None = None
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as the viewer shows it."""

    id: int
    when: str  # BE date and time, local
    username: str
    action: str  # in words
    target: str
    detail: str


def _audit_conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.username:
        where.append(AuditEntry.username == flt.username)
    if flt.action:
        where.append(AuditEntry.action == flt.action)
    where.extend(period_conditions(AuditEntry.at, flt.since, flt.until))
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        where.append(or_(AuditEntry.target.like(like), AuditEntry.username.like(like),
                         cast(AuditEntry.detail, Text).like(like)))
    return where


def detail_labels() -> dict[str, str]:
    """What the keys of an entry's detail mean, in words."""
    return {
        "households": translate("audit", "households"),
        "household_ids": translate("audit", "household numbers"),
        "kind": translate("audit", "kind"), "pages": translate("audit", "pages"),
        "full_ids": translate("audit", "full national IDs"),
        "period": translate("audit", "month"), "reason": translate("audit", "reason"),
        "size": translate("audit", "size"), "batch_id": translate("audit", "import number"),
        "source": translate("audit", "source"), "rows_read": translate("audit", "rows read"),
        "kept": translate("audit", "replaced database kept as"),
        "requested_by": translate("audit", "asked by"),
        "snapshot_id": translate("audit", "submitted return"),
    }


def output_kinds() -> dict[str, str]:
    """What kind of document or return left, in words."""
    return {"verification": translate("audit", "verification forms"),
            "register": translate("audit", "village register"),
            "referral": translate("audit", "referral letter"),
            "summary": translate("audit", "case summary"),
            "standard": translate("audit", "standard return"),
            "template": translate("audit", "province template"),
            "province": translate("audit", "province return")}


def backup_reasons() -> dict[str, str]:
    """Why a backup was made, in words (the audit detail and the settings page's list)."""
    return {"daily": translate("audit", "daily, on opening"),
            "before-import": translate("audit", "before an import"),
            "before-upgrade": translate("audit", "before a program update"),
            "before-restore": translate("audit", "the database replaced by a restore"),
            "manual": translate("audit", "made by a user")}


def _detail_text(detail: dict[str, Any] | None) -> str:
    if not detail:
        return ""
    labels = detail_labels()
    shown = []
    for key, value in detail.items():
        if key in ("file_sha256", "sheet") or value is None:
            continue
        if isinstance(value, bool):
            value = translate("audit", "yes") if value else translate("audit", "no")
        elif key == "reason":
            value = backup_reasons().get(value, value)
        elif key == "kind":
            value = output_kinds().get(value, value)
        elif key == "bytes" and isinstance(value, int):
            key, value = "size", f"{value / 1_000_000:,.1f} MB"
        shown.append(f"{labels.get(key, key)} {value}")
    return " · ".join(shown)


def audit_lines(session: Session, flt: AuditFilter, *, actor: Actor, limit: int = 500,
                offset: int = 0) -> list[AuditLine]:
    """Entries matching the filter, newest first, one page (administrators only)."""
    require(actor, Permission.READ_AUDIT)
    labels = action_labels()
    rows = session.scalars(select(AuditEntry).where(*_audit_conditions(flt))
                           .order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
    return [AuditLine(e.id, when_text(e.at), e.username, labels.get(e.action, e.action),
                      e.target or "", _detail_text(e.detail)) for e in rows]


def count_audit(session: Session, flt: AuditFilter, *, actor: Actor) -> int:
    """How many entries match the filter (administrators only)."""
    require(actor, Permission.READ_AUDIT)
    return int(session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(*_audit_conditions(flt))) or 0)


def audit_users(session: Session) -> list[str]:
    """The user names that appear in the log."""
    return sorted(session.scalars(select(AuditEntry.username).distinct()))


def describe_break(broken: ChainBreak) -> str:
    """What a break in the chain means, for people."""
    if broken.reason == "hash":
        text_ = translate("audit", "Audit entry {id} was changed after it was written.")
    elif broken.reason == "link":
        text_ = translate("audit", "The audit log was changed before entry {id}: an entry was "
                          "removed or inserted there.")
    else:
        text_ = translate("audit", "The last entries of the audit log were removed (the last "
                          "one left is entry {id}).")
    return text_.format(id=broken.entry_id)

