"""Hand-over to the departments (移交承办): the accepted cases of the chosen department waiting to be
handed over, the longest waiting first, a page at a time; the supervisor selects some or all of them
(Ctrl/Shift, Ctrl+A) and hands the selection over on one list (流转单), printed for the receiver to
sign; the department signs for it by scanning the list. Layout: forms/handover.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from windowdesk.services import cases, catalogue
from windowdesk.services.cases import AwaitingHandover, CaseSummary
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_handover import Ui_HandoverPanel
from windowdesk.ui.intake.preview import print_in_background
from windowdesk.ui.printing import PrintService
from windowdesk.ui.supervision.paged_table import show_position

Index = QModelIndex | QPersistentModelIndex
PAGE = 100  # rows a page: the list never loads every waiting case
MATTER_COLUMN, APPLICANT_COLUMN, DUE_COLUMN = 1, 2, 4
OVERDUE = QColor("#b3261e")  # a due date already passed, as on the department's desk


class WaitingCasesModel(QAbstractTableModel):
    """The waiting cases: number, matter, applicant (ID number masked), accepted on, due by (the
    promised date where the matter has one, else the statutory one; red once passed)."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[CaseSummary] = []
        self.as_of: dt.date | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Matter"),
            self.tr("Applicant"),
            self.tr("Accepted"),
            self.tr("Due by"),
        ]

    def set_rows(self, rows: list[CaseSummary], as_of: dt.date | None = None) -> None:
        self.beginResetModel()
        self.rows, self.as_of = rows, as_of
        self.endResetModel()

    def overdue(self, row: int) -> bool:
        c = self.rows[row]
        due = c.promised_due or c.statutory_due
        return due is not None and self.as_of is not None and due < self.as_of

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        late = index.column() == DUE_COLUMN and self.overdue(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if late else None
        if role == Qt.ItemDataRole.ToolTipRole and late:
            return self.tr("Past its due date: hand it over without delay")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (MATTER_COLUMN, APPLICANT_COLUMN):
            return None  # the long texts only: the others are never cut
        c = self.rows[index.row()]
        due = c.promised_due or c.statutory_due
        values = [
            c.case_no,
            c.matter_name,
            f"{c.applicant_name}（{c.applicant_masked_id}）",
            c.accepted_on.isoformat() if c.accepted_on else "",
            due.isoformat() if due else "",
        ]
        return values[index.column()]


class HandoverPanel(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPanel")
        self.app = app
        self.printers = printers or PrintService()
        self.ui = Ui_HandoverPanel()
        self.ui.setupUi(self)
        self.department_combo, self.table = self.ui.handoverDepartmentCombo, self.ui.handoverTable
        self.handover_button, self.message = self.ui.handoverButton, self.ui.handoverMessage
        self.refresh_button, self.count_label = self.ui.refreshHandoverButton, self.ui.handoverCountLabel
        self.prev_button, self.next_button = self.ui.prevHandoverPageButton, self.ui.nextHandoverPageButton
        self.stack, self.empty_label = self.ui.handoverStack, self.ui.handoverEmptyLabel
        self.offset, self.total = 0, 0
        self.model = WaitingCasesModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MATTER_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.department_combo.currentIndexChanged.connect(lambda _i: self.load(0))
        self.refresh_button.clicked.connect(lambda: self.load(self.offset))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.load(self.offset)).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.prev_button.clicked.connect(lambda: self.load(max(0, self.offset - PAGE)))
        self.next_button.clicked.connect(lambda: self.load(self.offset + PAGE))
        self.handover_button.clicked.connect(self.hand_over)
        app.hub.changed.connect(lambda what: what == "cases" and self.load(self.offset))
        self._show(AwaitingHandover((), 0, 0))
        app.tasks.run(
            catalogue.list_departments, app.services, on_done=self._departments, on_error=self._error
        )

    def _departments(self, departments) -> None:  # type: ignore[no-untyped-def]
        self.department_combo.blockSignals(True)
        for dept in departments:
            self.department_combo.addItem(f"{dept.name}（{dept.code}）", dept.code)
        self.department_combo.blockSignals(False)
        self.load(0)

    def department(self) -> str | None:
        return self.department_combo.currentData()

    def load(self, offset: int) -> None:
        """The page of the chosen department's waiting cases starting at ``offset``, on the worker."""
        code = self.department()
        if not code:
            return
        services = self.app.services

        def read() -> AwaitingHandover:
            page = cases.awaiting_handover(services, code, limit=PAGE, offset=offset)
            if offset and not page.cases and page.total:  # the last page emptied: the rows before it
                last = (page.total - 1) // PAGE * PAGE
                page = cases.awaiting_handover(services, code, limit=PAGE, offset=last)
            return page

        def shown(page: AwaitingHandover) -> None:
            if code == self.department():  # else the supervisor chose another meanwhile
                self._show(page)

        self.app.tasks.run(read, on_done=shown, on_error=self._error)

    def _show(self, page: AwaitingHandover) -> None:
        self.model.set_rows(list(page.cases), page.as_of)
        self.offset, self.total = page.offset, page.total
        show_position(
            self.count_label, self.prev_button, self.next_button, page.offset, len(page.cases), page.total
        )
        self.count_label.setVisible(page.total > 0)
        self.stack.setCurrentWidget(self.table if page.cases else self.empty_label)
        self._update_button()

    def selected_numbers(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].case_no for r in rows]

    def _update_button(self) -> None:
        self.handover_button.setEnabled(bool(self.selected_numbers()))

    def hand_over(self) -> None:
        """The selected cases to the chosen department on one list: written on the store worker once
        a printer is chosen, then printed; the list is read again after."""
        code, numbers = self.department(), self.selected_numbers()
        if not code or not numbers:
            return
        services = self.app.services
        done: list[cases.HandoverBatch] = []

        def issue() -> bytes:
            batch = cases.handover_cases(services, code, numbers)
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
            self.app.hub.changed.emit("cases")  # this list too reads again

        print_in_background(
            self.app,
            self,
            b"",
            self.tr("Hand-over list"),
            self.printers,
            issue,
            on_issued=issued,
            on_failed=lambda: self.load(self.offset),
        )

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)
