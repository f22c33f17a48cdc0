"""The lifecycle documents on real PDFs: 延期告知书, 特别程序告知书, 准予 / 不予许可决定书, 送达回证 and
the 流转单 — Chinese text a viewer extracts, the CJK font embedded, Code128 and QR read back by zbar,
archived per case, a reprint stamped 补打 and audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.services.intake_support import PERSON
from tests.services.lifecycle_support import (
    AGENT_ID,
    DEPT,
    accepted_case,
    clerk,
    handler,
    supervisor,
    walk,
)
from tests.support.pdf import decode_barcodes, embedded_fonts, pdf_pages_png, pdf_text
from windowdesk.domain.applicants import Agent
from windowdesk.errors import Conflict, UserError
from windowdesk.services import cases
from windowdesk.services.cases.special_notice import special_pause_of
from windowdesk.store.models import AuditEntry, CaseDocument

D = dt.date


def _read(issued) -> tuple[str, list[tuple[str, str]], bytes]:  # type: ignore[no-untyped-def]
    pdf = issued.read()
    return pdf_text(pdf), decode_barcodes(pdf_pages_png(pdf, dpi=200)[0]), pdf


def test_every_lifecycle_document_reads_back(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    walk(ctx, number, "under_review")
    cases.pause_clock(handler(ctx).on_day(D(2026, 3, 4)), number, "expert_review", "组织专家评审经营布局", 5)
    cases.resume_clock(handler(ctx).on_day(D(2026, 3, 11)), number)
    cases.extend_deadline(supervisor(ctx).on_day(D(2026, 3, 12)), number, 10, "需要现场核查")
    cases.record_decision(handler(ctx).on_day(D(2026, 3, 16)), number, True, "JY14403050001")
    cases.mark_ready(handler(ctx).on_day(D(2026, 3, 16)), number)
    cases.deliver_result(clerk(ctx).on_day(D(2026, 3, 17)), number, pickup_id_number=PERSON.id_number)

    expected = {
        "extension": ("延长行政许可期限告知书", "审查期限延长10个工作日", "需要现场核查", "2026年4月21日"),
        "special": ("特别程序告知书", "专家评审", "2026年3月4日", "预计需要5个工作日", "第四十五条"),
        "decision": ("准予行政许可决定书", "JY14403050001", "第三十八条第一款", "2026年3月16日"),
        "delivery": ("送达回证", "窗口领取", "张三（申请人）", "110105********002X", "签名"),
    }
    for kind, phrases in expected.items():
        text, codes, pdf = _read(cases.print_document(ctx, number, kind))
        flat = "".join(text.split())
        for phrase in phrases:
            assert "".join(phrase.split()) in flat, (kind, phrase)
        assert PERSON.id_number not in text
        assert ("CODE128", number) in codes and ("QRCODE", number) in codes, (kind, codes)
        assert embedded_fonts(pdf), kind

    reprint = cases.print_document(ctx, number, "decision")
    assert reprint.reprint and "补打" in pdf_text(reprint.read())
    with ctx.reading() as session:
        kinds = [d.kind for d in session.scalars(select(CaseDocument).order_by(CaseDocument.issued_at))]
        assert kinds.count("decision") == 2
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reprint")).all()
    assert (cases.archive_dir() / number).is_dir()


def test_a_denial_gives_reasons_basis_and_remedies(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    walk(ctx, number, "under_review")
    cases.record_decision(
        handler(ctx),
        number,
        False,
        reason="经营场所与食品安全要求不符",
        basis="《食品经营许可和备案管理办法》第十二条",
    )
    text, codes, _ = _read(cases.print_document(ctx, number, "decision"))
    flat = "".join(text.split())
    for phrase in ("不予行政许可决定书", "经营场所与食品安全要求不符", "第十二条", "六十日内", "六个月内"):
        assert phrase in flat
    assert ("CODE128", number) in codes


def test_express_delivery_and_an_agent(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(
        ctx, applicant=replace(PERSON, agent=Agent("李四", "resident_id", AGENT_ID, "", "委托书"))
    )
    walk(ctx, number, "result_ready")
    cases.deliver_result(clerk(ctx), number, pickup_id_number=AGENT_ID)
    text, _, _ = _read(cases.print_document(ctx, number, "delivery"))
    assert "李四（代理人）" in "".join(text.split()) and "110105********0016" in text
    other = accepted_case(ctx)
    walk(ctx, other, "result_ready")
    cases.deliver_result(clerk(ctx), other, carrier="中国邮政EMS", tracking_no="1180000000001")
    text, _, _ = _read(cases.print_document(ctx, other, "delivery"))
    assert "邮寄送达" in text and "1180000000001" in text and "中国邮政EMS" in text


def test_the_hand_over_list_of_a_batch(sqlite_ctx):
    ctx = sqlite_ctx
    numbers = [accepted_case(ctx) for _ in range(3)]
    batch = cases.handover_cases(clerk(ctx).on_day(D(2026, 3, 2)), DEPT)
    first = cases.print_handover_list(ctx, batch.batch_no)
    text, codes, pdf = _read(first)
    assert "办件流转单" in text and all(n in text for n in numbers) and "张*" in text and "张三" not in text
    assert ("CODE128", batch.batch_no) in codes and ("QRCODE", batch.batch_no) in codes
    again = cases.print_handover_list(ctx, batch.batch_no)
    assert again.reprint and "补打" in pdf_text(again.read())
    shown = cases.show_case(ctx, numbers[0])
    assert [d.kind for d in shown.documents].count("handover") == 2


def test_each_pause_has_its_own_special_procedure_notice(sqlite_ctx):
    """Two pauses, two originals: the second pause's notice is not a 补打 of the first's, and either
    pause's notice can be printed again (补打) with its own text."""
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    walk(ctx, number, "under_review")
    cases.pause_clock(handler(ctx).on_day(D(2026, 3, 4)), number, "expert_review", "组织专家评审经营布局", 5)
    first = cases.print_document(ctx, number, "special")
    cases.resume_clock(handler(ctx).on_day(D(2026, 3, 11)), number)
    cases.pause_clock(handler(ctx).on_day(D(2026, 3, 13)), number, "inspection", "送检样品", 3)
    second = cases.print_document(ctx, number, "special")
    again_first = cases.print_document(ctx, number, "special", pause=1)
    again_second = cases.print_document(ctx, number, "special", pause=2)

    def flat(issued) -> str:  # type: ignore[no-untyped-def]
        return "".join(pdf_text(issued.read()).split())

    assert (first.pause, first.reprint) == (1, False)
    assert (second.pause, second.reprint) == (2, False)
    assert (again_first.pause, again_first.reprint) == (1, True)
    assert (again_second.pause, again_second.reprint) == (2, True)
    for issued in (first, again_first):
        text = flat(issued)
        assert "专家评审" in text and "2026年3月4日" in text and "预计需要5个工作日" in text
        assert "送检样品" not in text
    for issued in (second, again_second):
        text = flat(issued)
        assert "检验" in text and "2026年3月13日" in text and "预计需要3个工作日" in text
        assert "专家评审" not in text
    assert "补打" not in flat(second) and "补打" in flat(again_first) and "补打" in flat(again_second)
    shown = cases.show_case(ctx, number)
    assert [(d.pause, d.reprint) for d in shown.documents if d.kind == "special"] == [
        (1, False),
        (2, False),
        (1, True),
        (2, True),
    ]
    with ctx.reading() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reprint")).all()
        assert sorted(a.detail["pause"] for a in audits) == [1, 2]
    with pytest.raises(Conflict):
        cases.print_document(ctx, number, "special", pause=3)
    with pytest.raises(UserError):
        cases.print_document(ctx, number, "decision", pause=1)


def test_an_older_unnumbered_special_notice_belongs_to_the_pause_of_its_day():
    pauses = [{"start": "2026-03-04"}, {"start": "2026-03-13"}]
    assert special_pause_of(pauses, "N/special-p2-20260304T010000.pdf", D(2026, 3, 4)) == 2
    assert special_pause_of(pauses, "N/special-20260305T010000.pdf", D(2026, 3, 5)) == 1
    assert special_pause_of(pauses, "N/special-20260313T010000-reprint.pdf", D(2026, 3, 13)) == 2
    assert special_pause_of(pauses, "N/special-20260301T010000.pdf", D(2026, 3, 1)) is None
