"""The queue ticket slip (取号凭条) for 80 mm or 58 mm receipt printers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from windowdesk.documents.barcodes import code128
from windowdesk.documents.layout import build_slip_pdf, para, separator, slip_content_width, styles


@dataclass(frozen=True)
class TicketSlipData:
    hall_name: str
    number: str  # A012
    category_name: str
    priority_label: str  # "" or e.g. 老年人优先
    waiting_ahead: int
    issued_at: dt.datetime  # local time, shown as is
    barcode_value: str  # site code + day + number: identifies the ticket when scanned
    notice: str = "请留意叫号屏及语音提示，过号请到服务台恢复。"


def _ticket_number_style(paper_mm: int) -> ParagraphStyle:
    big = styles().slip_big
    if paper_mm >= 80:
        return ParagraphStyle("wd.slip_ticket80", parent=big, fontSize=44, leading=52)
    return big


def ticket_slip_story(data: TicketSlipData, paper_mm: int) -> list:
    s = styles()
    width_mm = slip_content_width(paper_mm) / mm
    category = data.category_name + (f"（{data.priority_label}）" if data.priority_label else "")
    return [
        para(data.hall_name, s.slip_title),
        separator(dashed=True),
        para(data.number, _ticket_number_style(paper_mm)),
        para(category, s.slip_center),
        para(f"前面还有 {data.waiting_ahead} 人等候", s.slip_center),
        para(f"取号时间：{data.issued_at:%Y年%m月%d日 %H:%M}", s.slip_center),
        separator(dashed=True),
        code128(data.barcode_value, max_width_mm=width_mm, height_mm=10, align="CENTER"),
        para(data.notice, s.slip_small),
    ]


def ticket_slip_pdf(data: TicketSlipData, paper_mm: int = 80) -> bytes:
    return build_slip_pdf(
        ticket_slip_story(data, paper_mm), paper_mm=paper_mm, title=f"取号凭条 {data.number}"
    )
