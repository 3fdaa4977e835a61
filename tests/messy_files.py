"""Writers of realistic, messy household-list files for tests and benchmarks.

Every person here is made up: names come from short lists of common Thai names, national IDs
are random digits with a valid check digit (DOMAIN.md), house codes are random. The faults are
the ones real lists have (see "Sources of lists" in DOMAIN.md): merged titles, several header
rows, IDs stored as numbers or in scientific notation, Thai digits, zero-width spaces, titles
glued to names, BE and CE dates, place prefixes, blank rows, totals and notes.

Each writer returns a :class:`MessyFile` whose ``expected`` says what a careful human counts
in it. Row numbers are as Excel shows them (the sheet's first row is 1). Keys used:

- ``sheet``: the sheet that holds the list; ``header_index`` (0-based) and ``header_rows``;
  ``header_row``: the Excel row of the (last) column-header row; ``headers``: combined
  header text per column, as :func:`core.importing.readers.find_header_row` joins them;
- ``data_rows``: Excel numbers of the data rows (every row a human would read as data,
  including the ones to reject); ``rows_read``: their count;
- ``skipped``: ``{row: "blank" | "total" | "note"}`` for the rows below the header that are
  not data (trailing empty rows excluded);
- ``rejected``: ``{row: kind}`` with kind ``bad_checksum``, ``lost_digits``,
  ``duplicate_in_file``, ``outside_district``, ``no_id_no_name``;
- ``warnings``: ``{row: "unparseable_date"}``;
- ``households`` and ``members``: households and members a clean import creates;
- ``ids``: ``{row: 13-digit ID}`` for rows whose ID is readable and valid;
- ``error``: for bad files, the :class:`~core.importing.readers.ImportFileError` kind.

No pytest here: the functions only write files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import struct
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font

DISTRICT = "5201"
SUBDISTRICTS = {  # เมืองลำปาง, checked against data/thai-admin-areas/subdistricts.json
    "520101": "เวียงเหนือ", "520102": "หัวเวียง", "520103": "สวนดอก", "520104": "สบตุ๋ย",
    "520105": "พระบาท", "520106": "ชมพู", "520107": "กล้วยแพะ", "520108": "ปงแสนทอง",
}
OUTSIDE = ("520801", "ล้อมแรด", "เถิน")  # a subdistrict of another district (เถิน 5208)
DISTRICT_NAME = "เมืองลำปาง"
PROVINCE_NAME = "ลำปาง"

MALE = ("สมชาย", "ประเสริฐ", "บุญมี", "สมศักดิ์", "วิชัย", "อำนาจ", "ทองดี", "สุรชัย",
        "ชัยวัฒน์", "ธนากร", "สมบูรณ์", "เจริญ")
FEMALE = ("สมศรี", "บัวผัน", "มาลี", "จันทร์เพ็ญ", "สุดา", "พรทิพย์", "ศรีนวล", "ลำดวน",
          "คำปุ่น", "อรุณี", "บุญศรี", "ทองใบ")
BOYS = ("กิตติพงษ์", "ภูมิพัฒน์", "ธีรภัทร", "ณัฐวุฒิ", "อภิชาติ")
GIRLS = ("ปิยะดา", "ณัฐธิดา", "กัญญารัตน์", "สุภาวดี", "พิมพ์ชนก")
SURNAMES = ("ใจดี", "มีสุข", "แก้วมูล", "ปัญญาดี", "คำแสน", "อินต๊ะ", "ศรีวิชัย", "ทาวงศ์",
            "บุญเรือง", "กันทะวงศ์", "วงศ์ไชย", "จันทร์แก้ว", "ปินตา", "สุวรรณ")
VILLAGES = ("บ้านป่าขาม", "บ้านหัวฝาย", "บ้านสบตุ๋ย", "บ้านพระบาท", "บ้านกล้วย", "บ้านชมพู")

TPMAP_HEADERS = [
    "ลำดับ", "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "เพศ", "วันเดือนปีเกิด",
    "บ้านเลขที่", "หมู่ที่", "ตำบล", "อำเภอ", "จังหวัด", "รหัสประจำบ้าน", "ความสัมพันธ์",
    "มิติด้านสุขภาพ", "มิติด้านความเป็นอยู่", "มิติด้านการศึกษา", "มิติด้านรายได้",
    "มิติด้านการเข้าถึงบริการรัฐ",
]
TPMAP_TITLE = "รายชื่อคนจนเป้าหมาย TPMAP ปี 2567 จังหวัดลำปาง อำเภอเมืองลำปาง"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ZWSP = "\u200b"


@dataclass
class MessyFile:
    """A written file and what a careful human counts in it."""

    path: Path
    expected: dict[str, Any] = field(default_factory=dict)


class CannotWrite(Exception):
    """This kind of file cannot be made on this machine; ``str()`` says why (tests skip)."""


# --------------------------------------------------------------------------- made-up people


def check_digit(first12: str) -> int:
    """The national ID check digit: (11 − Σ d_i × (14 − i) mod 11) mod 10."""
    return (11 - sum(int(d) * (13 - i) for i, d in enumerate(first12)) % 11) % 10


def make_id(rng: random.Random, first: str = "3") -> str:
    """A random 13-digit national ID with a valid check digit (first digit 1–8)."""
    body = first + DISTRICT + "".join(rng.choice("0123456789") for _ in range(7))
    return body + str(check_digit(body))


def dashed(pid: str) -> str:
    """``X-XXXX-XXXXX-XX-X``."""
    return f"{pid[0]}-{pid[1:5]}-{pid[5:10]}-{pid[10:12]}-{pid[12]}"


def spaced(pid: str) -> str:
    """``X XXXX XXXXX XX X``."""
    return f"{pid[0]} {pid[1:5]} {pid[5:10]} {pid[10:12]} {pid[12]}"


def make_house_code(rng: random.Random) -> str:
    """A random 11-digit house code in the district's registrar office."""
    return DISTRICT + "".join(rng.choice("0123456789") for _ in range(7))


@dataclass
class Person:
    pid: str
    title: str
    first: str
    last: str
    sex: str
    birth: dt.date
    relation: str


@dataclass
class Household:
    house_code: str | None
    house_no: str
    moo: int
    sub_code: str
    sub_name: str
    district: str
    members: list[Person]


def _person(rng: random.Random, role: str, last: str) -> Person:
    if role in ("head", "spouse", "parent"):
        male = rng.random() < 0.5
        year = rng.randint(1950, 1985)
        title = "นาย" if male else rng.choice(("นาง", "นางสาว"))
        first = rng.choice(MALE if male else FEMALE)
        prefix = "3"
    else:
        male = rng.random() < 0.5
        year = rng.randint(2008, 2020)
        title = "เด็กชาย" if male else "เด็กหญิง"
        first = rng.choice(BOYS if male else GIRLS)
        prefix = "1"
    birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    relation = {"head": "เจ้าบ้าน", "spouse": "ภรรยา" if not male else "สามี",
                "parent": "บิดา" if male else "มารดา"}.get(role, rng.choice(("บุตร", "หลาน")))
    return Person(make_id(rng, prefix), title, first, last, "ชาย" if male else "หญิง", birth,
                  relation)


def _household(rng: random.Random, size: int, *, house_code: bool = True,
               sub: tuple[str, str, str] | None = None) -> Household:
    code, name, district = sub or (*rng.choice(sorted(SUBDISTRICTS.items())), DISTRICT_NAME)
    last = rng.choice(SURNAMES)
    roles = ["head", "spouse", "child", "child", "child", "parent"][:size]
    members = [_person(rng, role, last) for role in roles]
    house = (code[:4] + make_house_code(rng)[4:]) if house_code else None
    return Household(house, str(rng.randint(1, 250)),
                     rng.randint(1, 12), code, name, district, members)


def _be(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _marks(rng: random.Random) -> list[Any]:
    failed = rng.sample(range(5), rng.randint(1, 2))
    mark = rng.choice(("✓", "x", 1, "ใช่", "ตกเกณฑ์"))
    return [mark if i in failed else None for i in range(5)]


# --------------------------------------------------------------------------- TPMAP person list


def tpmap_person_xlsx(folder: Path, n: int = 14, *, seed: int = 2567, cover: bool = True,
                      name: str = "tpmap_2567_เมืองลำปาง.xlsx") -> MessyFile:
    """A TPMAP person list (one row per person) with the faults real lists have.

    ``n`` households (at least 12: the first 10 carry one fault each), a merged title on row 1,
    a blank row 2, the 19 Thai headers on row 3, people grouped by household from row 4,
    blank rows in between, a pre-numbered empty row, "รวมทั้งสิ้น … คน" and a note at the end.
    With ``cover`` the workbook has a cover sheet with a small summary table before the list
    and a summary sheet after it.
    """
    if n < 12:
        raise ValueError("n must be at least 12")
    rng = random.Random(seed)
    households = [_household(rng, size) for size in (3, 2, 4, 2, 2, 3, 2, 3, 2, 1)]
    households[4] = _household(rng, 2, sub=OUTSIDE)
    households[5] = _household(rng, 3, house_code=False)
    households += [_household(rng, rng.randint(1, 4)) for _ in range(n - 10)]
    # a household whose head is listed second
    households[6].members.reverse()

    rows: list[list[Any] | None] = []  # None = a blank row
    kinds: list[str] = []  # per written row: "data", "blank", "total", "note"
    rejected: dict[int, str] = {}
    warnings: dict[int, str] = {}
    ids: dict[int, str] = {}
    formats: dict[tuple[int, int], str] = {}
    first_data_row = 4
    seq = 0
    accepted_households: set[int] = set()
    members = 0

    def add(values: list[Any] | None, kind: str) -> int:
        rows.append(values)
        kinds.append(kind)
        return first_data_row + len(rows) - 1

    for h, hh in enumerate(households):
        for m, p in enumerate(hh.members):
            seq += 1
            pid: Any = p.pid
            title: Any = p.title
            first: Any = p.first
            last: Any = p.last
            birth: Any = _be(p.birth)
            house_no: Any = hh.house_no
            moo: Any = hh.moo
            sub: Any = hh.sub_name
            district: Any = hh.district
            province: Any = PROVINCE_NAME
            outcome: str | None = None
            valid_id = True
            # faults, one or two per household, in fixed places
            if (h, m) == (0, 0):
                pid = int(p.pid)  # an ID stored as a number
            elif (h, m) == (0, 1):
                pid = dashed(p.pid)
                birth = p.birth  # a real Excel date
            elif (h, m) == (0, 2):
                pid = spaced(p.pid)
                birth = p.birth.isoformat()  # CE text
            elif h == 1:
                sub, moo, house_no = "ต." + hh.sub_name, "ม.4", "12/3"
                district, province = "อ." + DISTRICT_NAME, "จ." + PROVINCE_NAME
                if m == 0:
                    first, last = f"  {p.first}{ZWSP} ", f"{p.last}  "
                else:
                    pid = p.pid.translate(THAI_DIGITS)
            elif (h, m) == (2, 2):
                pid = p.pid[:12] + str((int(p.pid[12]) + 1) % 10)
                outcome, valid_id = "bad_checksum", False
            elif (h, m) == (2, 3):
                birth = "ไม่ทราบ"
            elif (h, m) == (3, 0):
                title, first = None, p.title + p.first  # title glued to the first name
            elif (h, m) == (3, 1):
                pid = 3.52081e12  # Excel showed 3.52081E+12 and the digits are gone
                outcome, valid_id = "lost_digits", False
            elif h == 4:
                outcome = "outside_district"
            elif h == 5:
                moo = "หมู่ 4"
                sub = "ตำบล" + hh.sub_name
                if m == 2:  # the whole name in the first-name column
                    title, first, last = None, f"{p.title}{p.first} {p.last}", None
            elif (h, m) == (7, 1):
                pid, valid_id = None, False  # no ID card: a name and an address are enough
            elif (h, m) == (8, 1):
                pid = dashed(households[0].members[1].pid)  # already listed in household 0
                outcome, valid_id = "duplicate_in_file", False
            elif (h, m) == (9, 0):
                birth = dt.date(p.birth.year + 543, p.birth.month, p.birth.day)  # BE in a date
            elif h >= 10 and m == 0 and h % 2 == 0:
                pid = int(p.pid)
                moo = str(hh.moo)
            elif h >= 10 and h % 2 == 1:
                house_no = int(hh.house_no)  # a house number typed as a number
            values = [seq, pid, title, first, last, p.sex, birth, house_no, moo, sub, district,
                      province, hh.house_code, p.relation, *_marks(rng)]
            row = add(values, "data")
            if isinstance(pid, float):
                formats[(row, 2)] = "0.00E+00"
            elif isinstance(pid, int):
                formats[(row, 2)] = "0"
            if isinstance(birth, dt.date):
                formats[(row, 7)] = "dd/mm/yyyy"
            if birth == "ไม่ทราบ":
                warnings[row] = "unparseable_date"
            if outcome:
                rejected[row] = outcome
            else:
                members += 1
                accepted_households.add(h)
            if valid_id:
                ids[row] = p.pid
        if h == 1:
            add(None, "blank")
        elif h == 5:
            add([None] * 5 + [" "] + [None] * 13, "blank")  # looks empty: one space
        elif h == 9:
            seq += 1  # a row with neither an ID nor a name
            row = add([seq, None, None, None, None, "หญิง", None, None, 7, "สวนดอก", None, None,
                       None, None, None, None, None, None, None], "data")
            rejected[row] = "no_id_no_name"
    data_count = kinds.count("data")
    add([seq + 1] + [None] * 18, "blank")  # a pre-numbered empty row of the form
    add([f"รวมทั้งสิ้น {data_count} คน"] + [None] * 18, "total")
    add(None, "blank")
    add(["หมายเหตุ ข้อมูล ณ วันที่ 30 กันยายน 2567 จาก TPMAP"] + [None] * 18, "note")

    wb = openpyxl.Workbook()
    if cover:
        ws0 = wb.active
        ws0.title = "คำชี้แจง"
        ws0["A1"] = "คำชี้แจงการใช้ข้อมูล"
        ws0["A2"] = "ข้อมูลนี้ใช้เพื่อการช่วยเหลือคนจนเป้าหมายเท่านั้น"
        ws0.append([])
        ws0.append(["ตำบล", "จำนวนคน"])
        for code, sub_name in list(SUBDISTRICTS.items())[:3]:
            ws0.append([sub_name, int(code[-1]) * 3])
        ws = wb.create_sheet("รายชื่อ")
    else:
        ws = wb.active
        ws.title = "รายชื่อ"
    ws["A1"] = TPMAP_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TPMAP_HEADERS))
    for c, text in enumerate(TPMAP_HEADERS, start=1):
        ws.cell(3, c, text).font = Font(bold=True)
    for i, written in enumerate(rows):
        if written is None:
            continue
        r = first_data_row + i
        for c, v in enumerate(written, start=1):
            if v is not None:
                cell = ws.cell(r, c, v)
                if (r, c) in formats:
                    cell.number_format = formats[(r, c)]
    last_rows = first_data_row + len(rows) - 1
    ws.merge_cells(start_row=last_rows - 2, start_column=1, end_row=last_rows - 2, end_column=6)
    if cover:
        summary = wb.create_sheet("สรุป")
        summary.append(["มิติ", "จำนวนคน"])
        for dim in ("สุขภาพ", "ความเป็นอยู่", "การศึกษา", "รายได้", "การเข้าถึงบริการรัฐ"):
            summary.append([dim, rng.randint(1, 20)])
    path = Path(folder) / name
    wb.save(path)

    numbers = [first_data_row + i for i in range(len(rows))]
    expected = {
        "sheet": "รายชื่อ", "header_index": 2, "header_rows": 1, "header_row": 3,
        "headers": list(TPMAP_HEADERS),
        "data_rows": [r for r, k in zip(numbers, kinds, strict=True) if k == "data"],
        "skipped": {r: k for r, k in zip(numbers, kinds, strict=True) if k != "data"},
        "rows_read": data_count,
        "rejected": rejected,
        "warnings": warnings,
        "households": len(accepted_households),
        "members": members,
        "ids": ids,
    }
    return MessyFile(path, expected)


# --------------------------------------------------------------------------- ThaiQM households

THAIQM_GROUPS = [(1, "ลำดับ", 1), (2, "ข้อมูลหัวหน้าครัวเรือน", 3), (5, "ที่อยู่", 6),
                 (11, "สภาพปัญหา (ตกเกณฑ์)", 5)]
THAIQM_COLUMNS = [
    None, "เลขประจำตัวประชาชน", "ชื่อ-สกุล", "เบอร์โทรศัพท์", "บ้านเลขที่", "หมู่ที่",
    "ชื่อหมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด", "ด้านสุขภาพ", "ด้านความเป็นอยู่", "ด้านการศึกษา",
    "ด้านรายได้", "ด้านการเข้าถึงบริการรัฐ", "ผลการสอบทาน",
]


def thaiqm_household_xlsx(folder: Path, n: int = 10, *, seed: int = 2566,
                          name: str = "ThaiQM_ลำปาง.xlsx") -> MessyFile:
    """A ThaiQM household list: a title, a group-header row, the column headers, data from
    row 4, one row per household (the head), place names prefixed "ตำบล", "อำเภอ", "จังหวัด",
    and a full-name column "ชื่อ-สกุล" with the title glued on.

    Faults: one ID as a number, one with a bad check digit (rejected), one household in
    another district (rejected), a blank row, and a total row "รวม … ครัวเรือน".
    """
    if n < 6:
        raise ValueError("n must be at least 6")
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ThaiQM"
    width = len(THAIQM_COLUMNS)
    ws["A1"] = "ข้อมูลครัวเรือนเป้าหมาย ThaiQM จังหวัดลำปาง ปี 2566"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for col, text, span in THAIQM_GROUPS:
        ws.cell(2, col, text)
        if span > 1:
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + span - 1)
    ws.cell(2, width, "ผลการสอบทาน")
    ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    ws.merge_cells(start_row=2, start_column=width, end_row=3, end_column=width)
    for c, column in enumerate(THAIQM_COLUMNS, start=1):
        if column is not None and c != width:
            ws.cell(3, c, column)
    row = 4
    data_rows: list[int] = []
    skipped: dict[int, str] = {}
    rejected: dict[int, str] = {}
    ids: dict[int, str] = {}
    for h in range(n):
        hh = _household(rng, 1, sub=OUTSIDE if h == 3 else None)
        head = hh.members[0]
        pid: Any = dashed(head.pid)
        full = f"{head.title}{head.first} {head.last}"
        if h == 0:
            pid = int(head.pid)
        elif h == 1:
            full = f"{head.title} {head.first}  {head.last}"
        elif h == 2:
            pid = head.pid[:12] + str((int(head.pid[12]) + 1) % 10)
            rejected[row] = "bad_checksum"
        elif h == 3:
            rejected[row] = "outside_district"
        if h != 2:
            ids[row] = head.pid
        marks = _marks(rng)
        values = [h + 1, pid, full, "08" + "".join(rng.choice("0123456789") for _ in range(8)),
                  hh.house_no, hh.moo, rng.choice(VILLAGES), "ตำบล" + hh.sub_name,
                  "อำเภอ" + hh.district, "จังหวัด" + PROVINCE_NAME, *marks, "รอสอบทาน"]
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row, c, v)
        data_rows.append(row)
        row += 1
        if h == 4:
            skipped[row] = "blank"
            row += 1
    ws.cell(row, 1, f"รวม {n} ครัวเรือน")
    skipped[row] = "total"
    path = Path(folder) / name
    wb.save(path)
    headers = [
        "ลำดับ",
        *(f"ข้อมูลหัวหน้าครัวเรือน / {t}" for t in THAIQM_COLUMNS[1:4]),
        *(f"ที่อยู่ / {t}" for t in THAIQM_COLUMNS[4:10]),
        *(f"สภาพปัญหา (ตกเกณฑ์) / {t}" for t in THAIQM_COLUMNS[10:15]),
        "ผลการสอบทาน",
    ]
    expected = {
        "sheet": "ThaiQM", "header_index": 1, "header_rows": 2, "header_row": 3,
        "headers": headers, "data_rows": data_rows, "skipped": skipped,
        "rows_read": len(data_rows), "rejected": rejected, "warnings": {},
        "households": n - len(rejected), "members": n - len(rejected), "ids": ids,
    }
    return MessyFile(path, expected)


# --------------------------------------------------------------------------- จปฐ. CSV

JPT_HEADERS = ["รหัสบ้าน", "บ้านเลขที่", "หมู่ที่", "ชื่อหมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด",
               "เลขบัตรประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "เพศ", "วันเกิด",
               "สถานะในครัวเรือน", "รายได้ต่อปี"]


def jpt_csv(folder: Path, encoding: str = "cp874", delimiter: str = ",", *, n: int = 6,
            seed: int = 2566, title: bool = True, name: str | None = None) -> MessyFile:
    """A จปฐ. member list as CSV in ``cp874`` (Windows-874/TIS-620), ``utf-8`` or ``utf-8-sig``.

    A title line (with ``title``), then the header, one row per member, grouped by house
    code. Faults: an ID as "3.52081E+12" text (lost digits, rejected), a BE date with a Thai
    short month, a blank line, a line of empty fields.
    """
    if encoding not in ("cp874", "utf-8", "utf-8-sig"):
        raise ValueError(f"unsupported encoding {encoding}")
    rng = random.Random(seed)
    lines: list[list[str]] = []
    if title:
        lines.append(["ข้อมูล จปฐ. ปี 2566 อำเภอเมืองลำปาง จังหวัดลำปาง"])
    lines.append(list(JPT_HEADERS))
    header_index = len(lines) - 1
    data_rows: list[int] = []
    skipped: dict[int, str] = {}
    rejected: dict[int, str] = {}
    ids: dict[int, str] = {}
    months = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
              "พ.ย.", "ธ.ค.")
    households = 0
    members = 0
    for h in range(n):
        hh = _household(rng, 2 + h % 3)
        households += 1
        for m, p in enumerate(hh.members):
            number = len(lines) + 1
            pid = p.pid
            birth = _be(p.birth)
            if (h, m) == (1, 1):
                pid = "3.52081E+12"
                rejected[number] = "lost_digits"
            else:
                ids[number] = p.pid
                members += 1
            if (h, m) == (2, 0):
                birth = f"{p.birth.day} {months[p.birth.month - 1]} {p.birth.year + 543}"
            lines.append([hh.house_code or "", hh.house_no, str(hh.moo), rng.choice(VILLAGES),
                          hh.sub_name, DISTRICT_NAME, PROVINCE_NAME, pid, p.title, p.first,
                          p.last, p.sex, birth, p.relation, str(rng.randint(12000, 60000))])
            data_rows.append(number)
        if h == 1:
            skipped[len(lines) + 1] = "blank"
            lines.append([])
        elif h == 3:
            skipped[len(lines) + 1] = "blank"
            lines.append([""] * len(JPT_HEADERS))
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer, delimiter)
    for line in lines:
        writer.writerow(line)
    data = buffer.getvalue().encode(encoding)
    if encoding == "cp874":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # pragma: no cover - Thai in cp874 is never valid UTF-8
            raise AssertionError("cp874 sample decodes as UTF-8")
    suffix = {",": "csv", ";": "csv", "\t": "txt"}[delimiter]
    path = Path(folder) / (name or f"jpt_2566_{encoding}.{suffix}")
    path.write_bytes(data)
    expected = {
        "sheet": path.stem, "header_index": header_index, "header_rows": 1,
        "header_row": header_index + 1, "headers": list(JPT_HEADERS),
        "data_rows": data_rows, "skipped": skipped, "rows_read": len(data_rows),
        "rejected": rejected, "warnings": {}, "households": households, "members": members,
        "ids": ids, "encoding": encoding, "delimiter": delimiter,
        "first_name": lines[header_index + 1][9],
    }
    return MessyFile(path, expected)


def csv_writer(buffer: io.StringIO, delimiter: str) -> Any:
    """A CSV writer with Excel's quoting and CRLF line ends, as Excel saves CSV."""
    return csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")


# --------------------------------------------------------------------------- local lists

LOCAL_HEADERS = ["ที่", "ชื่อ - นามสกุล", "เลขบัตร", "บ้านเลขที่", "ม.", "ต.", "เบอร์โทร",
                 "หมายเหตุ"]


def _local_rows(rng: random.Random, n: int) -> tuple[list[list[Any]], dict[int, str]]:
    rows: list[list[Any]] = []
    ids: dict[int, str] = {}
    for i in range(n):
        hh = _household(rng, 1)
        p = hh.members[0]
        rows.append([i + 1, f"{p.title}{p.first} {p.last}", dashed(p.pid), hh.house_no,
                     hh.moo, hh.sub_name, "0" + str(rng.randint(800000000, 999999999)),
                     "ผู้นำชุมชนแจ้ง" if i % 3 == 0 else None])
        ids[i] = p.pid
    return rows, ids


def local_xlsx(folder: Path, n: int = 5, *, seed: int = 11) -> MessyFile:
    """A walk-in list typed by hand: the table starts at C4 (rows 1–3 and columns A–B empty,
    which calamine skips), short headers (ที่, ชื่อ - นามสกุล, ม., ต.), a hidden sheet first."""
    rng = random.Random(seed)
    rows, ids = _local_rows(rng, n)
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "ข้อมูลอ้างอิง"
    hidden.append(["ชื่อ", "นามสกุล", "เลขบัตร"])
    hidden.append(["ทดสอบ", "ทดสอบ", "1234"])
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Sheet1")
    for c, text in enumerate(LOCAL_HEADERS, start=3):
        ws.cell(4, c, text)
    for r, values in enumerate(rows, start=5):
        for c, v in enumerate(values, start=3):
            if v is not None:
                ws.cell(r, c, v)
    path = Path(folder) / "รายชื่อผู้ขอรับความช่วยเหลือ.xlsx"
    wb.save(path)
    data_rows = list(range(5, 5 + n))
    expected = {
        "sheet": "Sheet1", "header_index": 3, "header_rows": 1, "header_row": 4,
        "headers": [""] * 2 + LOCAL_HEADERS, "data_rows": data_rows, "skipped": {},
        "rows_read": n, "rejected": {}, "warnings": {}, "households": n, "members": n,
        "ids": {5 + i: pid for i, pid in ids.items()},
    }
    return MessyFile(path, expected)


def local_ods(folder: Path, n: int = 5, *, seed: int = 12) -> MessyFile:
    """The same kind of walk-in list as an OpenDocument spreadsheet (.ods), written directly
    (no LibreOffice needed): two empty rows, the header on row 3 from column B, dates as
    ODS dates, a total row."""
    rng = random.Random(seed)
    rows, ids = _local_rows(rng, n)
    table: list[list[Any]] = [[], []]
    table.append([None, *LOCAL_HEADERS, "วันเกิด"])
    for values in rows:
        table.append([None, *values, dt.date(rng.randint(1950, 1990), 5, 17)])
    table.append([None, "รวม", n])
    path = Path(folder) / "รายชื่อ_อบต.ods"
    write_ods(path, {"รายชื่อ": table})
    expected = {
        "sheet": "รายชื่อ", "header_index": 2, "header_rows": 1, "header_row": 3,
        "headers": ["", *LOCAL_HEADERS, "วันเกิด"], "data_rows": list(range(4, 4 + n)),
        "skipped": {4 + n: "total"}, "rows_read": n, "rejected": {}, "warnings": {},
        "households": n, "members": n, "ids": {4 + i: pid for i, pid in ids.items()},
    }
    return MessyFile(path, expected)


def write_ods(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    """A minimal OpenDocument spreadsheet: strings, numbers and dates; empty rows repeated."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'office:version="1.2"')
    parts = [f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
             "<office:body><office:spreadsheet>"]
    for name, rows in sheets.items():
        parts.append(f'<table:table table:name="{escape(name)}">')
        parts.append('<table:table-column table:number-columns-repeated="20"/>')
        for row in rows:
            if not any(v is not None for v in row):
                parts.append('<table:table-row><table:table-cell/></table:table-row>')
                continue
            parts.append("<table:table-row>")
            for v in row:
                parts.append(_ods_cell(v))
            parts.append("</table:table-row>")
        parts.append("</table:table>")
    parts.append("</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", "".join(parts), compress_type=zipfile.ZIP_DEFLATED)


def _ods_cell(v: Any) -> str:
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, bool):
        return (f'<table:table-cell office:value-type="boolean" office:boolean-value='
                f'"{str(v).lower()}"><text:p>{v}</text:p></table:table-cell>')
    if isinstance(v, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>")
    if isinstance(v, dt.date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                f"<text:p>{v.isoformat()}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p>'
            "</table:table-cell>")


def legacy_xls(folder: Path, *, seed: int = 2567) -> MessyFile:
    """The TPMAP person list (with its cover and summary sheets) as an Excel 97–2003 .xls.

    Written directly as BIFF8 records in an OLE compound file, so neither LibreOffice nor
    Excel is needed; strings, numbers, dates, number formats, merged cells and hidden sheets
    are kept, which is all the readers look at.
    """
    source = tpmap_person_xlsx(Path(folder), seed=seed, name="tpmap_for_xls.xlsx")
    path = source.path.with_name("tpmap_2567_เมืองลำปาง.xls")
    xlsx_to_xls(source.path, path)
    source.path.unlink()
    return MessyFile(path, source.expected)


def legacy_xls_soffice(folder: Path) -> MessyFile:
    """The TPMAP list converted to .xls by LibreOffice, when it is installed (a second opinion
    on :func:`legacy_xls`). Raises :class:`CannotWrite` without LibreOffice (``soffice``)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise CannotWrite("LibreOffice (soffice) is not installed: no .xls can be made with it")
    source = tpmap_person_xlsx(Path(folder), name="tpmap_for_soffice.xlsx")
    subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", str(folder),
                    str(source.path)], check=True, capture_output=True, timeout=120)
    path = source.path.with_suffix(".xls")
    if not path.exists():
        raise CannotWrite("LibreOffice did not write the .xls file")
    return MessyFile(path, source.expected)


_XF_GENERAL, _XF_DATE, _XF_SCIENTIFIC, _XF_INTEGER = range(4)
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _xls_cell(row: int, col: int, value: Any, number_format: str) -> bytes:
    if isinstance(value, bool):
        return _record(0x0205, struct.pack("<HHHBB", row, col, _XF_GENERAL, int(value), 0))
    if isinstance(value, dt.datetime | dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        serial = (moment - _EXCEL_EPOCH).total_seconds() / 86400
        return _record(0x0203, struct.pack("<HHHd", row, col, _XF_DATE, serial))
    if isinstance(value, int | float):
        xf = {"0.00E+00": _XF_SCIENTIFIC, "0": _XF_INTEGER}.get(number_format, _XF_GENERAL)
        return _record(0x0203, struct.pack("<HHHd", row, col, xf, float(value)))
    text = str(value)
    return _record(0x0204, struct.pack("<HHHHB", row, col, _XF_GENERAL, len(text), 1)
                   + text.encode("utf-16-le"))


def xlsx_to_xls(source: Path, target: Path) -> None:
    """Rewrite a simple .xlsx (values, number formats, merges, hidden sheets) as BIFF8 .xls."""
    wb = openpyxl.load_workbook(source)
    sheets: list[tuple[str, int, bytes]] = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.value != "":
                    cells.append(_xls_cell(cell.row - 1, cell.column - 1, cell.value,
                                           cell.number_format))
        merges = b"".join(struct.pack("<HHHH", m.min_row - 1, m.max_row - 1, m.min_col - 1,
                                      m.max_col - 1) for m in ws.merged_cells.ranges)
        body = (_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0x0600))
                + _record(0x0200, struct.pack("<IIHHH", 0, ws.max_row, 0, ws.max_column, 0))
                + b"".join(cells)
                + (_record(0x00E5, struct.pack("<H", len(ws.merged_cells.ranges)) + merges)
                   if merges else b"")
                + _record(0x000A, b""))
        sheets.append((ws.title, 1 if ws.sheet_state != "visible" else 0, body))
    xfs = b"".join(_record(0x00E0, struct.pack("<HH", 0, ifmt) + bytes(16))
                   for ifmt in (0, 14, 11, 1))  # general, date, 0.00E+00, 0
    head = (_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0x0600))
            + _record(0x0042, struct.pack("<H", 1200)) + xfs)

    def boundsheets(offsets: list[int]) -> bytes:
        return b"".join(_record(0x0085, struct.pack("<IBBBB", offset, hidden, 0, len(name), 1)
                                + name.encode("utf-16-le"))
                        for offset, (name, hidden, _) in zip(offsets, sheets, strict=True))

    size = len(head) + len(boundsheets([0] * len(sheets))) + len(_record(0x000A, b""))
    offsets = []
    for _, _, body in sheets:
        offsets.append(size)
        size += len(body)
    stream = (head + boundsheets(offsets) + _record(0x000A, b"")
              + b"".join(body for _, _, body in sheets))
    target.write_bytes(compound_file({"Workbook": stream}))


# --------------------------------------------------------------------------- bad files


def empty_file(folder: Path) -> MessyFile:
    """A 0-byte .xlsx (a failed download)."""
    path = Path(folder) / "ว่าง.xlsx"
    path.write_bytes(b"")
    return MessyFile(path, {"error": "empty"})


def pdf_renamed_xlsx(folder: Path) -> MessyFile:
    """A PDF document given an .xlsx name."""
    path = Path(folder) / "รายชื่อ_pdf.xlsx"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                     b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return MessyFile(path, {"error": "wrong_kind"})


def docx_renamed_xlsx(folder: Path) -> MessyFile:
    """A Word document (.docx) given an .xlsx name."""
    path = Path(folder) / "หนังสือ.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return MessyFile(path, {"error": "wrong_kind"})


def truncated_xlsx(folder: Path) -> MessyFile:
    """A real workbook cut off half-way (an interrupted copy)."""
    whole = Path(folder) / "whole_for_truncation.xlsx"
    tpmap_person_xlsx(Path(folder), name=whole.name)
    data = whole.read_bytes()
    whole.unlink()
    path = Path(folder) / "ตัดขาด.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return MessyFile(path, {"error": "corrupt"})


def text_renamed_xls(folder: Path) -> MessyFile:
    """A plain text note given an .xls name."""
    path = Path(folder) / "บันทึก.xls"
    path.write_text("เรียน นายอำเภอ\nรายชื่อจะส่งให้ภายหลัง\nขอบคุณครับ\n", encoding="utf-8")
    return MessyFile(path, {"error": "wrong_kind"})


def csv_renamed_xls(folder: Path) -> MessyFile:
    """A tab-separated export from a web system given an .xls name: it is read as text."""
    source = jpt_csv(Path(folder), "utf-8", "\t", title=False, name="export_from_web.xls")
    return source


def html_renamed_xls(folder: Path) -> MessyFile:
    """A web page saved as .xls, as some web systems export "Excel"."""
    path = Path(folder) / "report.xls"
    path.write_text("<html><body><table><tr><td>ชื่อ</td></tr></table></body></html>",
                    encoding="utf-8")
    return MessyFile(path, {"error": "wrong_kind"})


def empty_sheets_xlsx(folder: Path) -> MessyFile:
    """A workbook whose sheets are all empty (one has formatting but no values)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    ws = wb.create_sheet("Sheet2")
    ws["B2"].font = Font(bold=True)
    ws["C3"] = ""
    path = Path(folder) / "ไม่มีข้อมูล.xlsx"
    wb.save(path)
    return MessyFile(path, {"error": "no_data"})


def missing_file(folder: Path) -> MessyFile:
    """A path where no file is."""
    return MessyFile(Path(folder) / "ไม่มีไฟล์นี้.xlsx", {"error": "not_found"})


def encrypted_xlsx(folder: Path) -> MessyFile:
    """A password-protected .xlsx: Office writes it as an OLE compound file holding the
    streams ``EncryptionInfo`` and ``EncryptedPackage`` (random bytes here: no real key)."""
    rng = random.Random(5)
    info = struct.pack("<HHI", 4, 4, 0x40) + bytes(4090)  # agile encryption, padded
    package = struct.pack("<Q", 8192) + bytes(rng.getrandbits(8) for _ in range(8184))
    path = Path(folder) / "มีรหัสผ่าน.xlsx"
    path.write_bytes(compound_file({"EncryptionInfo": info, "EncryptedPackage": package}))
    return MessyFile(path, {"error": "encrypted"})


def encrypted_xls(folder: Path) -> MessyFile:
    """A password-protected Excel 97–2003 file: its workbook stream starts with FILEPASS."""
    stream = (_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0x0600))
              + _record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
              + _record(0x000A, b""))
    path = Path(folder) / "มีรหัสผ่าน_เก่า.xls"
    path.write_bytes(compound_file({"Workbook": stream}))
    return MessyFile(path, {"error": "encrypted"})


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors) with up to three root streams.

    Streams are padded to at least 4096 bytes so that none needs the mini stream.
    """
    sector = 512
    per_fat = sector // 4
    free, end_chain, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    if len(names) > 3:
        raise ValueError("at most three streams")
    data = {k: v + bytes(max(0, 4096 - len(v))) for k, v in streams.items()}
    counts = {k: -(-len(v) // sector) for k, v in data.items()}
    fat_sectors = 1
    while fat_sectors * per_fat < fat_sectors + 1 + sum(counts.values()):
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("streams too large for this minimal writer")
    # sectors 0 … F-1: FAT, F: directory, then the streams
    fat = [fat_sect] * fat_sectors + [end_chain]
    starts: dict[str, int] = {}
    chunks: list[bytes] = []
    for name in names:
        starts[name] = len(fat)
        fat += [len(fat) + i + 1 for i in range(counts[name] - 1)] + [end_chain]
        chunks.append(data[name].ljust(counts[name] * sector, b"\x00"))
    fat += [free] * (fat_sectors * per_fat - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, right, child) + bytes(16) + bytes(4)
                + bytes(16) + struct.pack("<IQ", start, size))

    # the streams as a chain of right siblings, in the order compound files compare names
    order = sorted(names, key=lambda s: (len(s), s.upper()))
    ids = {name: i + 1 for i, name in enumerate(order)}
    directory = entry("Root Entry", 5, ids[order[0]], 0xFFFFFFFF, end_chain, 0)
    for i, name in enumerate(order):
        right = ids[order[i + 1]] if i + 1 < len(order) else 0xFFFFFFFF
        directory += entry(name, 2, 0xFFFFFFFF, right, starts[name], len(data[name]))
    directory = directory.ljust(sector, b"\x00")
    difat = list(range(fat_sectors)) + [free] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, fat_sectors, fat_sectors, 0, 4096, end_chain, 0,
                            end_chain, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == sector
    return (header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(chunks))


def bad_files(folder: Path) -> dict[str, MessyFile]:
    """Every bad file, by name: each should raise ImportFileError of ``expected["error"]``."""
    folder = Path(folder)
    return {
        "empty": empty_file(folder), "pdf": pdf_renamed_xlsx(folder),
        "docx": docx_renamed_xlsx(folder), "truncated": truncated_xlsx(folder),
        "text": text_renamed_xls(folder), "html": html_renamed_xls(folder),
        "empty_sheets": empty_sheets_xlsx(folder), "missing": missing_file(folder),
        "encrypted": encrypted_xlsx(folder), "encrypted_xls": encrypted_xls(folder),
        "docx_as_ole": word_97_renamed_xls(folder),
    }


def word_97_renamed_xls(folder: Path) -> MessyFile:
    """An old Word document (.doc, an OLE compound file with a ``WordDocument`` stream)
    given an .xls name."""
    path = Path(folder) / "หนังสือเก่า.xls"
    path.write_bytes(compound_file({"WordDocument": b"\xec\xa5" + bytes(100)}))
    return MessyFile(path, {"error": "wrong_kind"})


# --------------------------------------------------------------------------- benchmarks


def big_person_xlsx(path: Path, rows: int = 100_000, *, seed: int = 1) -> Path:
    """A large TPMAP-like person list (title, blank row, 19 headers on row 3, ``rows`` people
    in households of 1–5), written with openpyxl's write-only mode. IDs are valid and unique."""
    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("รายชื่อ")
    ws.append([TPMAP_TITLE])
    ws.append([])
    ws.append(TPMAP_HEADERS)
    subs = sorted(SUBDISTRICTS.values())
    marks = ("✓", None, None, None)
    written = 0
    house = 0
    used: set[str] = set()
    while written < rows:
        house += 1
        size = min(rng.randint(1, 5), rows - written)
        sub = subs[house % len(subs)]
        code = f"{DISTRICT}{house:07d}"
        moo = house % 12 + 1
        last = SURNAMES[house % len(SURNAMES)]
        for m in range(size):
            written += 1
            while True:
                pid = make_id(rng, "3" if m < 2 else "1")
                if pid not in used:
                    used.add(pid)
                    break
            female = (house + m) % 2 == 1
            title = ("นาง" if female else "นาย") if m < 2 else ("เด็กหญิง" if female else "เด็กชาย")
            first = (FEMALE if female else MALE)[(house + m) % 12]
            ws.append([written, pid, title, first, last, "หญิง" if female else "ชาย",
                       f"{(written % 28) + 1:02d}/{(written % 12) + 1:02d}/{2500 + written % 60}",
                       str(house % 300 + 1), moo, sub, DISTRICT_NAME, PROVINCE_NAME, code,
                       "เจ้าบ้าน" if m == 0 else "บุตร", marks[written % 4],
                       marks[(written + 1) % 4], None, marks[(written + 2) % 4], None])
    wb.save(path)
    return Path(path)
