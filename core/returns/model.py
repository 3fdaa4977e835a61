"""The province return as plain data: the period, the figure tables and the household list.

Everything here is JSON-friendly (snapshots freeze it) and free of the database, so the
Excel writers in ``exports`` and the readers of districts' files share one description of
the standard return: its sheets, their columns and the keys that identify every figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from core.errors import UserError
from core.i18n import translate
from core.thai import BE_OFFSET, MONTHS_TH

FORMAT = "kaejon-return/1"
META_SHEET = "_kaejon"

SUMMARY = "summary"
DIMENSIONS = "dimensions"
AGENCIES = "agencies"
LEVELS = "levels"
HOUSEHOLDS = "households"
SUBDISTRICTS = "subdistricts"  # the province return: every subdistrict of every district

# The sheets of the standard (district) return, in order; the table key of each.
SHEET_NAMES = {
    SUMMARY: "สรุปรายตำบล",
    DIMENSIONS: "ปัญหารายมิติ",
    AGENCIES: "การช่วยเหลือรายหน่วยงาน",
    LEVELS: "ระดับครัวเรือน",
    HOUSEHOLDS: "รายชื่อ",
}
PROVINCE_SHEET_NAMES = {
    SUMMARY: "สรุปรายอำเภอ",
    SUBDISTRICTS: "สรุปรายตำบล",
    DIMENSIONS: "ปัญหารายมิติ",
    AGENCIES: "การช่วยเหลือรายหน่วยงาน",
    LEVELS: "ระดับครัวเรือน",
}
FIGURE_TABLES = (SUMMARY, DIMENSIONS, AGENCIES, LEVELS)
TOTAL_LABEL = "รวม"


# --------------------------------------------------------------------------- period


@dataclass(frozen=True, order=True)
class Period:
    """A reporting month, kept and written in the Buddhist Era: ``2569-09``."""

    year_be: int
    month: int

    def __str__(self) -> str:
        return f"{self.year_be}-{self.month:02d}"

    @property
    def label(self) -> str:
        """``กันยายน 2569``."""
        return f"{MONTHS_TH[self.month - 1]} {self.year_be}"

    @property
    def last_day(self) -> dt.date:
        """The last day of the month (CE date)."""
        year = self.year_be - BE_OFFSET
        first_next = dt.date(year + self.month // 12, self.month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)

    @classmethod
    def of(cls, day: dt.date) -> Period:
        """The month a day falls in."""
        return cls(day.year + BE_OFFSET, day.month)


REPORTING_DAYS = 10  # a month's return is made in the first days of the next month


def reporting_period(today: dt.date, submitted: Iterable[Period] = ()) -> Period:
    """The month an office most likely reports on today: in the first days of a month the
    month just ended, unless its return was submitted already; later, the current month."""
    current = Period.of(today)
    previous = Period.of(today.replace(day=1) - dt.timedelta(days=1))
    if today.day <= REPORTING_DAYS and previous not in set(submitted):
        return previous
    return current


def parse_period(text: str) -> Period:
    """``YYYY-MM`` with a Buddhist-Era year (2569-09); anything else is refused in Thai."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-/]\s*(\d{1,2})\s*", text or "")
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise UserError(translate(
            "returns", "The period {text} is not a month: give it as YYYY-MM with the year in "
            "the Buddhist Era, e.g. 2569-09.").format(text=text))
    year = int(match.group(1))
    if not 2400 < year < 2700:
        raise UserError(translate(
            "returns", "Give the period's year in the Buddhist Era (for example 2569-09, not "
            "{text}).").format(text=text))
    return Period(year, int(match.group(2)))


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    """One figure column: its key, its Thai heading, the heading group above it (merged)."""

    key: str
    label: str
    group: str | None = None
    money: bool = False  # values are satang; written as baht with two decimals

    @property
    def name(self) -> str:
        """The heading on one line (headings break lines at Thai word boundaries)."""
        return self.label.replace("\n", "")


@dataclass
class Row:
    """One row of a figure table: an area (or agency) code, its name and its values."""

    code: str
    label: str
    values: list[int]


@dataclass
class FigureTable:
    """A table of counts (or satang) with a total row, as one sheet of the return shows it."""

    key: str
    title: str
    row_heading: str
    columns: list[Column]
    rows: list[Row]
    notes: list[str] = field(default_factory=list)

    def column_index(self, key: str) -> int:
        """Position of a column by key (KeyError when it is not there)."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def totals(self) -> list[int]:
        """The sum of each column."""
        return [sum(row.values[i] for row in self.rows) for i in range(len(self.columns))]

    def total(self, key: str) -> int:
        """The sum of one column."""
        i = self.column_index(key)
        return sum(row.values[i] for row in self.rows)

    def value(self, row_code: str, key: str) -> int:
        """One figure; ``row_code`` ``total`` gives the column's sum."""
        if row_code == "total":
            return self.total(key)
        i = self.column_index(key)
        for row in self.rows:
            if row.code == row_code:
                return row.values[i]
        raise KeyError(row_code)


@dataclass
class HouseholdLine:
    """One household of the list sheet (``รายชื่อ``), as text and numbers ready to write."""

    subdistrict: str
    village_no: int | None
    village: str
    house_no: str
    house_code: str
    head_name: str
    head_id: str
    members: int
    dimensions: str
    level: str
    verification: str
    help: str
    last_visit: str
    household_id: int = 0  # not written: the audit log names the households a return carried


HOUSEHOLD_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # key, heading, width
    ("subdistrict", "ตำบล", 16),
    ("village_no", "หมู่ที่", 7),
    ("village", "หมู่บ้าน", 18),
    ("house_no", "บ้านเลขที่", 10),
    ("house_code", "รหัสประจำบ้าน", 16),
    ("head_name", "หัวหน้าครัวเรือน", 26),
    ("head_id", "เลขประจำตัวประชาชน", 20),
    ("members", "สมาชิก (คน)", 9),
    ("dimensions", "มิติที่ไม่ผ่าน", 30),
    ("level", "ระดับ", 11),
    ("verification", "ผลการสอบทาน", 26),
    ("help", "สถานะการช่วยเหลือ", 18),
    ("last_visit", "สอบทานล่าสุด", 13),
)


@dataclass
class ReturnMeta:
    """Who the return is from and for which month."""

    kind: str  # "district" or "province"
    province_code: str
    province_name: str
    district_code: str | None
    district_name: str | None
    office_name: str
    period: str
    prepared_by: str
    prepared_position: str
    prepared_on: str  # ISO date (CE)
    full_ids: bool = False
    districts: list[dict[str, str]] = field(default_factory=list)  # province: the sources

    @property
    def area_label(self) -> str:
        """``อำเภอเมืองลำปาง จังหวัดลำปาง`` (or only the province)."""
        if self.kind == "province" or not self.district_name:
            return f"จังหวัด{self.province_name}"
        return f"อำเภอ{self.district_name} จังหวัด{self.province_name}"


@dataclass
class ReturnData:
    """A whole return: who and when, the figure tables and (district) the household list."""

    meta: ReturnMeta
    tables: dict[str, FigureTable]
    households: list[HouseholdLine] = field(default_factory=list)

    @property
    def period(self) -> Period:
        """The reporting month."""
        return parse_period(self.meta.period)

    def figures(self) -> dict[str, Any]:
        """The figures as plain JSON data (what a snapshot freezes; no personal data)."""
        return {"meta": asdict(self.meta),
                "tables": {key: asdict(table) for key, table in self.tables.items()}}


def figures_from_json(data: dict[str, Any]) -> ReturnData:
    """A return's figures back from :meth:`ReturnData.figures` (a snapshot)."""
    meta = ReturnMeta(**data["meta"])
    tables = {}
    for key, t in data["tables"].items():
        tables[key] = FigureTable(
            key=t["key"], title=t["title"], row_heading=t["row_heading"],
            columns=[Column(**c) for c in t["columns"]],
            rows=[Row(r["code"], r["label"], list(r["values"])) for r in t["rows"]],
            notes=list(t.get("notes") or []))
    return ReturnData(meta, tables)


def baht(satang: int) -> float:
    """Satang as baht for a cell (two decimals)."""
    return round(satang / 100, 2)
