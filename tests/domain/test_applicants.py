"""Applicants: persons and organisations, agents, validated and masked identity numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from windowdesk.domain.applicants import Agent, Applicant, normalise_applicant
from windowdesk.domain.identity import credit_code_check_char, resident_id_check_char
from windowdesk.errors import UserError

TODAY = dt.date(2026, 11, 23)

RESIDENT = "11010519491231002X"
CREDIT = "91350100M000100Y4" + credit_code_check_char("91350100M000100Y4")


def person(**kw):
    values = {
        "kind": "person",
        "name": "张三",
        "id_type": "resident_id",
        "id_number": RESIDENT,
        "phone": "13800138000",
    }
    return Applicant(**{**values, **kw})


def test_a_person_is_normalised_and_masked():
    a = normalise_applicant(person(name=" 张三 ", id_number="110105 19491231 002x"), TODAY)
    assert (a.name, a.id_number) == ("张三", RESIDENT)
    assert a.masked_id == "110105********002X"
    assert a.masked_phone == "138****8000"


def test_a_wrong_check_digit_is_refused():
    body = RESIDENT[:17]
    wrong = "0" if resident_id_check_char(body) != "0" else "1"
    with pytest.raises(UserError):
        normalise_applicant(person(id_number=body + wrong), TODAY)


def test_an_organisation_needs_a_credit_code_and_a_legal_representative():
    org = Applicant(
        "organisation", "示范食品有限公司", "credit_code", CREDIT.lower(), legal_representative="李四"
    )
    assert normalise_applicant(org, TODAY).id_number == CREDIT
    with pytest.raises(UserError, match="法定代表人"):
        normalise_applicant(Applicant("organisation", "示范公司", "credit_code", CREDIT), TODAY)
    with pytest.raises(UserError, match="统一社会信用代码"):
        normalise_applicant(
            Applicant("organisation", "示范公司", "resident_id", RESIDENT, legal_representative="李四"),
            TODAY,
        )
    bad = CREDIT[:17] + ("0" if CREDIT[17] != "0" else "1")
    with pytest.raises(UserError):
        normalise_applicant(
            Applicant("organisation", "示范公司", "credit_code", bad, legal_representative="李四"),
            TODAY,
        )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "名称"),
        ({"id_type": "credit_code", "id_number": CREDIT}, "个人证件"),
        ({"id_type": "passport", "id_number": "E1"}, "4 到 30"),
        ({"phone": "call me"}, "联系电话"),
        ({"legal_representative": "王五"}, "没有法定代表人"),
        ({"kind": "robot"}, "类型无效"),
    ],
)
def test_bad_person_fields_are_refused(changes, message):
    with pytest.raises(UserError, match=message):
        normalise_applicant(person(**changes), TODAY)


def test_an_agent_is_validated_too():
    agent = Agent(" 王五 ", "passport", "e12345678", "010-12345678", "授权委托书")
    a = normalise_applicant(person(agent=agent), TODAY)
    assert a.agent == Agent("王五", "passport", "E12345678", "010-12345678", "授权委托书")
    with pytest.raises(UserError, match="授权材料"):
        normalise_applicant(person(agent=Agent("王五", "passport", "E12345678", authorisation=" ")), TODAY)
    with pytest.raises(UserError):
        normalise_applicant(person(agent=Agent("王五", "resident_id", RESIDENT[:17] + "0")), TODAY)
