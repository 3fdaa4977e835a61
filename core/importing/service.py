"""The import use case: read a file, map its columns, plan, and commit in one transaction."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.audit import IMPORT, record_audit
from core.backup import backup_before_import
from core.database import Database
from core.errors import ProgressFn, UserError
from core.history import Actor
from core.i18n import translate
from core.importing import mapping as mp
from core.importing import readers
from core.importing.commit import commit_plan
from core.importing.plan import ImportOptions, ImportPlan, build_plan
from db.models import ImportMapping

SOURCES = ("tpmap", "thaiqm", "jpt", "pppconnext", "local")


@dataclass
class PreparedFile:
    """A file read and its table found, with the column mapping to use."""

    path: Path
    sha256: str
    sheet: str
    headers: list[str]
    header_row: int
    rows: Sequence[tuple[int, Sequence[Any]]]  # (Excel row number, cells)
    skipped: list[Any]
    mapping: dict[int, str]
    signature: str
    source: str
    saved_mapping: str | None = None
    sheets: list[str] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, recorded with its import."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def guess_source(path: Path, headers: list[str], header_rows: int) -> str:
    """The list system a file most likely comes from (the user can change it)."""
    name = path.name.lower()
    text = " ".join(headers)
    if "tpmap" in name or "มิติ" in text:
        return "tpmap"
    if "thaiqm" in name or "qm" in name or header_rows >= 3:
        return "thaiqm"
    if "จปฐ" in name or "jpt" in name or "จปฐ" in text:
        return "jpt"
    if "ppp" in name or "ppaos" in name or "ทุน" in text:
        return "pppconnext"
    return "local"


def prepare_file(session: Session, path: Path, *, sheet: str | None = None,
                 source: str = "auto", mapping_name: str | None = None,
                 header_index: int | None = None, header_rows: int | None = None
                 ) -> PreparedFile:
    """Read the file, find (or take the user's) header and data rows, choose the mapping."""
    path = Path(path)
    with no_cyclic_gc():
        table = readers.read_table(path, sheet, header_index=header_index,
                                   header_rows=header_rows)
    return prepare_table(session, path, table, source=source, mapping_name=mapping_name)


def prepare_table(session: Session, path: Path, table: readers.Table, *, source: str = "auto",
                  mapping_name: str | None = None) -> PreparedFile:
    """Choose the source and the column mapping for a table already read.

    A mapping saved for the same source and header layout is reused; ``mapping_name`` picks
    a saved mapping by name.
    """
    headers = table.headers
    if not table.data:
        raise UserError(translate(
            "import", "The sheet {sheet} has a header but no data rows.").format(
                sheet=table.sheet.name))
    if source == "auto":
        source = guess_source(path, headers, table.header.header_rows)
    if source not in SOURCES:
        raise UserError(translate("import", "Unknown source {source}: use one of {sources}.")
                        .format(source=source, sources=", ".join(SOURCES)))
    signature = mp.header_signature(headers)
    saved = None
    if mapping_name:
        saved = session.scalars(select(ImportMapping).where(
            ImportMapping.name == mapping_name)).first()
        if saved is None:
            raise UserError(translate("import", "There is no saved mapping called {name}.")
                            .format(name=mapping_name))
    else:
        saved = session.scalars(select(ImportMapping).where(
            ImportMapping.source_code == source,
            ImportMapping.header_signature == signature)).first()
    if saved is not None:
        mapping = {int(k): v for k, v in saved.mapping["columns"].items()
                   if int(k) < len(headers)}
    else:
        mapping = mp.auto_map(headers)
    return PreparedFile(path, file_sha256(path), table.sheet.name, headers, table.header.index,
                        table.data, list(table.skipped), mapping, signature, source,
                        saved.name if saved else None)


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Hundreds of thousands of small objects and no cycles: the cyclic collector would only
    rescan them again and again (about a fifth of an import's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    plan: ImportPlan
    batch_id: int | None
    dry_run: bool

    def counts(self) -> dict[str, Any]:
        """The counts with the batch id and the dry-run flag, as ``import --json`` prints."""
        return {**self.plan.counts(), "batch_id": self.batch_id, "dry_run": self.dry_run}


def run_import(database: Database, prepared: PreparedFile, *, actor: Actor,
               list_year_be: int | None = None, survey_year_be: int | None = None,
               dry_run: bool = False, excluded_rows: frozenset[int] = frozenset(),
               progress: ProgressFn | None = None, today: dt.date | None = None,
               mapping: dict[int, str] | None = None, backup: bool = True) -> ImportResult:
    """Plan the import and, unless it is a dry run, write it in one transaction (with its
    audit entry), after a backup of an SQLite database file (``backup``)."""
    require(actor, Permission.IMPORT)
    columns = mapping if mapping is not None else prepared.mapping
    problems = mp.mapping_problems(columns)
    if problems:
        raise UserError(" ".join(problems))
    options = ImportOptions(
        source_code=prepared.source, file_name=prepared.path.name, file_sha256=prepared.sha256,
        sheet_name=prepared.sheet, list_year_be=list_year_be,
        survey_year_be=survey_year_be if survey_year_be is not None else (
            list_year_be - 1 if list_year_be and prepared.source == "tpmap" else list_year_be),
        excluded_rows=excluded_rows)
    if dry_run:  # a read transaction: other users can keep working while the preview is made
        with database.read() as session, no_cyclic_gc():
            plan = build_plan(session, prepared.rows, prepared.headers, columns, options,
                              today=today, progress=progress)
        return ImportResult(plan, None, True)
    if backup:
        backup_before_import(database, actor)
    with database.begin() as session, no_cyclic_gc():
        plan = build_plan(session, prepared.rows, prepared.headers, columns, options,
                          today=today, progress=progress)
        batch_id = commit_plan(session, plan, actor, mapping_name=prepared.saved_mapping,
                               header_signature=prepared.signature)
        record_audit(session, actor, IMPORT, target=prepared.path.name, detail={
            "batch_id": batch_id, "source": prepared.source, "sheet": prepared.sheet,
            "file_sha256": prepared.sha256, **plan.counts()})
    return ImportResult(plan, batch_id, False)
