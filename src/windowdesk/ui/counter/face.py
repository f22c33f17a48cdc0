"""The counter face: the queue panel on the left, intake on the right.

The ticket the queue panel has called or is serving is the one intake links its next case to; once
the case is recorded, the clerk finishes the ticket in the queue panel (F4) and the queue's finish hook
links the two (an intake outcome without a case is refused there).

A scan anywhere in the counter's window (the application's scan detector) opens the scanned case in
intake, or calls the scanned ticket slip to this window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSplitter, QStyle, QWidget

from windowdesk.services.queue import QueueStatus
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake.panel import IntakePanel
from windowdesk.ui.printing import PrintService
from windowdesk.ui.queue.counter import CounterQueuePanel
from windowdesk.ui.scan_detector import Scan


class CounterFace(QWidget):
    def __init__(
        self,
        app: AppContext,
        parent: QWidget | None = None,
        printers: PrintService | None = None,
        *,
        watch: bool = True,
    ) -> None:
        super().__init__(parent)
        self.app = app
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("counterSplitter")
        self.queue = CounterQueuePanel(app, None, watch=watch)
        self.intake = IntakePanel(app, None, printers)
        # Scrolled rather than squeezed: the window stays resizable on a small screen.
        for panel in (self.queue, self.intake):
            scroll = QScrollArea(self.splitter)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop on the frame, only on what is in it
            scroll.setWidget(panel)
            self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter)
        self._sized = False
        self.queue.live.status_changed.connect(self._queue_changed)
        self.queue.propose_outcome = self.intake.visit_outcome
        self.queue.visit_finished.connect(self.intake.clear_after_visit)
        self._queue_changed(None)
        if app.scanner is not None:
            app.scanner.listen(self, self.open_scan)

    def leave_question(self) -> str | None:
        """What to ask before the window closes (Ctrl+Q or its close button) while a ticket is here."""
        current = self.queue.current
        if current is None or current.state not in ("called", "serving"):
            return None
        return self.tr(
            "Ticket %1 is still being served at this window. Quit anyway? The ticket stays with this window."
        ).replace("%1", current.number)

    def open_scan(self, scan: Scan) -> None:
        if scan.kind == "case":
            self.intake.open_scanned_case(scan.code)
        else:
            self.queue.call_scanned_ticket(scan.code)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The first time: the queue panel gets the width its buttons need, intake the rest."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            queue_width = self.queue.minimumSizeHint().width() + self.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent
            )
            total = max(self.splitter.width(), queue_width * 2)
            self.splitter.setSizes([queue_width, total - queue_width])

    def _queue_changed(self, _status: QueueStatus | None) -> None:
        current = self.queue.current
        if current is not None and current.state in ("called", "serving"):
            if self.intake.ticket_id != current.id:
                self.intake.set_ticket(current.id, current.number)
        elif self.intake.ticket_id is not None:
            self.intake.set_ticket(None)
