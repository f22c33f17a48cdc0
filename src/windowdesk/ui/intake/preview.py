"""Preview of a PDF document with Print… and Save as PDF….

What is previewed is not issued yet: the document is issued (archived, audited; 补打 when it was
issued before) only when it is printed or saved, through ``issue``. Issuing runs on the store worker,
painting on the printer on an I/O worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake.printing import PrintService, print_pdf, render_pages
from windowdesk.ui.tasks import IO

PREVIEW_DPI = 80
Issue = Callable[[], bytes]


def print_in_background(
    app: AppContext,
    parent: QWidget,
    pdf: bytes,
    title: str,
    printers: PrintService,
    issue: Issue | None = None,
    on_done: Callable[[int], None] | None = None,
) -> bool:
    """Ask for a printer (on the UI thread), issue the document on the store worker if needed, then
    paint it on an I/O worker. False when the clerk cancels the print dialog."""
    printer = printers.choose_printer(parent, title)
    if printer is None:
        return False

    def error(exc: BaseException) -> None:
        app.dialogs.show_exception(parent, exc)

    def paint(document: bytes) -> None:
        app.tasks.run(print_pdf, document, printer, kind=IO, on_done=on_done, on_error=error)

    if issue is None:
        paint(pdf)
    else:
        app.tasks.run(issue, on_done=paint, on_error=error)
    return True


class PreviewDialog(QDialog):
    printed = Signal(int)  # pages sent to the printer
    issued = Signal()

    def __init__(
        self,
        app: AppContext,
        pdf: bytes,
        title: str,
        printers: PrintService,
        parent: QWidget | None = None,
        issue: Issue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Preview — %1").replace("%1", title))
        self.app, self.pdf, self.title, self.printers, self.issue = app, pdf, title, printers, issue
        layout = QVBoxLayout(self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("previewScroll")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages = QWidget(self.scroll)
        pages_layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in render_pages(pdf, PREVIEW_DPI):
            label = QLabel(pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll.setWidget(pages)
        layout.addWidget(self.scroll)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        layout.addWidget(buttons)
        self.resize(720, 900)

    def _issue_once(self) -> bytes:
        """Issue at the first print or save; later ones from this dialog print the same copy."""
        if self.issue is not None:
            self.pdf = self.issue()
            self.issue = None
            self.issued.emit()
        return self.pdf

    def print_document(self) -> None:
        issue = self._issue_once if self.issue is not None else None
        print_in_background(self.app, self, self.pdf, self.title, self.printers, issue, self.printed.emit)

    def save_document(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.title}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return

        def write(pdf: bytes) -> None:
            Path(path).write_bytes(pdf)

        if self.issue is None:
            write(self.pdf)
        else:
            self.app.tasks.run(
                self._issue_once, on_done=write, on_error=lambda e: self.app.dialogs.show_exception(self, e)
            )
