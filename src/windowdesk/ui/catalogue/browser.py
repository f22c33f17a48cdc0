"""The catalogue browser for the counter: find a matter, read it, save its guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from windowdesk.services import catalogue
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.catalogue.detail import MatterDetail
from windowdesk.ui.catalogue.picker import CataloguePicker


class CatalogueBrowser(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.picker = CataloguePicker(app, self)
        self.detail = MatterDetail(app, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("catalogueSplitter")
        splitter.addWidget(self.picker)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.picker.matter_chosen.connect(self.show_matter)
        self.picker.search.setFocus()

    def show_matter(self, code: str) -> None:
        self.app.tasks.run(
            catalogue.matter_version,
            self.app.services,
            code,
            on_done=self.detail.show_version,
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )
