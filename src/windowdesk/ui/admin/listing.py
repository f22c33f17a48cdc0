"""A filterable, sortable, keyboard-usable list of service results for the administration pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView

from windowdesk.errors import UserError
from windowdesk.ui.style import set_state

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def show_result(label: QLabel, exc: BaseException | None, ok: str = "") -> None:
    """A service's refusal in red under the page, or what was done in green."""
    if exc is None:
        set_state(label, "result", "ok")
        label.setText(ok)
    elif isinstance(exc, UserError):
        set_state(label, "result", "error")
        label.setText(exc.message)
    else:
        raise exc


class Listing:
    """Rows of one kind (windows, users…) in a table: filter as you type, sort by a header click,
    arrow keys move the selection and ``on_select`` gets the chosen row's object."""

    def __init__(
        self,
        table: QTableView,
        filter_edit: QLineEdit | None,
        count_label: QLabel | None,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[object]],
        on_select: Callable[[Any | None], None],
    ) -> None:
        self.table, self._cells, self._on_select, self._count = table, cells, on_select, count_label
        self.model = QStandardItemModel(0, len(headers), table)
        self.model.setHorizontalHeaderLabels(list(headers))
        self.proxy = QSortFilterProxyModel(table)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table.setModel(self.proxy)
        # every column as wide as what it shows; the last one no wider (stretched, it kept at least
        # the default 100 pixels and pushed a narrow table into a sideways scroll)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(False)
        if filter_edit is not None:
            filter_edit.textChanged.connect(self._filter)
            filter_edit.setClearButtonEnabled(True)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._selected(current))
        self.rows: list[Any] = []

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        if self._count is None:
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self._count.setText(
            QCoreApplication.translate("AdminFace", "%1 of %2")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )

    def _selected(self, index) -> None:  # type: ignore[no-untyped-def]
        self._on_select(index.data(ROW_ROLE) if index.isValid() else None)

    def fill(self, rows: Sequence[Any], keep: Callable[[Any], bool] | None = None) -> None:
        """Show ``rows``; select the one ``keep`` picks (the row just saved), else none."""
        self.rows = list(rows)
        self.model.removeRows(0, self.model.rowCount())
        for row in self.rows:
            items = []
            for value in self._cells(row):
                item = QStandardItem("" if value is None else str(value))
                if isinstance(value, int) and not isinstance(value, bool):
                    item.setData(value, Qt.ItemDataRole.DisplayRole)  # sorts as a number
                item.setData(row, ROW_ROLE)
                items.append(item)
            self.model.appendRow(items)
        self._show_count()
        if keep is not None:
            for r in range(self.proxy.rowCount()):
                index = self.proxy.index(r, 0)
                if keep(index.data(ROW_ROLE)):
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None
