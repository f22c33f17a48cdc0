"""Hand-over to the departments (移交承办): the accepted cases of one department on one list (流转单),
printed for the receiver to sign; the department signs for it by scanning the list."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from windowdesk.services import cases, catalogue
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake.preview import print_in_background
from windowdesk.ui.printing import PrintService


class HandoverPanel(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.printers = printers or PrintService()
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("handoverDepartmentCombo")
        self.department_combo.setMinimumWidth(260)
        self.handover_button = QPushButton(self.tr("Hand over the accepted cases and print the list"), self)
        self.handover_button.setObjectName("handoverButton")
        self.message = QLabel(self)
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Department:"), self))
        row.addWidget(self.department_combo)
        row.addWidget(self.handover_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.handover_button.clicked.connect(self.hand_over)
        app.tasks.run(
            catalogue.list_departments, app.services, on_done=self._departments, on_error=self._error
        )

    def _departments(self, departments) -> None:  # type: ignore[no-untyped-def]
        for dept in departments:
            self.department_combo.addItem(f"{dept.name}（{dept.code}）", dept.code)

    def hand_over(self) -> None:
        code = self.department_combo.currentData()
        if not code:
            return
        services = self.app.services
        done: list[cases.HandoverBatch] = []

        def issue() -> bytes:
            batch = cases.handover_cases(services, code)
            done.append(batch)
            return cases.print_handover_list(services, batch.batch_no).read()

        def issued(_pdf: bytes) -> None:
            batch = done[-1]
            self.message.setText(
                self.tr("List %1 for %2: %3")
                .replace("%1", batch.batch_no)
                .replace("%2", batch.department_code)
                .replace("%3", "、".join(batch.case_nos))
            )
            self.app.hub.changed.emit("cases")

        print_in_background(
            self.app, self, b"", self.tr("Hand-over list"), self.printers, issue, on_issued=issued
        )

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)
