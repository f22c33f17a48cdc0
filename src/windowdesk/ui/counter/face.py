"""The counter face: the queue panel (when the queue capability adds it) beside the intake panel.

The queue panel goes on the left through :meth:`CounterFace.add_side_panel`; when it finishes a ticket
with an intake outcome it links the case from :attr:`IntakePanel.case_decided`, and it tells the
intake panel the ticket being served with :meth:`IntakePanel.set_ticket`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake.panel import IntakePanel
from windowdesk.ui.intake.printing import PrintService


class CounterFace(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("counterSplitter")
        self.intake = IntakePanel(app, self.splitter, printers)
        self.splitter.addWidget(self.intake)
        layout.addWidget(self.splitter)

    def add_side_panel(self, panel: QWidget) -> None:
        """Put a panel (the queue) to the left of intake."""
        self.splitter.insertWidget(0, panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
