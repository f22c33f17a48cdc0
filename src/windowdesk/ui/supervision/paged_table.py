"""One page of rows from the store with previous/next: the supervisor's cards and exceptions, and
the position line ("rows a–b of n" with ◀ ▶) the case list shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def show_position(
    label: QLabel, prev_button: QPushButton, next_button: QPushButton, offset: int, shown: int, total: int
) -> None:
    """ "rows a–b of n" in ``label``; ◀ and ▶ enabled where there is a page before or after."""
    last = min(total, offset + shown)
    label.setText(
        QCoreApplication.translate("PagedTable", "%1–%2 of %3")
        .replace("%1", str(offset + 1 if shown else 0))
        .replace("%2", str(last))
        .replace("%3", str(total))
    )
    prev_button.setEnabled(offset > 0)
    next_button.setEnabled(last < total)


class PagedTable(QWidget):
    """A table of one page of rows with previous/next and "rows a–b of n". A click on a column's
    header asks for the rows sorted by it (again: the other way): ``sort_changed``, and the panel
    reads the first page sorted so by the store (the whole result, not the page shown)."""

    sort_changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagedTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>", self)
        self.position = QLabel(self)
        self.prev_button, self.next_button = QPushButton("◀", self), QPushButton("▶", self)
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        # every row of the filter, not only this page: the panel connects it
        self.export_button = QPushButton(self.tr("Export XLSX…"), self)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.export_button)
        head.addWidget(self.position)
        head.addWidget(self.prev_button)
        head.addWidget(self.next_button)
        layout.addLayout(head)
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view)
        self.offset, self.total, self.ids = 0, 0, []
        self.sort_keys: list[str] = []  # the store's sort key of each column, by position
        self.sort: str | None = None  # the key sorted by (None: the list's own order)
        self.descending = False
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)

    def _header_clicked(self, column: int) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        key = self.sort_keys[column]
        self.descending = not self.descending if key == self.sort else False
        self.sort = key
        self._show_sort()
        self.sort_changed.emit()

    def _show_sort(self) -> None:
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(self.sort is not None)
        if self.sort is not None:
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.sort_keys.index(self.sort), order)

    def fill(
        self, headers: list[str], rows: list[tuple[object, list[str], QColor | None]], offset: int, total: int
    ) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        self.ids = []
        for row_id, cells, colour in rows:
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)  # a long detail is elided in its column
                if colour is not None:
                    item.setBackground(colour)
                items.append(item)
            self.model.appendRow(items)
            self.ids.append(row_id)
        # every column as wide as its longest text; the last (the state, the detail) takes what is left
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.offset, self.total = offset, total
        self._show_sort()
        show_position(self.position, self.prev_button, self.next_button, offset, len(rows), total)

    def wrap_rows(self) -> None:
        """Rows as tall as their wrapped text: a long last column (a detail) wraps instead of being cut."""
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line as tall as in the other tables
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def content_width(self) -> int:
        """The width that shows every column whole (the last one at its text's width too)."""
        header = self.view.horizontalHeader()
        columns = self.model.columnCount()
        if columns == 0:
            return 0
        header.resizeSections()  # the sections at their contents' width now, not at the next layout
        last = columns - 1
        width = sum(header.sectionSize(c) for c in range(last))
        # the stretched last section never gets narrower than the header's default size
        width += max(
            self.view.sizeHintForColumn(last), header.sectionSizeHint(last), header.defaultSectionSize()
        )
        scroll_bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.view)
        return width + 2 * self.view.frameWidth() + scroll_bar

    def selected_id(self):  # type: ignore[no-untyped-def]
        rows = self.view.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows else None
