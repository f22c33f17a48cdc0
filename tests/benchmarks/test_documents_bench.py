"""Building one acceptance notice (受理通知书), against a floor: a bare reportlab canvas drawing the same
strings in the same embedded CJK font, measured in the same run."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.support.pdf import pdf_text
from windowdesk.documents.fonts import cjk_font_name
from windowdesk.documents.intake_docs import CaseDocumentData, MaterialLine, build_case_document

DATA = CaseDocumentData(
    kind="acceptance",
    case_no="SZ01202601000042",
    progress_ref="https://zwfw.example.gov.cn/p/SZ01202601000042",
    office="示范市政务服务中心",
    window="3号窗口",
    clerk="王芳",
    date=dt.date(2026, 3, 2),
    applicant_name="示范食品有限公司",
    applicant_id_label="统一社会信用代码",
    applicant_masked_id="913501********0Y43",
    legal_representative="李四",
    matter_name="食品经营许可（新办）",
    matter_code="SCJG-SPJY-001",
    department="示范市市场监督管理局",
    received_on=dt.date(2026, 3, 2),
    contact_phone="0755-12345678",
    accepted_on=dt.date(2026, 3, 2),
    statutory_due=dt.date(2026, 3, 30),
    promised_due=dt.date(2026, 3, 16),
    statutory_workdays=20,
    promised_workdays=10,
    materials=tuple(MaterialLine(f"申请材料第{n}项", "原件", 1) for n in range(1, 7)),
)


def floor_pdf(lines: list[str]) -> bytes:
    font = cjk_font_name()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    canvas.setFont(font, 11)
    for line in lines:
        if y < 60:
            canvas.showPage()
            canvas.setFont(font, 11)
            y = A4[1] - 60
        canvas.drawString(56, y, line)
        y -= 16
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def best_of(func, rounds: int = 15) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.mark.benchmark
def test_acceptance_notice_against_a_bare_canvas():
    ours_pdf = build_case_document(DATA)  # warm up: font registration and subsetting tables
    lines = [line.strip() for line in pdf_text(ours_pdf).splitlines() if line.strip()]
    assert any("受理通知书" in line for line in lines)
    floor_pdf(lines)
    ours = best_of(lambda: build_case_document(DATA))
    floor = best_of(lambda: floor_pdf(lines))
    ratio = ours / floor
    print(f"\nacceptance notice: ours {ours * 1000:.1f} ms, floor {floor * 1000:.1f} ms, ratio {ratio:.1f}")
    assert ratio < 30
