"""The ticket slip as a printer and a scanner see it, on 80 mm and 58 mm paper."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from tests.services.queue_support import setup_hall, use_clock
from tests.support.pdf import decode_barcodes, embedded_fonts, pdf_pages_png, pdf_text
from windowdesk.documents.ticket_slip import TicketSlipData, ticket_slip_pdf
from windowdesk.services import settings
from windowdesk.services.queue import take_ticket, take_ticket_with_slip

DATA = TicketSlipData(
    hall_name="示范市政务服务中心",
    number="A012",
    category_name="综合受理",
    priority_label="老年人优先",
    waiting_ahead=7,
    issued_at=dt.datetime(2026, 11, 23, 9, 41),
    barcode_value="SZ0120261123A012",
)


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_slip_shows_everything_and_the_barcode_scans(paper_mm, tmp_path):
    pdf = ticket_slip_pdf(DATA, paper_mm)
    text = _squeeze(pdf_text(pdf))
    for expected in (
        "示范市政务服务中心",
        "A012",
        "综合受理（老年人优先）",
        "前面还有7人等候",
        "2026年11月23日09:41",
    ):
        assert expected in text
    width_pt = float(PdfReader(__import__("io").BytesIO(pdf)).pages[0].mediabox.width)
    assert width_pt == pytest.approx(paper_mm / 25.4 * 72, abs=0.5)
    assert all(f.embedded for f in embedded_fonts(pdf))
    (page,) = pdf_pages_png(pdf, 203, out_dir=tmp_path)
    assert ("CODE128", "SZ0120261123A012") in decode_barcodes(page)


def test_kiosk_issue_keeps_the_slip_with_the_waiting_count(sqlite_ctx, tmp_path):
    use_clock(sqlite_ctx)
    setup_hall(sqlite_ctx)
    take_ticket(sqlite_ctx, "A")
    settings.set_setting(sqlite_ctx, "queue.slip_width_mm", 58)
    issued, path = take_ticket_with_slip(sqlite_ctx, "A")
    assert path.exists() and path.name == "TS0120261123A002.pdf"
    pdf = path.read_bytes()
    assert float(PdfReader(path).pages[0].mediabox.width) == pytest.approx(58 / 25.4 * 72, abs=0.5)
    text = _squeeze(pdf_text(pdf))
    assert "A002" in text and "前面还有1人等候" in text and "测试市政务服务中心" in text
    assert "2026年11月23日09:00" in text  # local time (Asia/Shanghai) of 01:00 UTC
    (page,) = pdf_pages_png(pdf, 203, out_dir=tmp_path)
    assert ("CODE128", "TS0120261123A002") in decode_barcodes(page)
    assert issued.waiting_ahead == 1
