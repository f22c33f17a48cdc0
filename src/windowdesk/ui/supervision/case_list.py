"""The supervisor's case list: filter by date, window, clerk and outcome; print the acceptance notices
of many cases as one print job or one PDF; reprint one document (marked 补打, audited)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windowdesk.domain.intake import OUTCOMES
from windowdesk.services import cases as case_documents
from windowdesk.services import cases as case_views
from windowdesk.services.cases import CaseFilter, CaseSummary
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.preview import PreviewDialog, print_in_background
from windowdesk.ui.intake.printing import PrintService

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[CaseSummary] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Status"),
            self.tr("Matter"),
            self.tr("Applicant"),
            self.tr("Received"),
            self.tr("Window"),
            self.tr("Clerk"),
            self.tr("Promised due"),
        ]

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        values = [
            c.case_no,
            labels.case_status(c.status, c.deemed_accepted),
            c.matter_name,
            f"{c.applicant_name}（{c.applicant_masked_id}）",
            c.received_on.isoformat(),
            str(c.window_no or ""),
            c.clerk_name or c.clerk_login,
            c.promised_due.isoformat() if c.promised_due else "",
        ]
        return values[index.column()]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CaseListPanel(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPanel")
        self.app = app
        self.printers = printers or PrintService()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        today = _qdate(app.clock.today())
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_from.setObjectName("dateFromEdit")
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("dateToEdit")
        self.date_to.setCalendarPopup(True)
        self.window_spin = QSpinBox(self)
        self.window_spin.setObjectName("windowFilterSpin")
        self.window_spin.setRange(0, 999)
        self.window_spin.setSpecialValueText(self.tr("all"))
        self.clerk_edit = QLineEdit(self)
        self.clerk_edit.setObjectName("clerkFilterEdit")
        self.clerk_edit.setPlaceholderText(self.tr("login"))
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcomeFilterCombo")
        self.outcome_combo.addItem(self.tr("all"), None)
        for code in OUTCOMES:
            self.outcome_combo.addItem(labels.outcome(code), code)
        self.refresh_button = QPushButton(self.tr("Search"), self)
        self.refresh_button.setObjectName("refreshCasesButton")
        for label, widget in (
            (self.tr("From"), self.date_from),
            (self.tr("to"), self.date_to),
            (self.tr("Window"), self.window_spin),
            (self.tr("Clerk"), self.clerk_edit),
            (self.tr("Outcome"), self.outcome_combo),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = CaseTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCountLabel")
        self.print_button = QPushButton(self.tr("Print acceptance notices (one job)…"), self)
        self.print_button.setObjectName("batchPrintButton")
        self.pdf_button = QPushButton(self.tr("Save acceptance notices as one PDF…"), self)
        self.pdf_button.setObjectName("batchPdfButton")
        self.reprint_kind = QComboBox(self)
        self.reprint_kind.setObjectName("reprintKindCombo")
        for kind in case_documents.DOCUMENT_KINDS:
            self.reprint_kind.addItem(labels.document(kind), kind)
        self.reprint_button = QPushButton(self.tr("Reprint one (补打)…"), self)
        self.reprint_button.setObjectName("reprintOneButton")
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.reprint_kind)
        actions.addWidget(self.reprint_button)
        layout.addLayout(actions)

        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(self.save_selected)
        self.reprint_button.clicked.connect(self.reprint_one)
        app.hub.changed.connect(lambda what: self.refresh() if what == "cases" else None)
        self.refresh()

    def filters(self) -> CaseFilter:
        return CaseFilter(
            received_from=self.date_from.date().toPython(),
            received_to=self.date_to.date().toPython(),
            window_no=self.window_spin.value() or None,
            clerk_login=self.clerk_edit.text().strip() or None,
            outcome=self.outcome_combo.currentData(),
        )

    def refresh(self) -> None:
        def shown(rows: list[CaseSummary]) -> None:
            keep = set(self.selected_numbers())  # a refresh keeps the supervisor's selection
            self.model.set_rows(rows)
            selection = self.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row, case in enumerate(rows):
                if case.case_no in keep:
                    selection.select(self.model.index(row, 0), flags)
            self.count_label.setText(self.tr("%n case(s)", "", len(rows)))

        self.app.tasks.run(
            case_views.list_cases, self.app.services, self.filters(), on_done=shown, on_error=self._error
        )

    def selected_numbers(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].case_no for r in rows]

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)

    def _batch(self) -> list[str] | None:
        numbers = self.selected_numbers()
        if not numbers:
            self.app.dialogs.error(self, self.tr("Select the cases first."))
            return None
        return numbers

    def print_selected(self) -> None:
        """One print job for all selected cases; the batch is issued (archived, audited) on the store
        worker once the printer is chosen, then painted on an I/O worker."""
        numbers = self._batch()
        if numbers is None:
            return
        services = self.app.services
        print_in_background(
            self.app,
            self,
            b"",
            self.tr("Acceptance notices"),
            self.printers,
            issue=lambda: case_documents.batch_print(services, numbers, "acceptance"),
            on_done=lambda _pages: self.refresh(),
        )

    def save_selected(self, path: str | None = None) -> None:
        numbers = self._batch()
        if numbers is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                f"acceptance-{self.app.clock.today():%Y%m%d}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
        if not path:
            return
        # written by the worker, inside the batch's transaction: a failed write is shown, not audited
        self.app.tasks.run(
            case_documents.batch_print,
            self.app.services,
            numbers,
            "acceptance",
            Path(path),
            on_done=lambda _pdf: self.refresh(),
            on_error=self._error,
        )

    def reprint_one(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            self.app.dialogs.error(self, self.tr("Select exactly one case to reprint."))
            return
        number, kind = numbers[0], self.reprint_kind.currentData()
        services = self.app.services

        def shown(pdf: bytes) -> None:
            issue = lambda: case_documents.print_document(services, number, kind).read()  # noqa: E731
            dialog = PreviewDialog(self.app, pdf, labels.document(kind), self.printers, self, issue)
            self.last_preview = dialog
            dialog.open()

        self.app.tasks.run(
            case_documents.preview_document, services, number, kind, on_done=shown, on_error=self._error
        )
