"""Adding departments and correcting their name, phone and address (supervisors, on central)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from windowdesk.domain.catalogue import DepartmentSpec, department_problems
from windowdesk.errors import current_language
from windowdesk.services import catalogue
from windowdesk.services import catalogue as catalogue_edit
from windowdesk.services.catalogue import DepartmentInfo
from windowdesk.services.context import ServiceContext
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_departments import Ui_DepartmentsDialog

CODE, NAME, PHONE, ADDRESS = range(4)


def save_departments(ctx: ServiceContext, specs: list[DepartmentSpec]) -> int:
    """Save each department (one audited action each); the number saved."""
    for spec in specs:
        catalogue_edit.save_department(ctx, spec)
    return len(specs)


class DepartmentsDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_DepartmentsDialog()
        self.ui.setupUi(self)
        self.table = self.ui.departmentsTable
        self.saved: dict[str, DepartmentSpec] = {}
        self.ui.addDepartmentButton.clicked.connect(self.add_row)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.app.tasks.run(catalogue.list_departments, app.services, on_done=self._loaded)

    def _loaded(self, departments: list[DepartmentInfo]) -> None:
        self.table.setRowCount(0)
        self.saved = {d.code: DepartmentSpec(d.code, d.name, d.phone, d.address) for d in departments}
        for spec in self.saved.values():
            self.add_row(spec)
        self.table.resizeColumnsToContents()

    def add_row(self, spec: DepartmentSpec | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (spec.code, spec.name, spec.phone, spec.address) if spec else ("", "", "", "")
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == CODE and spec is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # matters refer to it
            self.table.setItem(row, column, item)
        if spec is None:
            self.table.setCurrentCell(row, CODE)
            self.table.editItem(self.table.item(row, CODE))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def changed_rows(self) -> tuple[list[DepartmentSpec], list[str]]:
        """New or edited departments, and every problem with them (by row)."""
        language = current_language()
        specs, problems = [], []
        for row in range(self.table.rowCount()):
            spec = DepartmentSpec(
                self._text(row, CODE).upper(),
                self._text(row, NAME),
                self._text(row, PHONE),
                self._text(row, ADDRESS),
            )
            if spec == DepartmentSpec("", "") or self.saved.get(spec.code) == spec:
                continue  # an empty new row, or unchanged
            found = department_problems(spec)
            if spec.code in self.saved and row >= len(self.saved):
                found = []
                problems.append(
                    self.tr("Row %1: the code %2 is already used")
                    .replace("%1", str(row + 1))
                    .replace("%2", spec.code)
                )
            for problem in found:
                reason = problem.en if language == "en" else problem.zh
                problems.append(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", reason))
            specs.append(spec)
        return specs, problems

    def save(self) -> None:
        specs, problems = self.changed_rows()
        self.ui.problemsLabel.setText("\n".join(problems))
        if problems or not specs:
            return
        self.app.tasks.run(
            save_departments,
            self.app.services,
            specs,
            on_done=self._saved,
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    def _saved(self, count: int) -> None:
        self.app.hub.changed.emit("catalogue")
        self.app.dialogs.info(self, self.tr("%1 departments saved.").replace("%1", str(count)))
        self.app.tasks.run(catalogue.list_departments, self.app.services, on_done=self._loaded)
