"""Normalising spreadsheet cells for the import: IDs, names and titles, dates, addresses, marks."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from core import i18n
from core.importing.normalize import (
    TITLE_FORMS,
    ZERO_WIDTH,
    CellValue,
    DateResult,
    NationalIdResult,
    Precision,
    canonical_title,
    clean_text,
    house_no_problem,
    normalize_name,
    parse_date,
    parse_house_code,
    parse_house_no,
    parse_mark,
    parse_national_id,
    parse_phone,
    parse_relation,
    parse_sex,
    parse_village_no,
    sex_from_title,
    split_title,
    strip_area_prefix,
)
from core.resources import resource_path
from core.thai import MONTHS_TH, MONTHS_TH_SHORT, THAI_DIGITS, national_id_check_digit, to_thai_digits

TODAY = dt.date(2026, 1, 12)
SCIENTIFIC = ("the ID was stored as a number in scientific notation and lost digits; "
              "format the column as text and export again")


@pytest.fixture(autouse=True)
def _english() -> None:
    """Compare messages with their English source (conftest puts the language back)."""
    i18n.set_language("en")


def valid_id(first12: str) -> str:
    return first12 + str(national_id_check_digit(first12))


VALID = "3520101234562"
assert valid_id("352010123456") == VALID


# --------------------------------------------------------------------------- clean_text


@pytest.mark.parametrize(("raw", "expected"), [
    (None, None),
    ("", None),
    ("   ", None),
    ("\u200b", None),
    ("\ufeff\u00a0", None),
    ("  สม\u200bศรี  ", "สมศรี"),
    ("สม\u00a0ศรี", "สม ศรี"),
    ("a\u200c\u200d\u2060b", "ab"),
    ("สมศรี\t\n ใจดี", "สมศรี ใจดี"),
    ("soft\u00adhyphen", "softhyphen"),
    (12, "12"),
    (12.0, "12"),
    (12.5, "12.5"),
    (3520101234566.0, "3520101234566"),
    (True, "True"),
    (dt.date(2003, 4, 13), "2003-04-13"),
    (dt.datetime(2003, 4, 13), "2003-04-13"),
    (dt.datetime(2003, 4, 13, 8, 30), "2003-04-13 08:30:00"),
    (dt.time(8, 30), "08:30:00"),
    ("e\u0301", "\u00e9"),  # NFC
])
def test_clean_text(raw: CellValue, expected: str | None) -> None:
    assert clean_text(raw) == expected


def test_clean_text_puts_thai_marks_in_canonical_order() -> None:
    # tone mark (ccc 107) typed before sara u (ccc 103): NFC reorders them
    assert clean_text("ก\u0e48\u0e38") == "ก\u0e38\u0e48"


_noisy_text = st.lists(
    st.one_of(st.text(max_size=8), st.sampled_from([*ZERO_WIDTH, "\u00a0", " ", "\t", "\n"])),
    max_size=8).map("".join)


@given(_noisy_text)
def test_clean_text_is_idempotent_and_tidy(raw: str) -> None:
    once = clean_text(raw)
    if once is None:
        return
    assert clean_text(once) == once
    assert not any(c in once for c in ZERO_WIDTH)
    assert once == once.strip()
    assert "  " not in once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize(("raw", "expected"), [
    ("  สมศรี  ", "สมศรี"),
    ("สม  ศรี", "สม ศรี"),
    ("เเก้ว", "แก้ว"),
    ("คําแก้ว", "คำแก้ว"),
    ("สม ศ ักดิ์", "สม ศักดิ์"),
    ("\u200bวิไล", "วิไล"),
    (None, None),
    ("", None),
])
def test_normalize_name(raw: str | None, expected: str | None) -> None:
    assert normalize_name(raw) == expected


# --------------------------------------------------------------------------- national ID


@pytest.mark.parametrize("raw", [
    VALID,
    "3-5201-01234-56-2",
    "3 5201 01234 56 2",
    " 3-5201-01234-56-2 ",
    to_thai_digits("3-5201-01234-56-2"),
    "\u200b3520101234562\u200b",
    3520101234562,
    3520101234562.0,
    "3520101234562.0",
    "3.520101234562E+12",
    "3.520101234562e12",
])
def test_id_accepted(raw: CellValue) -> None:
    assert parse_national_id(raw) == NationalIdResult(VALID, None)
    assert parse_national_id(raw).ok


@pytest.mark.parametrize("raw", [None, "", "   ", "-", "ไม่มีบัตร", "\u200b"])
def test_empty_id_is_neither_id_nor_problem(raw: str | None) -> None:
    assert parse_national_id(raw) == NationalIdResult(None, None)
    assert not parse_national_id(raw).ok


@pytest.mark.parametrize("raw", [
    "3.52081E+12", "3.52081e+12", "3,52081E+12".replace(",", "."), " 3.52081E+12 ",
    3520810000000.0, 3520810000000, "3520810000000", 3.5208101e12, 3520101234566.5,
])
def test_id_that_lost_digits_in_scientific_notation(raw: CellValue) -> None:
    result = parse_national_id(raw)
    assert result.digits is None
    assert result.problem == SCIENTIFIC


def test_scientific_problem_is_translated() -> None:
    i18n.set_language("th")
    assert parse_national_id("3.52081E+12").problem == i18n.translate("import", SCIENTIFIC)


@pytest.mark.parametrize(("raw", "count"), [("12345", 5), ("1-2345-67890-12", 12), ("35201012345661", 14),
                                            (123456789012, 12)])
def test_id_of_wrong_length(raw: CellValue, count: int) -> None:
    assert parse_national_id(raw) == NationalIdResult(
        None, f"the ID has {count} digits instead of 13")


@pytest.mark.parametrize("raw", ["3520101234567", "3-5201-01234-56-7", 3520101234561])
def test_id_with_wrong_check_digit(raw: CellValue) -> None:
    assert parse_national_id(raw) == NationalIdResult(
        None, "the check digit of the ID is wrong (a typing mistake?)")


def test_a_typed_id_ending_in_zeros_is_a_check_digit_problem_not_scientific() -> None:
    # typed with dashes, so it was text all along: the zeros are not lost digits
    assert parse_national_id("3-5208-10000-00-1").problem == (
        "the check digit of the ID is wrong (a typing mistake?)")


def test_first_digit_is_not_restricted() -> None:
    # python-stdnum refuses 0 and 9 as first digit; our rule (core.thai) accepts any
    for first12 in ("012345678901", "912345678901"):
        assert parse_national_id(valid_id(first12)).ok


@pytest.mark.parametrize("raw", ["3-5208-XXXXX-12-1", "3520xxxxxx121", "3-XXXX-XXXXX-XX-1", "35201****4566"])
def test_masked_id(raw: str) -> None:
    assert parse_national_id(raw) == NationalIdResult(
        None, "the ID is masked; ask for the list with full IDs")


@pytest.mark.parametrize("raw", [True, False, dt.date(2003, 4, 13), dt.time(1, 2), float("nan"), -1.0])
def test_id_from_a_cell_of_another_kind(raw: CellValue) -> None:
    assert parse_national_id(raw) == NationalIdResult(
        None, "the cell does not hold a national ID")


_separators = st.sampled_from(["", "", "", "-", " ", " - ", "\u200b", "\u00a0"])


@st.composite
def formatted_ids(draw: st.DrawFn) -> tuple[str, str]:
    first12 = draw(st.text(alphabet="0123456789", min_size=12, max_size=12))
    digits = valid_id(first12)
    parts = []
    for d in digits:
        parts.append(THAI_DIGITS[int(d)] if draw(st.booleans()) else d)
        parts.append(draw(_separators))
    text = draw(st.sampled_from(["", " "])) + "".join(parts)
    return digits, text


@given(formatted_ids())
def test_any_formatting_of_a_valid_id_parses_back(case: tuple[str, str]) -> None:
    digits, text = case
    assert parse_national_id(text) == NationalIdResult(digits, None)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_valid_id_as_int_and_float_parses_back(first12: str) -> None:
    digits = valid_id(first12)
    assume(digits[0] != "0")  # a number cannot keep a leading zero
    assert parse_national_id(int(digits)).digits == digits
    assert parse_national_id(float(digits)).digits == digits


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(("full", "expected"), [
    ("นางสาวสมศรี ใจดี", ("นางสาว", "สมศรี", "ใจดี")),
    ("น.ส. สมศรี  ใจดี", ("น.ส.", "สมศรี", "ใจดี")),
    ("น.ส.สมศรี ใจดี", ("น.ส.", "สมศรี", "ใจดี")),
    ("นส.สมศรี ใจดี", ("นส.", "สมศรี", "ใจดี")),
    ("นายสมชาย ใจดี", ("นาย", "สมชาย", "ใจดี")),
    ("นาย สมชาย ใจดี", ("นาย", "สมชาย", "ใจดี")),
    ("นางสมร ใจดี", ("นาง", "สมร", "ใจดี")),
    ("นางสาวิตรี ใจดี", ("นาง", "สาวิตรี", "ใจดี")),  # not นางสาว + ิตรี
    ("นางเอื้อมพร ใจดี", ("นาง", "เอื้อมพร", "ใจดี")),
    ("เด็กชายก้องภพ ใจดี", ("เด็กชาย", "ก้องภพ", "ใจดี")),
    ("ด.ช.ก้องภพ ใจดี", ("ด.ช.", "ก้องภพ", "ใจดี")),
    ("เด็กหญิงฟ้าใส ใจดี", ("เด็กหญิง", "ฟ้าใส", "ใจดี")),
    ("ด.ญ. ฟ้าใส ใจดี", ("ด.ญ.", "ฟ้าใส", "ใจดี")),
    ("พระสมชาย ฐิตธมฺโม", ("พระ", "สมชาย", "ฐิตธมฺโม")),
    ("พระภิกษุสมชาย ใจดี", ("พระภิกษุ", "สมชาย", "ใจดี")),
    ("พระครูสมชาย ใจดี", ("พระครู", "สมชาย", "ใจดี")),
    ("สามเณรก้อง ใจดี", ("สามเณร", "ก้อง", "ใจดี")),
    ("ส.ณ.ก้อง ใจดี", ("ส.ณ.", "ก้อง", "ใจดี")),
    ("ดร.สมชาย ใจดี", ("ดร.", "สมชาย", "ใจดี")),
    ("ร.ต.อ.สมชาย ใจดี", ("ร.ต.อ.", "สมชาย", "ใจดี")),
    ("ร.ต.อ.หญิงสมศรี ใจดี", ("ร.ต.อ.หญิง", "สมศรี", "ใจดี")),
    ("จ.ส.อ. สมชาย ใจดี", ("จ.ส.อ.", "สมชาย", "ใจดี")),
    ("ว่าที่ ร.ต.สมชาย ใจดี", ("ว่าที่ ร.ต.", "สมชาย", "ใจดี")),
    ("ว่าที่ร.ต. สมชาย ใจดี", ("ว่าที่ร.ต.", "สมชาย", "ใจดี")),
    ("สิบเอกสมชาย ใจดี", ("สิบเอก", "สมชาย", "ใจดี")),
    ("นายสมชาย ณ อยุธยา", ("นาย", "สมชาย", "ณ อยุธยา")),
    ("นายสมชาย", ("นาย", "สมชาย", None)),
    ("สมชาย ใจดี", (None, "สมชาย", "ใจดี")),
    ("นายิกา ใจดี", (None, "นายิกา", "ใจดี")),  # ิ cannot start a name: no title
    ("นาย", ("นาย", "", None)),
    ("", (None, "", None)),
    ("  \u200b ", (None, "", None)),
    ("\u200bนาย\u00a0สมชาย  ใจดี ", ("นาย", "สมชาย", "ใจดี")),
    ("นายก ใจดี", (None, "นายก", "ใจดี")),  # one letter left: not a name
    ("Mr John Smith", (None, "Mr", "John Smith")),
])
def test_split_title(full: str, expected: tuple[str | None, str, str | None]) -> None:
    assert split_title(full) == expected


def test_split_title_without_glued_titles() -> None:
    assert split_title("นางนวล ใจดี", glued=False) == (None, "นางนวล", "ใจดี")
    assert split_title("นางนวล ใจดี") == ("นาง", "นวล", "ใจดี")  # documented ambiguity
    assert split_title("นาง นวล ใจดี", glued=False) == ("นาง", "นวล", "ใจดี")
    assert split_title("น.ส.สมศรี ใจดี", glued=False) == (None, "น.ส.สมศรี", "ใจดี")


def test_title_forms_are_longest_first() -> None:
    lengths = [len(t) for t in TITLE_FORMS]
    assert lengths == sorted(lengths, reverse=True)
    for required in ("นาย", "นาง", "นางสาว", "น.ส.", "เด็กชาย", "ด.ช.", "เด็กหญิง", "ด.ญ.", "พระ",
                     "พระภิกษุ", "สามเณร", "ส.ณ.", "ดร.", "ร.ต.อ.", "จ.ส.อ.", "ว่าที่ ร.ต."):
        assert required in TITLE_FORMS


_CONSONANTS = "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_MARKS = "ะาิีึืุู่้๊๋็์ั"
_name = st.builds(
    lambda a, b, rest: a + b + rest,
    st.sampled_from(_CONSONANTS),
    st.sampled_from(_CONSONANTS + _MARKS + "เแโใไ"),
    st.text(alphabet=_CONSONANTS + _MARKS + "เแโใไ", max_size=8),
).map(lambda name: unicodedata.normalize("NFC", name))  # names as clean_text leaves them


@given(st.sampled_from(TITLE_FORMS), st.sampled_from(["", " ", "  ", "\u00a0"]), _name, _name)
def test_split_title_recovers_every_title(title: str, sep: str, first: str, last: str) -> None:
    text = f"{title}{sep}{first} {last}"
    # The text must not also begin with a longer title (นาง + สาว… is นางสาว + …).
    assume(not any(len(t) > len(title) and text.startswith(t) for t in TITLE_FORMS))
    assert split_title(text) == (title, first, last)


@given(_name, _name)
def test_split_title_leaves_names_without_title_alone(first: str, last: str) -> None:
    assume(not any(first.startswith(t) for t in TITLE_FORMS))
    assert split_title(f"{first} {last}") == (None, first, last)


@pytest.mark.parametrize(("title", "expected"), [
    ("น.ส.", "นางสาว"), ("น.ส", "นางสาว"), ("นส.", "นางสาว"), ("ด.ช.", "เด็กชาย"), ("ด.ญ.", "เด็กหญิง"),
    ("ส.ณ.", "สามเณร"), ("นาย", "นาย"), ("นางสาว", "นางสาว"), ("ดร.", "ดร."), ("ร.ต.อ.", "ร.ต.อ."),
    ("ว่าที่ร.ต.", "ว่าที่ ร.ต."), (" น.ส. ", "นางสาว"), ("Mr.", "Mr."), (None, None), ("", None),
])
def test_canonical_title(title: str | None, expected: str | None) -> None:
    assert canonical_title(title) == expected


@pytest.mark.parametrize(("title", "sex"), [
    ("นาย", "M"), ("เด็กชาย", "M"), ("ด.ช.", "M"), ("พระ", "M"), ("พระภิกษุ", "M"), ("สามเณร", "M"),
    ("ส.ณ.", "M"), ("พระราชวรมุนี", "M"),
    ("นาง", "F"), ("นางสาว", "F"), ("น.ส.", "F"), ("เด็กหญิง", "F"), ("ด.ญ.", "F"), ("แม่ชี", "F"),
    ("ร.ต.อ.หญิง", "F"), ("ว่าที่ ร.ต.หญิง", "F"),
    ("ดร.", None), ("ร.ต.อ.", None), ("จ.ส.อ.", None), (None, None), ("", None), ("คุณ", None),
])
def test_sex_from_title(title: str | None, sex: str | None) -> None:
    assert sex_from_title(title) == sex


def test_every_title_of_the_code_list_is_known() -> None:
    lists = json.loads(resource_path("reference", "code_lists.json").read_text(encoding="utf-8"))
    for item in lists["title"]:
        assert canonical_title(item["abbr"]) == item["th"]
        assert sex_from_title(item["th"]) == item["sex"]


# --------------------------------------------------------------------------- sex, marks, relation


@pytest.mark.parametrize(("raw", "sex"), [
    ("ชาย", "M"), ("ช", "M"), ("ช.", "M"), ("male", "M"), ("Male", "M"), ("M", "M"), ("m", "M"),
    ("1", "M"), (1, "M"), (1.0, "M"), ("๑", "M"), (" ชาย ", "M"), ("เพศชาย", "M"),
    ("หญิง", "F"), ("ญ", "F"), ("ญ.", "F"), ("female", "F"), ("FEMALE", "F"), ("F", "F"), ("2", "F"),
    (2, "F"), (2.0, "F"), ("๒", "F"),
    (None, None), ("", None), ("x", None), (3, None), (True, None), (1.5, None),
])
def test_parse_sex(raw: CellValue, sex: str | None) -> None:
    assert parse_sex(raw) == sex


@pytest.mark.parametrize("raw", ["✓", "✔", "/", "x", "X", "×", 1, 1.0, "1", "ใช่", "ตกเกณฑ์", "ไม่ผ่าน",
                                 "Y", "y", "yes", True, " ✓ ", 3, "๑", "ไม่ผ่านเกณฑ์"])
def test_mark_true(raw: CellValue) -> None:
    assert parse_mark(raw) is True


@pytest.mark.parametrize("raw", [0, 0.0, "0", "", "  ", "-", "ผ่าน", "ไม่ใช่", "N", "n", "no", False,
                                 "\u200b", "ผ่านเกณฑ์"])
def test_mark_false(raw: CellValue) -> None:
    assert parse_mark(raw) is False


@pytest.mark.parametrize("raw", [None, "อาจจะ", dt.date(2003, 1, 1), -1])
def test_mark_unknown(raw: CellValue) -> None:
    assert parse_mark(raw) is None


@pytest.mark.parametrize(("raw", "code"), [
    ("เจ้าบ้าน", "head"), ("หัวหน้าครัวเรือน", "head"), ("หัวหน้า", "head"), (" หัวหน้า ครัวเรือน", "head"),
    ("1. หัวหน้าครัวเรือน", "head"),
    ("ภรรยา", "spouse"), ("สามี", "spouse"), ("คู่สมรส", "spouse"), ("ภรรยาเจ้าบ้าน", "spouse"),
    ("บุตร", "child"), ("ลูก", "child"), ("บุตรสาว", "child"), ("ลูกชาย", "child"),
    ("บุตรเขย", "child_in_law"), ("ลูกสะใภ้", "child_in_law"),
    ("หลาน", "grandchild"), ("หลานสาว", "grandchild"),
    ("บิดา", "parent"), ("มารดา", "parent"), ("พ่อ", "parent"), ("แม่", "parent"),
    ("แม่ยาย", "parent_in_law"), ("พ่อตา", "parent_in_law"), ("แม่สามี", "parent_in_law"),
    ("พี่", "sibling"), ("น้อง", "sibling"), ("น้องสาว", "sibling"), ("พี่/น้อง", "sibling"),
    ("ญาติ", "relative"), ("ยาย", "relative"), ("ลุง", "relative"),
    ("ผู้อาศัย", "other"), ("อื่นๆ", "other"), ("อื่น ๆ", "other"),
    ("head", "head"), ("Spouse", "spouse"), ("child_in_law", "child_in_law"),
    (None, None), ("", None), ("ไม่ทราบ", None), (1, None),
])
def test_parse_relation(raw: CellValue, code: str | None) -> None:
    assert parse_relation(raw) == code


def test_relation_codes_and_labels_come_from_the_code_list() -> None:
    lists = json.loads(resource_path("reference", "code_lists.json").read_text(encoding="utf-8"))
    codes = {item["code"] for item in lists["relation"]}
    from core.importing.normalize import _RELATIONS

    assert set(_RELATIONS.values()) == codes
    for item in lists["relation"]:
        assert parse_relation(item["code"]) == item["code"]
        assert parse_relation(item["th"]) == item["code"]


# --------------------------------------------------------------------------- dates

APRIL_13 = dt.date(2003, 4, 13)


@pytest.mark.parametrize("raw", [
    dt.date(2003, 4, 13), dt.datetime(2003, 4, 13), dt.datetime(2003, 4, 13, 10, 5),
    dt.datetime(2546, 4, 13), dt.date(2546, 4, 13),
    37724, 37724.0, 37724.75, "37724",
    "13/04/2546", "13-04-2546", "13.04.2546", "13/4/2546", "2546-04-13", "2546/04/13",
    "13 เม.ย. 2546", "13 เมษายน 2546", "13 เม.ย. 46", "13 เม.ย 2546", "13เม.ย.2546", "13 เมย 46",
    "๑๓/๐๔/๒๕๔๖", "๑๓ เมษายน ๒๕๔๖", "13/04/2003", "2003-04-13", "2003-04-13 00:00:00",
    "2003-04-13T00:00:00", "13/04/46", "25460413", "20030413", "13042546", 25460413,
    "วันที่ 13 เดือน เมษายน พ.ศ. 2546", "13 เมษายน พ.ศ. 2546", "13 Apr 2003", "13-Apr-03",
    "April 13, 2003", "4/13/2003", " 13/04/2546 ", "\u200b13/04/2546",
])
def test_date_formats(raw: CellValue) -> None:
    assert parse_date(raw, today=TODAY) == DateResult(APRIL_13, None, "day")


@pytest.mark.parametrize(("raw", "value", "precision"), [
    ("2546", dt.date(2003, 1, 1), "year"),
    (2546, dt.date(2003, 1, 1), "year"),
    (2546.0, dt.date(2003, 1, 1), "year"),
    ("พ.ศ. 2546", dt.date(2003, 1, 1), "year"),
    ("๒๕๔๖", dt.date(2003, 1, 1), "year"),
    ("2003", dt.date(2003, 1, 1), "year"),
    ("04/2546", dt.date(2003, 4, 1), "month"),
    ("เมษายน 2546", dt.date(2003, 4, 1), "month"),
    ("เม.ย. 46", dt.date(2003, 4, 1), "month"),
])
def test_partial_dates(raw: CellValue, value: dt.date, precision: Precision) -> None:
    assert parse_date(raw, today=TODAY) == DateResult(value, None, precision)


@pytest.mark.parametrize(("raw", "value"), [
    ("13/04/95", dt.date(1952, 4, 13)),   # 2495: 2595 would be in the future
    ("01/01/69", dt.date(2026, 1, 1)),
    ("13 ม.ค. 00", dt.date(1957, 1, 13)),
    ("29/02/2547", dt.date(2004, 2, 29)),
    ("1 มกราคม 2433", dt.date(1890, 1, 1)),
    (dt.date(1890, 1, 1), dt.date(1890, 1, 1)),
    (TODAY, TODAY),
    ("12 กรกฏาคม 2546", dt.date(2003, 7, 12)),  # ฏ for ฎ: a frequent misspelling
    (61, dt.date(1900, 3, 1)),
    (59, dt.date(1900, 2, 28)),
])
def test_date_edge_cases(raw: CellValue, value: dt.date) -> None:
    result = parse_date(raw, today=TODAY)
    assert result.value == value
    assert result.problem is None


@pytest.mark.parametrize(("raw", "problem"), [
    ("31/02/2546", "“31/02/2546” is not a valid date"),
    ("13/13/2546", "“13/13/2546” is not a valid date"),
    ("29/02/2546", "“29/02/2546” is not a valid date"),
    ("13/04/2570", "the date 13/04/2570 is in the future"),
    ("2570", "the date 01/01/2570 is in the future"),
    # two digits: 25xx is chosen by the year, so 69 is 2569 and 13 April 2569 lies ahead
    ("13/04/69", "the date 13/04/2569 is in the future"),
    (dt.date(2030, 1, 1), "the date 01/01/2573 is in the future"),
    ("01/01/1889", "the date 01/01/2432 is before 1890"),
    ("1800", "the date 01/01/2343 is before 1890"),
    ("garbage", "could not read the date “garbage”"),
    ("13/04", "could not read the date “13/04”"),
    ("46", "could not read the date “46”"),
    ("13 foo 2546", "could not read the date “13 foo 2546”"),
    (dt.time(10, 5), "could not read the date “10:05:00”"),
    (True, "could not read the date “True”"),
    (60, "could not read the date “60”"),
    (0, "could not read the date “0”"),
    (-5, "could not read the date “-5”"),
    (float("inf"), "could not read the date “inf”"),
    (1e12, "could not read the date “1000000000000”"),
])
def test_date_problems(raw: CellValue, problem: str) -> None:
    assert parse_date(raw, today=TODAY) == DateResult(None, problem)


@pytest.mark.parametrize("raw", [None, "", "  ", "\u200b"])
def test_empty_date(raw: str | None) -> None:
    assert parse_date(raw, today=TODAY) == DateResult(None, None)


def test_date_default_today_is_the_real_today() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert parse_date(tomorrow).problem is not None
    assert parse_date(dt.date.today()).value == dt.date.today()


def test_date_in_be_that_does_not_exist_in_ce() -> None:
    # Excel kept 29/02/2548 as a real date (2548 is a leap year), but 2005 is not one
    assert parse_date(dt.date(2548, 2, 29), today=TODAY).problem == "“2548-02-29” is not a valid date"


_dates = st.dates(min_value=dt.date(1890, 1, 1), max_value=TODAY)


def _formats(d: dt.date) -> list[str]:
    be, ce = d.year + 543, d.year
    short, full = MONTHS_TH_SHORT[d.month - 1], MONTHS_TH[d.month - 1]
    texts = [
        f"{d.day:02d}/{d.month:02d}/{be}", f"{d.day}/{d.month}/{be}", f"{d.day:02d}-{d.month:02d}-{be}",
        f"{d.day:02d}.{d.month:02d}.{be}", f"{be}-{d.month:02d}-{d.day:02d}", f"{d.day} {short} {be}",
        f"{d.day} {full} {be}", f"{d.day:02d}/{d.month:02d}/{ce}", f"{ce}-{d.month:02d}-{d.day:02d}",
        f"{d.day} {full} พ.ศ. {be}",
    ]
    # two digits are 25xx, or 24xx when 25xx lies after this year: only some years come back
    two_digit = 2500 + be % 100
    if two_digit - 543 > TODAY.year:
        two_digit -= 100
    if two_digit == be:
        texts += [f"{d.day} {short} {be % 100:02d}", f"{d.day:02d}/{d.month:02d}/{be % 100:02d}"]
    return texts + [to_thai_digits(t) for t in texts]


@given(_dates)
def test_date_round_trip_through_text_formats(d: dt.date) -> None:
    for text in _formats(d):
        assert parse_date(text, today=TODAY) == DateResult(d, None, "day"), text


@given(_dates)
def test_date_round_trip_through_excel(d: dt.date) -> None:
    assume(d >= dt.date(1900, 3, 1))
    serial = (d - dt.date(1899, 12, 30)).days
    assume(not 1000 <= serial <= 9999)  # four-digit numbers are years
    assert parse_date(serial, today=TODAY).value == d
    assert parse_date(float(serial) + 0.25, today=TODAY).value == d
    assert parse_date(dt.datetime(d.year, d.month, d.day, 12), today=TODAY).value == d
    try:
        as_be = dt.date(d.year + 543, d.month, d.day)
    except ValueError:  # 29 February of a year whose BE number is not a leap year
        return
    assert parse_date(as_be, today=TODAY).value == d


# --------------------------------------------------------------------------- address


@pytest.mark.parametrize(("raw", "expected"), [
    ("ตำบลบ้านเสด็จ", "บ้านเสด็จ"), ("ตำบล บ้านเสด็จ", "บ้านเสด็จ"), ("ต.บ้านเสด็จ", "บ้านเสด็จ"),
    ("ต. บ้านเสด็จ", "บ้านเสด็จ"), ("แขวงพระบรมมหาราชวัง", "พระบรมมหาราชวัง"),
    ("อำเภอเมืองลำปาง", "เมืองลำปาง"), ("อ.เถิน", "เถิน"), ("อ. เถิน", "เถิน"), ("เขตพระนคร", "พระนคร"),
    ("กิ่งอำเภอเมืองปาน", "เมืองปาน"), ("กิ่ง อ.เมืองปาน", "เมืองปาน"),
    ("จังหวัดลำปาง", "ลำปาง"), ("จ.ลำปาง", "ลำปาง"), ("จ. ลำปาง", "ลำปาง"),
    ("ตําบลพิชัย", "พิชัย"), ("อําเภอเถิน", "เถิน"),  # ํา typed for ำ
    ("บ้านเสด็จ", "บ้านเสด็จ"), ("บ้านดง", "บ้านดง"), ("ลำปาง", "ลำปาง"),
    ("  ต.บ้านเสด็จ\u200b ", "บ้านเสด็จ"),
    ("จ.ป.ร.", "จ.ป.ร."), ("ต.จ.ป.ร.", "จ.ป.ร."), ("ตำบลจ.ป.ร.", "จ.ป.ร."),
    ("ตำบล", "ตำบล"), ("อ.", "อ."), ("", ""),
    ("ตำบลิ", "ตำบลิ"),
])
def test_strip_area_prefix(raw: str, expected: str) -> None:
    assert strip_area_prefix(raw) == expected


def test_strip_area_prefix_keeps_every_dopa_name_and_strips_every_prefix() -> None:
    def names(kind: str, key: str) -> list[str]:
        rows = json.loads(resource_path("areas", f"{kind}.json").read_text(encoding="utf-8"))
        return [r[key] for r in rows]

    levels = {
        ("subdistricts", "subdistrictNameTh"): ("ตำบล", "ตำบล ", "ต.", "ต. ", "แขวง"),
        ("districts", "districtNameTh"): ("อำเภอ", "อำเภอ ", "อ.", "อ. ", "เขต", "กิ่งอำเภอ"),
        ("provinces", "provinceNameTh"): ("จังหวัด", "จังหวัด ", "จ.", "จ. "),
    }
    for (kind, key), prefixes in levels.items():
        for name in names(kind, key):
            assert strip_area_prefix(name) == name
            for prefix in prefixes:
                assert strip_area_prefix(prefix + name) == name, prefix + name


@pytest.mark.parametrize(("raw", "number"), [
    (4, 4), (4.0, 4), ("4", 4), ("04", 4), ("หมู่ 4", 4), ("หมู่ที่ 4", 4), ("หมู่ที่4", 4), ("ม.4", 4),
    ("ม. 4", 4), ("ม 4", 4), ("๔", 4), ("หมู่ที่ ๑๒", 12), ("Moo 4", 4), ("4.0", 4), ("หมู่ 4 บ้านดง", 4),
    (99, 99), ("99", 99),
    (0, None), ("0", None), (100, None), ("100", None), (4.5, None), (-1, None), ("บ้านดง", None),
    ("", None), (None, None), (True, None), ("4/1", None), (dt.date(2003, 4, 1), None),
])
def test_parse_village_no(raw: CellValue, number: int | None) -> None:
    assert parse_village_no(raw) == number


@pytest.mark.parametrize(("raw", "house_no"), [
    ("12/3", "12/3"), ("12 / 3", "12/3"), (12, "12"), (12.0, "12"), ("12", "12"), ("๑๒/๓", "12/3"),
    ("เลขที่ 12/3", "12/3"), ("บ้านเลขที่ 45", "45"), (" 7/1 ", "7/1"), ("99/12 ซอย 3", "99/12 ซอย 3"),
    ("-", None), ("ไม่มี", None), ("", None), (None, None), (True, None),
    (dt.datetime(2026, 3, 12), None), (dt.date(2026, 12, 3), None), (dt.time(12, 3), None),
])
def test_parse_house_no(raw: CellValue, house_no: str | None) -> None:
    assert parse_house_no(raw) == house_no


def test_house_no_that_excel_made_a_date_has_a_problem() -> None:
    message = ("Excel turned the house number into a date (12/3 became a date); "
               "format the column as text and export again")
    assert house_no_problem(dt.datetime(2026, 3, 12)) == message
    assert house_no_problem(dt.date(2026, 3, 12)) == message
    assert house_no_problem("12/3") is None
    assert house_no_problem(None) is None


@pytest.mark.parametrize(("raw", "code"), [
    ("52010123456", "52010123456"), ("5201-012345-6", "52010123456"), ("5201 012345 6", "52010123456"),
    (52010123456, "52010123456"), (52010123456.0, "52010123456"), ("52010123456.0", "52010123456"),
    (to_thai_digits("5201-012345-6"), "52010123456"), ("5.2010123456E+10", "52010123456"),
    ("5.20101E+10", None), ("5201012345", None), ("520101234567", None), ("", None), (None, None),
    (True, None), (5.5, None), (dt.date(2003, 1, 1), None),
])
def test_parse_house_code(raw: CellValue, code: str | None) -> None:
    assert parse_house_code(raw) == code


@pytest.mark.parametrize(("raw", "phone"), [
    ("081-234-5678", "0812345678"), ("0812345678", "0812345678"), ("081 234 5678", "0812345678"),
    (812345678, "0812345678"), (812345678.0, "0812345678"), ("812345678", "0812345678"),
    (912345678, "0912345678"), (612345678, "0612345678"), ("+66 81 234 5678", "0812345678"),
    ("66812345678", "0812345678"), ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),
    ("081-234-5678, 089-999-9999", "0812345678"), ("081-234-5678 หรือ 089-999-9999", "0812345678"),
    ("081-234-5678/089-999-9999", "0812345678"), ("02-123-4567", "021234567"),
    ("02-123-4567 ต่อ 12", "021234567"), (21234567, "021234567"), ("054-123456", "054123456"),
    ("1234", None), ("", None), (None, None), ("-", None), ("12345678901", None), (True, None),
])
def test_parse_phone(raw: CellValue, phone: str | None) -> None:
    assert parse_phone(raw) == phone


# --------------------------------------------------------------------------- robustness

_cells = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.dates(), st.datetimes(), st.times(),
    st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙/-. eE+xX", max_size=20),
)


@given(_cells)
def test_no_cell_makes_a_parser_crash(cell: CellValue) -> None:
    value = cell
    clean_text(value)
    normalize_name(value)
    result = parse_national_id(value)
    assert result.digits is None or (len(result.digits) == 13 and result.problem is None)
    born = parse_date(value, today=TODAY)
    assert born.value is None or dt.date(1890, 1, 1) <= born.value <= TODAY
    assert born.value is None or born.problem is None
    assert parse_sex(value) in ("M", "F", None)
    assert parse_mark(value) in (True, False, None)
    parse_relation(value)
    number = parse_village_no(value)
    assert number is None or 1 <= number <= 99
    parse_house_no(value)
    code = parse_house_code(value)
    assert code is None or (len(code) == 11 and code.isdigit())
    phone = parse_phone(value)
    assert phone is None or (phone.isdigit() and phone.startswith("0") and len(phone) in (9, 10))
    if isinstance(value, str):
        strip_area_prefix(value)
        split_title(value)
