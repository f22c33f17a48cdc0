"""The supervisor's answer to extension requests (延期审批): approve as asked, or refuse with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services import cases
from windowdesk.services.cases import ExtensionRequest
from windowdesk.ui.app_context import AppContext


class ExtensionRequestsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.requests: list[ExtensionRequest] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("extensionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Matter"),
                self.tr("Department"),
                self.tr("Working days"),
                self.tr("Reason"),
                self.tr("Asked by"),
                self.tr("Statutory due"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("extensionNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Note (needed to refuse)"))
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approveExtensionButton")
        self.refuse_button = QPushButton(self.tr("Refuse"), self)
        self.refuse_button.setObjectName("refuseExtensionButton")
        self.message = QLabel(self)
        self.message.setObjectName("extensionMessage")
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.refuse_button.clicked.connect(lambda: self.answer(False))
        app.hub.changed.connect(lambda what: what == "cases" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.app.tasks.run(
            cases.extension_requests, self.app.services, on_done=self._show, on_error=self._error
        )

    def _show(self, requests: list[ExtensionRequest]) -> None:
        self.requests = requests
        self.table.setRowCount(len(requests))
        for r, q in enumerate(requests):
            values = [
                q.case_no,
                q.matter_name,
                q.department_code,
                str(q.workdays),
                q.reason,
                q.requested_by,
                q.statutory_due.isoformat() if q.statutory_due else "—",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if requests and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.approve_button.setEnabled(bool(requests))
        self.refuse_button.setEnabled(bool(requests))

    def answer(self, approve: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.requests):
            return
        number, note, services = self.requests[row].case_no, self.note_edit.text(), self.app.services
        if approve:
            work = lambda: cases.approve_extension(services, number, note)  # noqa: E731
        else:
            work = lambda: cases.refuse_extension(services, number, note)  # noqa: E731
        self.app.tasks.run(work, on_done=self._answered, on_error=self._error)

    def _answered(self, case) -> None:  # type: ignore[no-untyped-def]
        self.note_edit.clear()
        self.message.setText(
            self.tr("Case %1: statutory due %2")
            .replace("%1", case.case_no)
            .replace("%2", case.summary.statutory_due.isoformat() if case.summary.statutory_due else "—")
        )
        self.app.hub.changed.emit("cases")
        self.refresh()

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)
