"""Finding a matter: a department tree, and a search box whose results follow every keystroke.

The catalogue and its search index are loaded once through the task runner (pinyin for thousands
of names takes a moment); each keystroke then searches the in-memory index on the UI thread in
about a millisecond (tests/benchmarks/test_catalogue_search.py), so typing never stalls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services import catalogue
from windowdesk.services.catalogue import CatalogueView, MatterSummary
from windowdesk.ui.app_context import AppContext

CODE_ROLE = Qt.ItemDataRole.UserRole
RESULT_LIMIT = 100


class CataloguePicker(QWidget):
    """Emits ``matter_chosen(code)`` when the user picks a matter in the tree or the results."""

    matter_chosen = Signal(str)
    loaded = Signal()

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, *, include_inactive: bool = False
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.include_inactive = include_inactive
        self.view: CatalogueView | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search: name, pinyin initials (spjy), code or department"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("departmentTree")
        self.tree.setHeaderHidden(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setSpacing(2)
        self.results.setAlternatingRowColors(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)
        self.status = QLabel(self.tr("Loading the catalogue…"), self)
        self.status.setObjectName("catalogueStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._choose_first_result)
        self.tree.currentItemChanged.connect(self._tree_item_changed)
        self.results.currentItemChanged.connect(self._result_changed)
        app.hub.changed.connect(self._catalogue_changed)
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self.app.tasks.run(
            catalogue.catalogue_view,
            self.app.services,
            include_inactive=self.include_inactive,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _catalogue_changed(self, capability: str) -> None:
        if capability == "catalogue":
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The catalogue could not be loaded."))
        self.app.dialogs.show_exception(self, exc)

    def _loaded(self, view: CatalogueView) -> None:
        selected = self.current_code()
        self.view = view
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for dept in view.departments:
            item = QTreeWidgetItem(self.tree, [f"{dept.name}（{dept.matter_count}）"])
            item.setData(0, CODE_ROLE, None)
            items[dept.code] = item
        for matter in view.matters:
            parent = items.get(matter.department_code)
            if parent is None:
                continue
            child = QTreeWidgetItem(parent, [self._matter_text(matter)])
            child.setData(0, CODE_ROLE, matter.code)
            child.setToolTip(0, matter.code)
        self.status.setText(
            self.tr("%1 matters in %2 departments")
            .replace("%1", str(len(view.matters)))
            .replace("%2", str(len(view.departments)))
        )
        self._search(self.search.text())
        if selected and not self._select_result(selected):
            self.select(selected)
        self.loaded.emit()

    def _matter_text(self, matter: MatterSummary) -> str:
        text = matter.name if matter.active else self.tr("%1 (inactive)").replace("%1", matter.name)
        return text

    # -- searching ----------------------------------------------------------------------
    def _search(self, text: str) -> None:
        if not text.strip():
            self.stack.setCurrentWidget(self.tree)
            return
        self.stack.setCurrentWidget(self.results)
        self.results.blockSignals(True)
        self.results.clear()
        if self.view is not None:
            for hit in self.view.index.search(text, RESULT_LIMIT):
                matter: MatterSummary = hit.entry.key  # type: ignore[assignment]
                item = QListWidgetItem(
                    f"{self._matter_text(matter)}\n{matter.code} · {matter.department_name}"
                )
                item.setData(CODE_ROLE, matter.code)
                self.results.addItem(item)
        self.results.blockSignals(False)
        if self.results.count() == 0:
            self.results.addItem(
                QListWidgetItem(self.tr("No matter matches “%1”.").replace("%1", text.strip()))
            )

    def _choose_first_result(self) -> None:
        if self.results.count() and self.results.item(0).data(CODE_ROLE):
            self.results.setCurrentRow(0)

    # -- choosing -----------------------------------------------------------------------
    def _tree_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        code = item.data(0, CODE_ROLE) if item is not None else None
        if code:
            self.matter_chosen.emit(code)

    def _result_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        code = item.data(CODE_ROLE) if item is not None else None
        if code:
            self.matter_chosen.emit(code)

    def current_code(self) -> str | None:
        widget = self.stack.currentWidget()
        if widget is self.results:
            item = self.results.currentItem()
            return item.data(CODE_ROLE) if item else None
        item = self.tree.currentItem()
        return item.data(0, CODE_ROLE) if item else None

    def _select_result(self, code: str) -> bool:
        """Keep a reloaded search's selection where the user left it (the search text stays)."""
        if self.stack.currentWidget() is not self.results:
            return False
        for row in range(self.results.count()):
            if self.results.item(row).data(CODE_ROLE) == code:
                self.results.setCurrentRow(row)
                return True
        return False

    def select(self, code: str) -> bool:
        """Select a matter in the tree (clearing the search); False when it is not listed."""
        if self.search.text():
            self.search.clear()
        for top in range(self.tree.topLevelItemCount()):
            dept = self.tree.topLevelItem(top)
            for row in range(dept.childCount()):
                child = dept.child(row)
                if child.data(0, CODE_ROLE) == code:
                    dept.setExpanded(True)
                    self.tree.setCurrentItem(child)
                    return True
        return False
