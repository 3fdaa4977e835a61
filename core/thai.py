"""Thai conventions: national IDs, house codes, Buddhist Era dates, Thai digits and month names."""

from __future__ import annotations

import datetime as dt
import operator
import re

BE_OFFSET = 543
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI = str.maketrans(THAI_DIGITS, "0123456789")

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_TH_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)


def to_thai_digits(text: str) -> str:
    """Write Arabic digits as Thai digits (๐–๙)."""
    return text.translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    """Write Thai digits as Arabic digits."""
    return text.translate(_FROM_THAI)


# --------------------------------------------------------------------------- national ID


_WEIGHTS = tuple(range(13, 1, -1))
_ZERO_TOTAL = ord("0") * sum(_WEIGHTS)


def national_id_check_digit(first12: str) -> int:
    """The 13th digit: (11 − Σ d_i × (14 − i) mod 11) mod 10 (``first12``: 12 ASCII digits)."""
    total = sum(map(operator.mul, first12.encode("ascii"), _WEIGHTS)) - _ZERO_TOTAL
    return (11 - total % 11) % 10


def clean_national_id(text: str) -> str:
    """Digits only (Thai digits converted; dashes, spaces and zero-width characters dropped)."""
    return re.sub(r"\D", "", from_thai_digits(text))


def is_valid_national_id(text: str) -> bool:
    """Whether the text holds a 13-digit ID with a correct check digit."""
    digits = clean_national_id(text)
    if len(digits) != 13:
        return False
    return national_id_check_digit(digits[:12]) == int(digits[12])


def format_national_id(text: str) -> str:
    """``X-XXXX-XXXXX-XX-X`` (returns the input unchanged if it is not 13 digits)."""
    d = clean_national_id(text)
    if len(d) != 13:
        return text
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def mask_national_id(text: str) -> str:
    """``3-XXXX-XXXXX-XX-1``: only the first and the check digit stay visible."""
    d = clean_national_id(text)
    if len(d) != 13:
        return "X" * len(d)
    return f"{d[0]}-XXXX-XXXXX-XX-{d[12]}"


def format_house_code(text: str) -> str:
    """House code ``XXXX-XXXXXX-X`` (input unchanged if it is not 11 digits)."""
    d = clean_national_id(text)
    if len(d) != 11:
        return text
    return f"{d[:4]}-{d[4:10]}-{d[10]}"


# --------------------------------------------------------------------------- dates


def be_year(year_ce: int) -> int:
    """Buddhist Era year of a CE year."""
    return year_ce + BE_OFFSET


def ce_year(year: int) -> int:
    """CE year of a year that may be BE (a year above 2400 is taken as BE)."""
    return year - BE_OFFSET if year > 2400 else year


def format_date_be(
    value: dt.date | None, *, style: str = "long", thai_digits: bool = False
) -> str:
    """Format a date in the Buddhist Era.

    ``long``: 12 มกราคม 2569 · ``short``: 12 ม.ค. 2569 · ``numeric``: 12/01/2569.
    """
    if value is None:
        return ""
    year = value.year + BE_OFFSET
    if style == "long":
        text = f"{value.day} {MONTHS_TH[value.month - 1]} {year}"
    elif style == "short":
        text = f"{value.day} {MONTHS_TH_SHORT[value.month - 1]} {year}"
    elif style == "numeric":
        text = f"{value.day:02d}/{value.month:02d}/{year}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return to_thai_digits(text) if thai_digits else text


def fiscal_year_be(value: dt.date) -> int:
    """Thai fiscal year (ปีงบประมาณ) N runs from 1 October N−1 to 30 September N (BE)."""
    year = value.year + 1 if value.month >= 10 else value.year
    return year + BE_OFFSET


def age_on(birth: dt.date, on: dt.date) -> int:
    """Age in whole years on a given day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# Thai dictionary order: a leading vowel (เ แ โ ใ ไ) is read after the consonant it precedes
# (เกิด sorts as ก…), and tone and other marks only break ties. In code-point order the
# leading vowels come after อ and the marks first, which reads as random to a Thai reader.
_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_MARKS = re.compile("[\u0e47-\u0e4e]")


def thai_sort_key(text: str) -> str:
    """A text that sorts (as plain code points, so an index can hold it) in Thai dictionary
    order: leading vowels moved after their consonant, marks moved to the end."""
    base = _LEADING_VOWEL.sub(r"\2\1", _MARKS.sub("", text))
    return base + "\u0001" + "".join(_MARKS.findall(text)) if _MARKS.search(text) else base
