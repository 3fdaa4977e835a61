"""Fast bulk inserts on the raw driver connection (COPY on PostgreSQL, executemany on SQLite).

For imports and generators only: the ORM is for editing one case at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select, text

from db.models import Base

T = TypeVar("T")


def bulk_insert(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert plain tuples in the caller's transaction; values must already be driver-ready."""
    raw = conn.connection.driver_connection
    assert raw is not None
    cols = ", ".join(columns)
    count = 0
    if conn.dialect.name == "postgresql":
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count
    marks = ", ".join("?" for _ in columns)
    data = list(rows)
    if not data:
        return 0
    cur = raw.cursor()
    try:
        if table == "members":
            _insert_members_then_index(cur, columns, data, f"INSERT INTO {table} ({cols}) "
                                       f"VALUES ({marks})")
        else:
            cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", data)
    finally:
        cur.close()
    return len(data)


# Per-row triggers on members (SQLite) that a bulk insert replaces by one statement each:
# the FTS5 name index and the distinct names for short searches (migration 0008).
MEMBER_INDEXES = {
    "members_fts_ai": "INSERT INTO members_fts(rowid, name) SELECT id, first_name || ' ' || "
                      "coalesce(last_name, '') FROM members WHERE id BETWEEN ? AND ?",
    "name_words_ai": "INSERT OR IGNORE INTO name_words(word) SELECT first_name FROM members "
                     "WHERE id BETWEEN ?1 AND ?2 AND first_name IS NOT NULL UNION "
                     "SELECT last_name FROM members WHERE id BETWEEN ?1 AND ?2 "
                     "AND last_name IS NOT NULL",
}


def _insert_members_then_index(cur: Any, columns: Sequence[str], data: list[Sequence[Any]],
                               statement: str) -> None:
    """Members in bulk on SQLite: the name indexes are filled in one statement each afterwards.

    The per-row FTS trigger costs ~9x the insert itself; inside this transaction the triggers
    are dropped, the rows and then their index entries inserted, and the triggers recreated
    (SQLite DDL is transactional: a rollback restores the triggers too).
    """
    triggers = dict(cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        tuple(MEMBER_INDEXES)).fetchall())
    if not triggers or "id" not in columns:
        cur.executemany(statement, data)
        return
    ids = [r[columns.index("id")] for r in data]
    low, high = min(ids), max(ids)
    taken = cur.execute("SELECT count(*) FROM members WHERE id BETWEEN ? AND ?",
                        (low, high)).fetchone()[0]
    if taken or high - low + 1 != len(ids):
        cur.executemany(statement, data)  # not one fresh block of ids: keep the triggers
        return
    for name in triggers:
        cur.execute(f"DROP TRIGGER {name}")
    cur.executemany(statement, data)
    for name, sql in triggers.items():
        cur.execute(MEMBER_INDEXES[name], (low, high))
        cur.execute(sql)


CHUNK = 900  # bound parameters per IN (…) list: safe on every SQLite build


def bulk_update(conn: Connection, table: str, column: str,
                rows: Iterable[tuple[Any, int]]) -> None:
    """Set one column of many rows by id, ``rows`` as (value, id), in the caller's
    transaction (the driver's executemany: no ORM, no statement per row from Python)."""
    data = list(rows)
    if not data:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    cur = raw.cursor()
    try:
        cur.executemany(f"UPDATE {table} SET {column} = {mark} WHERE id = {mark}", data)
    finally:
        cur.close()


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items (for IN (…) queries)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def next_id(conn: Connection, table: str) -> int:
    """The first free integer id of a table (for bulk inserts with explicit ids)."""
    tbl = Base.metadata.tables[table]
    return int(conn.scalar(select(func.coalesce(func.max(tbl.c.id), 0))) or 0) + 1


def sync_sequences(conn: Connection, tables: Iterable[str]) -> None:
    """After explicit-id inserts on PostgreSQL, move each id sequence past the largest id."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        ))
