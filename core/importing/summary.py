"""Plain data for the import wizard: a sheet's table with its preview rows, and a dry run as the
lines of its tabs (new, changed, disappeared, rejected, review). No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from core.i18n import language, translate
from core.importing import readers
from core.importing.plan import AreaIndex, DisappearedHousehold, HouseholdPlan, ImportPlan, Person
from core.importing.readers import Cell, SheetInfo
from core.importing.service import PreparedFile, no_cyclic_gc, prepare_table
from core.reference import code_labels
from core.thai import from_thai_digits

PREVIEW_ROWS = 30
"""Rows of the sheet shown above and around the header (at least this many)."""
SAMPLE_VALUES = 3
"""Sample values shown per column in the mapping step."""
SAMPLE_SCAN = 1000
"""Data rows looked at for the sample values (a column may be empty in most rows)."""


@dataclass
class LoadedTable:
    """A sheet read for the wizard: the prepared file, its first rows and where the table is."""

    prepared: PreparedFile
    sheets: list[SheetInfo]
    preview: list[list[Cell]]
    """The first rows of the sheet; ``preview[0]`` is Excel row 1."""
    header_index: int
    """The first header row, 0-based (Excel row ``header_index + 1``)."""
    header_rows: int
    detected: bool
    """True when the header was found by the program, False when the user set it."""
    skipped: dict[int, str] = field(default_factory=dict)
    """Excel row → why it is not a data row (``blank``, ``total``, ``note`` …)."""
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    """Merged ranges ((row, col), (row, col)), 0-based, that start in the preview."""

    @property
    def data_row_numbers(self) -> set[int]:
        """Excel numbers of the data rows shown in the preview."""
        last = len(self.preview)
        return {n for n, _ in self.prepared.rows if n <= last}

    def samples(self, column: int, count: int = SAMPLE_VALUES) -> list[Cell]:
        """The first different non-empty values of a column in the data rows."""
        found: list[Cell] = []
        for _n, values in self.prepared.rows[:SAMPLE_SCAN]:
            if column < len(values) and values[column] not in (None, "") \
                    and values[column] not in found:
                found.append(values[column])
                if len(found) >= count:
                    break
        return found


_YEAR = re.compile(r"(?<!\d)(25[5-9]\d|20[1-4]\d)(?!\d)")


def list_year_in(text: str) -> int | None:
    """The list year (BE) a file name or title names: ``ปี 2567``, ``tpmap_2567.xlsx``, ``๒๕๖๗``;
    a CE year (2024) is read as BE (2567). None when it names no year, or several."""
    years = {int(y) + (543 if y.startswith("20") else 0)
             for y in _YEAR.findall(from_thai_digits(text))}
    return years.pop() if len(years) == 1 else None


def list_year_hint(table: LoadedTable) -> int | None:
    """The year the file's title rows (above the header) or, failing them, its name give."""
    title = " ".join(str(cell) for row in table.preview[:table.header_index]
                     for cell in row if isinstance(cell, str))
    return list_year_in(title) or list_year_in(table.prepared.path.stem)


def load_table(session: Session, path: Path, *, sheet: str | None = None, source: str = "auto",
               header_index: int | None = None, header_rows: int | None = None,
               mapping_name: str | None = None) -> LoadedTable:
    """Read a sheet once: find (or take the user's) header row, choose the column mapping as
    :func:`core.importing.service.prepare_file` does, and keep the first rows for the preview.

    Raises :class:`UserError` when the file cannot be read or the table has no data rows.
    """
    path = Path(path)
    sheets = readers.list_sheets(path)
    with no_cyclic_gc():
        table = readers.read_table(path, sheet, header_index=header_index,
                                   header_rows=header_rows)
    prepared = prepare_table(session, path, table, source=source, mapping_name=mapping_name)
    prepared.sheets = [s.name for s in sheets]
    shown = max(PREVIEW_ROWS, table.header.data_start + 15)
    return LoadedTable(prepared, sheets, table.sheet.rows[:shown], table.header.index,
                       table.header.header_rows, header_index is None,
                       {s.number: s.reason for s in table.skipped},
                       [m for m in table.sheet.merged if m[0][0] < shown])


# --------------------------------------------------------------------------- the dry run's tabs


@dataclass(frozen=True)
class PersonLine:
    """A data row as the new and review tabs show it."""

    row: int
    national_id: str | None
    name: str
    address: str
    household: str
    """The name of the household's head (the same for every row of one household)."""
    note: str
    """Warnings (new rows) or the reason (review rows)."""
    household_is_new: bool = True


@dataclass(frozen=True)
class ChangeLine:
    """One value a re-import changes on an existing household or member."""

    row: int
    """The data row that brings the change (the head's row for household fields)."""
    household: str
    person: str
    field: str
    """A member or household column (``first_name``, ``house_no``, ``in_tpmap``) or
    ``dimensions`` for problem dimensions newly failed."""
    old: Any
    new: Any


@dataclass(frozen=True)
class RejectedLine:
    """A rejected data row: its Excel number, what it says, and why."""

    row: int
    national_id: str
    name: str
    reason: str


@dataclass
class PlanPreview:
    """Everything the preview step shows, as plain rows."""

    counts: dict[str, int]
    new: list[PersonLine]
    changed: list[ChangeLine]
    disappeared: list[DisappearedHousehold]
    rejected: list[RejectedLine]
    review: list[PersonLine]
    code_labels: dict[str, dict[str, str]]
    """``sex`` and ``relation`` code → label in the interface language."""
    subdistricts: dict[str, str]
    """Subdistrict code → name (the office's district)."""


def _raw_text(value: Any) -> str:
    """A cell as the user saw it in Excel: a long number stored as a float (an ID that lost
    its digits) in scientific notation, as Excel shows it."""
    if value is None:
        return ""
    if isinstance(value, float):
        if abs(value) >= 1e11:
            return f"{value:.5E}"
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def _address(p: Person, subdistricts: dict[str, str]) -> str:
    parts: list[str] = []
    if p.house_no:
        parts.append(p.house_no)
    if p.village_no:
        parts.append(translate("import", "Moo {number}").format(number=p.village_no))
    if p.subdistrict_code:
        parts.append(translate("import", "T. {name}").format(
            name=subdistricts.get(p.subdistrict_code, p.subdistrict_code)))
    return " ".join(parts)


def _household_text(h: HouseholdPlan, subdistricts: dict[str, str]) -> str:
    head = h.head
    address = _address(head, subdistricts)
    return f"{head.full_name} ({address})" if address else head.full_name


def _value_column(plan: ImportPlan, key: str) -> int | None:
    return next((i for i, f in plan.mapping.items() if f == key), None)


def plan_preview(session: Session, plan: ImportPlan) -> PlanPreview:
    """The dry run as the lines of the preview's tabs, in file order."""
    areas = AreaIndex.load(session)
    subdistricts = {code: name for name, code in areas.subdistricts.items()}
    lang = language()
    labels = {name: code_labels(session, name, language=lang) for name in ("sex", "relation")}
    household_of: dict[int, HouseholdPlan] = {}
    for h in plan.households:
        for p in h.persons:
            household_of[p.row] = h

    new: list[PersonLine] = []
    review: list[PersonLine] = []
    rejected: list[RejectedLine] = []
    id_column = _value_column(plan, "national_id")
    for result in plan.rows:
        p = plan.persons[result.row]
        if result.outcome == "rejected":
            raw_id = _raw_text(p.values[id_column]) if id_column is not None and id_column < len(
                p.values) else ""
            rejected.append(RejectedLine(result.row, p.national_id or raw_id, p.full_name,
                                         result.reason or ""))
            continue
        home = household_of.get(result.row)
        if home is None or result.outcome not in ("new", "review"):
            continue
        note = (result.reason or "") if result.outcome == "review" else " ".join(result.warnings)
        line = PersonLine(result.row, p.national_id, p.full_name, _address(p, subdistricts),
                          home.head.full_name, note, home.existing_id is None)
        (new if result.outcome == "new" else review).append(line)

    changed: list[ChangeLine] = []
    for h in plan.households:
        if h.outcome != "updated":
            continue
        household = _household_text(h, subdistricts)
        row_of_member = {mid: row for row, mid in h.member_ids.items()}
        for change in h.changes:
            row = row_of_member.get(change.record_id, h.head.row) if change.table == "members" \
                else h.head.row
            person = plan.persons[row].full_name
            changed.append(ChangeLine(row, household, person, change.field, change.old,
                                      change.new))
        if h.new_dimensions:
            changed.append(ChangeLine(h.head.row, household, h.head.full_name, "dimensions",
                                      None, sorted(h.new_dimensions)))
    changed.sort(key=lambda c: c.row)
    return PlanPreview(plan.counts(), new, changed, list(plan.disappeared), rejected, review,
                       labels, subdistricts)
