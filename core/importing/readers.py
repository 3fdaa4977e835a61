"""Reading household lists from spreadsheets and CSV files, and finding the table in them.

Real lists come as .xlsx, .xls, .ods or CSV, with merged titles above the header, several
header rows, blank rows, totals and notes below the table, and CSV in UTF-8 (with or without
a BOM) or Windows-874/TIS-620. This module turns such a file into raw rows (cell values as
python-calamine gives them, empty cells as ``None``), finds the header row(s) and separates the
data rows from the rows a careful reader would not count (blank, totals, notes).

Row numbers are the numbers Excel shows: the first row of the sheet is 1, whatever calamine
skips, so that messages and the error workbook point at the right row.

The reader is chosen by the file's content (zip, OLE compound file, text), not only by its
extension: a .xlsx saved as .xls, or a CSV saved as .xls, still opens; a PDF or a Word file
with a spreadsheet extension is refused with a clear message.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import python_calamine as pc

from core.errors import UserError
from core.i18n import translate

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
"""A cell value as read: calamine's types, ``None`` for an empty cell."""

SPREADSHEET_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
HEADER_SCAN_ROWS = 15
"""The header row is looked for in this many rows from the top of the sheet."""

_SAMPLE_ROWS = HEADER_SCAN_ROWS + 10
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_BLANK_CHARS = " \t\r\n\v\f\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Characters a cell can hold and still look empty."""
_CSV_DELIMITERS = (",", ";", "\t")
_FROM_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class ImportFileError(UserError):
    """The file cannot be read as a list: missing, empty, wrong kind, damaged or locked.

    ``str()`` is one translated sentence that says what to do; ``kind`` is a stable code
    (``not_found``, ``permission``, ``empty``, ``wrong_kind``, ``corrupt``, ``encrypted``,
    ``no_data``, ``encoding``, ``no_sheet``, ``unreadable``) for callers and tests.
    """

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook as listed for the user to choose from."""

    name: str
    rows: int
    """The last used row as Excel numbers it (0 when the sheet is empty)."""
    cols: int
    """The last used column, 1-based (0 when the sheet is empty)."""
    is_empty: bool
    hidden: bool = False


@dataclass
class RawSheet:
    """The cells of one sheet, row by row; ``rows[0]`` is the sheet's first row (Excel row 1)."""

    name: str
    rows: list[list[Cell]]
    first_row_number: int = 1
    """The Excel row number of ``rows[0]`` (always 1 from :func:`read_sheet`)."""
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    """Merged ranges ((row, col), (row, col)), 0-based, as calamine gives them (xlsx/xls only)."""
    encoding: str | None = None
    """For CSV: the encoding that was detected (``utf-8``, ``utf-8-sig``, ``cp874``, ``utf-16``)."""
    delimiter: str | None = None
    """For CSV: the delimiter that was detected."""


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header is: its first row (0-based index into the rows), how sure, how many rows."""

    index: int
    score: float
    header_rows: int = 1
    headers: list[str] = field(default_factory=list)
    """One text per column; several header rows are joined as ``"ที่อยู่ / บ้านเลขที่"``."""

    @property
    def data_start(self) -> int:
        """The index of the first row below the header."""
        return self.index + self.header_rows


class DataRow(NamedTuple):
    """A data row: its number as Excel shows it and its cell values."""

    number: int
    values: list[Cell]


class SkippedRow(NamedTuple):
    """A row below the header that is not data, with why: ``blank``, ``column_numbers``,
    ``total``, ``note``, ``repeated_header``."""

    number: int
    reason: str


class TableRows(NamedTuple):
    """The rows below the header: data rows, and the rows that were skipped."""

    data: list[DataRow]
    skipped: list[SkippedRow]


@dataclass
class Table:
    """A sheet with its table found: what :func:`read_table` returns."""

    sheet: RawSheet
    header: HeaderGuess
    data: list[DataRow]
    skipped: list[SkippedRow]

    @property
    def headers(self) -> list[str]:
        """The header text of every column."""
        return self.header.headers


# --------------------------------------------------------------------------- errors


def _error(kind: str, path: Path) -> ImportFileError:
    name = path.name
    if kind == "not_found":
        msg = translate("import", "The file {name} does not exist. Check the folder and choose "
                                  "the file again.")
    elif kind == "is_folder":
        msg = translate("import", "{name} is a folder, not a file. Choose a spreadsheet or CSV "
                                  "file.")
    elif kind == "permission":
        msg = translate("import", "Cannot open {name}: permission denied. Close it in other "
                                  "programs or copy it to your own folder, then try again.")
    elif kind == "empty":
        msg = translate("import", "The file {name} is empty (0 bytes). Ask the sender for the "
                                  "file again.")
    elif kind == "pdf":
        msg = translate("import", "{name} is a PDF document, not a spreadsheet. Ask the sender "
                                  "for the Excel or CSV file.")
    elif kind == "word":
        msg = translate("import", "{name} is a Word document, not a spreadsheet. Ask the sender "
                                  "for the Excel or CSV file.")
    elif kind == "html":
        msg = translate("import", "{name} is a web page saved with a spreadsheet name. Open it in "
                                  "Excel, save it as an Excel workbook (.xlsx) and import that "
                                  "file.")
    elif kind == "wrong_kind":
        msg = translate("import", "{name} is not a spreadsheet or CSV file. Choose an .xlsx, "
                                  ".xls, .ods or .csv file.")
    elif kind == "corrupt":
        msg = translate("import", "{name} is damaged and cannot be read. Open it in Excel to "
                                  "repair it, or ask the sender for the file again.")
    elif kind == "encrypted":
        msg = translate("import", "{name} is protected with a password. Open it in Excel, "
                                  "remove the password, save it and import it again.")
    elif kind == "encoding":
        msg = translate("import", "The text of {name} is in an encoding that cannot be read. "
                                  "Save it as CSV UTF-8 from Excel and import it again.")
    elif kind == "no_data":
        msg = translate("import", "{name} has no data: every sheet is empty. Check that you "
                                  "chose the right file.")
    else:
        msg = translate("import", "{name} cannot be read. Save it again as an Excel workbook "
                                  "(.xlsx) and import that file.")
    return ImportFileError(msg.format(name=name), "wrong_kind" if kind in (
        "pdf", "word", "html", "is_folder") else kind)


def _sheet_not_found(path: Path, sheet: str, names: Sequence[str]) -> ImportFileError:
    msg = translate("import", "{name} has no sheet called {sheet}. Its sheets are: {sheets}.")
    return ImportFileError(msg.format(name=path.name, sheet=sheet, sheets=", ".join(names)),
                           "no_sheet")


def _sheet_empty(path: Path, sheet: str) -> ImportFileError:
    msg = translate("import", "The sheet {sheet} in {name} is empty. Choose another sheet.")
    return ImportFileError(msg.format(name=path.name, sheet=sheet), "no_data")


# --------------------------------------------------------------------------- content sniffing


def _sniff(path: Path) -> str:
    """What the file holds: ``xlsx``, ``xlsb``, ``ods``, ``ole``, ``text``, or raises."""
    try:
        if path.is_dir():
            raise _error("is_folder", path)
        with path.open("rb") as f:
            head = f.read(4096)
    except FileNotFoundError as e:
        raise _error("not_found", path) from e
    except PermissionError as e:
        raise _error("permission", path) from e
    except ImportFileError:
        raise
    except OSError as e:
        raise _error("unreadable", path) from e
    if not head:
        raise _error("empty", path)
    if head.startswith(_OLE_SIGNATURE):
        return "ole"
    if head.startswith(_ZIP_SIGNATURES):
        return _zip_kind(path)
    if head.lstrip().startswith(b"%PDF"):
        raise _error("pdf", path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with a BOM: Excel's "Unicode text"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta", b"<head")):
        raise _error("html", path)
    if b"\x00" in head:
        raise _error("wrong_kind", path)
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, EOFError) as e:
        raise _error("corrupt", path) from e
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        raise _error("word", path)
    raise _error("wrong_kind", path)


def _ole_has_stream(path: Path, *names: str) -> bool:
    """Whether an OLE compound file has a directory entry with one of these names.

    Directory entries hold names in UTF-16LE; a plain search is enough for telling an
    encrypted OOXML package (``EncryptedPackage``) or a Word file (``WordDocument``) apart.
    """
    needles = [n.encode("utf-16-le") for n in names]
    overlap = max(len(n) for n in needles)
    tail = b""
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            chunk = tail + block
            if any(n in chunk for n in needles):
                return True
            tail = chunk[-overlap:]
    return False


# --------------------------------------------------------------------------- workbooks


_CALAMINE_EXTENSIONS = {"xlsx": (".xlsx", ".xlsm"), "xlsb": (".xlsb",), "ods": (".ods",),
                        "ole": (".xls",)}


@contextmanager
def _open_workbook(path: Path, kind: str) -> Iterator[pc.CalamineWorkbook]:
    """Open a workbook with calamine, turning its errors into :class:`ImportFileError`."""
    try:
        if path.suffix.lower() in _CALAMINE_EXTENSIONS[kind]:
            workbook = pc.CalamineWorkbook.from_path(str(path))
        else:  # the extension lies: let calamine detect the format from the content
            with path.open("rb") as f:
                workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(f.read()))
    except pc.PasswordError as e:
        raise _error("encrypted", path) from e
    except FileNotFoundError as e:
        raise _error("not_found", path) from e
    except PermissionError as e:
        raise _error("permission", path) from e
    except (pc.CalamineError, OSError, ValueError) as e:
        raise _workbook_error(path, kind) from e
    try:
        yield workbook
    finally:
        workbook.close()


def _workbook_error(path: Path, kind: str) -> ImportFileError:
    if kind == "ole":
        if _ole_has_stream(path, "EncryptedPackage", "EncryptionInfo"):
            return _error("encrypted", path)
        if _ole_has_stream(path, "WordDocument"):
            return _error("word", path)
    return _error("corrupt", path)


def _load_sheet(workbook: pc.CalamineWorkbook, name: str, path: Path,
                kind: str) -> pc.CalamineSheet:
    try:
        return workbook.get_sheet_by_name(name)
    except pc.PasswordError as e:
        raise _error("encrypted", path) from e
    except (pc.CalamineError, ValueError) as e:
        raise _workbook_error(path, kind) from e


def _sheet_rows(sheet: pc.CalamineSheet, path: Path, kind: str,
                nrows: int | None = None) -> list[list[Cell]]:
    """All rows from the sheet's row 1 (calamine would skip leading empty rows), "" → None."""
    try:
        raw = sheet.to_python(skip_empty_area=False, nrows=nrows)
    except pc.PasswordError as e:
        raise _error("encrypted", path) from e
    except (pc.CalamineError, ValueError) as e:
        raise _workbook_error(path, kind) from e
    return [[None if v == "" else v for v in row] for row in raw]


def _is_hidden(meta: pc.SheetMetadata) -> bool:
    return meta.visible != pc.SheetVisibleEnum.Visible


def _is_worksheet(meta: pc.SheetMetadata) -> bool:
    return meta.typ == pc.SheetTypeEnum.WorkSheet


def list_sheets(path: str | Path) -> list[SheetInfo]:
    """The sheets of a workbook (a CSV file is one sheet named after the file).

    Raises :class:`ImportFileError` when the file cannot be read.
    """
    path = Path(path)
    kind = _sniff(path)
    if kind == "text":
        raw = _read_text(path)
        cols = max((len(r) for r in raw.rows), default=0)
        empty = not any(_row_has_values(r) for r in raw.rows)
        return [SheetInfo(raw.name, len(raw.rows), cols, empty)]
    infos: list[SheetInfo] = []
    with _open_workbook(path, kind) as workbook:
        for meta in workbook.sheets_metadata:
            if not _is_worksheet(meta):
                continue
            sheet = _load_sheet(workbook, meta.name, path, kind)
            end = sheet.end
            if end is None:
                infos.append(SheetInfo(meta.name, 0, 0, True, _is_hidden(meta)))
                continue
            sample = sheet.to_python(skip_empty_area=True, nrows=_SAMPLE_ROWS)
            empty = not any(_row_has_values(r) for r in sample)
            infos.append(SheetInfo(meta.name, end[0] + 1, end[1] + 1, empty, _is_hidden(meta)))
    return infos


def read_sheet(path: str | Path, sheet: str | None = None, *,
               max_rows: int | None = None) -> RawSheet:
    """The cells of one sheet (or of a CSV file), from the sheet's first row.

    ``sheet`` names the sheet; without it the sheet that looks most like a list is chosen:
    the one whose header row scores highest (the first such sheet when several tie), so a
    cover or summary sheet before the list is passed over. ``max_rows`` reads only that many
    rows from the top (for previews). Raises :class:`ImportFileError` when the file cannot be
    read, has no such sheet, or has no data at all.
    """
    path = Path(path)
    kind = _sniff(path)
    if kind == "text":
        raw = _read_text(path)
        if not any(_row_has_values(r) for r in raw.rows):
            raise _error("no_data", path)
        if max_rows is not None:
            raw.rows = raw.rows[:max_rows]
        return raw
    with _open_workbook(path, kind) as workbook:
        metas = [m for m in workbook.sheets_metadata if _is_worksheet(m)]
        if sheet is not None:
            if sheet not in workbook.sheet_names:
                raise _sheet_not_found(path, sheet, [m.name for m in metas])
            chosen = _load_sheet(workbook, sheet, path, kind)
            rows = _sheet_rows(chosen, path, kind, max_rows)
            if not any(_row_has_values(r) for r in rows):
                raise _sheet_empty(path, sheet)
        else:
            chosen, rows = _choose_sheet(workbook, metas, path, kind, max_rows)
        merged = list(chosen.merged_cell_ranges or [])
        return RawSheet(chosen.name, _trim_trailing_blank(rows), 1, merged)


def _choose_sheet(workbook: pc.CalamineWorkbook, metas: Sequence[pc.SheetMetadata], path: Path,
                  kind: str, max_rows: int | None) -> tuple[pc.CalamineSheet, list[list[Cell]]]:
    """The sheet that looks most like a list: best header score; visible sheets first."""
    best: tuple[float, int] | None = None
    best_sheet: pc.CalamineSheet | None = None
    best_sample: list[list[Cell]] = []
    for order, meta in enumerate(sorted(metas, key=_is_hidden)):
        sheet = _load_sheet(workbook, meta.name, path, kind)
        start = sheet.start
        if start is None:
            continue
        sample = _sheet_rows(sheet, path, kind, start[0] + _SAMPLE_ROWS)
        if not any(_row_has_values(r) for r in sample):
            continue
        guess = find_header_row(sample)
        key = (guess.score - (100 if _is_hidden(meta) else 0), -order)
        if best is None or key > best:
            best, best_sheet, best_sample = key, sheet, sample
    if best_sheet is None:
        raise _error("no_data", path)
    if max_rows is not None and max_rows <= len(best_sample):
        return best_sheet, best_sample[:max_rows]
    return best_sheet, _sheet_rows(best_sheet, path, kind, max_rows)


def _trim_trailing_blank(rows: list[list[Cell]]) -> list[list[Cell]]:
    end = len(rows)
    while end and not _row_has_values(rows[end - 1]):
        end -= 1
    del rows[end:]
    return rows


# --------------------------------------------------------------------------- CSV and text


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text and the encoding: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-874."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp874"  # Windows-874, a superset of TIS-620
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as e:
        raise _error("encoding", path) from e


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer's guess when the columns it gives are consistent,
    else the delimiter that gives the most rows with the same number (≥ 2) of columns."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    sample = "\n".join(lines)
    scores = {d: _consistency(lines, d) for d in _CSV_DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(_CSV_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    best = max(_CSV_DELIMITERS, key=lambda d: scores[d])  # first wins a tie: comma
    if sniffed in scores and scores[sniffed] >= scores[best] and scores[sniffed] > 0:
        return sniffed
    return best if scores[best] > 0 else ","


def _consistency(lines: list[str], delimiter: str) -> int:
    """How many sample lines have the most common number of fields, if that number is ≥ 2."""
    counts: dict[int, int] = {}
    for fields in csv.reader(lines, delimiter=delimiter):
        counts[len(fields)] = counts.get(len(fields), 0) + 1
    width, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
    return rows if width >= 2 else 0


def _read_text(path: Path) -> RawSheet:
    """A CSV or delimited text file as one sheet of strings (``None`` for empty fields)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise _error("not_found", path) from e
    except PermissionError as e:
        raise _error("permission", path) from e
    except OSError as e:
        raise _error("unreadable", path) from e
    text, encoding = _decode(data, path)
    if "\x00" in text:
        raise _error("wrong_kind", path)
    delimiter = _delimiter(text)
    if path.suffix.lower() not in TEXT_EXTENSIONS:
        # A text file with another name (".xls") is read only if it really is a table.
        lines = [line for line in text.splitlines()[:50] if line.strip()]
        if _consistency(lines, delimiter) < min(2, len(lines)) or len(lines) < 2:
            raise _error("wrong_kind", path)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise _error("corrupt", path) from e
    width = max((len(r) for r in records), default=0)
    rows: list[list[Cell]] = [
        [*(v if v != "" else None for v in r), *[None] * (width - len(r))] for r in records]
    return RawSheet(path.stem, _trim_trailing_blank(rows), 1, [], encoding, delimiter)


# --------------------------------------------------------------------------- finding the header

# Used when core.importing.mapping has no auto_map (yet): words that start header cells.
_HEADER_WORDS = (
    "เลขประจำตัวประชาชน", "เลขบัตร", "บัตรประชาชน", "เลขประจำตัว", "ชื่อ", "นามสกุล", "สกุล",
    "บ้านเลขที่", "เลขที่", "หมู่", "ตำบล", "อำเภอ", "จังหวัด", "เพศ", "วันเกิด", "วันเดือนปีเกิด",
    "ว/ด/ป", "คำนำหน้า", "รหัสบ้าน", "รหัสประจำบ้าน", "ความสัมพันธ์", "สถานะ", "โทรศัพท์",
    "เบอร์โทร", "อายุ", "ที่อยู่", "มิติ", "ด้าน", "ลำดับ", "หัวหน้าครัวเรือน", "เจ้าบ้าน",
    "รายได้", "อาชีพ", "สุขภาพ", "การศึกษา", "ความเป็นอยู่", "การเข้าถึง", "หมายเลข", "ซอย", "ถนน",
)
_HEADER_EXACT = frozenset({
    "ที่", "ม.", "ต.", "อ.", "จ.", "ลำดับที่", "no", "no.", "#", "id", "cid", "pid", "nid",
    "name", "sex", "gender", "dob", "moo", "tambon", "amphoe", "changwat", "title", "prefix",
})
_HEADER_WORDS_EN = (
    "national id", "citizen id", "id card", "first name", "firstname", "last name", "lastname",
    "surname", "full name", "birth", "house", "village", "subdistrict", "sub-district",
    "district", "province", "address", "relation", "phone", "telephone",
)
_SEQUENCE_HEADERS = frozenset({"ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#", "seq", "ลำดับ ที่"})
_DIGIT_RUN = re.compile(r"[0-9๐-๙]{3,}")
_FORM_LINE = re.compile(r":$|\.\.|_{2,}")
_MAX_HEADER_LEN = 60


def _text(value: Cell) -> str:
    """A cell as trimmed text without zero-width characters ("" when empty)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.translate(_ZERO_WIDTH).split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _norm(text: str) -> str:
    return text.lower().rstrip(":*").strip()


def _is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip(_BLANK_CHARS))


def _row_has_values(row: Sequence[Cell]) -> bool:
    return any(not _is_blank(v) for v in row)


def _filled(row: Sequence[Cell]) -> list[int]:
    """The indexes of the cells that are not blank (inlined: this runs for every cell)."""
    return [i for i, v in enumerate(row)
            if v is not None and (v.__class__ is not str or v.strip(_BLANK_CHARS))]


def _is_number_like(value: Cell) -> bool:
    """A number, or text of digits only (Thai digits too): a sequence number."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _text(value).rstrip(".").isdigit()


def _header_like(value: Cell) -> bool:
    """A cell that could be a column header: short text, not a number, date or long digit run."""
    if not isinstance(value, str):
        return False
    text = _text(value)
    return bool(text) and len(text) <= _MAX_HEADER_LEN and not _DIGIT_RUN.search(text)


def _keyword_match(text: str) -> bool:
    t = _norm(text)
    if t in _HEADER_EXACT:
        return True
    compact = t.replace(" ", "")
    return (any(compact.startswith(w) or (w in compact and len(compact) <= 30)
                for w in _HEADER_WORDS)
            or any(w in t for w in _HEADER_WORDS_EN))


def _auto_map() -> Callable[[list[str]], dict[int, str]] | None:
    """``core.importing.mapping.auto_map`` when it exists (imported lazily: no import cycle)."""
    try:
        from core.importing import mapping
    except ImportError:
        return None
    func = getattr(mapping, "auto_map", None)
    return func if callable(func) else None


def _header_hits(row: Sequence[Cell], auto_map: Callable[[list[str]], dict[int, str]] | None
                 ) -> int:
    """How many cells of the row look like known header words."""
    texts = [_text(v) if _header_like(v) else "" for v in row]
    hits = {i for i, t in enumerate(texts) if t and _keyword_match(t)}
    if auto_map is not None and any(texts):
        hits |= {i for i in auto_map(texts) if 0 <= i < len(texts) and texts[i]}
    return len(hits)


def _score_row(rows: Sequence[Sequence[Cell]], i: int,
               auto_map: Callable[[list[str]], dict[int, str]] | None) -> float:
    row = rows[i]
    filled = _filled(row)
    if len(filled) < 2:  # a merged title or a note: one cell, never a header
        return 0.0
    hits = _header_hits(row, auto_map)
    if hits == 0:
        return 0.0
    not_text = sum(1 for c in filled if not _header_like(row[c]))
    score = hits - 0.5 * not_text
    following = [r for r in rows[i + 1:i + 4] if _row_has_values(r)]
    if following and len(_filled(following[0])) >= 2:
        score += 0.5
    return max(score, 0.0)


def _looks_like_header_text(row: Sequence[Cell]) -> bool:
    """Two or more short texts, none a form line to fill in ("อำเภอ:", "หมู่ที่ ......")."""
    filled = _filled(row)
    return len(filled) >= 2 and all(
        _header_like(row[c]) and not _FORM_LINE.search(_text(row[c])) for c in filled)


def find_header_row(rows: Sequence[Sequence[Cell]], *, scan: int = HEADER_SCAN_ROWS,
                    merged: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()
                    ) -> HeaderGuess:
    """Find the header in the first ``scan`` rows (counted from the first row that is not
    empty, so a table far down an otherwise empty sheet is found too).

    Each row with at least two filled cells is scored by how many cells look like known
    header words (``core.importing.mapping.auto_map`` plus a built-in list), less half a
    point per cell that is a number, a date or long digits, plus half a point when data
    follows. The best row wins (the first on a tie). A row of header text just above it (a
    group row such as "ที่อยู่" over "บ้านเลขที่ / หมู่ที่ / ตำบล") or just below it (sub-headers
    under merged cells) is joined to it, up to three header rows. A sheet with no recognisable
    header gets the first row with two or more filled cells, score 0. ``merged`` (the sheet's
    merged ranges, :attr:`RawSheet.merged`) lets group headers be spread exactly over the
    columns they cover; without it they are carried right over the sub-headers below them.
    """
    auto_map = _auto_map()
    top = next((i for i, row in enumerate(rows) if _row_has_values(row)), 0)
    limit = min(top + scan, len(rows))
    best_index, best_score = -1, 0.0
    for i in range(top, limit):
        score = _score_row(rows, i, auto_map)
        if score > best_score:
            best_index, best_score = i, score
    if best_index < 0:
        first = next((i for i in range(top, limit) if len(_filled(rows[i])) >= 2), top)
        return HeaderGuess(first, 0.0, 1, _combine_headers(rows, first, 1, merged))
    start, count = best_index, 1
    # sub-headers below: header text that fills columns the best row left empty
    while count < 3 and start + count < len(rows):
        below = rows[start + count]
        if not _looks_like_header_text(below):
            break
        above = rows[start + count - 1]
        fills_gap = any(_is_blank(above[c]) if c < len(above) else True for c in _filled(below))
        if not (fills_gap or _header_hits(below, auto_map) >= 2):
            break
        count += 1
    # group headers above: a row of header text (not a one-cell title) right above
    while count < 3 and start > 0 and _looks_like_header_text(rows[start - 1]):
        start -= 1
        count += 1
    return HeaderGuess(start, best_score, count, _combine_headers(rows, start, count, merged))


def _combine_headers(rows: Sequence[Sequence[Cell]], start: int, count: int,
                     merged: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> list[str]:
    """One text per column from ``count`` header rows, upper parts first, joined by " / ".

    A group text in an upper row (a merged cell, whose value sits in its first column) is
    carried right over the columns under it: while the row below has text and the upper cell
    is empty. Merged ranges, when known, are filled exactly.
    """
    if not rows or start >= len(rows):
        return []
    block = [list(rows[r]) if r < len(rows) else [] for r in range(start, start + count)]
    width = max(len(r) for r in block)
    texts = [[_text(r[c]) if c < len(r) else "" for c in range(width)] for r in block]
    for (r1, c1), (r2, c2) in merged:
        value = texts[r1 - start][c1] if start <= r1 < start + count and c1 < width else ""
        for r in range(max(r1, start), min(r2, start + count - 1) + 1):
            for c in range(c1, min(c2, width - 1) + 1):
                texts[r - start][c] = value
    for upper in range(count - 1):
        carry = ""
        for c in range(width):
            below_has_text = any(texts[r][c] for r in range(upper + 1, count))
            if texts[upper][c]:
                carry = texts[upper][c] if below_has_text else ""
            elif below_has_text and carry:
                texts[upper][c] = carry
            else:
                carry = ""
    headers = []
    for c in range(width):
        parts: list[str] = []
        for r in range(count):
            if texts[r][c] and (not parts or parts[-1] != texts[r][c]):
                parts.append(texts[r][c])
        headers.append(" / ".join(parts))
    return headers


# --------------------------------------------------------------------------- data rows

# A total or note word must not run on into a longer Thai or Latin word ("รวมใจ" is a name).
_NOT_A_WORD_GOES_ON = r"(?![\u0e01-\u0e4ea-z])"
_TOTAL = re.compile(r"^(รวมทั้งสิ้น|รวมทั้งหมด|ยอดรวม|รวม|grand total|total|sum)"
                    + _NOT_A_WORD_GOES_ON, re.IGNORECASE)
_NOTE = re.compile(r"^(หมายเหตุ|ที่มา|แหล่งที่มา|ผู้จัดทำ|ผู้รายงาน|ผู้รับรอง|ลงชื่อ|ลงนาม|"
                   r"ข้อมูล ?ณ|note|source|remark)" + _NOT_A_WORD_GOES_ON, re.IGNORECASE)
_MIN_COLUMNS_FOR_NOTE = 4


def data_rows(rows: Sequence[Sequence[Cell]], header_index: int, *, header_rows: int = 1,
              first_row_number: int = 1) -> TableRows:
    """The data rows below the header, and the rows skipped with a reason.

    Row numbers are as Excel shows them: ``rows[i]`` is row ``first_row_number + i``.
    Skipped: ``blank`` rows (also rows whose only value is a sequence number, as in a
    pre-numbered empty form), ``column_numbers`` (a first row under the header that numbers
    the columns: 1, 2, 3 … or (1), (2), (3) …), ``total`` rows and ``note`` rows (the first filled cell starts
    with รวม, รวมทั้งสิ้น, ยอดรวม, Total, หมายเหตุ, ที่มา, ผู้จัดทำ, ลงชื่อ …), a lone cell in a
    wide table after the last data row (a note), and a ``repeated_header`` (the header row
    again, as in a list pasted page by page). Blank rows after the last filled row are not
    reported. A sequence number (ลำดับ, ที่) in the first column does not hide a total or note:
    the first filled cell after it is checked too.
    """
    start = header_index + header_rows
    header_block = rows[header_index:start]
    width = max((len(r) for r in rows[header_index:]), default=0)
    headers = _combine_headers(rows, header_index, header_rows, [])
    sequence_cols = {i for i, h in enumerate(headers) if _norm(h) in _SEQUENCE_HEADERS}
    header_texts = [[_norm(_text(v)) for v in r] for r in header_block]
    last = len(rows)
    while last > start and not _row_has_values(rows[last - 1]):
        last -= 1
    last_multi = start - 1
    for i in range(last - 1, start - 1, -1):
        if len([c for c in _filled(rows[i])
                if not (c in sequence_cols and _is_number_like(rows[i][c]))]) >= 2:
            last_multi = i
            break
    first_filled = next((i for i in range(start, last) if _row_has_values(rows[i])), last)
    data: list[DataRow] = []
    skipped: list[SkippedRow] = []
    for i in range(start, last):
        row = rows[i]
        number = first_row_number + i
        if i == first_filled and _is_column_numbering(row, len(_filled(headers))):
            skipped.append(SkippedRow(number, "column_numbers"))
            continue
        reason = _skip_reason(row, i > last_multi, width, sequence_cols, header_texts)
        if reason is None:
            data.append(DataRow(number, row if isinstance(row, list) else list(row)))
        else:
            skipped.append(SkippedRow(number, reason))
    return TableRows(data, skipped)


_COLUMN_NUMBER = re.compile(r"^[(\[]?([0-9๐-๙]{1,3})[)\].]?$")


def _is_column_numbering(row: Sequence[Cell], header_cells: int) -> bool:
    """A row that numbers the columns under the header: 1, 2, 3 … or (1), (2), (3) …, at
    least four of them and for most of the header's columns (a data row of a small table
    could be 1, 2, 3)."""
    numbers: list[int] = []
    for c in _filled(row):
        value = row[c]
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float) and float(value).is_integer():
            numbers.append(int(value))
        elif isinstance(value, str) and (m := _COLUMN_NUMBER.match(_text(value))):
            numbers.append(int(m.group(1).translate(_FROM_THAI_DIGITS)))
        else:
            return False
    return (len(numbers) >= max(4, 0.75 * header_cells)
            and all(b == a + 1 for a, b in itertools.pairwise(numbers)))


def _skip_reason(row: Sequence[Cell], after_table: bool, width: int, sequence_cols: set[int],
                 header_texts: list[list[str]]) -> str | None:
    filled = _filled(row)
    content = [c for c in filled if not (c in sequence_cols and _is_number_like(row[c]))]
    if not content:
        return "blank"
    # the first filled cell, and the first after a sequence number (ลำดับ)
    for c in (filled[0], content[0]) if filled[0] != content[0] else (filled[0],):
        value = row[c]
        if isinstance(value, str):
            text = value.strip(_BLANK_CHARS)
            if _TOTAL.match(text):
                return "total"
            if _NOTE.match(text):
                return "note"
    if after_table and len(content) == 1 and width >= _MIN_COLUMNS_FOR_NOTE:
        return "note"
    first = filled[0]
    for texts in header_texts:
        # cheap test first: does the row start like this header row?
        if len(filled) < 2 or first >= len(texts) or not texts[first] or not isinstance(
                row[first], str) or _norm(_text(row[first])) != texts[first]:
            continue
        header_cells = [t for t in texts if t]
        same = sum(1 for c in filled if c < len(texts) and texts[c]
                   and _norm(_text(row[c])) == texts[c])
        if len(header_cells) >= 2 and same >= max(2, int(0.8 * len(header_cells))):
            return "repeated_header"
    return None


# --------------------------------------------------------------------------- all in one


def read_table(path: str | Path, sheet: str | None = None, *, header_index: int | None = None,
               header_rows: int | None = None) -> Table:
    """Read a sheet and find its table: the header (found, or as the user set it) and rows."""
    raw = read_sheet(path, sheet)
    if header_index is None:
        guess = find_header_row(raw.rows, merged=raw.merged)
    else:
        count = header_rows or 1
        guess = HeaderGuess(header_index, 0.0, count,
                            _combine_headers(raw.rows, header_index, count, raw.merged))
    body = data_rows(raw.rows, guess.index, header_rows=guess.header_rows,
                     first_row_number=raw.first_row_number)
    return Table(raw, guess, body.data, body.skipped)
