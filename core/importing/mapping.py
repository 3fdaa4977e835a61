"""Mapping the columns of a list to the fields of a household member, from header synonyms.

A header is normalised (:func:`normalize_header`) and matched against each field's synonyms:

1. an **exact** synonym (``ชื่อ`` → first name, ``ชื่อ-สกุล`` → full name, ``เลขที่`` → house
   number, ``ม.`` → village number) beats anything else;
2. otherwise the header may **contain** one of a field's keywords (``เลขประจำตัวประชาชน
   ของหัวหน้า`` → national ID, ``ตกเกณฑ์มิติรายได้`` → income dimension). The longest keyword
   found wins, so ``ชื่อ-นามสกุลหัวหน้า`` is a full name and not a last name. Some fields ask
   for more: the five TPMAP dimensions need a word such as มิติ, ด้าน or ตกเกณฑ์ besides the
   dimension's name (``รายได้เฉลี่ยต่อปี`` is an amount, not a mark), and area names are not
   taken from code columns (``รหัสตำบล``).

Short words (``ชื่อ``, ``หมู่``, ``เลขที่``, ``ต.``) are exact synonyms only, never keywords, so
``ชื่อหมู่บ้าน`` is the village name, ``หมู่บ้าน`` is not a village number and ``เลขที่บัตร``
is the national ID. Each header gets at most one field; each field the first column with the
best match.

When both a full-name column and first/last-name columns are mapped, the separate columns win
and the full name only fills in what they leave empty (the title when there is no title column,
or a row whose first name is blank).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.i18n import translate
from core.importing.normalize import CellValue, arabic_digits, clean_text


class Field(StrEnum):
    """What a column can hold (the values are the keys stored in saved mappings)."""

    NATIONAL_ID = "national_id"
    TITLE = "title"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    SEX = "sex"
    BIRTH_DATE = "birth_date"
    HOUSE_NO = "house_no"
    VILLAGE_NO = "village_no"
    VILLAGE_NAME = "village_name"
    SUBDISTRICT = "subdistrict"
    DISTRICT = "district"
    PROVINCE = "province"
    HOUSE_CODE = "house_code"
    RELATION = "relation"
    PHONE = "phone"
    DIM_HEALTH = "dim_health"
    DIM_LIVING = "dim_living"
    DIM_EDUCATION = "dim_education"
    DIM_INCOME = "dim_income"
    DIM_ACCESS = "dim_access"


FIELDS: tuple[str, ...] = tuple(f.value for f in Field)
DIMENSION_FIELDS: tuple[Field, ...] = (
    Field.DIM_HEALTH, Field.DIM_LIVING, Field.DIM_EDUCATION, Field.DIM_INCOME, Field.DIM_ACCESS)
NAME_FIELDS: tuple[Field, ...] = (Field.FIRST_NAME, Field.FULL_NAME)
ADDRESS_FIELDS: tuple[Field, ...] = (Field.HOUSE_NO, Field.HOUSE_CODE)


@dataclass(frozen=True)
class FieldSpec:
    """How headers are recognised for one field.

    ``exact``: whole headers. ``contains``: keywords that may appear inside a header, used only
    when no exact synonym matched; ``requires``: the header must also contain one of these;
    ``excludes``: the header must contain none of these. All in the form
    :func:`normalize_header` gives (lower case, no spaces).
    """

    exact: tuple[str, ...]
    contains: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()


_AREA_EXCLUDES = ("รหัส", "code")
_DIM_CONTEXT = ("มิติ", "ด้าน", "ตกเกณฑ์", "ไม่ผ่าน", "ปัญหา", "ขาด")
_DIM_EXCLUDES = ("เฉลี่ย", "บาท", "จำนวนเงิน", "รหัส", "ระดับ")


def _dimension(word: str, *extra: str, stem: str | None = None) -> FieldSpec:
    """A TPMAP dimension: its name alone or after ด้าน/มิติ, or inside a header with context."""
    return FieldSpec(
        exact=(word, f"ด้าน{word}", f"มิติ{word}", f"มิติด้าน{word}", *extra),
        contains=(stem or word,), requires=_DIM_CONTEXT, excludes=_DIM_EXCLUDES)


_SPECS_AS_WRITTEN: dict[Field, FieldSpec] = {
    Field.NATIONAL_ID: FieldSpec(
        exact=("เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตร", "บัตรประชาชน", "cid", "nid",
               "pid", "เลขที่บัตร", "เลขที่บัตรประชาชน", "เลขบัตรประจำตัวประชาชน",
               "เลขประจำตัว", "nationalid", "citizenid", "idcard"),
        contains=("เลขประจำตัวประชาชน", "ประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตร", "เลขที่บัตร",
                  "nationalid", "citizenid", "idcard"),
        excludes=("สวัสดิการ",)),
    Field.TITLE: FieldSpec(
        exact=("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำหน้านาม", "title", "prefix"),
        contains=("คำนำหน้า",)),
    Field.FIRST_NAME: FieldSpec(
        exact=("ชื่อ", "ชื่อตัว", "ชื่อจริง", "firstname", "fname", "givenname"),
        contains=("ชื่อตัว", "ชื่อจริง", "firstname")),
    Field.LAST_NAME: FieldSpec(
        exact=("นามสกุล", "สกุล", "lastname", "lname", "surname", "familyname"),
        contains=("นามสกุล", "สกุล", "lastname", "surname")),
    Field.FULL_NAME: FieldSpec(
        exact=("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "ชื่อนามสกุล", "ชื่อ/สกุล", "ชื่อ/นามสกุล",
               "ชื่อและนามสกุล", "fullname", "name"),
        contains=("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "ชื่อนามสกุล", "ชื่อ/สกุล", "ชื่อ/นามสกุล",
                  "ชื่อและนามสกุล", "fullname")),
    Field.SEX: FieldSpec(exact=("เพศ", "sex", "gender"), contains=("เพศ",)),
    Field.BIRTH_DATE: FieldSpec(
        exact=("วันเกิด", "วันเดือนปีเกิด", "ว/ด/ปเกิด", "ว/ด/ป/เกิด", "วดปเกิด", "ว.ด.ป.เกิด",
               "ปีเกิด", "birthdate", "dateofbirth", "dob", "birthday"),
        contains=("วันเกิด", "วันเดือนปีเกิด", "ว/ด/ปเกิด", "วดปเกิด", "ว.ด.ป.เกิด", "ปีเกิด",
                  "birth")),
    Field.HOUSE_NO: FieldSpec(
        exact=("บ้านเลขที่", "เลขที่", "เลขที่บ้าน", "houseno", "houseno.", "housenumber",
               "addressno"),
        contains=("บ้านเลขที่", "เลขที่บ้าน", "houseno", "housenumber")),
    Field.VILLAGE_NO: FieldSpec(
        exact=("หมู่", "หมู่ที่", "ม.", "ม", "moo", "villageno", "villageno.", "villagenumber"),
        contains=("หมู่ที่", "villageno")),
    Field.VILLAGE_NAME: FieldSpec(
        exact=("หมู่บ้าน", "ชื่อหมู่บ้าน", "ชุมชน", "ชื่อชุมชน", "village", "villagename"),
        contains=("ชื่อหมู่บ้าน", "หมู่บ้าน", "villagename"),
        excludes=_AREA_EXCLUDES),
    Field.SUBDISTRICT: FieldSpec(
        exact=("ตำบล", "ต.", "ต", "ชื่อตำบล", "แขวง", "ตำบล/แขวง", "subdistrict", "sub-district",
               "tambon", "tambol"),
        contains=("ตำบล", "แขวง", "subdistrict", "tambon"),
        excludes=_AREA_EXCLUDES),
    Field.DISTRICT: FieldSpec(
        exact=("อำเภอ", "อ.", "อ", "ชื่ออำเภอ", "เขต", "อำเภอ/เขต", "district", "amphoe",
               "amphur"),
        contains=("อำเภอ", "amphoe"),
        excludes=_AREA_EXCLUDES),
    Field.PROVINCE: FieldSpec(
        exact=("จังหวัด", "จ.", "จ", "ชื่อจังหวัด", "province", "changwat"),
        contains=("จังหวัด", "province"),
        excludes=_AREA_EXCLUDES),
    Field.HOUSE_CODE: FieldSpec(
        exact=("รหัสบ้าน", "รหัสประจำบ้าน", "เลขรหัสประจำบ้าน", "hcode", "housecode", "houseid"),
        contains=("รหัสบ้าน", "รหัสประจำบ้าน", "housecode", "hcode")),
    Field.RELATION: FieldSpec(
        exact=("ความสัมพันธ์", "สถานะในครัวเรือน", "ความเกี่ยวพัน", "ความเกี่ยวข้อง", "relation",
               "relationship"),
        contains=("ความสัมพันธ์", "สถานะในครัวเรือน", "ความเกี่ยวพัน", "relation")),
    Field.PHONE: FieldSpec(
        exact=("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "โทร.", "เบอร์", "phone", "tel",
               "tel.", "telephone", "mobile"),
        contains=("โทรศัพท์", "เบอร์โทร", "เบอร์ติดต่อ", "มือถือ", "phone")),
    Field.DIM_HEALTH: _dimension("สุขภาพ"),
    Field.DIM_LIVING: _dimension("ความเป็นอยู่"),
    Field.DIM_EDUCATION: _dimension("การศึกษา"),
    Field.DIM_INCOME: _dimension("รายได้"),
    # การเข้าถึงบริการภาครัฐ does not contain การเข้าถึงบริการรัฐ: both are found by their stem.
    Field.DIM_ACCESS: _dimension("การเข้าถึงบริการรัฐ", "การเข้าถึงบริการภาครัฐ",
                                 "ด้านการเข้าถึงบริการภาครัฐ", "มิติการเข้าถึงบริการภาครัฐ",
                                 "การเข้าถึงบริการ", stem="การเข้าถึงบริการ"),
}

# --------------------------------------------------------------------------- header text

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−─", "-"))
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）|\{[^{}]*\}")


def normalize_header(header: CellValue) -> str:
    """The header as it is compared: cleaned, Arabic digits, lower case, one kind of dash, no
    bracketed note (``(13 หลัก)``), no leading number (``1.``), no trailing ``:`` or ``*``, and
    no spaces at all (Thai has none between words; a space is usually a wrapped line)."""
    text = clean_text(header)
    if text is None:
        return ""
    text = arabic_digits(text).casefold().translate(_DASHES)
    unbracketed = text
    while True:
        shorter = _BRACKETED.sub(" ", unbracketed)
        if shorter == unbracketed:
            break
        unbracketed = shorter
    if unbracketed.strip():
        text = unbracketed
    text = re.sub(r"^\s*\d+\s*[.)]\s*(?=\D)", "", text)
    text = text.strip().strip(":*：").strip()
    return re.sub(r"\s+", "", text)


def _normalised(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(normalize_header(w) for w in words)


#: How each field's headers are recognised, in normalised form.
SPECS: dict[Field, FieldSpec] = {
    f: FieldSpec(_normalised(s.exact), _normalised(s.contains), _normalised(s.requires),
                 _normalised(s.excludes))
    for f, s in _SPECS_AS_WRITTEN.items()
}

#: Exact synonyms per field (normalised), as the mapping UI may list them.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    f: (*s.exact, normalize_header(f.value)) for f, s in SPECS.items()}


def _exact_index() -> dict[str, Field]:
    index: dict[str, Field] = {}
    for field, words in SYNONYMS.items():
        for word in words:
            if index.get(word, field) != field:
                raise ValueError(f"header synonym {word!r} is given for {index[word]} and {field}")
            index[word] = field
    return index


_EXACT = _exact_index()

# --------------------------------------------------------------------------- matching


def _match(key: str) -> tuple[Field, tuple[int, int]] | None:
    """The field a normalised header means, with its rank: (2, 0) for an exact synonym (all
    exact matches rank alike), (1, length of the keyword) for a keyword inside the header."""
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key], (2, 0)
    best: tuple[Field, tuple[int, int]] | None = None
    for field, spec in SPECS.items():
        if spec.requires and not any(w in key for w in spec.requires):
            continue
        if any(w in key for w in spec.excludes):
            continue
        for word in spec.contains:
            if word in key and (best is None or len(word) > best[1][1]):
                best = (field, (1, len(word)))
    return best


def match_header(header: CellValue) -> Field | None:
    """The field a header means on its own, or ``None``."""
    found = _match(normalize_header(header))
    return found[0] if found else None


def auto_map(headers: Sequence[CellValue]) -> dict[int, str]:
    """Column index → field key for the columns whose header is recognised.

    A field goes to at most one column: the one with the best match (any exact synonym before
    any keyword match, a longer keyword before a shorter one), the first such column on a tie.
    """
    best: dict[Field, tuple[tuple[int, int], int]] = {}
    for index, header in enumerate(headers):
        found = _match(normalize_header(header))
        if found is None:
            continue
        field, rank = found
        if field not in best or rank > best[field][0]:
            best[field] = (rank, index)
    ordered = sorted(best.items(), key=lambda item: item[1][1])
    return {index: field.value for field, (_rank, index) in ordered}


def header_signature(headers: Sequence[CellValue]) -> str:
    """SHA-256 (hex) of the normalised headers, trailing empty ones dropped: the same layout
    gives the same signature even with other spacing, brackets or line breaks in the headers."""
    keys = [normalize_header(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- checking a mapping


def mapping_problems(mapping: Mapping[int, str]) -> list[str]:
    """What makes a mapping unusable (translated); empty when it can be imported.

    * no column for the national ID nor for the name (first name or full name);
    * neither a national ID nor an address (house number or house code): no row could be
      accepted, since a row needs a valid ID or a name plus an address;
    * a field mapped to more than one column;
    * a field key that does not exist (e.g. in a mapping saved by another version).
    """
    problems: list[str] = []
    unknown = sorted({v for v in mapping.values() if v not in FIELDS})
    for key in unknown:
        problems.append(translate("import", "There is no field called {field}.").format(field=key))
    counts = Counter(v for v in mapping.values() if v in FIELDS)
    for key, count in counts.items():
        if count > 1:
            problems.append(translate(
                "import", "{field} is chosen for {count} columns; choose it for one column only.")
                .format(field=field_label(key), count=count))
    mapped = set(counts)
    has_id = Field.NATIONAL_ID in mapped
    has_name = any(f in mapped for f in NAME_FIELDS)
    has_address = any(f in mapped for f in ADDRESS_FIELDS)
    if not has_id and not has_name:
        problems.append(translate(
            "import", "No column is chosen for the national ID or the name; choose at least one."))
    elif not has_id and not has_address:
        problems.append(translate(
            "import", "Without a national ID column, people need a name and an address: choose the "
            "column of the house number or the house code."))
    return problems


def mapping_warnings(mapping: Mapping[int, str]) -> list[str]:
    """Advice about a usable mapping (translated): the import can go on, but the user should know.

    * no national ID: people and households can only be matched by name and address;
    * a last name without a first name or full name;
    * no house number nor house code: households are told apart by the national ID of each
      row only (every row becomes its own household);
    * a house number without a village number or village name;
    * a full name and a first name both chosen: the first/last-name columns are used, the
      full name only fills gaps.
    """
    mapped = {v for v in mapping.values() if v in FIELDS}
    warnings: list[str] = []
    if Field.NATIONAL_ID not in mapped:
        warnings.append(translate(
            "import", "No column is chosen for the national ID: people and households can only be "
            "matched by name and address."))
    if Field.LAST_NAME in mapped and not any(f in mapped for f in NAME_FIELDS):
        warnings.append(translate(
            "import", "A column is chosen for the last name but none for the first name."))
    if not any(f in mapped for f in ADDRESS_FIELDS):
        warnings.append(translate(
            "import", "No column is chosen for the house number or the house code: every row "
            "becomes a household of its own."))
    elif (Field.HOUSE_NO in mapped and Field.HOUSE_CODE not in mapped
          and Field.VILLAGE_NO not in mapped and Field.VILLAGE_NAME not in mapped):
        warnings.append(translate(
            "import", "A house number without a village number or village name may join houses of "
            "different villages."))
    if Field.FULL_NAME in mapped and Field.FIRST_NAME in mapped:
        warnings.append(translate(
            "import", "Both a full name and a first name are chosen: the first and last name "
            "columns are used, the full name only where they are empty."))
    return warnings


def mapping_is_usable(mapping: Mapping[int, str]) -> bool:
    """Whether :func:`mapping_problems` finds nothing."""
    return not mapping_problems(mapping)


# --------------------------------------------------------------------------- labels


def _labels() -> dict[str, str]:
    return {
        Field.NATIONAL_ID: translate("import", "National ID"),
        Field.TITLE: translate("import", "Title"),
        Field.FIRST_NAME: translate("import", "First name"),
        Field.LAST_NAME: translate("import", "Last name"),
        Field.FULL_NAME: translate("import", "Full name"),
        Field.SEX: translate("import", "Sex"),
        Field.BIRTH_DATE: translate("import", "Birth date"),
        Field.HOUSE_NO: translate("import", "House number"),
        Field.VILLAGE_NO: translate("import", "Village number"),
        Field.VILLAGE_NAME: translate("import", "Village name"),
        Field.SUBDISTRICT: translate("import", "Subdistrict"),
        Field.DISTRICT: translate("import", "District"),
        Field.PROVINCE: translate("import", "Province"),
        Field.HOUSE_CODE: translate("import", "House code"),
        Field.RELATION: translate("import", "Relation to the head"),
        Field.PHONE: translate("import", "Phone"),
        Field.DIM_HEALTH: translate("import", "Dimension: health"),
        Field.DIM_LIVING: translate("import", "Dimension: living conditions"),
        Field.DIM_EDUCATION: translate("import", "Dimension: education"),
        Field.DIM_INCOME: translate("import", "Dimension: income"),
        Field.DIM_ACCESS: translate("import", "Dimension: access to public services"),
    }


def field_label(field: str) -> str:
    """The label of a field in the current language (the key itself for an unknown field)."""
    return _labels().get(field, field)


class _Labels(Mapping[str, str]):
    """Field key → label, translated when read (so a change of language shows at once)."""

    def __getitem__(self, key: str) -> str:
        return _labels()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)


#: Field key → translated label, in field order, for the mapping UI.
FIELD_LABELS: Mapping[str, str] = _Labels()
