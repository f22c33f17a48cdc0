"""Turning PDFs into pages on screen and on paper: notices, receipts and the kiosk's ticket slips.

Every printed document is a PDF built by the services; it is printed as it is, never redrawn. Qt's
own PDF module is not in PySide6-Essentials, so pages are rendered with PDFium (``pypdfium2``).
Printing paints each page, rendered at the printer's resolution, onto a ``QPrinter`` whose paper is
the PDF's own page size (A4 for notices, 80 or 58 mm wide for slips); it runs on a worker thread
(painting on a QPrinter outside the GUI thread is supported by Qt). The print dialog sits behind
:class:`PrintService` so tests can print to a PDF file instead of asking.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

# Pages are rendered at the printer's resolution (a thermal printer's 203 dpi: whole dots, crisp
# bars), but never with more pixels than an A4 page at 300 dpi, so a 1200 dpi driver still gets a
# slip at ~900 dpi and an A4 notice at 300 dpi.
MAX_PRINT_PIXELS = round(210 / 25.4 * 300) * round(297 / 25.4 * 300)
# PDFium fills a bar out to whole pixels: at a receipt printer's 203 dpi a one-dot space between two
# bars can close. Below 300 dpi pages are rendered this much finer and averaged down, so the excess
# is a light grey the printer drops, and the slip's one-dot barcode stays readable.
OVERSAMPLE_BELOW_DPI, OVERSAMPLE = 300, 4


def render_pages(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = bitmap.tobytes("raw", "RGB")
            image = QImage(data, bitmap.width, bitmap.height, 3 * bitmap.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: ``data`` goes away
            page.close()
        return images
    finally:
        document.close()


def page_layout(pdf: bytes) -> QPageLayout:
    """The paper of the PDF's first page, without margins (a standard size such as A4 is recognised)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()  # points
    finally:
        document.close()
    landscape = width > height
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` (one job) on paper of the PDF's page size; returns the page
    count. Runs on a worker."""
    layout = page_layout(pdf)
    printer.setPageLayout(layout)
    printer.setFullPage(True)  # after the layout, which would reset it: the page is painted edge to edge
    paper = layout.fullRect(QPageLayout.Unit.Inch)
    dpi = min(printer.resolution(), math.sqrt(MAX_PRINT_PIXELS / (paper.width() * paper.height())))
    if dpi < OVERSAMPLE_BELOW_DPI:
        pages = [
            image.scaled(
                round(image.width() / OVERSAMPLE),
                round(image.height() / OVERSAMPLE),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,  # an average over each printer dot
            )
            for image in render_pages(pdf, dpi * OVERSAMPLE)
        ]
    else:
        pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.printerName() or printer.outputFileName() or 'the printer'}")
    # Qt hands pages to CUPS and to files as PDF, where an image may be stored as JPEG: its ringing
    # around one-dot bars makes barcodes unreadable. Lossless keeps every dot.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        # At the printer's own resolution an image pixel is a printer dot (no resampling, so a bar
        # of whole dots stays whole even when the driver rounds the paper size to whole points).
        scale = printer.resolution() / dpi
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
    return len(pages)


def default_printer() -> QPrinter | None:
    """The PC's default printer, or None when it has none (the kiosk's slip is still kept as PDF).
    Asking CUPS can block: call it on a worker."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class PrintService:
    """Asks which printer to use; tests replace it with one that answers without a dialog."""

    def choose_printer(self, parent: QWidget | None, copies_title: str) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(copies_title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(copies_title)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


class FilePrintService(PrintService):
    """Prints into a PDF file (tests, and a "print to file" fallback)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.asked = 0

    def choose_printer(self, parent: QWidget | None, copies_title: str) -> QPrinter | None:
        self.asked += 1
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.path)
        printer.setResolution(300)
        return printer
