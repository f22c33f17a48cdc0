"""The four intake documents, on real PDFs: Chinese fields a viewer extracts, barcodes zbar reads back to
the case number, the embedded font, the archive and the 补打 reprint."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.services.intake_support import at_window, decide, received
from tests.services.write_scenarios import scenario
from tests.support.pdf import decode_barcodes, embedded_fonts, pdf_page_count, pdf_pages_png, pdf_text
from windowdesk.domain.applicants import Agent, Applicant
from windowdesk.errors import Conflict
from windowdesk.services import cases, settings
from windowdesk.store.models import AuditEntry, CaseDocument

MONDAY = dt.date(2026, 3, 2)


def flat(pdf: bytes) -> str:
    """The text with layout spaces removed, so a field split by the column layout still matches."""
    return re.sub(r"\s+", "", pdf_text(pdf))


def barcodes(pdf: bytes) -> list[tuple[str, str]]:
    found = []
    for page in pdf_pages_png(pdf, dpi=200):
        found += decode_barcodes(page)
    return found


@pytest.fixture
def clerk(sqlite_ctx):
    settings.set_setting(sqlite_ctx, "progress.url", "https://zwfw.example.gov.cn/p/")
    return at_window(sqlite_ctx)


def test_acceptance_notice_and_receipt(clerk):
    agent = Agent("王五", "passport", "E12345678", "13900001111", "授权委托书")
    applicant = Applicant("person", "张三", "resident_id", "11010519491231002X", "13800138000", agent=agent)
    case = decide(clerk.on_day(MONDAY), "accepted", applicant=applicant)
    issued = cases.issue_documents(clerk, case.case_no)
    assert sorted(d.kind for d in issued) == ["acceptance", "receipt"]
    assert cases.issue_documents(clerk, case.case_no) == []  # nothing new the second time
    acceptance = next(d for d in issued if d.kind == "acceptance").read()
    text = flat(acceptance)
    for field in (
        "受理通知书",
        "测试市政务服务中心",
        "3号窗口",
        "王芳",
        "张三",
        "110105********002X",
        "食品经营许可（新办）",
        "示范市市场监督管理局",
        "食品经营许可申请书",
        "复印件",
        "2026年3月2日",
        "2026年3月30日（20个工作日）",
        "2026年3月16日（10个工作日）",
        "0755-12345678",
        "行政审批专用章",
        "王五",
        case.case_no,
    ):
        assert field in text, field
    assert "11010519491231002X" not in text and "E12345678" not in text
    assert ("CODE128", case.case_no) in barcodes(acceptance)
    assert ("QRCODE", "https://zwfw.example.gov.cn/p/" + case.case_no) in barcodes(acceptance)
    fonts = embedded_fonts(acceptance)
    assert fonts and all(f.embedded for f in fonts)
    receipt = next(d for d in issued if d.kind == "receipt").read()
    text = flat(receipt)
    for field in ("材料接收凭证", "营业执照", "复印件", "已收", "申请人（代理人）签字", "不代表申请已被受理"):
        assert field in text, field
    assert ("CODE128", case.case_no) in barcodes(receipt)
    # archived per case under the data directory
    assert all(
        d.path.parent.name == case.case_no and d.path.parent.parent == cases.archive_dir()
        for d in issued
    )


def test_one_time_notice_lists_every_item_with_its_standard(clerk):
    case = decide(clerk.on_day(MONDAY), "incomplete")
    [notice] = cases.issue_documents(clerk, case.case_no, ("notice",))
    text = flat(notice.read())
    for field in (
        "补正材料一次性告知书",
        "食品经营许可申请书",
        "不符合要求：未加盖公章",
        "法定代表人（负责人）签字并加盖公章",
        "食品安全管理制度",
        "缺少",
        "一次性告知",
        "第三十二条",
        case.case_no,
    ):
        assert field in text, field
    assert "营业执照" not in text  # only the listed items
    assert ("CODE128", case.case_no) in barcodes(notice.read())
    with pytest.raises(Conflict, match="没有"):
        cases.issue_documents(clerk, case.case_no, ("acceptance",))
    done = cases.record_correction(
        clerk.on_day(dt.date(2026, 3, 5)), case.case_no, (received("m1"), received("m5"))
    )
    [acceptance] = cases.issue_documents(clerk, done.case_no, ("acceptance",))
    assert "2026年3月5日" in flat(acceptance.read())


def test_rejection_notice_names_reason_basis_office_and_remedies(clerk):
    case = decide(clerk.on_day(MONDAY), "rejected", checks=())
    [rejection] = cases.issue_documents(clerk, case.case_no)
    text = flat(rejection.read())
    for field in (
        "不予受理通知书",
        "不属于本机关职权范围",
        "《行政许可法》第三十二条第一款第（二）项",
        "示范市卫生健康委员会",
        "六十日内",
        "行政复议",
        "六个月内",
        "行政诉讼",
        "行政审批专用章",
    ):
        assert field in text, field
    assert ("CODE128", case.case_no) in barcodes(rejection.read())


def test_reprint_is_stamped_archived_and_audited(clerk):
    case = decide(clerk.on_day(MONDAY), "accepted")
    with pytest.raises(Conflict, match="尚未出具"):
        cases.reprint_document(clerk, case.case_no, "acceptance")
    first = cases.print_document(clerk, case.case_no, "acceptance")
    again = cases.print_document(clerk, case.case_no, "acceptance")
    assert (first.reprint, again.reprint) == (False, True)
    assert "补打" not in flat(first.read()) and "补打" in flat(again.read())
    assert first.path != again.path and first.path.exists()
    with clerk.reading() as session:
        rows = session.scalars(select(CaseDocument).order_by(CaseDocument.issued_at)).all()
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reprint")).all()
    assert [r.reprint for r in rows] == [False, True]
    assert [a.detail["case_no"] for a in audits] == [case.case_no]


def test_batch_print_makes_one_pdf_and_needs_a_supervisor(clerk):
    numbers = [decide(clerk.on_day(MONDAY), "accepted").case_no for _ in range(3)]
    cases.issue_documents(clerk, numbers[0])
    supervisor = clerk.as_actor(replace(clerk.actor, role="supervisor"))
    pdf = cases.batch_print(supervisor, numbers)
    assert pdf_page_count(pdf) == len(PdfReader(__import__("io").BytesIO(pdf)).pages) >= 3
    found = {data for kind, data in barcodes(pdf) if kind == "CODE128"}
    assert found == set(numbers)
    with clerk.reading() as session:
        reprints = session.scalars(select(CaseDocument).where(CaseDocument.reprint)).all()
    assert len(reprints) == 1  # the one issued before is a 补打 reprint in the batch
    with pytest.raises(Exception, match="权"):
        cases.batch_print(clerk.as_actor(replace(clerk.actor, role="clerk")), numbers)


@scenario("case.issue_documents")
def _issue(ctx):
    case = decide(at_window(ctx), "accepted")
    cases.issue_documents(ctx, case.case_no)


@scenario("case.reprint")
def _reprint(ctx):
    case = decide(at_window(ctx), "accepted")
    cases.issue_documents(ctx, case.case_no, ("acceptance",))
    cases.reprint_document(ctx, case.case_no, "acceptance")


@scenario("case.batch_print")
def _batch(ctx):
    case = decide(at_window(ctx), "accepted")
    cases.batch_print(ctx, [case.case_no])


def test_a_deemed_case_waiting_for_correction_prints_its_due_date_as_of_today(clerk):
    from tests.services.queue_support import use_clock

    settings.set_setting(clerk, "notice.limit_workdays", 2)
    case = decide(clerk.on_day(MONDAY), "incomplete", issue_notice=False)
    cases.issue_notice(clerk.on_day(dt.date(2026, 3, 6)), case.case_no)  # late: deemed accepted
    # 9 a.m. in the hall on 10 April, the 补正 wait (7 March .. today) still running
    use_clock(clerk, dt.datetime(2026, 4, 10, 1, 0, tzinfo=dt.UTC))
    text = flat(cases.preview_document(clerk, case.case_no, "acceptance"))
    assert "2026年5月7日（20个工作日）" in text and "2026年3月30日" not in text
