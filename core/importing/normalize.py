"""Normalising raw spreadsheet cells: text, national IDs, names and titles, dates, addresses, marks.

Every function takes a cell as a reader delivers it (``str``, ``int``, ``float``, ``bool``,
``datetime.date``, ``datetime.datetime``, ``datetime.time`` or ``None``) and never raises on bad
input: what cannot be read becomes ``None`` (or a result with a translated ``problem``). The
functions are pure: no database, no Qt, no global state except the message language.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal, TypeAlias

from core.i18n import translate
from core.thai import (
    BE_OFFSET,
    MONTHS_TH,
    MONTHS_TH_SHORT,
    clean_national_id,
    format_date_be,
    from_thai_digits,
    national_id_check_digit,
)

CellValue: TypeAlias = str | int | float | bool | dt.date | dt.datetime | dt.time | None
Sex: TypeAlias = Literal["M", "F"]
Precision: TypeAlias = Literal["day", "month", "year"]

# --------------------------------------------------------------------------- text

#: Invisible characters that creep in from web pages and Word: dropped outright.
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060\u00ad"
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(ZERO_WIDTH))

_THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))  # ก … ฮ
_THAI_LEADING_VOWELS = frozenset("เแโใไ")


def clean_text(value: CellValue) -> str | None:
    """The cell as one line of tidy text, or ``None`` when nothing is left.

    Zero-width characters and soft hyphens are removed, every kind of white space (NBSP, tabs,
    line breaks) becomes one space, the text is NFC-normalised and stripped. Whole floats lose
    their ``.0`` (``12.0`` → ``"12"``); dates become ISO text.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, float):
        text = str(int(value)) if math.isfinite(value) and value.is_integer() else repr(value)
    elif isinstance(value, dt.datetime):
        has_time = (value.hour, value.minute, value.second, value.microsecond) != (0, 0, 0, 0)
        text = value.isoformat(sep=" ") if has_time else value.date().isoformat()
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    else:
        text = str(value)
    # Drop invisibles first: removing them after NFC could leave a non-NFC string.
    text = unicodedata.normalize("NFC", text.translate(_DROP_INVISIBLE))
    text = " ".join(text.split())
    return text or None


_ANY_DIGIT = re.compile(r"\d")


def arabic_digits(text: str) -> str:
    """Thai digits (and any other Unicode decimal digits) written as 0–9."""
    text = from_thai_digits(text)
    return text if text.isascii() else _ANY_DIGIT.sub(lambda m: str(int(m.group())), text)


def _fix_thai_typing(text: str) -> str:
    """Common Thai keying faults: ``เเ`` for ``แ``, ``ํา`` (nikhahit + sara aa) for ``ำ``."""
    return text.replace("เเ", "แ").replace("\u0e4d\u0e32", "\u0e33")


def normalize_name(value: CellValue) -> str | None:
    """A person's name (or part of one) for storing and comparing.

    :func:`clean_text`, plus the two common Thai keying faults (``เเ`` → ``แ``, ``ํา`` → ``ำ``)
    and no stray space before a vowel or tone mark that cannot start a word (``สม ศ ักดิ์``).
    """
    text = clean_text(value)
    if text is None:
        return None
    text = _fix_thai_typing(text)
    text = re.sub(r" (?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])", "", text)
    return text or None


def _can_start_word(text: str) -> bool:
    """Whether a glued remainder can be a name on its own (it starts like a Thai word)."""
    if not text:
        return False
    first = text[0]
    if first in _THAI_CONSONANTS or first in _THAI_LEADING_VOWELS:
        return True
    # Any other Thai character (a vowel or mark written after its consonant) cannot start one.
    return first.isalpha() and not ("\u0e00" <= first <= "\u0e7f")


# --------------------------------------------------------------------------- national ID


@dataclass(frozen=True, slots=True)
class NationalIdResult:
    """A national ID read from a cell: 13 digits, or a reason it cannot be used.

    Both are ``None`` for an empty cell or a cell without any digit (``-``, ``ไม่มีบัตร``).
    """

    digits: str | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the cell holds a usable ID."""
        return self.digits is not None and self.problem is None


_SCIENTIFIC = re.compile(r"[+-]?(\d+)(?:\.(\d*))?[eE][+-]?\d+")
_WHOLE_FLOAT_TEXT = re.compile(r"(\d+)\.0*")


def _scientific_problem() -> str:
    return translate(
        "import",
        "the ID was stored as a number in scientific notation and lost digits; "
        "format the column as text and export again")


def _check_digits(digits: str, *, numeric: bool) -> NationalIdResult:
    if len(digits) != 13:
        return NationalIdResult(None, translate(
            "import", "the ID has {count} digits instead of 13").format(count=len(digits)))
    if national_id_check_digit(digits[:12]) == int(digits[12]):
        return NationalIdResult(digits)
    # A number whose tail became zeros lost its digits on the way (3.52081E+12 → 3520810000000).
    if numeric and digits.endswith("000"):
        return NationalIdResult(None, _scientific_problem())
    return NationalIdResult(None, translate(
        "import", "the check digit of the ID is wrong (a typing mistake?)"))


def parse_national_id(value: CellValue) -> NationalIdResult:
    """Read a 13-digit national ID from text (dashes, spaces, Thai digits), an int or a float.

    Problems (translated): the ID was stored in scientific notation and lost digits (text such
    as ``3.52081E+12``, or a number whose last digits became zeros and whose check digit fails);
    the ID is masked (``3-5208-XXXXX-12-1``); wrong number of digits; wrong check digit. The
    checksum is the one in :mod:`core.thai`, which accepts any first digit.
    """
    if type(value) is str and len(value) == 13 and value.isascii() and value.isdigit():
        return _check_digits(value, numeric=True)  # the common case, fast
    if value is None or isinstance(value, bool):
        if value is None:
            return NationalIdResult(None)
        return NationalIdResult(None, translate("import", "the cell does not hold a national ID"))
    if isinstance(value, dt.date | dt.time):
        return NationalIdResult(None, translate("import", "the cell does not hold a national ID"))
    if isinstance(value, int):
        return _check_digits(str(abs(value)), numeric=True)
    if isinstance(value, float):
        if not math.isfinite(value) or value < 0:
            return NationalIdResult(None, translate("import", "the cell does not hold a national ID"))
        if not value.is_integer() or value >= 1e15:
            return NationalIdResult(None, _scientific_problem())
        return _check_digits(str(int(value)), numeric=True)
    text = clean_text(value)
    if text is None:
        return NationalIdResult(None)
    text = arabic_digits(text)
    compact = text.replace(" ", "")
    sci = _SCIENTIFIC.fullmatch(compact)
    if sci:
        written = (sci.group(1) + (sci.group(2) or "")).lstrip("0")
        try:
            number = Decimal(compact)
        except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
            return NationalIdResult(None, _scientific_problem())
        if len(written) < 13 or number != number.to_integral_value():
            return NationalIdResult(None, _scientific_problem())
        return _check_digits(str(int(number)), numeric=True)
    whole = _WHOLE_FLOAT_TEXT.fullmatch(compact)
    if whole:  # "3520101234567.0": a float written out as text
        return _check_digits(whole.group(1), numeric=True)
    if len(compact) >= 10 and re.fullmatch(r"[\dxX*×\-.]+", compact) and re.search(r"[xX*×]", compact):
        return NationalIdResult(None, translate(
            "import", "the ID is masked; ask for the list with full IDs"))
    digits = clean_national_id(text)
    if not digits:
        return NationalIdResult(None)
    return _check_digits(digits, numeric=compact.isdigit())


# --------------------------------------------------------------------------- titles

#: Title as written → (canonical form, sex or None). Data, not logic: add forms here.
_TITLES: dict[str, tuple[str, Sex | None]] = {
    "นาย": ("นาย", "M"),
    "นาง": ("นาง", "F"),
    "นางสาว": ("นางสาว", "F"),
    "น.ส.": ("นางสาว", "F"),
    "น.ส": ("นางสาว", "F"),
    "นส.": ("นางสาว", "F"),
    "เด็กชาย": ("เด็กชาย", "M"),
    "ด.ช.": ("เด็กชาย", "M"),
    "ด.ช": ("เด็กชาย", "M"),
    "ดช.": ("เด็กชาย", "M"),
    "เด็กหญิง": ("เด็กหญิง", "F"),
    "ด.ญ.": ("เด็กหญิง", "F"),
    "ด.ญ": ("เด็กหญิง", "F"),
    "ดญ.": ("เด็กหญิง", "F"),
    # Clergy.
    "พระ": ("พระ", "M"),
    "พระภิกษุ": ("พระภิกษุ", "M"),
    "พระครู": ("พระครู", "M"),
    "พระมหา": ("พระมหา", "M"),
    "พระอธิการ": ("พระอธิการ", "M"),
    "พระปลัด": ("พระปลัด", "M"),
    "พระสมุห์": ("พระสมุห์", "M"),
    "พระใบฎีกา": ("พระใบฎีกา", "M"),
    "พระอาจารย์": ("พระอาจารย์", "M"),
    "สามเณร": ("สามเณร", "M"),
    "ส.ณ.": ("สามเณร", "M"),
    "แม่ชี": ("แม่ชี", "F"),
    # Academic and professional.
    "ดร.": ("ดร.", None),
    "นพ.": ("นพ.", "M"),
    "พญ.": ("พญ.", "F"),
    "ทพ.": ("ทพ.", "M"),
    "ทพญ.": ("ทพญ.", "F"),
    "ภก.": ("ภก.", "M"),
    "ภญ.": ("ภญ.", "F"),
    "ผศ.": ("ผศ.", None),
    "รศ.": ("รศ.", None),
    "ศ.": ("ศ.", None),
    "ผศ.ดร.": ("ผศ.ดร.", None),
    "รศ.ดร.": ("รศ.ดร.", None),
    "ศ.ดร.": ("ศ.ดร.", None),
}

#: Military and police ranks (army, navy, air force, police), abbreviated and in full. Each is
#: also known with the suffix หญิง (a woman holds it); officer ranks also with the prefix ว่าที่.
_RANKS = (
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "พลฯ", "พลทหาร",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
    "ด.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พลตำรวจ", "พล.ต.",
    "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.", "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.",
    "จ.อ.", "จ.ท.", "จ.ต.",
    "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "พ.อ.อ.", "พ.อ.ท.", "พ.อ.ต.",
    "ร้อยตรี", "ร้อยโท", "ร้อยเอก", "พันตรี", "พันโท", "พันเอก",
    "จ่าสิบตรี", "จ่าสิบโท", "จ่าสิบเอก", "สิบตรี", "สิบโท", "สิบเอก",
    "ร้อยตำรวจตรี", "ร้อยตำรวจโท", "ร้อยตำรวจเอก", "พันตำรวจตรี", "พันตำรวจโท", "พันตำรวจเอก",
    "ดาบตำรวจ", "จ่าสิบตำรวจ", "สิบตำรวจตรี", "สิบตำรวจโท", "สิบตำรวจเอก",
)
_ACTING_RANKS = ("ร.ต.", "ร.ท.", "ร.อ.", "ร้อยตรี", "ร้อยโท", "ร้อยเอก")

for _rank in _RANKS:
    _TITLES.setdefault(_rank, (_rank, None))
    _TITLES.setdefault(_rank + "หญิง", (_rank + "หญิง", "F"))
for _rank in _ACTING_RANKS:
    for _sep in (" ", ""):
        _TITLES.setdefault(f"ว่าที่{_sep}{_rank}", (f"ว่าที่ {_rank}", None))
        _TITLES.setdefault(f"ว่าที่{_sep}{_rank}หญิง", (f"ว่าที่ {_rank}หญิง", "F"))

#: Every recognised way of writing a title, longest first (so นางสาว wins over นาง).
TITLE_FORMS: tuple[str, ...] = tuple(sorted(_TITLES, key=lambda t: (-len(t), t)))


def split_title(full: str, *, glued: bool = True) -> tuple[str | None, str, str | None]:
    """Split ``"นางสาวสมศรี ใจดี"`` into ``("นางสาว", "สมศรี", "ใจดี")``.

    The rule, in order:

    * the text is cleaned (:func:`clean_text`); the title is returned as written (``น.ส.``), use
      :func:`canonical_title` for the full form;
    * titles are tried longest first, so ``นางสาว…`` is never read as ``นาง`` + ``สาว…``;
    * a title followed by a space is always split off (if a name follows);
    * a title glued to the name (``นายสมชาย``) is split off only when ``glued`` is true and what
      follows can start a word on its own: a Thai consonant or leading vowel (เ แ โ ใ ไ) or a
      Latin letter, at least two characters long. ``นายิกา`` stays whole (``ิ`` cannot start
      a word). A title ending in a dot or ฯ (``น.ส.สมศรี``) needs only a non-empty remainder;
    * the rule cannot tell a glued title from a name that starts with a title's letters and a
      consonant: ``นางนวล`` is read as นาง + นวล (Mrs. Nuan, a real name). Glued titles are far
      more common in lists than such names; pass ``glued=False`` when the file has a title
      column and the names are known to carry none;
    * the first word after the title is the first name, the rest (``ณ อยุธยา``) the last name.

    Text that is only a title gives ``(title, "", None)``; empty text gives ``(None, "", None)``.
    """
    text = clean_text(full) or ""
    if not text:
        return None, "", None
    title: str | None = None
    rest = text
    for form in TITLE_FORMS:
        if not text.startswith(form):
            continue
        remainder = text[len(form):]
        if not remainder:
            return form, "", None
        if remainder[0] == " ":
            title, rest = form, remainder.strip()
            break
        if not glued:
            continue
        word = remainder.split(" ", 1)[0]
        if form.endswith(".") or form.endswith("ฯ"):
            title, rest = form, remainder
            break
        if len(word) >= 2 and _can_start_word(word):
            title, rest = form, remainder
            break
    parts = rest.split(" ", 1)
    first = parts[0]
    last = parts[1] if len(parts) > 1 else None
    return title, first, last


def canonical_title(title: str | None) -> str | None:
    """The full form of a title: ``น.ส.`` → ``นางสาว``, ``ด.ช.`` → ``เด็กชาย``, ``ด.ญ.`` →
    ``เด็กหญิง``, ``ส.ณ.`` → ``สามเณร``; other titles are returned cleaned but unchanged."""
    text = clean_text(title)
    if text is None:
        return None
    known = _TITLES.get(text)
    return known[0] if known else text


def sex_from_title(title: str | None) -> Sex | None:
    """``M`` or ``F`` when the title tells (นาย, นาง, น.ส., ด.ช., พระ, ranks ending in หญิง …).

    A rank without หญิง, ดร. and other neutral titles give ``None``: the sex column decides.
    """
    text = clean_text(title)
    if text is None:
        return None
    known = _TITLES.get(text) or _TITLES.get(canonical_title(text) or "")
    if known is not None:
        return known[1]
    if text.endswith("หญิง"):
        return "F"
    if text.startswith("พระ"):
        return "M"
    return None


# --------------------------------------------------------------------------- sex, relation, marks

_SEX_WORDS: dict[str, Sex] = {
    **dict.fromkeys(("ชาย", "ช", "เพศชาย", "ผู้ชาย", "male", "m", "man", "boy", "1"), "M"),
    **dict.fromkeys(("หญิง", "ญ", "เพศหญิง", "ผู้หญิง", "female", "f", "woman", "girl", "2"), "F"),
}


def _key(value: CellValue) -> str | None:
    """Lower-case text without spaces and dots, for looking words up."""
    text = clean_text(value)
    if text is None:
        return None
    return arabic_digits(_fix_thai_typing(text)).casefold().replace(" ", "").replace(".", "")


def parse_sex(value: CellValue) -> Sex | None:
    """``M`` for ชาย/ช/male/M/1, ``F`` for หญิง/ญ/female/F/2, else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value) == 1.0:
            return "M"
        return "F" if float(value) == 2.0 else None
    key = _key(value)
    return _SEX_WORDS.get(key) if key else None


_MARK_TRUE = frozenset((
    "✓", "✔", "☑", "✅", "/", "x", "×", "✗", "✘", "*", "1", "ใช่", "ตกเกณฑ์", "ตก", "ไม่ผ่าน",
    "ไม่ผ่านเกณฑ์", "มีปัญหา", "y", "yes", "true",
))
_MARK_FALSE = frozenset((
    "", "-", "–", "—", "0", "ผ่าน", "ผ่านเกณฑ์", "ไม่ตกเกณฑ์", "ไม่ใช่", "ไม่มีปัญหา", "n", "no",
    "false",
))


def parse_mark(value: CellValue) -> bool | None:
    """Whether a TPMAP dimension is marked as failed.

    ``True`` for ✓ ✔ / x X × 1 ใช่ ตกเกณฑ์ ไม่ผ่าน Y ``True`` and any number above 0 (a count of
    failed indicators); ``False`` for 0, an empty or blank cell, - ผ่าน ไม่ใช่ N ``False``;
    ``None`` for a missing cell (``None``) or text that says neither.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if not math.isfinite(value) or value < 0:
            return None
        return value > 0
    if isinstance(value, dt.date | dt.time):
        return None
    text = clean_text(value)
    if text is None:
        return False
    key = arabic_digits(text).casefold().replace(" ", "")
    if key in _MARK_TRUE:
        return True
    if key in _MARK_FALSE:
        return False
    if re.fullmatch(r"\d+", key):
        return int(key) > 0
    return None


#: Relation words (lower case, no spaces or dots) → relation codes of code_lists.json.
_RELATIONS: dict[str, str] = {
    **dict.fromkeys((
        "head", "เจ้าบ้าน", "หัวหน้าครัวเรือน", "หัวหน้า", "หัวหน้าครอบครัว", "หัวหน้าบ้าน",
        "ผู้นำครัวเรือน", "householdhead"), "head"),
    **dict.fromkeys((
        "spouse", "ภรรยา", "ภริยา", "สามี", "คู่สมรส", "เมีย", "ผัว", "wife", "husband",
        "ภรรยา/สามี", "สามี/ภรรยา"), "spouse"),
    **dict.fromkeys((
        "child", "บุตร", "ลูก", "บุตรชาย", "บุตรสาว", "บุตรี", "ลูกชาย", "ลูกสาว", "บุตรบุญธรรม",
        "ลูกบุญธรรม", "son", "daughter"), "child"),
    **dict.fromkeys((
        "child_in_law", "บุตรเขย", "บุตรสะใภ้", "ลูกเขย", "ลูกสะใภ้", "ลูกสะไภ้", "สะใภ้", "เขย",
        "บุตรเขย/สะใภ้", "soninlaw", "daughterinlaw"), "child_in_law"),
    **dict.fromkeys((
        "grandchild", "หลาน", "หลานชาย", "หลานสาว", "grandson", "granddaughter"), "grandchild"),
    **dict.fromkeys((
        "parent", "บิดา", "มารดา", "พ่อ", "แม่", "บิดา/มารดา", "พ่อ/แม่", "father", "mother"),
        "parent"),
    **dict.fromkeys((
        "parent_in_law", "พ่อตา", "แม่ยาย", "พ่อสามี", "แม่สามี", "พ่อผัว", "แม่ผัว",
        "บิดาคู่สมรส", "มารดาคู่สมรส", "บิดา/มารดาของคู่สมรส", "บิดาของคู่สมรส",
        "มารดาของคู่สมรส", "พ่อแม่ของคู่สมรส", "fatherinlaw", "motherinlaw"), "parent_in_law"),
    **dict.fromkeys((
        "sibling", "พี่", "น้อง", "พี่น้อง", "พี่/น้อง", "พี่ชาย", "พี่สาว", "น้องชาย", "น้องสาว",
        "brother", "sister"), "sibling"),
    **dict.fromkeys((
        "relative", "ญาติ", "ปู่", "ย่า", "ตา", "ยาย", "ลุง", "ป้า", "น้า", "อา", "เหลน",
        "พี่เขย", "พี่สะใภ้", "น้องเขย", "น้องสะใภ้", "หลานเขย", "หลานสะใภ้", "ญาติอื่นๆ"),
        "relative"),
    **dict.fromkeys((
        "other", "อื่นๆ", "อื่น", "ผู้อาศัย", "ผู้อาศัย/อื่นๆ", "ผู้อาศัยอื่น", "ผู้อาศัยอื่นๆ",
        "คนอาศัย", "เพื่อน", "ลูกจ้าง", "lodger"), "other"),
}
#: Words long enough to be trusted at the start of a longer phrase (``ภรรยาเจ้าบ้าน``).
_RELATION_PREFIXES = tuple(sorted((k for k in _RELATIONS if len(k) >= 4), key=len, reverse=True))


def parse_relation(value: CellValue) -> str | None:
    """The relation code (``head``, ``spouse``, ``child``, …) of a relation-to-head cell.

    Exact words first (เจ้าบ้าน, หัวหน้าครัวเรือน → head; ภรรยา, สามี, คู่สมรส → spouse; บุตร,
    ลูก → child; หลาน → grandchild; บิดา, มารดา, พ่อ, แม่ → parent; …), after dropping a leading
    number (``1. หัวหน้าครัวเรือน``); then the longest known word of four or more characters
    that starts the text (``ภรรยาเจ้าบ้าน`` → spouse). Unknown text gives ``None``.
    """
    key = _key(value)
    if not key:
        return None
    key = re.sub(r"^\d+[)=:\-]?", "", key)
    if key in _RELATIONS:
        return _RELATIONS[key]
    for word in _RELATION_PREFIXES:
        if key.startswith(word):
            return _RELATIONS[word]
    return None


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateResult:
    """A date read from a cell (in CE), or a translated reason it could not be read.

    ``value`` is ``None`` whenever ``problem`` is set. ``precision`` says how much the cell
    told: a year alone (``2546``) gives 1 January of it with ``precision="year"``.
    """

    value: dt.date | None
    problem: str | None = None
    precision: Precision = "day"


_EARLIEST = dt.date(1890, 1, 1)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 31 December 9999

_MONTH_NAMES_EN = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH_MISSPELLINGS = {"กรกฏาคม": 7, "กุมภาพันธ": 2, "พฤษจิกายน": 11, "พฤศจิกยน": 11}


def _month_key(token: str) -> str:
    return token.casefold().replace(".", "").replace(" ", "").replace(",", "")


_MONTHS: dict[str, int] = {}
for _i, (_full, _short) in enumerate(zip(MONTHS_TH, MONTHS_TH_SHORT, strict=True), start=1):
    _MONTHS[_month_key(_full)] = _i
    _MONTHS[_month_key(_short)] = _i
    _MONTHS[_month_key(_MONTH_NAMES_EN[_i - 1])] = _i
    _MONTHS[_month_key(_MONTH_NAMES_EN[_i - 1][:3])] = _i
_MONTHS["sept"] = 9
for _name, _number in _MONTH_MISSPELLINGS.items():
    _MONTHS[_month_key(_name)] = _number

_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_ERA_WORDS = re.compile(r"วันที่|เดือน|พ\.\s?ศ\.?|ค\.\s?ศ\.?|ปี")


def _cannot_read(text: str) -> DateResult:
    return DateResult(None, translate("import", "could not read the date “{text}”").format(text=text))


def _from_serial(serial: float) -> dt.date | None:
    """A date of Excel's 1900 system (serial 60, the fictitious 29 Feb 1900, is refused)."""
    n = math.floor(serial)
    if n < 1 or n > _EXCEL_MAX_SERIAL or n == 60:
        return None
    if n < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=n)
    return _EXCEL_EPOCH + dt.timedelta(days=n)


def _ce(year: int, *, two_digit: bool, today: dt.date, latin: bool = False) -> int:
    """CE year of a written year: above 2400 is BE. Two digits are a BE year 25xx (24xx when
    25xx would lie in the future), or with an English month name a CE year 20xx (19xx when
    20xx would lie in the future)."""
    if two_digit:
        if latin:
            return 2000 + year if 2000 + year <= today.year else 1900 + year
        be = 2500 + year
        if be - BE_OFFSET > today.year:
            be -= 100
        return be - BE_OFFSET
    return year - BE_OFFSET if year > 2400 else year


def _checked(year: int, month: int, day: int, *, today: dt.date, text: str,
             precision: Precision = "day") -> DateResult:
    """Build the date (year already in CE) and check it lies between 1890 and today."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return DateResult(None, translate("import", "“{text}” is not a valid date").format(text=text))
    if value > today:
        return DateResult(None, translate("import", "the date {date} is in the future").format(
            date=format_date_be(value, style="numeric")))
    if value < _EARLIEST:
        return DateResult(None, translate("import", "the date {date} is before 1890").format(
            date=format_date_be(value, style="numeric")))
    return DateResult(value, None, precision)


def _from_date(value: dt.date, *, today: dt.date, text: str) -> DateResult:
    """A real date; a year above 2400 is a BE year that Excel stored as it was typed."""
    year = value.year - BE_OFFSET if value.year > 2400 else value.year
    return _checked(year, value.month, value.day, today=today, text=text)


def _from_year(year: int, *, today: dt.date, text: str) -> DateResult:
    return _checked(_ce(year, two_digit=False, today=today), 1, 1, today=today, text=text,
                    precision="year")


def _from_number(value: float, *, today: dt.date, text: str) -> DateResult:
    if not math.isfinite(value):
        return _cannot_read(text)
    if value.is_integer():
        whole = int(value)
        if 1000 <= whole <= 9999:  # a year, not a serial (serials 1000–9999 are 1902–1927)
            return _from_year(whole, today=today, text=text)
        if 10_000_000 <= whole <= 99_999_999:
            return _from_compact(str(whole), today=today, text=text)
    day = _from_serial(value)
    if day is None:
        return _cannot_read(text)
    return _from_date(day, today=today, text=text)


def _from_compact(digits: str, *, today: dt.date, text: str) -> DateResult:
    """Eight digits: ``YYYYMMDD`` when it starts like a year (19, 20, 24, 25), else ``DDMMYYYY``."""
    if digits[:2] in ("19", "20", "24", "25") and 1 <= int(digits[4:6]) <= 12:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    else:
        day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    return _checked(_ce(year, two_digit=False, today=today), month, day, today=today, text=text)


def _day_month_year(day: int, month: int, year_text: str, *, today: dt.date,
                    text: str) -> DateResult:
    if month > 12 >= day:  # 4/13/2003: a month-first date from a US-locale export
        day, month = month, day
    year = _ce(int(year_text), two_digit=len(year_text) == 2, today=today)
    return _checked(year, month, day, today=today, text=text)


def parse_date(value: CellValue, *, today: dt.date | None = None) -> DateResult:
    """Read a date (a birth date) in BE or CE from whatever a spreadsheet holds.

    * ``date``/``datetime`` objects; a year above 2400 is BE (``datetime(2546, 4, 13)`` →
      2003-04-13);
    * numbers: four digits are a year (precision ``year``), eight digits ``YYYYMMDD`` or
      ``DDMMYYYY``, anything else an Excel serial of the 1900 system (fraction = time, ignored);
    * text, with Thai or Arabic digits: ``13/04/2546``, ``13-04-2546``, ``13.04.2546``,
      ``2546-04-13`` (a time after it is ignored), ``13 เม.ย. 2546``, ``13 เมษายน 2546``,
      ``13 เม.ย. 46``, ``13 Apr 2003``, ``April 13, 2003``, ``04/2546`` and ``เมษายน 2546``
      (precision ``month``), ``2546`` or ``พ.ศ. 2546`` (precision ``year``), ``25460413``.
      Day first; the month comes first only when the second number cannot be a month;
    * years: above 2400 is BE (minus 543), else CE; two digits are a BE year 25xx, or 24xx
      when 25xx would be in the future.

    The date must lie between 1 January 1890 and ``today`` (default: the real today). Anything
    else gives ``value=None`` and a translated ``problem`` (a warning: the caller decides).
    An empty cell gives ``DateResult(None)`` without a problem.
    """
    today = today or dt.date.today()
    if value is None:
        return DateResult(None)
    if isinstance(value, bool | dt.time):
        return _cannot_read(str(value))
    if isinstance(value, dt.datetime):
        return _from_date(value.date(), today=today, text=value.date().isoformat())
    if isinstance(value, dt.date):
        return _from_date(value, today=today, text=value.isoformat())
    if isinstance(value, int | float):
        return _from_number(float(value), today=today, text=clean_text(value) or "")
    raw = clean_text(value)
    if raw is None:
        return DateResult(None)
    text = arabic_digits(raw)
    text = _TIME_SUFFIX.sub("", text)
    text = " ".join(_ERA_WORDS.sub(" ", text).split()).strip(" ,")
    if re.fullmatch(r"\d{4}", text):
        return _from_year(int(text), today=today, text=raw)
    if re.fullmatch(r"\d{8}", text):
        return _from_compact(text, today=today, text=raw)
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
        return _from_number(float(text), today=today, text=raw)
    m = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})", text)
    if m:
        year = _ce(int(m.group(1)), two_digit=False, today=today)
        return _checked(year, int(m.group(2)), int(m.group(3)), today=today, text=raw)
    m = re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})", text)
    if m:
        return _day_month_year(int(m.group(1)), int(m.group(2)), m.group(3), today=today, text=raw)
    m = re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{4})", text)
    if m:
        year = _ce(int(m.group(2)), two_digit=False, today=today)
        return _checked(year, int(m.group(1)), 1, today=today, text=raw, precision="month")
    m = re.fullmatch(r"(\d{1,2})[\s\-/]*([^\d]+?)[\s\-/,]*(\d{2}|\d{4})", text)
    if m and _month_key(m.group(2)) in _MONTHS:
        month = _MONTHS[_month_key(m.group(2))]
        year = _ce(int(m.group(3)), two_digit=len(m.group(3)) == 2, today=today,
                   latin=m.group(2).isascii())
        return _checked(year, month, int(m.group(1)), today=today, text=raw)
    m = re.fullmatch(r"([^\d]+?)[\s\-/,]*(\d{1,2})[\s,]+(\d{4})", text)
    if m and _month_key(m.group(1)) in _MONTHS:
        year = _ce(int(m.group(3)), two_digit=False, today=today)
        return _checked(year, _MONTHS[_month_key(m.group(1))], int(m.group(2)), today=today, text=raw)
    m = re.fullmatch(r"([^\d]+?)[\s\-/,]*(\d{2}|\d{4})", text)
    if m and _month_key(m.group(1)) in _MONTHS:
        year = _ce(int(m.group(2)), two_digit=len(m.group(2)) == 2, today=today,
                   latin=m.group(1).isascii())
        return _checked(year, _MONTHS[_month_key(m.group(1))], 1, today=today, text=raw,
                        precision="month")
    return _cannot_read(raw)


# --------------------------------------------------------------------------- address

#: Area prefixes, longest first. Words need a remainder that can start a word (see
#: :func:`split_title`); dotted abbreviations a remainder that is more than one or two
#: abbreviations (the subdistrict จ.ป.ร. keeps its name).
_AREA_WORDS = ("กิ่งอำเภอ", "จังหวัด", "อำเภอ", "ตำบล", "แขวง", "เขต")
_AREA_ABBREVIATIONS = ("กิ่ง อ.", "กิ่งอ.", "ต.", "อ.", "จ.")


def strip_area_prefix(text: str) -> str:
    """A place name without its kind: ``ตำบลบ้านเสด็จ``, ``ต. บ้านเสด็จ`` → ``บ้านเสด็จ``.

    Removes one of กิ่งอำเภอ, อำเภอ, อ., ตำบล, ต., แขวง, เขต, จังหวัด, จ. (with or without a
    space after it). ``บ้าน`` is part of village names and stays. The text is cleaned and the
    ``ํา`` keying fault fixed; text that is only a prefix is returned as it is.
    """
    cleaned = _fix_thai_typing(clean_text(text) or "")
    for word in _AREA_WORDS:
        if cleaned.startswith(word):
            rest = cleaned[len(word):]
            if rest.startswith(" ") and rest.strip():
                return rest.strip()
            if _can_start_word(rest) and len(rest) >= 2:
                return rest
            break
    for abbreviation in _AREA_ABBREVIATIONS:
        if cleaned.startswith(abbreviation):
            rest = cleaned[len(abbreviation):].strip()
            # What is left must be a name: a leftover of only one or two abbreviations is not
            # (จ.ป.ร. is a subdistrict, not จ. + ป.ร.); ต.จ.ป.ร. still loses its ต.
            if rest and not re.fullmatch(r"(?:\S\.){1,2}", rest):
                return rest
            break
    return cleaned


def parse_village_no(value: CellValue) -> int | None:
    """The village number (หมู่ที่) 1–99 from ``4``, ``"04"``, ``"หมู่ 4"``, ``"หมู่ที่ 4"``,
    ``"ม.4"``, ``"ม. 4"``, ``"๔"`` (a village name after the number is ignored); else ``None``."""
    if value is None or isinstance(value, bool | dt.date | dt.time):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value) or not float(value).is_integer():
            return None
        number = int(value)
    else:
        text = clean_text(value)
        if text is None:
            return None
        text = arabic_digits(text).casefold()
        m = re.fullmatch(
            r"(?:หมู่ที่|หมู่|หมูที่|หมู|ม\.|ม|moo\.?|m\.)?\s*(\d{1,3})(?:\.0*)?(?:\s.*)?", text)
        if not m:
            return None
        number = int(m.group(1))
    return number if 1 <= number <= 99 else None


_NO_VALUE = frozenset(("-", "–", "—", "ไม่มี", "ไม่ทราบ", "n/a", "na"))


def parse_house_no(value: CellValue) -> str | None:
    """The house number as text: ``"12/3"`` stays, ``12.0`` → ``"12"``, ``"๑๒/๓"`` → ``"12/3"``,
    ``"เลขที่ 12 / 3"`` → ``"12/3"``; ``-`` and ``ไม่มี`` → ``None``.

    A date or datetime is ``None``: Excel turns ``12/3`` into 12 March or 3 December depending
    on the PC's locale, and the year it adds is meaningless, so the house number cannot be
    recovered. :func:`house_no_problem` gives the message to show for such a cell.
    """
    if value is None or isinstance(value, bool | dt.date | dt.time):
        return None
    text = clean_text(value)
    if text is None:
        return None
    text = arabic_digits(text)
    text = re.sub(r"^(?:บ้านเลขที่|เลขที่|บ้านเลข)\.?\s*", "", text)
    text = re.sub(r"\s*/\s*", "/", text).strip()
    if not text or text.casefold() in _NO_VALUE:
        return None
    return text


def house_no_problem(value: CellValue) -> str | None:
    """A translated warning when a house-number cell cannot be used as it is, else ``None``."""
    if isinstance(value, dt.date | dt.time):
        return translate(
            "import",
            "Excel turned the house number into a date (12/3 became a date); "
            "format the column as text and export again")
    return None


def parse_house_code(value: CellValue) -> str | None:
    """The 11-digit house code (รหัสประจำบ้าน), dashes, spaces and Thai digits removed; else
    ``None`` (also for a number in scientific notation that lost its digits)."""
    if value is None or isinstance(value, bool | dt.date | dt.time):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value) or not float(value).is_integer() or value < 0:
            return None
        digits = str(int(value))
    else:
        text = clean_text(value)
        if text is None:
            return None
        text = arabic_digits(text).replace(" ", "")
        sci = _SCIENTIFIC.fullmatch(text)
        if sci:
            written = (sci.group(1) + (sci.group(2) or "")).lstrip("0")
            if len(written) < 11:
                return None
            try:
                digits = str(int(Decimal(text)))
            except (InvalidOperation, ValueError):  # pragma: no cover - pattern lets numbers only
                return None
        else:
            whole = _WHOLE_FLOAT_TEXT.fullmatch(text)
            digits = whole.group(1) if whole else clean_national_id(text)
    return digits if len(digits) == 11 else None


def parse_phone(value: CellValue) -> str | None:
    """A Thai phone number as digits with its leading 0 (``"081-234-5678"`` → ``"0812345678"``).

    The first number of a list (``,``, ``/``, ``;``, หรือ) is taken, an extension (ต่อ …) is
    dropped; ``+66``/``66`` becomes ``0``; a number that lost its leading 0 (9 digits starting
    6, 8 or 9; 8 digits starting 2–7) gets it back. Anything but 9 or 10 digits → ``None``.
    """
    if value is None or isinstance(value, bool | dt.date | dt.time):
        return None
    text = clean_text(value)
    if text is None:
        return None
    text = arabic_digits(text)
    text = re.split(r"[,;/]|หรือ|\bor\b", text)[0]
    text = re.split(r"ต่อ|ext|#", text, flags=re.IGNORECASE)[0]
    digits = re.sub(r"\D", "", text)
    if digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    if (len(digits) == 9 and digits[0] in "689") or (len(digits) == 8 and digits[0] in "234567"):
        digits = "0" + digits
    if len(digits) not in (9, 10) or not digits.startswith("0"):
        return None
    return digits
