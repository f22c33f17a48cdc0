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

from windowdesk.files import write_file_atomically
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.printing import PrintService, print_pdf, render_pages
from windowdesk.ui.screen_fit import fit_to_screen
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
    on_issued: Callable[[bytes], None] | None = None,
    on_failed: Callable[[], None] | None = None,
) -> bool:
    """Ask for a printer (on the UI thread), issue the document on the store worker if needed, then
    paint it on an I/O worker. ``on_issued`` gets the issued copy on the UI thread before painting;
    ``on_failed`` runs (on the UI thread) after an error is shown. False when the clerk cancels the
    print dialog."""
    printer = printers.choose_printer(parent, title)
    if printer is None:
        return False

    def error(exc: BaseException) -> None:
        app.dialogs.show_exception(parent, exc)
        if on_failed is not None:
            on_failed()

    def paint(document: bytes) -> None:
        app.tasks.run(print_pdf, document, printer, kind=IO, on_done=on_done, on_error=error)

    def issued(document: bytes) -> None:
        if on_issued is not None:
            on_issued(document)
        paint(document)

    if issue is None:
        paint(pdf)
    else:
        app.tasks.run(issue, on_done=issued, on_error=error)
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
            label.setObjectName("previewPage")
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
        fit_to_screen(self, 720, 900)  # 打印/另存为/关闭 stay on a 768-pixel screen

    def _issued(self, pdf: bytes) -> None:
        """On the UI thread: keep the issued copy, so later prints and saves hand over that one."""
        self.pdf, self.issue = pdf, None
        self._set_issuing(False)
        self.issued.emit()

    def _set_issuing(self, issuing: bool) -> None:
        # one issue at a time: a second click while the first is on the worker would issue twice
        self.print_button.setEnabled(not issuing)
        self.save_button.setEnabled(not issuing)

    def _failed(self, exc: BaseException | None = None) -> None:
        self._set_issuing(False)
        if exc is not None:
            self.app.dialogs.show_exception(self, exc)

    def print_document(self) -> None:
        issuing = self.issue is not None
        started = print_in_background(
            self.app,
            self,
            self.pdf,
            self.title,
            self.printers,
            self.issue,
            self.printed.emit,
            on_issued=self._issued if issuing else None,
            on_failed=self._failed,
        )
        if started and issuing and self.issue is not None:  # still on the worker
            self._set_issuing(True)

    def save_document(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.title}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return

        def write(pdf: bytes) -> None:
            self.app.tasks.run(write_file_atomically, Path(path), pdf, kind=IO, on_error=self._failed)

        if self.issue is None:
            write(self.pdf)
            return

        def issued(pdf: bytes) -> None:
            self._issued(pdf)
            write(pdf)

        issue = self.issue
        self._set_issuing(True)
        self.app.tasks.run(issue, on_done=issued, on_error=self._failed)
