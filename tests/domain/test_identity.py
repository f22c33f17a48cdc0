"""Resident ID (GB 11643-1999) and unified social credit code (GB 32100-2015): validation and masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from windowdesk.domain.identity import (
    credit_code_check_char,
    mask_id_number,
    mask_phone,
    resident_id_check_char,
    validate_credit_code,
    validate_resident_id,
)
from windowdesk.errors import UserError, set_language

TODAY = dt.date(2026, 11, 23)

# Independent implementations, written from the standards' tables rather than from the module.
# GB 11643-1999 table 1: weights of positions 1..17, and check characters for sums mod 11 = 0..10.
GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB11643_CHECK = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
# GB 32100-2015: code characters with their values, weights of positions 1..17 (3**(i-1) mod 31).
GB32100_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def gb11643_check(body: str) -> str:
    return GB11643_CHECK[sum(int(c) * w for c, w in zip(body, GB11643_WEIGHTS, strict=True)) % 11]


def gb32100_check(body: str) -> str:
    total = sum(GB32100_CHARS.index(c) * w for c, w in zip(body, GB32100_WEIGHTS, strict=True))
    return GB32100_CHARS[(31 - total % 31) % 31]


def refused(fn, text: str, **kw) -> UserError:
    with pytest.raises(UserError) as info:
        fn(text, **kw)
    return info.value


# --- resident ID ----------------------------------------------------------------------------------


def test_standard_example_is_valid():
    assert validate_resident_id("11010519491231002X", today=TODAY) == "11010519491231002X"
    assert gb11643_check("11010519491231002") == "X"


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        "  11010519491231002X\n",
        "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２ｘ",
    ],
)
def test_input_is_normalised(typed):
    assert validate_resident_id(typed, today=TODAY) == "11010519491231002X"


def test_more_real_format_numbers():
    for body in ("44030419900101123", "31011519851231456", "65010220000229001"):
        number = body + gb11643_check(body)
        assert validate_resident_id(number, today=TODAY) == number
        assert resident_id_check_char(body) == number[-1]


@pytest.mark.parametrize(
    ("text", "zh_fragment", "en_fragment"),
    [
        ("", "请填写", "Enter"),
        ("11010519491231002", "应为 18 位，现在是 17 位", "has 18 characters, this one has 17"),
        ("11010519491231002X1", "现在是 19 位", "this one has 19"),
        ("110105491231002", "15 位的旧版", "old 15-digit"),
        ("1101051949123100AX", "第 17 位", "Character 17"),
        ("11010519491231002Y", "最后一位", "last character"),
        ("00000019491231002X", "地址码", "region code"),
        ("11010519490231002X", "出生日期", "birth date"),  # 31 February
        ("11010518991231002X", "出生日期", "birth date"),  # before 1900
        ("11010520261124002X", "出生日期", "birth date"),  # tomorrow
        ("110105194912310021", "校验码不正确", "check digit of the ID number is wrong"),
    ],
)
def test_refusals_say_why(text, zh_fragment, en_fragment):
    error = refused(validate_resident_id, text, today=TODAY)
    assert zh_fragment in error.zh
    assert en_fragment in error.en


def test_wrong_check_digit_does_not_reveal_the_right_one():
    error = refused(validate_resident_id, "110105194912310021", today=TODAY)
    assert error.params == {}
    assert "X" not in error.zh and "X" not in error.en


def test_messages_follow_the_language():
    try:
        set_language("en")
        assert str(refused(validate_resident_id, "123", today=TODAY)).startswith("A resident ID number has 18")
    finally:
        set_language("zh_CN")
    assert str(refused(validate_resident_id, "123", today=TODAY)).startswith("身份证号码应为 18 位")


def test_birth_today_is_accepted_and_tomorrow_is_refused():
    body = "110105" + TODAY.strftime("%Y%m%d") + "001"
    assert validate_resident_id(body + gb11643_check(body), today=TODAY).startswith("110105")
    future_body = "110105" + (TODAY + dt.timedelta(days=1)).strftime("%Y%m%d") + "001"
    refused(validate_resident_id, future_body + gb11643_check(future_body), today=TODAY)


resident_bodies = st.builds(
    lambda region, born, seq: f"{region:06d}{born:%Y%m%d}{seq:03d}",
    st.integers(1, 999_999),
    st.dates(dt.date(1900, 1, 1), TODAY),
    st.integers(0, 999),
)


@given(resident_bodies)
def test_any_body_with_its_check_digit_validates(body):
    number = body + gb11643_check(body)
    assert resident_id_check_char(body) == number[-1]
    assert validate_resident_id(number, today=TODAY) == number
    assert validate_resident_id(number.lower(), today=TODAY) == number


@given(resident_bodies, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_changing_one_character_breaks_it(body, position, replacement):
    number = body + gb11643_check(body)
    if number[position] == replacement or (position < 17 and replacement == "X"):
        replacement = str((int(number[position].replace("X", "10")) + 1) % 10)
    changed = number[:position] + replacement + number[position + 1 :]
    assert changed != number
    with pytest.raises(UserError):
        validate_resident_id(changed, today=TODAY)


# --- unified social credit code -------------------------------------------------------------------


def test_credit_code_example_is_valid():
    assert validate_credit_code("91350100M000100Y43") == "91350100M000100Y43"
    assert gb32100_check("91350100M000100Y4") == "3"
    assert validate_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("text", "zh_fragment", "en_fragment"),
    [
        ("", "请填写", "Enter"),
        ("91350100M000100Y4", "应为 18 位，现在是 17 位", "this one has 17"),
        ("91350100M000100I43", "第 16 位“I”无效", "Character 16"),
        ("91350100O000100Y43", "第 9 位“O”无效", "Character 9"),
        ("9135010-M000100Y43", "第 8 位“-”无效", "Character 8"),
        ("91350100M000100Y44", "校验码不正确", "check character of the credit code is wrong"),
    ],
)
def test_credit_code_refusals_say_why(text, zh_fragment, en_fragment):
    error = refused(validate_credit_code, text)
    assert zh_fragment in error.zh
    assert en_fragment in error.en


@pytest.mark.parametrize("letter", "IOZSV")
def test_letters_outside_the_set_are_refused(letter):
    code = "91350100M000100Y4" + letter
    assert "第 18 位" in refused(validate_credit_code, code).zh


credit_bodies = st.text(alphabet=GB32100_CHARS, min_size=17, max_size=17)


@given(credit_bodies)
def test_any_credit_body_with_its_check_validates(body):
    code = body + gb32100_check(body)
    assert credit_code_check_char(body) == code[-1]
    assert validate_credit_code(code) == code


@given(credit_bodies, st.integers(0, 17), st.integers(1, 30))
def test_changing_one_credit_character_breaks_it(body, position, delta):
    code = body + gb32100_check(body)
    replacement = GB32100_CHARS[(GB32100_CHARS.index(code[position]) + delta) % 31]
    changed = code[:position] + replacement + code[position + 1 :]
    with pytest.raises(UserError):
        validate_credit_code(changed)


# --- masking --------------------------------------------------------------------------------------


def test_masks():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("11010519491231002x") == "110105********002X"
    assert mask_id_number("E12345678") == "E1*****78"
    assert mask_id_number("AB12") == "A**2"
    assert mask_id_number("") == ""
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("010-12345678") == "010*****5678"
    assert mask_phone("12345678") == "12***678"


@given(st.text(alphabet="0123456789ABCDEFGHXYZ-", min_size=1, max_size=30))
def test_masking_never_shows_the_whole_number(text):
    for masked in (mask_id_number(text), mask_phone(text)):
        assert masked != text
        assert "*" in masked
        assert len(masked) == len(text)
        assert masked.count("*") >= len(text) / 3
