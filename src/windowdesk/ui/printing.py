"""Turning PDFs into pages on screen and on paper.

Qt's own PDF module is not in PySide6-Essentials, so pages are rendered with PDFium (``pypdfium2``).
Printing paints each page, rendered at the printer's resolution, onto a ``QPrinter``; it runs on a
worker thread (painting on a QPrinter outside the GUI thread is supported by Qt). The print dialog
sits behind :class:`PrintService` so tests can print to a PDF file instead of asking.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

MAX_PRINT_DPI = 300


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


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` (one job); returns the page count. Runs on a worker."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            target = QRectF(painter.viewport())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


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
