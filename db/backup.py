"""Consistent copies of SQLite database files with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy a live SQLite database (WAL included) to ``target`` without stopping writers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=4096)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target
