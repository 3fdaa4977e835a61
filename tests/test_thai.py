"""Thai conventions: national ID checksum and display, Thai digits, Buddhist Era dates, fiscal year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.th import pin

from core.thai import (
    age_on,
    be_year,
    ce_year,
    clean_national_id,
    fiscal_year_be,
    format_date_be,
    format_house_code,
    format_national_id,
    from_thai_digits,
    is_valid_national_id,
    mask_national_id,
    national_id_check_digit,
    to_thai_digits,
)


def reference_check_digit(first12: str) -> int:
    """DOMAIN.md: S = Σ d_i × (14 − i) for i = 1..12; d13 = (11 − S mod 11) mod 10."""
    s = sum(int(first12[i - 1]) * (14 - i) for i in range(1, 13))
    return (11 - s % 11) % 10


# Worked by hand with the formula above:
#   123456789012: 1·13+2·12+3·11+4·10+5·9+6·8+7·7+8·6+9·5+0·4+1·3+2·2 = 352, 352 mod 11 = 0 → 1
#   310060044563: 3·13+1·12+0+0+6·9+0+0+4·6+4·5+5·4+6·3+3·2 = 193, 193 mod 11 = 6 → 5
#   110370207181: 1·13+1·12+0+3·10+7·9+0+2·7+0+7·5+1·4+8·3+1·2 = 197, 197 mod 11 = 10 → 1
#   500000000000: 5·13 = 65, 65 mod 11 = 10 → (11 − 10) mod 10 = 1
#   100000000001: 13 + 2 = 15, 15 mod 11 = 4 → 7
VALID_IDS = ["1234567890121", "3100600445635", "1103702071811", "5000000000001", "1000000000017"]
INVALID_IDS = ["1234567890122", "3100600445636", "1103702071810", "5000000000000", "1000000000010"]


@pytest.mark.parametrize("pid", VALID_IDS)
def test_valid_ids(pid: str) -> None:
    assert national_id_check_digit(pid[:12]) == int(pid[12])
    assert is_valid_national_id(pid)


@pytest.mark.parametrize("pid", INVALID_IDS)
def test_wrong_check_digit_is_invalid(pid: str) -> None:
    assert not is_valid_national_id(pid)


@pytest.mark.parametrize("text", ["", "123", "12345678901234", "123456789012", "abcdefghijklm"])
def test_wrong_length_is_invalid(text: str) -> None:
    assert not is_valid_national_id(text)


def test_separators_and_thai_digits_are_accepted() -> None:
    assert is_valid_national_id("3-1006-00445-63-5")
    assert is_valid_national_id(" 3 1006 00445 63 5 ")
    assert is_valid_national_id("๓๑๐๐๖๐๐๔๔๕๖๓๕")
    assert is_valid_national_id("3100\u200b600445635")
    assert clean_national_id("๓-๑๐๐๖-๐๐๔๔๕-๖๓-๕") == "3100600445635"


def test_format_and_mask() -> None:
    assert format_national_id("3100600445635") == "3-1006-00445-63-5"
    assert format_national_id("๓๑๐๐๖๐๐๔๔๕๖๓๕") == "3-1006-00445-63-5"
    assert format_national_id("12345") == "12345"
    assert mask_national_id("3100600445635") == "3-XXXX-XXXXX-XX-5"
    assert mask_national_id("3-1006-00445-63-5") == "3-XXXX-XXXXX-XX-5"
    assert mask_national_id("1103702071811") == "1-XXXX-XXXXX-XX-1"
    # Never leak digits of something that is not a full ID.
    assert mask_national_id("12345") == "XXXXX"


def test_house_code_format() -> None:
    assert format_house_code("52010000011") == "5201-000001-1"
    assert format_house_code("5201") == "5201"


def test_thai_digits_both_ways() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert from_thai_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    assert to_thai_digits("บ้านเลขที่ 12/3") == "บ้านเลขที่ ๑๒/๓"
    assert from_thai_digits("หมู่ ๕") == "หมู่ 5"


@given(st.text(alphabet="0123456789/-. กขค", max_size=30))
def test_thai_digits_round_trip(text: str) -> None:
    assert from_thai_digits(to_thai_digits(text)) == text
    assert not any(c.isascii() and c.isdigit() for c in to_thai_digits(text))


def test_be_dates() -> None:
    day = dt.date(2026, 1, 12)
    assert format_date_be(day) == "12 มกราคม 2569"
    assert format_date_be(day, style="long") == "12 มกราคม 2569"
    assert format_date_be(day, style="short") == "12 ม.ค. 2569"
    assert format_date_be(day, style="numeric") == "12/01/2569"
    assert format_date_be(day, thai_digits=True) == "๑๒ มกราคม ๒๕๖๙"
    assert format_date_be(day, style="numeric", thai_digits=True) == "๑๒/๐๑/๒๕๖๙"
    assert format_date_be(dt.date(2025, 12, 31), style="short") == "31 ธ.ค. 2568"
    assert format_date_be(None) == ""
    with pytest.raises(ValueError, match="style"):
        format_date_be(day, style="weird")


def test_years() -> None:
    assert be_year(2026) == 2569
    assert ce_year(2569) == 2026
    assert ce_year(2026) == 2026  # not above 2400: already CE


@pytest.mark.parametrize(("day", "fiscal"), [
    (dt.date(2025, 10, 1), 2569),
    (dt.date(2025, 9, 30), 2568),
    (dt.date(2026, 1, 12), 2569),
    (dt.date(2026, 9, 30), 2569),
    (dt.date(2026, 10, 1), 2570),
])
def test_fiscal_year(day: dt.date, fiscal: int) -> None:
    assert fiscal_year_be(day) == fiscal


def test_age_on() -> None:
    birth = dt.date(2000, 6, 15)
    assert age_on(birth, dt.date(2026, 6, 14)) == 25
    assert age_on(birth, dt.date(2026, 6, 15)) == 26


# --------------------------------------------------------------------------- properties

bodies = st.text(alphabet="0123456789", min_size=12, max_size=12)


@given(bodies)
def test_generated_ids_validate(body: str) -> None:
    pid = body + str(reference_check_digit(body))
    assert national_id_check_digit(body) == reference_check_digit(body)
    assert is_valid_national_id(pid)
    assert is_valid_national_id(format_national_id(pid))


@given(bodies, st.integers(min_value=1, max_value=9))
def test_a_changed_check_digit_fails(body: str, shift: int) -> None:
    good = reference_check_digit(body)
    assert not is_valid_national_id(body + str((good + shift) % 10))


@given(bodies, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_a_changed_digit_is_judged_by_the_formula(body: str, position: int, shift: int) -> None:
    pid = body + str(reference_check_digit(body))
    digit = (int(pid[position]) + shift) % 10
    changed = pid[:position] + str(digit) + pid[position + 1:]
    assert is_valid_national_id(changed) == (reference_check_digit(changed[:12]) == int(changed[12]))


@given(bodies, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_a_changed_digit_fails_where_the_checksum_can_see_it(
    body: str, position: int, shift: int
) -> None:
    """One changed digit is caught unless its weight is 11 (digit 3) or S mod 11 moves 0 ↔ 10.

    Both blind spots are in the official formula itself (the weight 14 − 3 = 11 vanishes
    mod 11, and (11 − 0) mod 10 = (11 − 10) mod 10 = 1), not in the app.
    """
    pid = body + str(reference_check_digit(body))
    digit = (int(pid[position]) + shift) % 10
    changed = pid[:position] + str(digit) + pid[position + 1:]
    s_old = sum(int(pid[i]) * (13 - i) for i in range(12)) % 11
    s_new = sum(int(changed[i]) * (13 - i) for i in range(12)) % 11
    blind = position == 2 or {s_old, s_new} == {0, 10}
    assert is_valid_national_id(changed) == blind


def test_the_third_digit_is_a_known_blind_spot() -> None:
    assert is_valid_national_id("3100600445635")
    assert is_valid_national_id("3190600445635")  # weight of digit 3 is 11 ≡ 0 (mod 11)


@given(st.sampled_from("12345678"), st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_agrees_with_stdnum(first: str, rest: str) -> None:
    body = first + rest
    pid = body + str(national_id_check_digit(body))
    assert pin.is_valid(pid)
    for wrong in range(10):
        candidate = body + str(wrong)
        assert is_valid_national_id(candidate) == pin.is_valid(candidate)


def test_stdnum_also_refuses_first_digit_0_and_9() -> None:
    """We only check the checksum; stdnum also refuses IDs starting with 0 or 9."""
    for first in "09":
        body = first + "10060044563"
        pid = body + str(national_id_check_digit(body))
        assert is_valid_national_id(pid)
        assert not pin.is_valid(pid)
