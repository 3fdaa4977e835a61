"""The province's return: read the districts' standard returns and add them up.

A district's file says what it is on its hidden sheet (district, period, layout); the figures
are read from the visible sheets, as the province sees them. Files of another period, files
that are not complete standard returns, another province's files and a district given twice
are refused, all problems at once, each with the file named.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ProgressFn, UserError, user_errors
from core.i18n import translate
from core.reference import districts_of
from core.returns.figures import NO_PARTNER_LABEL
from core.returns.model import (
    AGENCIES,
    DIMENSIONS,
    FIGURE_TABLES,
    FORMAT,
    LEVELS,
    META_SHEET,
    SUBDISTRICTS,
    SUMMARY,
    Column,
    FigureTable,
    Period,
    ReturnData,
    ReturnMeta,
    Row,
    parse_period,
)


@dataclass
class DistrictFile:
    """One district's return as read from its file."""

    path: Path
    data: ReturnData


class _Refused(Exception):
    """Why one file cannot be used (a Thai sentence)."""


def _meta_values(wb: Any) -> dict[str, Any]:
    if META_SHEET not in wb.sheetnames:
        raise _Refused(translate(
            "returns", "it is not a standard return made by KaeJon Desk (its information sheet "
            "is missing)"))
    values: dict[str, Any] = {}
    for row in wb[META_SHEET].iter_rows(values_only=True):
        if row and row[0] is not None:
            values[str(row[0])] = row[1] if len(row) > 1 else None
    if values.get("format") != FORMAT:
        raise _Refused(translate("returns", "it is not a standard return of a version this "
                                 "program reads"))
    return values


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _read_table(wb: Any, key: str, layout: dict[str, Any], columns: list[Column]) -> FigureTable:
    sheet = layout.get("sheet")
    if sheet not in wb.sheetnames:
        raise _Refused(translate("returns", "it is incomplete: the sheet {sheet} is missing")
                       .format(sheet=sheet))
    ws = wb[sheet]
    first = int(layout["first_row"])
    codes = list(layout["rows"])
    rows: list[Row] = []
    width = 2 + len(columns)
    for offset, (cells) in enumerate(ws.iter_rows(min_row=first, max_row=first + len(codes) - 1,
                                                  max_col=width, values_only=True)):
        cells = tuple(cells) + (None,) * (width - len(cells))
        label = cells[1]
        if label is None or str(label).strip() == "":
            raise _Refused(translate("returns", "it is incomplete: row {row} of the sheet "
                                     "{sheet} has no name").format(row=first + offset, sheet=sheet))
        values: list[int] = []
        for column, value in zip(columns, cells[2:], strict=True):
            number = _number(value)
            if number is None:
                raise _Refused(translate(
                    "returns", "it is incomplete: the sheet {sheet}, row {row} has no number "
                    "under {column}").format(sheet=sheet, row=first + offset,
                                             column=column.name))
            values.append(round(number * 100) if column.money else round(number))
        rows.append(Row(codes[offset], str(label).strip(), values))
    if len(rows) != len(codes):
        raise _Refused(translate("returns", "it is incomplete: the sheet {sheet} has fewer rows "
                                 "than the return says").format(sheet=sheet))
    return FigureTable(key, "", "", columns, rows)


def _columns_from(layout: dict[str, Any], wb: Any) -> list[Column]:
    """The columns of a table: keys from the information sheet, headings from the sheet."""
    ws = wb[layout["sheet"]] if layout.get("sheet") in wb.sheetnames else None
    keys = list(layout["columns"])
    first = int(layout["first_row"])
    columns = []
    group: str | None = None
    for i, key in enumerate(keys):
        label = group_label = None
        if ws is not None:
            group_label = ws.cell(row=first - 2, column=3 + i).value
            label = ws.cell(row=first - 1, column=3 + i).value
        if label is None:  # a column without a group spans both heading rows
            label, group = group_label, None
        elif group_label is not None:
            group = str(group_label)
        columns.append(Column(key, str(label or key), group,
                              money=key in layout.get("money", [])))
    return columns


def read_district_return(path: Path) -> DistrictFile:
    """A district's standard return, checked and read (UserError naming the file when not)."""
    try:
        return _read(path)
    except _Refused as e:
        raise UserError(f"{path.name}: {e}") from e


def _read(path: Path) -> DistrictFile:
    from openpyxl import load_workbook  # when files are read, not when the window starts
    from openpyxl.utils.exceptions import InvalidFileException

    with user_errors(str(path)):
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as e:
            raise _Refused(translate("returns", "it cannot be read as an Excel workbook (.xlsx)")) \
                from e
    try:
        values = _meta_values(wb)
        if values.get("kind") != "district":
            raise _Refused(translate("returns", "it is a province return, not a district's"))
        try:
            period = parse_period(str(values.get("period")))
        except UserError as e:
            raise _Refused(translate("returns", "its period is missing or unreadable")) from e
        for key in ("province_code", "district_code", "district_name", "province_name"):
            if not values.get(key):
                raise _Refused(translate("returns", "it is incomplete: its district is not "
                                         "recorded"))
        tables: dict[str, FigureTable] = {}
        for key in FIGURE_TABLES:
            raw = values.get(f"table.{key}")
            if not raw:
                raise _Refused(translate("returns", "it is incomplete: the table {table} is "
                                         "missing").format(table=key))
            layout = json.loads(str(raw))
            tables[key] = _read_table(wb, key, layout, _columns_from(layout, wb))
    finally:
        wb.close()
    meta = ReturnMeta(
        kind="district", province_code=str(values["province_code"]),
        province_name=str(values["province_name"]), district_code=str(values["district_code"]),
        district_name=str(values["district_name"]), office_name=str(values.get("office_name") or ""),
        period=str(period), prepared_by=str(values.get("prepared_by") or ""),
        prepared_position=str(values.get("prepared_position") or ""),
        prepared_on=str(values.get("prepared_on") or ""))
    return DistrictFile(path, ReturnData(meta, tables))


def _problems_text(problems: list[str]) -> str:
    return translate("returns", "The returns cannot be combined:") + "\n" + "\n".join(
        f"• {p}" for p in problems)


def read_district_returns(paths: Sequence[Path], *, period: Period | None = None,
                          progress: ProgressFn | None = None) -> list[DistrictFile]:
    """Read every file and refuse the set (all problems at once) if any file cannot be used."""
    if not paths:
        raise UserError(translate("returns", "Choose the districts' return files to combine."))
    files: list[DistrictFile] = []
    problems: list[str] = []
    for n, path in enumerate(paths, start=1):
        try:
            files.append(_read(path))
        except _Refused as e:
            problems.append(f"{path.name}: {e}")
        except UserError as e:
            problems.append(f"{path.name}: {e}")
        if progress is not None and progress(n, len(paths)) is False:
            from core.errors import Cancelled

            raise Cancelled()
    wanted = period or (files[0].data.period if files else None)
    province = files[0].data.meta.province_code if files else None
    seen: dict[str, Path] = {}
    for f in files:
        meta = f.data.meta
        if wanted is not None and f.data.period != wanted:
            problems.append(translate(
                "returns", "{name}: it is the return for {period}, not for {wanted}").format(
                    name=f.path.name, period=f.data.period.label, wanted=wanted.label))
        if meta.province_code != province:
            problems.append(translate(
                "returns", "{name}: it is from {province} province, not from the same province "
                "as the other files").format(name=f.path.name, province=meta.province_name))
        code = meta.district_code or ""
        if code in seen and seen[code].resolve() == f.path.resolve():
            problems.append(translate("returns", "{name}: the same file is chosen twice").format(
                name=f.path.name))
        elif code in seen:
            problems.append(translate(
                "returns", "{name}: district {district} ({code}) is already in {other}; give "
                "each district once").format(name=f.path.name, district=meta.district_name,
                                             code=code, other=seen[code].name))
        else:
            seen[code] = f.path
    if files and not problems:
        layouts = {k: [c.key for c in files[0].data.tables[k].columns] for k in FIGURE_TABLES}
        for f in files[1:]:
            for key in FIGURE_TABLES:
                if [c.key for c in f.data.tables[key].columns] != layouts[key]:
                    problems.append(translate(
                        "returns", "{name}: its table {table} has other columns than the other "
                        "files").format(name=f.path.name, table=key))
    if problems:
        raise UserError(_problems_text(problems))
    return sorted(files, key=lambda f: f.data.meta.district_code or "")


def _district_label(meta: ReturnMeta) -> str:
    return f"อำเภอ{meta.district_name}"


def _per_district(files: list[DistrictFile], key: str, title: str) -> FigureTable:
    first = files[0].data.tables[key]
    rows = [Row(f.data.meta.district_code or "", _district_label(f.data.meta),
                f.data.tables[key].totals()) for f in files]
    return FigureTable(key, title, "อำเภอ", list(first.columns), rows, list(first.notes))


def consolidate(files: list[DistrictFile], *, prepared_by: str = "", prepared_position: str = "",
                today: dt.date | None = None) -> ReturnData:
    """One province return from the districts' returns (already read and checked)."""
    first = files[0].data
    summary = _per_district(files, SUMMARY, "สรุปผลการดำเนินงานรายอำเภอ (ครัวเรือน)")
    sent = {f.data.meta.district_code for f in files}
    missing = [d.name_th for d in districts_of(first.meta.province_code) if d.code not in sent]
    summary.notes.append(f"รวมจากแบบรายงานของ {len(files)} อำเภอ" + (
        f" ยังไม่มีแบบรายงานของ{' '.join('อำเภอ' + m for m in missing)}" if missing else ""))
    subdistricts = FigureTable(
        SUBDISTRICTS, "สรุปผลการดำเนินงานรายตำบล (ครัวเรือน)", "ตำบล (อำเภอ)",
        list(first.tables[SUMMARY].columns),
        [Row(row.code, f"{row.label} ({f.data.meta.district_name})", list(row.values))
         for f in files for row in f.data.tables[SUMMARY].rows])
    dimensions = _per_district(files, DIMENSIONS, "ครัวเรือนที่มีปัญหาแยกตามมิติ (ครัวเรือน)")
    dimensions.notes = ["ครัวเรือนหนึ่งอาจไม่ผ่านหลายมิติ จึงนับอยู่ในหลายคอลัมน์"]
    levels = _per_district(files, LEVELS, "ระดับครัวเรือนก่อนและหลังการช่วยเหลือ (ครัวเรือน)")
    agency_columns = list(first.tables[AGENCIES].columns)
    by_name: dict[str, list[int]] = {}
    for f in files:
        for row in f.data.tables[AGENCIES].rows:
            values = by_name.setdefault(row.label, [0] * len(agency_columns))
            for i, v in enumerate(row.values):
                values[i] += v
    names = sorted(n for n in by_name if n != NO_PARTNER_LABEL)
    if NO_PARTNER_LABEL in by_name:
        names.append(NO_PARTNER_LABEL)
    agencies = FigureTable(AGENCIES, "การช่วยเหลือรายหน่วยงาน", "หน่วยงาน", agency_columns,
                           [Row(f"a{i}", n, by_name[n]) for i, n in enumerate(names, start=1)],
                           ["หน่วยงานชื่อเดียวกันจากหลายอำเภอรวมเป็นแถวเดียว ทั้งนี้ไม่นับรายการที่ยกเลิก"])
    meta = ReturnMeta(
        kind="province", province_code=first.meta.province_code,
        province_name=first.meta.province_name, district_code=None, district_name=None,
        office_name=f"ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจน จังหวัด{first.meta.province_name}",
        period=first.meta.period, prepared_by=prepared_by, prepared_position=prepared_position,
        prepared_on=(today or dt.date.today()).isoformat(),
        districts=[{"code": f.data.meta.district_code or "", "name": f.data.meta.district_name or "",
                    "file": f.path.name, "prepared_on": f.data.meta.prepared_on,
                    "prepared_by": f.data.meta.prepared_by} for f in files])
    return ReturnData(meta, {SUMMARY: summary, SUBDISTRICTS: subdistricts,
                             DIMENSIONS: dimensions, AGENCIES: agencies, LEVELS: levels})
