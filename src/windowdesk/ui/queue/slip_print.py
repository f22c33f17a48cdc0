"""Printing the ticket slip through Qt's printing (on a worker thread: painting on a QPrinter is
allowed off the UI thread). The same content as the archived PDF, drawn with QPainter."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from windowdesk.documents.barcodes import code128_png
from windowdesk.documents.ticket_slip import TicketSlipData

log = logging.getLogger(__name__)

SLIP_HEIGHT_MM = 95


def default_printer() -> QPrinter | None:
    """The PC's default printer, or None when it has none (the slip is still kept as PDF)."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_slip(data: TicketSlipData, paper_mm: int, printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(paper_mm, SLIP_HEIGHT_MM), QPageSize.Unit.Millimeter, "slip"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(f"取号凭条 {data.number}")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.printerName() or printer.outputFileName()}")
    try:
        dots_per_mm = printer.resolution() / 25.4
        width = paper_mm * dots_per_mm
        margin = (4 if paper_mm >= 80 else 5) * dots_per_mm
        inner = width - 2 * margin
        y = 3 * dots_per_mm

        def text(value: str, size_mm: float, height_mm: float, bold: bool = False) -> None:
            nonlocal y
            font = QFont()
            font.setPixelSize(max(1, round(size_mm * dots_per_mm)))
            font.setBold(bold)
            painter.setFont(font)
            box = QRectF(margin, y, inner, height_mm * dots_per_mm)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, value)
            y += height_mm * dots_per_mm

        text(data.hall_name, 4.2, 8)
        text(data.number, 15 if paper_mm >= 80 else 12, 20, bold=True)
        category = data.category_name + (f"（{data.priority_label}）" if data.priority_label else "")
        text(category, 3.5, 6)
        text(f"前面还有 {data.waiting_ahead} 人等候", 3.5, 6)
        when = (
            f"{data.issued_at:%Y年%m月%d日 %H:%M}" if paper_mm >= 80 else f"{data.issued_at:%Y-%m-%d %H:%M}"
        )
        text(f"取号时间：{when}", 3.2, 6)
        image = QImage.fromData(code128_png(data.barcode_value, module_px=2))
        bar_width = min(inner, image.width() * 0.25 * dots_per_mm)  # 2 px a module -> 0.25 mm a module
        bar_height = bar_width * image.height() / image.width()
        painter.drawImage(
            QRectF(margin + (inner - bar_width) / 2, y + 2 * dots_per_mm, bar_width, bar_height), image
        )
        y += bar_height + 4 * dots_per_mm
        text(data.notice, 2.8, 10)
    finally:
        painter.end()
