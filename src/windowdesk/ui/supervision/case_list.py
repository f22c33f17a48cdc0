"""The supervisor's case list: filter by date, window, clerk (by name) and outcome, one page of 100
at a time (◀ ▶, "rows a–b of n" counted in the store); double-click or Enter opens the case page; print the acceptance notices of many cases as one print job or one PDF;
reprint one document (marked 补打, audited). Layout: forms/case_list.ui."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from windowdesk.domain.intake import OUTCOMES
from windowdesk.services import cases as case_documents
from windowdesk.services import cases as case_views
from windowdesk.services import supervision
from windowdesk.services.cases import CaseFilter, CaseSummary
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.cases import labels as case_labels
from windowdesk.ui.generated.ui_case_list import Ui_CaseListPanel
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.preview import PreviewDialog, print_in_background
from windowdesk.ui.printing import PrintService
from windowdesk.ui.supervision.paged_table import show_position
from windowdesk.ui.supervision.staff_filter import StaffFilter
from windowdesk.ui.supervision.xlsx_export import XlsxExport

Index = QModelIndex | QPersistentModelIndex
#: the one column that takes the width left over (and elides, with the full name as its tooltip);
#: every other column is as wide as its longest text
MATTER_COLUMN, APPLICANT_COLUMN = 2, 3
PAGE = 100  # rows a page: the list never loads every case


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
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (MATTER_COLUMN, APPLICANT_COLUMN):
            return None  # the long texts only: the others are never cut
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
    case_opened = Signal(str)  # a case number: double-click or Enter on its row

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPanel")
        self.app = app
        self.printers = printers or PrintService()
        self.ui = Ui_CaseListPanel()
        self.ui.setupUi(self)
        # the names the supervisor face and the tests use
        self.date_from, self.date_to = self.ui.dateFromEdit, self.ui.dateToEdit
        self.window_spin, self.clerk_combo = self.ui.windowFilterSpin, self.ui.clerkFilterCombo
        self.staff = StaffFilter(self.clerk_combo)
        self.outcome_combo, self.refresh_button = self.ui.outcomeFilterCombo, self.ui.refreshCasesButton
        self.table, self.count_label = self.ui.caseTable, self.ui.caseCountLabel
        self.prev_button, self.next_button = self.ui.prevPageButton, self.ui.nextPageButton
        self.offset, self.total = 0, 0  # the page shown, and how many cases the filters choose
        self.print_button, self.pdf_button = self.ui.batchPrintButton, self.ui.batchPdfButton
        self.export_button = self.ui.exportXlsxButton
        self.reprint_kind, self.reprint_button = self.ui.reprintKindCombo, self.ui.reprintOneButton
        self._hall_today: dt.date | None = None  # the hall's day, from the store's time zone setting
        self.outcome_combo.addItem(self.tr("all"), None)
        for code in OUTCOMES:
            self.outcome_combo.addItem(labels.outcome(code), code)
        for kind in case_documents.DOCUMENT_KINDS:
            self.reprint_kind.addItem(case_labels.document(kind), kind)
        self.model = CaseTableModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MATTER_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)  # Enter on a row opens it too

        self.refresh_button.clicked.connect(self.refresh)
        self.clerk_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clerk_combo.lineEdit().returnPressed.connect(self._clerk_typed)
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(self.save_selected)
        self.reprint_button.clicked.connect(self.reprint_one)
        self.xlsx = XlsxExport(app, self)
        self.export_button.clicked.connect(lambda: self.export())
        self.prev_button.clicked.connect(lambda: self.load(max(0, self.offset - PAGE)))
        self.next_button.clicked.connect(lambda: self.load(self.offset + PAGE))
        show_position(self.count_label, self.prev_button, self.next_button, 0, 0, 0)
        app.hub.changed.connect(lambda what: self.load(self.offset) if what == "cases" else None)
        # the default range is the hall's last 30 days, not the PC's: the two differ around midnight
        # the hall's zone is a stored setting: its day is asked on the worker, not on the UI thread
        app.tasks.run(app.clock.today, on_done=self._start_at, on_error=self._error)
        app.tasks.run(supervision.counter_staff, app.services, on_done=self.staff.fill, on_error=self._error)

    def _start_at(self, hall_today: dt.date) -> None:
        self._hall_today = hall_today
        today = QDate(hall_today.year, hall_today.month, hall_today.day)
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self.open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.case_opened.emit(self.model.rows[row].case_no)

    def _clerk_typed(self) -> None:
        """Enter in the 经办人 box: a name typed but not picked from the list is looked up."""
        if self.clerk_combo.currentText() != self.clerk_combo.itemText(self.clerk_combo.currentIndex()):
            self.refresh()

    def filters(self) -> CaseFilter | None:
        """The filters as set; None (after saying why) when the 经办人 box names no one of the staff."""
        understood, clerk = self.staff.chosen()
        if not understood:
            self.app.dialogs.error(
                self,
                self.tr(
                    "No one, or more than one person, of the staff matches “%1”: choose a name from the list."
                ).replace("%1", self.clerk_combo.currentText().strip()),
            )
            return None
        return CaseFilter(
            received_from=self.date_from.date().toPython(),
            received_to=self.date_to.date().toPython(),
            window_no=self.window_spin.value() or None,
            clerk_login=clerk,
            outcome=self.outcome_combo.currentData(),
            limit=PAGE,
        )

    def refresh(self) -> None:
        """The first page of the cases the filters choose (the filters changed)."""
        self.load(0)

    def load(self, offset: int) -> None:
        """The page starting at ``offset``, with the count of every case the filters choose."""
        if self._hall_today is None:
            return  # _start_at refreshes once the hall's day is known
        filters = self.filters()
        if filters is None:
            return
        filters = replace(filters, offset=offset)
        services = self.app.services

        def read() -> tuple[list[CaseSummary], int, int]:
            total = case_views.count_cases(services, filters)
            if offset and offset >= total:  # the last page emptied (cases gone): its last rows now
                return read_at(max(0, (total - 1) // PAGE * PAGE), total)
            return read_at(offset, total)

        def read_at(start: int, total: int) -> tuple[list[CaseSummary], int, int]:
            return case_views.list_cases(services, replace(filters, offset=start)), total, start

        def shown(loaded: tuple[list[CaseSummary], int, int]) -> None:
            rows, total, start = loaded
            keep = set(self.selected_numbers())  # a refresh keeps the supervisor's selection
            self.model.set_rows(rows)
            selection = self.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row, case in enumerate(rows):
                if case.case_no in keep:
                    selection.select(self.model.index(row, 0), flags)
            self.offset, self.total = start, total
            show_position(self.count_label, self.prev_button, self.next_button, start, len(rows), total)

        self.app.tasks.run(read, on_done=shown, on_error=self._error)

    def export(self, path: str | None = None) -> None:
        """Every case the filters choose (not only the page shown) as XLSX."""
        if self._hall_today is None:
            return
        filters = self.filters()
        if filters is None:
            return
        services = self.app.services
        name = f"cases-{filters.received_from:%Y%m%d}-{filters.received_to:%Y%m%d}.xlsx"
        self.xlsx.export(name, lambda out: supervision.export_cases(services, filters, out), path)

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
            on_done=lambda _pages: self.load(self.offset),
        )

    def save_selected(self, path: str | None = None) -> None:
        numbers = self._batch()
        if numbers is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                f"acceptance-{self._hall_today or self.date_to.date().toPython():%Y%m%d}.pdf",
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
            on_done=lambda _pdf: self.load(self.offset),
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
