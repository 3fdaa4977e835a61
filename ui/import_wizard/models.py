"""Item models of the import wizard: the sheet preview, the column mapping and the dry run's tabs.

Each is a small ``QAbstractTableModel`` over plain lists (no proxy: a dry run can have 100,000
rows); ``data()`` answers only the roles it knows and returns ``None`` at once for the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from core.importing.mapping import FIELDS, auto_map, field_label
from core.importing.summary import LoadedTable
from core.thai import format_date_be

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole

HEADER_BACKGROUND = QBrush(QColor("#cfe6ee"))
SKIPPED_FOREGROUND = QBrush(QColor("#8a9aa0"))
PROBLEM_BACKGROUND = QBrush(QColor("#f9dcd9"))
NOT_IMPORTED_FOREGROUND = QBrush(QColor("#7a8d95"))


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: A … Z, AA, AB …"""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def cell_text(value: Any) -> str:
    """A cell value as the preview shows it (as close to Excel's view as plain text gets)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:g}"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != dt.time() else \
            value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).replace("\n", " ")


# --------------------------------------------------------------------------- sheet preview


class SheetPreviewModel(QAbstractTableModel):
    """The first rows of a sheet: column letters across, Excel row numbers down, the header
    row(s) highlighted and rows that are not data (blank, totals, notes) greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []
        self.width = 0
        self.header_index = -1
        self.header_rows = 1
        self.skipped: dict[int, str] = {}
        self.data_rows: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: LoadedTable) -> None:
        """Show a loaded sheet."""
        self.beginResetModel()
        self.rows = [list(r) for r in table.preview]
        self.width = max((len(r) for r in self.rows), default=0)
        self.header_index = table.header_index
        self.header_rows = table.header_rows
        self.skipped = dict(table.skipped)
        self.data_rows = table.data_row_numbers
        self.endResetModel()

    def set_header(self, index: int, rows: int) -> None:
        """Move the highlight at once (the data rows follow when the sheet is re-read)."""
        self.header_index, self.header_rows = index, rows
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.width - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def is_header(self, row: int) -> bool:
        """Whether 0-based ``row`` is one of the header rows."""
        return self.header_index <= row < self.header_index + self.header_rows

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.width

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == DISPLAY:
            row = self.rows[r]
            return cell_text(row[c]) if c < len(row) else ""
        if role == BACKGROUND:
            return HEADER_BACKGROUND if self.is_header(r) else None
        if role == FONT:
            return self._bold if self.is_header(r) else None
        if role == FOREGROUND:
            return SKIPPED_FOREGROUND if (r + 1) in self.skipped else None
        if role == TOOLTIP:
            return self.row_note(r)
        return None

    def row_note(self, row: int) -> str | None:
        """Why a row is highlighted or greyed (``None`` for a data row)."""
        if self.is_header(row):
            return translate("ImportPage", "Header row")
        reason = self.skipped.get(row + 1)
        if reason is None:
            return None
        return {
            "blank": translate("ImportPage", "Blank row: not data"),
            "total": translate("ImportPage", "Total row: not data"),
            "note": translate("ImportPage", "Note: not data"),
            "column_numbers": translate("ImportPage", "Column numbers: not data"),
            "repeated_header": translate("ImportPage", "The header repeated: not data"),
        }.get(reason, reason)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == DISPLAY and 0 <= section < self.width:
                return column_letter(section)
            return None
        if not 0 <= section < len(self.rows):
            return None
        if role == DISPLAY:
            return str(section + 1)
        if role == FONT and self.is_header(section):
            return self._bold
        if role == TOOLTIP:
            return self.row_note(section)
        return None


# --------------------------------------------------------------------------- mapping


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its letter, header, sample values and the field it
    is imported as (editable; ``""`` for a column that is not imported)."""

    COLUMN, HEADER, SAMPLES, FIELD = range(4)
    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.samples: list[str] = []
        self.fields: list[str] = []
        self._duplicates: set[str] = set()
        self._titles = [translate("ImportPage", "Column"),
                        translate("ImportPage", "Header in the file"),
                        translate("ImportPage", "Sample values"),
                        translate("ImportPage", "Import as")]

    def set_table(self, table: LoadedTable, mapping: dict[int, str] | None = None) -> None:
        """Show the columns of a loaded table with ``mapping`` (default: the table's own)."""
        chosen = table.prepared.mapping if mapping is None else mapping
        self.beginResetModel()
        self.headers = list(table.prepared.headers)
        self.samples = [" · ".join(cell_text(v) for v in table.samples(i))
                        for i in range(len(self.headers))]
        self.fields = [chosen.get(i, "") for i in range(len(self.headers))]
        self._update_duplicates()
        self.endResetModel()
        self.mapping_changed.emit()

    def reset_to_automatic(self) -> None:
        """Map every column from its header again."""
        automatic = auto_map(self.headers)
        self.fields = [automatic.get(i, "") for i in range(len(self.headers))]
        self._update_duplicates()
        if self.fields:
            self.dataChanged.emit(self.index(0, self.FIELD), self.index(len(self.fields) - 1,
                                                                         self.FIELD))
        self.mapping_changed.emit()

    def mapping(self) -> dict[int, str]:
        """Column index → field key, for the mapped columns."""
        return {i: f for i, f in enumerate(self.fields) if f}

    def set_field(self, column: int, field: str) -> None:
        """Import a column as ``field`` (``""``: not imported)."""
        self.setData(self.index(column, self.FIELD), field, EDIT)

    def _update_duplicates(self) -> None:
        seen: set[str] = set()
        self._duplicates = set()
        for f in self.fields:
            if f and f in seen:
                self._duplicates.add(f)
            seen.add(f)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == DISPLAY:
            if c == self.COLUMN:
                return column_letter(r)
            if c == self.HEADER:
                return self.headers[r] or translate("ImportPage", "(no header)")
            if c == self.SAMPLES:
                return self.samples[r]
            field = self.fields[r]
            return field_label(field) if field else not_imported_label()
        if role == EDIT and c == self.FIELD:
            return self.fields[r]
        if role == FOREGROUND and c == self.FIELD and not self.fields[r]:
            return NOT_IMPORTED_FOREGROUND
        if role == BACKGROUND and c == self.FIELD and self.fields[r] in self._duplicates:
            return PROBLEM_BACKGROUND
        if role == TOOLTIP and c in (self.HEADER, self.SAMPLES):
            return self.headers[r] if c == self.HEADER else self.samples[r]
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role != EDIT:
            return False
        field = str(value or "")
        if field and field not in FIELDS:
            return False
        if self.fields[index.row()] == field:
            return True
        self.fields[index.row()] = field
        self._update_duplicates()
        self.dataChanged.emit(self.index(0, self.FIELD),
                              self.index(len(self.fields) - 1, self.FIELD))
        self.mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self._titles[section]
        return None


def not_imported_label() -> str:
    """What a column that is not imported shows as its field."""
    return translate("ImportPage", "— not imported —")


def field_choices() -> list[tuple[str, str]]:
    """(key, label) for the field combo box: not imported first, then every field."""
    return [("", not_imported_label()), *((f, field_label(f)) for f in FIELDS)]


# --------------------------------------------------------------------------- dry run tabs


@dataclass(frozen=True)
class Column:
    """A column of a line table: its title and how a line becomes its text."""

    title: str
    text: Callable[[Any], str]
    right: bool = False


class RowChoice(QObject):
    """Which data rows the user left out of the import (shared by the new and changed tabs)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.excluded: set[int] = set()

    def clear(self) -> None:
        """Include every row again."""
        self.excluded.clear()
        self.changed.emit()

    def set_included(self, rows: Iterable[int], included: bool) -> None:
        """Include or leave out rows."""
        rows = set(rows)
        before = len(self.excluded)
        if included:
            self.excluded -= rows
        else:
            self.excluded |= rows
        if len(self.excluded) != before:
            self.changed.emit()

    def is_included(self, row: int) -> bool:
        """Whether a data row is imported."""
        return row not in self.excluded


class LinesModel(QAbstractTableModel):
    """A read-only table of plain lines; with a :class:`RowChoice` the first column is a
    check box that includes or leaves out the line's data row (``line.row``)."""

    def __init__(self, columns: Sequence[Column], *, choice: RowChoice | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.lines: list[Any] = []
        self.choice = choice
        self._offset = 1 if choice is not None else 0
        if choice is not None:
            choice.changed.connect(self._choice_changed)

    def set_lines(self, lines: Sequence[Any]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def line_rows(self) -> set[int]:
        """The data rows of the lines (for "select all")."""
        return {line.row for line in self.lines}

    def _choice_changed(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 0), [CHECK])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns) + self._offset

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.choice is not None and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        c = index.column() - self._offset
        if c < 0:
            if role == CHECK and self.choice is not None:
                included = self.choice.is_included(self.lines[index.row()].row)
                return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
            return None
        if role in (DISPLAY, TOOLTIP):
            return self.columns[c].text(self.lines[index.row()])
        if role == ALIGN and self.columns[c].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if (not index.isValid() or role != CHECK or self.choice is None
                or index.column() != 0):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.choice.set_included([self.lines[index.row()].row],
                                 state == Qt.CheckState.Checked.value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        c = section - self._offset
        if c < 0:
            return translate("ImportPage", "Import") if section == 0 else None
        if c < len(self.columns):
            return self.columns[c].title
        return None


def format_value(value: Any, *, labels: dict[str, str] | None = None) -> str:
    """An old or new value for the changes tab."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("ImportPage", "yes") if value else translate("ImportPage", "no")
    if isinstance(value, dt.date):
        return format_date_be(value)
    if isinstance(value, list | tuple | set):
        return ", ".join(format_value(v, labels=labels) for v in value)
    if labels and str(value) in labels:
        return labels[str(value)]
    return str(value)
