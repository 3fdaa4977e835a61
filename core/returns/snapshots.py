"""Submitted returns: frozen figures and file bytes, who and when; listing and comparing periods."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.errors import UserError
from core.history import Actor, record_insert, utcnow
from core.i18n import translate
from core.returns.model import FIGURE_TABLES, ReturnData, figures_from_json, parse_period
from db.models import ReturnSnapshot, ReturnSnapshotFile

KINDS = ("standard", "template", "province")


@dataclass(frozen=True)
class SnapshotRow:
    """One submitted return as listed for people."""

    id: int
    period: str
    period_label: str
    kind: str
    template_name: str | None
    file_name: str
    size_bytes: int
    full_ids: bool
    submitted_at: dt.datetime  # UTC
    submitted_by: str


def _row(s: ReturnSnapshot) -> SnapshotRow:
    return SnapshotRow(s.id, s.period, parse_period(s.period).label, s.kind, s.template_name,
                       s.file_name, s.size_bytes, s.full_ids, s.submitted_at, s.submitted_by)


def submit_return(session: Session, actor: Actor, *, data: ReturnData, content: bytes,
                  file_name: str, kind: str = "standard", template_name: str | None = None,
                  notes: str | None = None) -> SnapshotRow:
    """Freeze a return as submitted: its figures, the exact file, who, when and the period."""
    require(actor, Permission.EXPORT_PERSONAL)
    if kind not in KINDS:
        raise ValueError(f"unknown return kind {kind!r}")
    if not content:
        raise UserError(translate("returns", "The return file is empty; make the return again."))
    snapshot = ReturnSnapshot(
        period=data.meta.period, kind=kind, district_code=data.meta.district_code,
        template_name=template_name, file_name=file_name,
        file_sha256=hashlib.sha256(content).hexdigest(), size_bytes=len(content),
        full_ids=data.meta.full_ids, figures=data.figures(), submitted_at=utcnow(),
        submitted_by_id=actor.user_id, submitted_by=actor.username, notes=notes)
    session.add(snapshot)
    record_insert(session, actor, snapshot, reason=f"return for {data.meta.period} submitted")
    session.add(ReturnSnapshotFile(snapshot_id=snapshot.id, content=content))
    session.flush()
    return _row(snapshot)


def list_snapshots(session: Session) -> list[SnapshotRow]:
    """Every submitted return, newest first."""
    return [_row(s) for s in session.scalars(
        select(ReturnSnapshot).order_by(ReturnSnapshot.submitted_at.desc(),
                                        ReturnSnapshot.id.desc()))]


def _get(session: Session, snapshot_id: int) -> ReturnSnapshot:
    snapshot = session.get(ReturnSnapshot, snapshot_id)
    if snapshot is None:
        raise UserError(translate("returns", "There is no submitted return number {id}.")
                        .format(id=snapshot_id))
    return snapshot


def snapshot_file(session: Session, snapshot_id: int) -> tuple[str, bytes]:
    """The file name and the exact bytes that were submitted."""
    snapshot = _get(session, snapshot_id)
    content = session.get_one(ReturnSnapshotFile, snapshot_id).content
    if hashlib.sha256(content).hexdigest() != snapshot.file_sha256:
        raise UserError(translate(
            "returns", "The stored copy of return number {id} is damaged (its checksum does not "
            "match).").format(id=snapshot_id))
    return snapshot.file_name, content


def snapshot_figures(session: Session, snapshot_id: int) -> ReturnData:
    """The figures as they were submitted."""
    return figures_from_json(_get(session, snapshot_id).figures)


def last_submitted_before(session: Session, period: str, *,
                          kinds: tuple[str, ...] = ("standard", "template")) -> SnapshotRow | None:
    """The most recently submitted district return of an earlier month, if any."""
    snapshot = session.scalars(
        select(ReturnSnapshot)
        .where(ReturnSnapshot.period < period, ReturnSnapshot.kind.in_(kinds))
        .order_by(ReturnSnapshot.period.desc(), ReturnSnapshot.submitted_at.desc(),
                  ReturnSnapshot.id.desc())).first()
    return _row(snapshot) if snapshot is not None else None


@dataclass(frozen=True)
class ChangeLine:
    """One figure in two periods."""

    table: str
    table_title: str
    row_code: str
    row_label: str
    column: str
    column_label: str
    money: bool
    previous: int
    current: int

    @property
    def difference(self) -> int:
        """Current minus previous."""
        return self.current - self.previous


@dataclass(frozen=True)
class Comparison:
    """A new return beside the last one submitted for an earlier month."""

    previous: SnapshotRow
    lines: list[ChangeLine]

    def for_row(self, row_code: str) -> list[ChangeLine]:
        """The lines of one area (``total`` for the district's totals)."""
        return [line for line in self.lines if line.row_code == row_code]


def compare_returns(current: ReturnData, previous: ReturnData, previous_row: SnapshotRow) -> Comparison:
    """Every figure (and every column's total) of the current return beside the previous one."""
    lines: list[ChangeLine] = []
    for key in FIGURE_TABLES:
        now = current.tables.get(key)
        before = previous.tables.get(key)
        if now is None:
            continue
        old: dict[tuple[str, str], int] = {}
        old_totals: dict[str, int] = {}
        if before is not None:
            for row in before.rows:
                for column, value in zip(before.columns, row.values, strict=True):
                    old[(row.code, column.key)] = value
            old_totals = {c.key: before.total(c.key) for c in before.columns}
        for column in now.columns:
            lines.append(ChangeLine(key, now.title, "total", "รวม", column.key, column.name,
                                    column.money, old_totals.get(column.key, 0),
                                    now.total(column.key)))
        for row in now.rows:
            for column, value in zip(now.columns, row.values, strict=True):
                lines.append(ChangeLine(key, now.title, row.code, row.label, column.key,
                                        column.name, column.money,
                                        old.get((row.code, column.key), 0), value))
    return Comparison(previous_row, lines)


def compare_with_last_submitted(session: Session, current: ReturnData) -> Comparison | None:
    """The current return beside the last submitted one of an earlier month (None: none yet)."""
    previous = last_submitted_before(session, current.meta.period)
    if previous is None:
        return None
    return compare_returns(current, snapshot_figures(session, previous.id), previous)
