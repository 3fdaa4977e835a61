"""Mapping the columns of a list to member fields from header synonyms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import i18n
from core.importing.mapping import (
    FIELD_LABELS,
    FIELDS,
    SPECS,
    SYNONYMS,
    Field,
    auto_map,
    field_label,
    header_signature,
    mapping_is_usable,
    mapping_problems,
    mapping_warnings,
    match_header,
    normalize_header,
)


@pytest.fixture(autouse=True)
def _english() -> None:
    """Compare messages with their English source (conftest puts the language back)."""
    i18n.set_language("en")


# Every synonym named in issue 3, item 3.
ISSUE_SYNONYMS = {
    "national_id": ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตร", "บัตรประชาชน", "CID", "NID", "PID"],
    "title": ["คำนำหน้า", "คำนำหน้าชื่อ"],
    "first_name": ["ชื่อ"],
    "last_name": ["นามสกุล", "สกุล"],
    "full_name": ["ชื่อ-สกุล", "ชื่อ - นามสกุล", "ชื่อ-นามสกุล"],
    "sex": ["เพศ"],
    "birth_date": ["วันเกิด", "วันเดือนปีเกิด", "ว/ด/ป เกิด"],
    "house_no": ["บ้านเลขที่", "เลขที่"],
    "village_no": ["หมู่", "หมู่ที่", "ม."],
    "village_name": ["หมู่บ้าน", "ชื่อหมู่บ้าน"],
    "subdistrict": ["ตำบล", "ต."],
    "district": ["อำเภอ", "อ."],
    "province": ["จังหวัด", "จ."],
    "house_code": ["รหัสบ้าน", "รหัสประจำบ้าน"],
    "relation": ["ความสัมพันธ์", "สถานะในครัวเรือน"],
    "phone": ["โทรศัพท์", "เบอร์โทร"],
    "dim_health": ["สุขภาพ", "มิติด้านสุขภาพ", "ตกเกณฑ์ด้านสุขภาพ"],
    "dim_living": ["ความเป็นอยู่", "มิติความเป็นอยู่", "ตกเกณฑ์มิติความเป็นอยู่"],
    "dim_education": ["การศึกษา", "มิติด้านการศึกษา", "ตกเกณฑ์มิติการศึกษา"],
    "dim_income": ["รายได้", "มิติรายได้", "ตกเกณฑ์มิติรายได้"],
    "dim_access": ["การเข้าถึงบริการรัฐ", "มิติการเข้าถึงบริการรัฐ", "การเข้าถึงบริการภาครัฐ",
                   "ตกเกณฑ์ด้านการเข้าถึงบริการภาครัฐ"],
}
CASES = [(header, field) for field, headers in ISSUE_SYNONYMS.items() for header in headers]


@pytest.mark.parametrize(("header", "field"), CASES)
def test_issue_synonyms(header: str, field: str) -> None:
    assert match_header(header) == field
    assert auto_map([header]) == {0: field}


@pytest.mark.parametrize(("header", "field"), [
    # English and other wordings
    ("National ID", "national_id"), ("Citizen ID", "national_id"), ("cid", "national_id"),
    ("First Name", "first_name"), ("Last name", "last_name"), ("Surname", "last_name"),
    ("Full name", "full_name"), ("Name", "full_name"), ("Sex", "sex"), ("Gender", "sex"),
    ("Date of birth", "birth_date"), ("DOB", "birth_date"), ("House No.", "house_no"),
    ("Moo", "village_no"), ("Village", "village_name"), ("Tambon", "subdistrict"),
    ("Subdistrict", "subdistrict"), ("District", "district"), ("Province", "province"),
    ("House code", "house_code"), ("HCODE", "house_code"), ("Relationship", "relation"),
    ("Phone", "phone"), ("Tel.", "phone"),
    # the field keys themselves (a file this app wrote)
    *[(key, key) for key in FIELDS],
    # decorations around the header
    ("เลขประจำตัวประชาชน (13 หลัก)", "national_id"), ("เลขประจำตัวประชาชน 13 หลัก", "national_id"),
    ("เลขประจำตัว\nประชาชน", "national_id"), ("เลขบัตรประจำตัวประชาชน", "national_id"),
    ("เลขประจำตัวประชาชนของหัวหน้าครัวเรือน", "national_id"), ("เลขที่บัตรประชาชน", "national_id"),
    ("ชื่อ:", "first_name"), (" ชื่อ ", "first_name"), ("ชื่อ*", "first_name"), ("1. ชื่อ", "first_name"),
    ("ชื่อ (ไม่ต้องใส่คำนำหน้า)", "first_name"), ("\u200bชื่อ", "first_name"), ("ชื่อตัว", "first_name"),
    ("ชื่อ–นามสกุล", "full_name"), ("ชื่อ — สกุล", "full_name"), ("ชื่อ สกุล", "full_name"),
    ("ชื่อ-สกุล หัวหน้าครัวเรือน", "full_name"), ("ชื่อ-นามสกุลผู้ให้ข้อมูล", "full_name"),
    ("ชื่อและนามสกุล", "full_name"), ("คำนำหน้านาม", "title"), ("นามสกุล (หัวหน้า)", "last_name"),
    ("ว/ด/ป/เกิด", "birth_date"), ("วัน/เดือน/ปี เกิด".replace("วัน/เดือน/ปี", "วันเดือนปี"), "birth_date"),
    ("ปีเกิด", "birth_date"), ("วันเกิด (พ.ศ.)", "birth_date"), ("เลขที่บ้าน", "house_no"),
    ("หมู่ที่ (เลข)", "village_no"), ("ม", "village_no"), ("หมู่บ้าน/ชุมชน", "village_name"),
    ("ชุมชน", "village_name"), ("ตำบล/แขวง", "subdistrict"), ("แขวง", "subdistrict"),
    ("อำเภอ/เขต", "district"), ("เขต", "district"), ("ชื่อจังหวัด", "province"),
    ("เลขรหัสประจำบ้าน", "house_code"), ("รหัสประจำบ้าน (11 หลัก)", "house_code"),
    ("ความสัมพันธ์กับหัวหน้าครัวเรือน", "relation"), ("เบอร์โทรศัพท์", "phone"),
    ("เบอร์โทรศัพท์มือถือ", "phone"), ("ปัญหาด้านสุขภาพ", "dim_health"),
    ("มิติที่ 4 ด้านรายได้", "dim_income"), ("ไม่ผ่านเกณฑ์ด้านการศึกษา", "dim_education"),
    ("เพศ (ชาย/หญิง)", "sex"),
])
def test_more_headers(header: str, field: str) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize("header", [
    None, "", "   ", "ลำดับ", "ลำดับที่", "ที่", "อายุ", "หมายเหตุ", "ที่อยู่",
    "รายได้เฉลี่ยต่อปี", "รายได้เฉลี่ยต่อคนต่อปี (บาท)", "สถานะสุขภาพ", "ระดับการศึกษา",
    "รหัสตำบล", "รหัสอำเภอ", "รหัสจังหวัด", "รหัสหมู่บ้าน", "เลขบัตรสวัสดิการแห่งรัฐ",
    "บัตรสวัสดิการแห่งรัฐ", "ID", "อาชีพ", "(13 หลัก)",
])
def test_headers_that_mean_no_field(header: str | None) -> None:
    assert match_header(header) is None
    assert auto_map([header]) == {}


@pytest.mark.parametrize(("header", "field"), [
    # no greedy substring mistakes
    ("ชื่อ", "first_name"),
    ("ชื่อ-สกุล", "full_name"),
    ("ชื่อหมู่บ้าน", "village_name"),
    ("หมู่บ้าน", "village_name"),   # contains หมู่, but is not the village number
    ("หมู่", "village_no"),
    ("เลขที่", "house_no"),
    ("เลขที่บัตร", "national_id"),  # contains เลขที่, but is the ID card number
    ("บ้านเลขที่", "house_no"),
    ("นามสกุล", "last_name"),
    ("ชื่อ-นามสกุล", "full_name"),   # contains นามสกุล, but is the full name
    ("สกุล", "last_name"),
    ("ชื่อสกุล", "full_name"),
    ("ตำบล", "subdistrict"),
    ("ต.", "subdistrict"),
    ("อ.", "district"),
    ("จ.", "province"),
    ("ม.", "village_no"),
])
def test_tricky_headers(header: str, field: str) -> None:
    assert match_header(header) == field


def test_exact_synonyms_are_unique_and_normalised() -> None:
    seen: dict[str, Field] = {}
    for field, words in SYNONYMS.items():
        for word in words:
            assert normalize_header(word) == word
            assert seen.setdefault(word, field) == field, word
    assert set(SPECS) == set(Field)
    assert set(SYNONYMS) == set(Field)
    assert tuple(f.value for f in Field) == FIELDS


@pytest.mark.parametrize(("header", "key"), [
    ("  เลขประจำตัว\nประชาชน (13 หลัก) : ", "เลขประจำตัวประชาชน"),
    ("ชื่อ - นามสกุล", "ชื่อ-นามสกุล"),
    ("ชื่อ – นามสกุล", "ชื่อ-นามสกุล"),
    ("First Name", "firstname"),
    ("CID", "cid"),
    ("1. ชื่อ", "ชื่อ"),
    ("2) นามสกุล", "นามสกุล"),
    ("ม.", "ม."),
    ("หมู่ที่ ๔", "หมู่ที่4"),
    ("(ว/ด/ป)", "(ว/ด/ป)"),
    ("ชื่อ [หัวหน้า]", "ชื่อ"),
    (None, ""),
    (12.0, "12"),
])
def test_normalize_header(header: str | None, key: str) -> None:
    assert normalize_header(header) == key


def test_auto_map_a_typical_tpmap_like_layout() -> None:
    headers = ["ลำดับ", "จังหวัด", "อำเภอ", "ตำบล", "หมู่ที่", "ชื่อหมู่บ้าน", "บ้านเลขที่", "รหัสบ้าน",
               "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "เพศ", "วันเดือนปีเกิด",
               "ความสัมพันธ์", "โทรศัพท์", "สุขภาพ", "ความเป็นอยู่", "การศึกษา", "รายได้",
               "การเข้าถึงบริการรัฐ", "หมายเหตุ"]
    assert auto_map(headers) == {
        1: "province", 2: "district", 3: "subdistrict", 4: "village_no", 5: "village_name",
        6: "house_no", 7: "house_code", 8: "national_id", 9: "title", 10: "first_name",
        11: "last_name", 12: "sex", 13: "birth_date", 14: "relation", 15: "phone", 16: "dim_health",
        17: "dim_living", 18: "dim_education", 19: "dim_income", 20: "dim_access",
    }


def test_auto_map_a_thaiqm_like_layout() -> None:
    headers = ["ที่", "ชื่อ - นามสกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "ม.", "ต.", "อ.", "จ.",
               "รายได้เฉลี่ยต่อปี (บาท)", None, ""]
    assert auto_map(headers) == {
        1: "full_name", 2: "national_id", 3: "house_no", 4: "village_no", 5: "subdistrict",
        6: "district", 7: "province",
    }


def test_a_field_goes_to_the_first_best_column_only() -> None:
    # two first-name columns (head and spouse): the first wins, the second stays unmapped
    assert auto_map(["ชื่อ", "นามสกุล", "ชื่อ", "นามสกุล"]) == {0: "first_name", 1: "last_name"}
    # an exact synonym beats an earlier column that only contains a keyword
    headers = ["เลขประจำตัวประชาชนของผู้ให้ข้อมูล", "เลขประจำตัวประชาชน"]
    assert auto_map(headers) == {1: "national_id"}
    # among "contains" matches, the longer keyword wins
    headers = ["ตกเกณฑ์ด้านการเข้าถึงบริการ", "ด้านการเข้าถึงบริการรัฐ (ตกเกณฑ์)"]
    assert auto_map(headers) == {1: "dim_access"}


def test_each_column_gets_at_most_one_field_and_each_field_one_column() -> None:
    headers = [w for words in ISSUE_SYNONYMS.values() for w in words]
    mapping = auto_map(headers)
    assert len(set(mapping.values())) == len(mapping)
    assert set(mapping.values()) == set(FIELDS)
    # every field went to the first header that names it
    first_of: dict[str | None, int] = {}
    for i, h in enumerate(headers):
        first_of.setdefault(match_header(h), i)
    assert {v: k for k, v in mapping.items()} == {f: first_of[f] for f in FIELDS}


def test_auto_map_returns_plain_strings() -> None:
    mapping = auto_map(["เลขบัตรประชาชน"])
    assert type(mapping[0]) is str


@given(st.lists(st.one_of(st.none(), st.text(max_size=12),
                          st.sampled_from([w for ws in ISSUE_SYNONYMS.values() for w in ws])), max_size=25))
def test_auto_map_is_one_to_one(headers: list[str | None]) -> None:
    mapping = auto_map(headers)
    assert all(0 <= i < len(headers) for i in mapping)
    assert len(set(mapping.values())) == len(mapping)
    assert set(mapping.values()) <= set(FIELDS)


# --------------------------------------------------------------------------- signature


def test_header_signature_ignores_spacing_and_decoration() -> None:
    a = header_signature(["เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล"])
    assert len(a) == 64
    assert int(a, 16) >= 0
    assert header_signature(["เลขประจำตัว\nประชาชน (13 หลัก)", " ชื่อ ", "นามสกุล:"]) == a
    assert header_signature(["เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", None, ""]) == a


def test_header_signature_changes_with_the_layout() -> None:
    a = header_signature(["เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล"])
    assert header_signature(["ชื่อ", "เลขประจำตัวประชาชน", "นามสกุล"]) != a
    assert header_signature(["เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "เพศ"]) != a
    assert header_signature(["เลขประจำตัวประชาชน", "", "ชื่อ", "นามสกุล"]) != a
    assert header_signature([]) != a


# --------------------------------------------------------------------------- problems


def test_a_complete_mapping_has_no_problem_and_no_warning() -> None:
    mapping = {0: "national_id", 1: "first_name", 2: "last_name", 3: "house_no", 4: "village_no"}
    assert mapping_problems(mapping) == []
    assert mapping_warnings(mapping) == []
    assert mapping_is_usable(mapping)


def test_no_id_and_no_name_is_a_problem() -> None:
    problems = mapping_problems({0: "house_no", 1: "sex"})
    assert problems == ["No column is chosen for the national ID or the name; choose at least one."]
    assert not mapping_is_usable({})


def test_name_without_id_needs_an_address() -> None:
    assert mapping_problems({0: "full_name"}) == [
        "Without a national ID column, people need a name and an address: choose the column of the "
        "house number or the house code."]
    assert mapping_problems({0: "full_name", 1: "house_code"}) == []
    assert mapping_problems({0: "first_name", 1: "house_no"}) == []


def test_id_alone_is_usable() -> None:
    assert mapping_problems({0: "national_id"}) == []


def test_a_field_on_two_columns_is_a_problem() -> None:
    assert mapping_problems({0: "national_id", 1: "first_name", 2: "first_name"}) == [
        "First name is chosen for 2 columns; choose it for one column only."]


def test_an_unknown_field_is_a_problem() -> None:
    assert mapping_problems({0: "national_id", 1: "shoe_size"}) == ["There is no field called shoe_size."]


@pytest.mark.parametrize(("mapping", "expected"), [
    ({0: "full_name", 1: "house_no", 2: "village_no"},
     ["No column is chosen for the national ID: people and households can only be matched by name "
      "and address."]),
    ({0: "national_id", 1: "last_name"},
     ["A column is chosen for the last name but none for the first name.",
      "No column is chosen for the house number or the house code: every row becomes a household of "
      "its own."]),
    ({0: "national_id", 1: "first_name", 2: "house_no"},
     ["A house number without a village number or village name may join houses of different villages."]),
    ({0: "national_id", 1: "first_name", 2: "house_no", 3: "village_name"}, []),
    ({0: "national_id", 1: "first_name", 2: "house_no", 3: "house_code"}, []),
    ({0: "national_id", 1: "first_name", 2: "full_name", 3: "house_code"},
     ["Both a full name and a first name are chosen: the first and last name columns are used, the "
      "full name only where they are empty."]),
])
def test_mapping_warnings(mapping: dict[int, str], expected: list[str]) -> None:
    assert mapping_warnings(mapping) == expected
    assert mapping_problems(mapping) == []


# --------------------------------------------------------------------------- labels


def test_every_field_has_a_label() -> None:
    assert list(FIELD_LABELS) == list(FIELDS)
    assert len(FIELD_LABELS) == len(FIELDS)
    assert FIELD_LABELS["national_id"] == "National ID"
    assert all(FIELD_LABELS[key] for key in FIELDS)
    assert len(set(FIELD_LABELS.values())) == len(FIELDS)
    assert field_label("dim_access") == "Dimension: access to public services"
    assert field_label("unknown") == "unknown"


def test_labels_follow_the_language() -> None:
    english = dict(FIELD_LABELS)
    i18n.set_language("th")
    assert dict(FIELD_LABELS) == {k: i18n.translate("import", v) for k, v in english.items()}
