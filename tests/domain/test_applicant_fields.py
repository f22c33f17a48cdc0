"""One field at a time, by the rules normalise_applicant applies to a whole applicant."""

from __future__ import annotations

import datetime as dt

import pytest

from windowdesk.domain.applicants import validate_id_number, validate_phone
from windowdesk.errors import UserError


def test_a_resident_id_is_bounded_by_the_day_given():
    assert validate_id_number("resident_id", " 110105194912310 02x", today=dt.date(2026, 12, 3)) == (
        "11010519491231002X"
    )
    with pytest.raises(UserError, match="出生日期"):
        validate_id_number("resident_id", "11010519491231002X", today=dt.date(1949, 12, 30))


def test_other_documents_and_phones():
    assert validate_id_number("passport", "e1234 5678", today=dt.date(2026, 12, 3)) == "E12345678"
    with pytest.raises(UserError):
        validate_id_number("credit_code", "91350100M000100Y44", today=dt.date(2026, 12, 3))
    assert validate_phone(" 0591-87654321 ") == "0591-87654321"
    assert validate_phone("") == ""
    with pytest.raises(UserError, match="联系电话无效"):
        validate_phone("138abc")
