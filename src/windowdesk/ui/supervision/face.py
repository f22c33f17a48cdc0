"""The supervisor's face: tabs per task (cases; cards and exceptions; statistics and reports)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from windowdesk.ui.app_context import AppContext
from windowdesk.ui.printing import PrintService
from windowdesk.ui.supervision.alerts_panel import AlertsPanel
from windowdesk.ui.supervision.case_list import CaseListPanel
from windowdesk.ui.supervision.stats_panel import StatsPanel


class SupervisorFace(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("supervisorTabs")
        self.cases = CaseListPanel(app, self.tabs, printers)
        self.tabs.addTab(self.cases, self.tr("Cases"))
        self.alerts = AlertsPanel(app, self.tabs)
        self.tabs.addTab(self.alerts, self.tr("Cards and exceptions"))
        self.stats = StatsPanel(app, self.tabs)
        self.tabs.addTab(self.stats, self.tr("Statistics"))
        layout.addWidget(self.tabs)
