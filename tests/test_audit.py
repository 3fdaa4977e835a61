"""The audit chain: entries link by hash; changing, removing or inserting one is detected."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from core.audit import record_audit, verify_chain
from core.database import Database
from db.models import AuditEntry


def _write_three(database: Database) -> list[int]:
    actor = database.system_actor()
    ids = []
    for action, target in [("sign_in", "somchai"), ("export", "/tmp/รายชื่อ.xlsx"),
                           ("print", "verification.pdf")]:
        with database.begin() as s:
            entry = record_audit(s, actor, action, target=target,
                                 detail={"households": [1, 2, 3], "หมายเหตุ": "ทดสอบ"})
            ids.append(entry.id)
    return ids


def test_an_untouched_chain_verifies(database: Database) -> None:
    with database.read() as s:
        assert verify_chain(s) == (0, None)
    _write_three(database)
    with database.read() as s:
        count, broken = verify_chain(s)
    assert (count, broken) == (3, None)


def test_the_second_entry_links_to_the_first(database: Database) -> None:
    first, second, _ = _write_three(database)
    with database.read() as s:
        a, b = s.get(AuditEntry, first), s.get(AuditEntry, second)
        assert a is not None
        assert b is not None
        assert a.prev_hash == "0" * 64
        assert b.prev_hash == a.hash
        assert len(b.hash) == 64


def test_an_edited_entry_is_named(database: Database) -> None:
    _, second, _ = _write_three(database)
    with database.begin() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == second).values(target="/tmp/อื่น.xlsx"))
    with database.read() as s:
        _, broken = verify_chain(s)
    assert broken is not None
    assert broken.entry_id == second
    assert broken.reason == "hash"


def test_a_deleted_entry_breaks_the_link_of_the_next(database: Database) -> None:
    _, second, third = _write_three(database)
    with database.begin() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == second))
    with database.read() as s:
        _, broken = verify_chain(s)
    assert broken is not None
    assert broken.entry_id == third
    assert broken.reason == "link"


def test_removing_the_last_entries_is_detected(database: Database) -> None:
    first, second, third = _write_three(database)
    with database.begin() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id.in_([second, third])))
    with database.read() as s:
        _, broken = verify_chain(s)
    assert broken is not None
    assert broken.entry_id == first
    assert broken.reason == "head"


def test_removing_every_entry_is_detected(database: Database) -> None:
    _write_three(database)
    with database.begin() as s:
        s.execute(delete(AuditEntry))
    with database.read() as s:
        count, broken = verify_chain(s)
    assert count == 0
    assert broken is not None
    assert broken.reason == "head"


def test_the_detail_is_kept_as_written(database: Database) -> None:
    _write_three(database)
    with database.read() as s:
        details = s.scalars(select(AuditEntry.detail).order_by(AuditEntry.id)).all()
    assert details[0] == {"households": [1, 2, 3], "หมายเหตุ": "ทดสอบ"}
