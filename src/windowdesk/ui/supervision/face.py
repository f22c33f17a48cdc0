"""The supervisor's face: tabs per task: cases, cards and exceptions, statistics and reports,
extension requests, deemed approvals, hand-over, bad-rating follow-ups, one case in full."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake.case_page import CasePage, cases_show
from windowdesk.ui.printing import PrintService
from windowdesk.ui.supervision.alerts_panel import AlertsPanel
from windowdesk.ui.supervision.case_list import CaseListPanel
from windowdesk.ui.supervision.deemed import DeemedApprovalsPanel
from windowdesk.ui.supervision.extensions import ExtensionRequestsPanel
from windowdesk.ui.supervision.followups_panel import FollowupsPanel
from windowdesk.ui.supervision.handover import HandoverPanel
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
        self.extensions = ExtensionRequestsPanel(app, self.tabs)
        self.tabs.addTab(self.extensions, self.tr("Extension requests"))
        self.deemed = DeemedApprovalsPanel(app, self.tabs)
        self.tabs.addTab(self.deemed, self.tr("Deemed approvals"))
        self.handover = HandoverPanel(app, self.tabs, printers)
        self.tabs.addTab(self.handover, self.tr("Hand-over"))
        self.followups = FollowupsPanel(app, self.tabs)
        self.tabs.addTab(self.followups, self.tr("Bad-rating follow-ups"))
        # one case in full: the timeline of both clocks with the pauses, the history, the documents
        case_tab = QWidget(self.tabs)
        case_layout = QVBoxLayout(case_tab)
        self.case_number_edit = QLineEdit(case_tab)
        self.case_number_edit.setObjectName("supervisorCaseEdit")
        self.case_number_edit.setPlaceholderText(
            self.tr("Case number (type or scan), or double-click a case")
        )
        self.case_page = CasePage(app, printers or PrintService(), case_tab)
        self.case_page.setVisible(False)
        case_layout.addWidget(self.case_number_edit)
        case_layout.addWidget(self.case_page, 1)
        self.tabs.addTab(case_tab, self.tr("Case page"))
        self.case_number_edit.returnPressed.connect(lambda: self.open_case(self.case_number_edit.text()))
        self.cases.case_opened.connect(self.open_case)
        self.app = app
        layout.addWidget(self.tabs)

    def open_case(self, number: str) -> None:
        def shown(case) -> None:  # type: ignore[no-untyped-def]
            self.case_number_edit.setText(case.case_no)  # which case this is, ready to type the next
            self.case_page.show_case(case)
            self.case_page.setVisible(True)
            self.tabs.setCurrentIndex(self.tabs.count() - 1)

        self.app.tasks.run(
            cases_show,
            self.app,
            number.strip(),
            on_done=shown,
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )
