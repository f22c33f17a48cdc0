"""导出 XLSX… for the supervisor's lists: the file asked for, then written by the services on the
task runner's I/O pool (every row of the filter, page by page); a failed write is said plainly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from windowdesk.services import supervision
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.tasks import IO


class XlsxExport(QObject):
    """One per panel: ``export(default_name, write, path)``; ``write(path)`` runs on the I/O pool."""

    def __init__(self, app: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.app, self.panel = app, parent

    def export(
        self,
        default_name: str,
        write: Callable[[str], supervision.Exported],
        path: str | None = None,
        on_done: Callable[[supervision.Exported], None] | None = None,
    ) -> None:
        """Ask where (unless ``path`` is given), then ``write(path)`` off the UI thread."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.panel, self.tr("Export XLSX"), default_name, self.tr("Excel workbooks (*.xlsx)")
            )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def saved(result: supervision.Exported) -> None:
            text = self.tr("Saved %n row(s) to %1", "", result.rows).replace("%1", str(result.path))
            self.app.dialogs.info(self.panel, text)
            if on_done is not None:
                on_done(result)

        self.app.tasks.run(
            write,
            path,
            kind=IO,
            on_done=saved,
            on_error=lambda exc: self.app.dialogs.show_exception(self.panel, exc),
        )
