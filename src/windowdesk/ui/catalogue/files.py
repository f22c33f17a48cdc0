"""Catalogue files from the editor: import a department's workbook, export, hand out the template.

An import with bad rows imports nothing and lists every problem (sheet, row, column, reason); the
supervisor may then import only the good rows, as ``--skip-invalid`` does on the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from windowdesk.errors import current_language
from windowdesk.services import catalogue as catalogue_io
from windowdesk.services.catalogue import CatalogueFileError, ImportReport, RowError
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.tasks import IO

MAX_SHOWN_ERRORS = 30


class CatalogueFiles(QWidget):
    """Import / export / template buttons; ``imported`` fires after the store changed."""

    imported = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.import_button = QPushButton(self.tr("Import file…"), self)
        self.import_button.setObjectName("importCatalogueButton")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportCatalogueButton")
        self.template_button = QPushButton(self.tr("Blank template…"), self)
        self.template_button.setObjectName("catalogueTemplateButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.import_button, self.export_button, self.template_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.template_button.clicked.connect(self.save_template)

    # -- file choosers (tests replace these) ----------------------------------------------
    def choose_import_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import catalogue"), "", self.tr("Catalogue files (*.xlsx *.json)")
        )
        return Path(path) if path else None

    def choose_export_path(self, suggested: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, file_filter)
        return Path(path) if path else None

    # -- import -------------------------------------------------------------------------
    def import_file(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            self._import(path, skip_invalid=False)

    def _import(self, path: Path, *, skip_invalid: bool) -> None:
        self.app.tasks.run(
            catalogue_io.import_catalogue,
            self.app.services,
            path,
            skip_invalid=skip_invalid,
            on_done=self._imported,
            on_error=lambda exc: self._import_failed(path, exc),
        )

    def _error_lines(self, errors: tuple[RowError, ...]) -> str:
        language = current_language()
        lines = [error.text(language) for error in errors[:MAX_SHOWN_ERRORS]]
        if len(errors) > MAX_SHOWN_ERRORS:
            lines.append(self.tr("…and %1 more").replace("%1", str(len(errors) - MAX_SHOWN_ERRORS)))
        return "\n".join(lines)

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        if not isinstance(exc, CatalogueFileError):
            self.app.dialogs.show_exception(self, exc)
            return
        question = (
            self.tr("Nothing was imported from %1:").replace("%1", path.name)
            + "\n\n"
            + self._error_lines(exc.errors)
            + "\n\n"
            + self.tr("Import only the rows without errors?")
        )
        if self.app.dialogs.confirm(self, question):
            self._import(path, skip_invalid=True)

    def _imported(self, report: ImportReport) -> None:
        summary = (
            self.tr("Departments: %1 new, %2 changed. Matters: %3 new, %4 changed, %5 unchanged.")
            .replace("%1", str(report.departments_added))
            .replace("%2", str(report.departments_updated))
            .replace("%3", str(report.matters_added))
            .replace("%4", str(report.matters_updated))
            .replace("%5", str(report.matters_unchanged))
        )
        if report.errors:
            summary += "\n\n" + self.tr("Rows left out:") + "\n" + self._error_lines(report.errors)
        self.app.dialogs.info(self, summary)
        if report.changed:
            self.app.hub.changed.emit("catalogue")
            self.imported.emit()

    # -- export -------------------------------------------------------------------------
    def export_file(self) -> None:
        path = self.choose_export_path("事项清单.xlsx", self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path is None:
            return
        self.app.tasks.run(
            catalogue_io.export_catalogue,
            self.app.services,
            path,
            on_done=lambda count: self.app.dialogs.info(
                self, self.tr("Exported %1 matters to %2").replace("%1", str(count)).replace("%2", str(path))
            ),
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    def save_template(self) -> None:
        path = self.choose_export_path("事项清单导入模板.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        self.app.tasks.run(
            catalogue_io.export_template,
            path,
            kind=IO,
            on_done=lambda _none: self.app.dialogs.info(
                self, self.tr("Template saved to %1").replace("%1", str(path))
            ),
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )
