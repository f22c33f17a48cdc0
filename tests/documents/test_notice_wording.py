"""How the notices address the applicant (你 / 你单位), and the one-time notice's line for signing."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.services.intake_support import at_window, decide
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text
from windowdesk.domain.applicants import Applicant
from windowdesk.services import cases

MONDAY = dt.date(2026, 3, 2)
COMPANY = Applicant(
    "organisation", "示范食品有限公司", "credit_code", "91350100M000100Y43", "0591-87654321", "李四"
)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", pdf_text(pdf))


@pytest.fixture
def clerk(sqlite_ctx):
    return at_window(sqlite_ctx)


@pytest.mark.parametrize(
    ("outcome", "kind"), [("incomplete", "notice"), ("accepted", "acceptance"), ("rejected", "rejection")]
)
def test_a_person_is_you_and_an_organisation_your_unit(clerk, outcome, kind):
    person = decide(clerk.on_day(MONDAY), outcome)
    company = decide(clerk.on_day(MONDAY), outcome, applicant=COMPANY)
    [to_person] = cases.issue_documents(clerk, person.case_no, (kind,))
    [to_company] = cases.issue_documents(clerk, company.case_no, (kind,))
    person_text, company_text = flat(to_person.read()), flat(to_company.read())
    assert "你于2026年3月2日提交" in person_text and "你单位" not in person_text
    assert "你单位于2026年3月2日提交" in company_text
    assert "（单位）" not in person_text + company_text


def test_the_one_time_notice_has_a_line_to_sign_for_receipt(clerk):
    case = decide(clerk.on_day(MONDAY), "incomplete", applicant=COMPANY)
    [notice] = cases.issue_documents(clerk, case.case_no, ("notice",))
    pdf = notice.read()
    text = flat(pdf)
    assert "现一次性告知你单位需要补正的全部内容" in text
    assert "申请人（代理人）签收：" in text and "签收日期：" in text
    assert text.index("签收") > text.index("补正要求")  # below the list it acknowledges
    [page] = pdf_pages_png(pdf, dpi=200)  # still one page, the barcode still readable
    assert ("CODE128", case.case_no) in decode_barcodes(page)
