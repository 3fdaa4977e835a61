"""Fast bulk inserts on the raw driver connection (COPY on PostgreSQL, executemany on SQLite).

For imports and generators only: the ORM is for editing one case at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select, text

from db.models import Base


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
    cur = raw.cursor()
    try:
        cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", data)
    finally:
        cur.close()
    return len(data)


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
