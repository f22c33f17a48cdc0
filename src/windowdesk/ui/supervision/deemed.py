"""超时默许: open cases of a matter where silence past the statutory limit counts as approval, past
their statutory due date without a decision — deemed approved, with the date, for supervisors."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from windowdesk.services import cases
from windowdesk.services.cases import DeemedApproval
from windowdesk.ui.app_context import AppContext


class DeemedApprovalsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.rows: list[DeemedApproval] = []
        self.note = QLabel(
            self.tr("Matters marked 超时默许: no decision by the statutory due date counts as approval."), self
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("deemedTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Matter"), self.tr("Statutory due"), self.tr("Deemed approved on")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        app.hub.changed.connect(lambda what: what == "cases" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.app.tasks.run(cases.deemed_approvals, self.app.services, on_done=self._show, on_error=self._error)

    def _show(self, rows: list[DeemedApproval]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            values = [d.case_no, d.matter_code, d.statutory_due.isoformat(), d.deemed_on.isoformat()]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)
