"""Making, filling, combining and submitting returns: the steps the window and the command line
share (figures from core in one read transaction, files from exports). No Qt here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.audit import EXPORT_RETURN, record_output
from core.database import Database
from core.errors import Cancelled, ProgressFn, UserError, user_errors
from core.files import write_atomically
from core.history import Actor
from core.i18n import translate
from core.returns.consolidate import consolidate, read_district_returns
from core.returns.figures import district_return, preparer
from core.returns.model import SUMMARY, Period, ReturnData
from core.returns.snapshots import SnapshotRow, compare_with_last_submitted, submit_return
from core.returns.templates import (
    check_entries,
    figure_labels,
    mapping_by_name,
    mapping_for_signature,
    read_template,
)


@dataclass
class MadeReturn:
    """A return made in memory: its figures and the file's bytes, ready to save and submit."""

    data: ReturnData
    content: bytes
    kind: str  # standard | template | province
    template_name: str | None = None
    warnings: list[str] = field(default_factory=list)


def _scaled(progress: ProgressFn | None, start: int, span: int) -> ProgressFn | None:
    """Progress of one part of a job as a share of 0–100."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool | None:
        share = start + (span * done // total if total else 0)
        return progress(min(share, 100), 100)

    return report


def _checked(progress: ProgressFn | None) -> Any:
    """A progress function for exports, which cannot cancel by returning False: raise instead."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise Cancelled()

    return report


def figures(database: Database, *, period: Period, actor: Actor, full_ids: bool = False,
            progress: ProgressFn | None = None) -> ReturnData:
    """The district's figures for a month (one read transaction)."""
    with database.read() as s:
        return district_return(s, period=period, actor=actor, full_ids=full_ids,
                               progress=progress)


def make_standard(database: Database, *, period: Period, actor: Actor, full_ids: bool = False,
                  progress: ProgressFn | None = None) -> MadeReturn:
    """The standard return for a month."""
    from exports.returns.standard import write_return  # openpyxl: only when a return is made

    data = figures(database, period=period, actor=actor, full_ids=full_ids,
                   progress=_scaled(progress, 0, 30))
    content = write_return(data, progress=_checked(_scaled(progress, 30, 70)))
    if progress is not None:
        progress(100, 100)
    return MadeReturn(data, content, "standard")


def make_from_template(database: Database, *, template: Path, period: Period, actor: Actor,
                       full_ids: bool = False, mapping_name: str | None = None,
                       entries: Sequence[dict[str, Any]] | None = None,
                       progress: ProgressFn | None = None) -> MadeReturn:
    """The province's template filled for a month, with the given or the saved mapping."""
    from exports.returns.template import fill_template

    info = read_template(template)
    warnings: list[str] = []
    name = None
    if entries is None:
        with database.read() as s:
            saved = mapping_by_name(s, mapping_name) if mapping_name else \
                mapping_for_signature(s, info.signature)
        if saved is None:
            raise UserError(translate(
                "returns", "No mapping is saved for the template {name}. Map its cells once in "
                "the Returns tab (รายงาน), or give --mapping NAME.").format(name=template.name))
        if saved.signature != info.signature:
            warnings.append(translate(
                "returns", "The template {name} differs from the one the mapping {mapping} was "
                "made on; check the filled cells.").format(name=template.name,
                                                           mapping=saved.name))
        entries, name = saved.entries, saved.name
    if info.has_drawings:
        warnings.append(translate(
            "returns", "The template holds pictures or charts; the filled copy does not keep "
            "them."))
    data = figures(database, period=period, actor=actor, full_ids=full_ids,
                   progress=_scaled(progress, 0, 40))
    problems = check_entries(entries, data, [s.name for s in info.sheets])
    if problems:
        raise UserError("\n".join(problems))
    content = fill_template(template, entries, data, labels=figure_labels(data),
                            progress=_checked(_scaled(progress, 40, 60)))
    return MadeReturn(data, content, "template", name, warnings)


def make_province(paths: Sequence[Path], *, period: Period | None = None, prepared_by: str = "",
                  prepared_position: str = "", progress: ProgressFn | None = None) -> MadeReturn:
    """One province return from the districts' standard returns (refusing what does not fit)."""
    from exports.returns.standard import write_return

    files = read_district_returns(paths, period=period, progress=_scaled(progress, 0, 80))
    data = consolidate(files, prepared_by=prepared_by, prepared_position=prepared_position)
    return MadeReturn(data, write_return(data), "province")


def preparer_of(database: Database, actor: Actor) -> tuple[str, str]:
    """The name and position that go under "prepared by"."""
    with database.read() as s:
        return preparer(s, actor)


def summary_changes(database: Database, data: ReturnData) -> tuple[str, dict[str, int]] | None:
    """The change of each summary total since the last return submitted for an earlier month:
    (that month, column → change), or None when none was submitted."""
    with database.read() as s:
        comparison = compare_with_last_submitted(s, data)
    if comparison is None:
        return None
    return comparison.previous.period, {
        line.column: line.difference for line in comparison.for_row("total")
        if line.table == SUMMARY}


def save(path: Path, content: bytes) -> Path:
    """Write a file whole or not at all (a temporary file beside it, then renamed)."""
    path = Path(path)
    with user_errors(str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
    return path


def save_audited(database: Database, actor: Actor, path: Path, content: bytes, *,
                 households: Sequence[int], **detail: Any) -> Path:
    """:func:`save` a return inside the transaction that writes its audit entry."""
    path = Path(path)
    record_output(database, actor, EXPORT_RETURN, households=households, path=path,
                  write=lambda: save(path, content), **detail)
    return path


def save_made(database: Database, actor: Actor, path: Path, made: MadeReturn) -> Path:
    """Save a return made for this district, noting which households' data it carries."""
    return save_audited(database, actor, path, made.content,
                        households=[h.household_id for h in made.data.households],
                        kind=made.kind, period=made.data.meta.period,
                        full_ids=made.data.meta.full_ids)


def submit(database: Database, actor: Actor, made: MadeReturn, file_name: str) -> SnapshotRow:
    """Mark a return as submitted (its figures and bytes frozen), in one transaction."""
    with database.begin() as s:
        return submit_return(s, actor, data=made.data, content=made.content, file_name=file_name,
                             kind=made.kind, template_name=made.template_name)
