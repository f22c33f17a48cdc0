"""Cards (黄牌 / 红牌) and exceptions on the supervisor's desk: one page at a time from the store,
filtered by site, level and kind; urge (督办), explanation (说明) and closing with a conclusion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services import supervision
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.supervision import labels
from windowdesk.ui.supervision.handling_dialog import HandlingDialog
from windowdesk.ui.supervision.paged_table import PagedTable
from windowdesk.ui.supervision.xlsx_export import XlsxExport

PAGE = 100
LEVEL_COLOURS = {"yellow": QColor("#fff3b0"), "red": QColor("#ffc9c2")}


class AlertsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPanel")
        self.app = app
        self.today: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.site_combo = QComboBox(self)
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("All cards"), None)
        self.level_combo.addItem(self.tr("Yellow"), "yellow")
        self.level_combo.addItem(self.tr("Red"), "red")
        self.undecided_check = QCheckBox(self.tr("Undecided cases only"), self)
        self.undecided_check.setChecked(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All exceptions"), None)
        for kind in supervision.KINDS:
            self.kind_combo.addItem(self.kind_label(kind), kind)
        self.run_button = QPushButton(self.tr("Check now"), self)
        self.urge_button = QPushButton(self.tr("Urge…"), self)
        self.explain_button = QPushButton(self.tr("Explanation…"), self)
        self.close_button = QPushButton(self.tr("Close…"), self)
        for widget in (
            QLabel(self.tr("Site"), self),
            self.site_combo,
            self.level_combo,
            self.undecided_check,
            self.kind_combo,
            self.run_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.urge_button, self.explain_button, self.close_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._chosen: PagedTable | None = None  # the table whose row the supervisor chose last
        splitter.setObjectName("alertsSplitter")
        self.cards = PagedTable(self.tr("Yellow and red cards"), splitter)
        self.exceptions = PagedTable(self.tr("Exceptions"), splitter)
        self.exceptions.wrap_rows()  # the detail says what went wrong: shown whole, on two lines if need be
        splitter.setStretchFactor(0, 0)  # the cards as wide as their columns, the exceptions the rest
        splitter.setStretchFactor(1, 1)
        self._splitter_moved = False  # once the supervisor drags it, the split is theirs
        splitter.splitterMoved.connect(lambda _pos, _i: setattr(self, "_splitter_moved", True))
        layout.addWidget(splitter, 1)
        for table, other in ((self.cards, self.exceptions), (self.exceptions, self.cards)):
            table.view.selectionModel().selectionChanged.connect(
                lambda _sel, _desel, table=table, other=other: self._chose(table, other)
            )
        self.status = QLabel(self)
        layout.addWidget(self.status)

        self.site_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.level_combo.currentIndexChanged.connect(lambda _i: self.load_cards(0))
        self.undecided_check.toggled.connect(lambda _on: self.load_cards(0))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load_exceptions(0))
        self.cards.prev_button.clicked.connect(lambda: self.load_cards(max(0, self.cards.offset - PAGE)))
        self.cards.next_button.clicked.connect(lambda: self.load_cards(self.cards.offset + PAGE))
        self.exceptions.prev_button.clicked.connect(
            lambda: self.load_exceptions(max(0, self.exceptions.offset - PAGE))
        )
        self.exceptions.next_button.clicked.connect(
            lambda: self.load_exceptions(self.exceptions.offset + PAGE)
        )
        self.xlsx = XlsxExport(app, self)
        self.cards.sort_keys, self.exceptions.sort_keys = (
            list(supervision.CARD_SORTS),
            list(supervision.EXCEPTION_SORTS),
        )
        self.cards.sort_changed.connect(lambda: self.load_cards(0))
        self.exceptions.sort_changed.connect(lambda: self.load_exceptions(0))
        self.cards.export_button.clicked.connect(lambda: self.export_cards())
        self.exceptions.export_button.clicked.connect(lambda: self.export_exceptions())
        self.run_button.clicked.connect(self.run_now)
        self.urge_button.clicked.connect(self.urge)
        self.explain_button.clicked.connect(self.explain)
        self.close_button.clicked.connect(self.close_selected)
        app.hub.changed.connect(lambda what: self.refresh() if what in ("cases", "supervision") else None)
        self.app.tasks.run(self._load_start, on_done=self._started, on_error=self._error)

    def kind_label(self, kind: str) -> str:
        return labels.kind_label(kind)

    def state_label(self, state: str) -> str:
        return labels.state_label(state)

    def _load_start(self) -> tuple[dt.date, dict]:
        return self.app.services.clock.today(), supervision.site_codes(self.app.services)

    def _started(self, loaded: tuple[dt.date, dict]) -> None:
        self.today, codes = loaded
        own = self.app.services.actor.site_id
        self.site_combo.blockSignals(True)
        if own is None:
            self.site_combo.addItem(self.tr("All sites"), "")
        for site_id, code in sorted(codes.items(), key=lambda item: item[1]):
            if own is None or site_id == own:
                self.site_combo.addItem(code, code)
        self.site_combo.blockSignals(False)
        self.refresh()

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)

    def _site_code(self) -> str | None:
        """Read on the UI thread; the worker turns it into a site id (a database read)."""
        return self.site_combo.currentData() or None

    @staticmethod
    def _sort(table: PagedTable) -> dict:
        """The order the supervisor chose by a header, for the store's query (read on the UI thread)."""
        return {"sort": table.sort, "descending": table.descending}

    def refresh(self) -> None:
        self.load_cards(self.cards.offset)
        self.load_exceptions(self.exceptions.offset)

    def load_cards(self, offset: int) -> None:
        if self.today is None:
            return
        services, today, level = self.app.services, self.today, self.level_combo.currentData()
        undecided, site_code = self.undecided_check.isChecked(), self._site_code()
        sort = self._sort(self.cards)

        def load() -> supervision.Page:
            return supervision.list_cards(
                services,
                today,
                site_id=supervision.site_scope(services, site_code),
                level=level,
                undecided_only=undecided,
                offset=offset,
                limit=PAGE,
                **sort,
            )

        self.app.tasks.run(load, on_done=lambda page: self._show_cards(page, offset), on_error=self._error)

    def _show_cards(self, page: supervision.Page, offset: int) -> None:
        headers = [
            self.tr("Site"),
            self.tr("Case number"),
            self.tr("Card"),
            self.tr("Issued"),
            self.tr("Due"),
            self.tr("Working days left"),
            self.tr("Department"),
            self.tr("Responsible"),
            self.tr("State"),
        ]
        rows = [
            (
                c.id,
                [
                    c.site_code,
                    c.case_no,
                    self.tr("Red") if c.level == "red" else self.tr("Yellow"),
                    c.issued_on.isoformat(),
                    c.due_date.isoformat() + (self.tr(" (past statutory)") if c.past_statutory else ""),
                    self.tr("decided") if c.decided else str(c.workdays_left),
                    c.department_code or "—",
                    c.responsible_login,
                    self.state_label(c.state),
                ],
                LEVEL_COLOURS[c.level] if not c.decided and c.state != "closed" else None,
            )
            for c in page.rows
        ]
        self.cards.fill(headers, rows, offset, page.total)
        self.fit_split()

    def fit_split(self) -> None:
        """Side by side when both tables fit whole (the cards as wide as their columns, the exceptions
        the rest); else one above the other, each the full width (a 1366-pixel screen)."""
        if self._splitter_moved or self.width() <= 0 or not self.isVisible():
            return
        handle = self.splitter.handleWidth()
        cards, exceptions = self.cards.content_width(), self.exceptions.content_width()
        if cards + handle + exceptions <= self.splitter.width():
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            total = self.splitter.width() - handle
            self.splitter.setSizes([cards, max(0, total - cards)])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            total = self.splitter.height() - handle
            self.splitter.setSizes([total // 2, total - total // 2])

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.fit_split()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.fit_split()

    def load_exceptions(self, offset: int) -> None:
        services, kind, site_code = self.app.services, self.kind_combo.currentData(), self._site_code()
        sort = self._sort(self.exceptions)

        def load() -> supervision.Page:
            return supervision.list_exceptions(
                services,
                site_id=supervision.site_scope(services, site_code),
                kind=kind,
                offset=offset,
                limit=PAGE,
                **sort,
            )

        self.app.tasks.run(
            load, on_done=lambda page: self._show_exceptions(page, offset), on_error=self._error
        )

    def _show_exceptions(self, page: supervision.Page, offset: int) -> None:
        headers = [
            self.tr("Site"),
            self.tr("Kind"),
            self.tr("Case or ticket"),
            self.tr("Date"),
            self.tr("Responsible"),
            self.tr("State"),
            self.tr("Detail"),
        ]
        rows = [
            (
                e.id,
                [
                    e.site_code,
                    self.kind_label(e.kind),
                    e.subject,
                    e.found_on.isoformat(),
                    e.responsible_login,
                    self.state_label(e.state),
                    e.detail,
                ],
                None,
            )
            for e in page.rows
        ]
        self.exceptions.fill(headers, rows, offset, page.total)
        self.fit_split()

    def export_cards(self, path: str | None = None) -> None:
        """Every card of the filter as set (not only the page shown)."""
        services, today, level = self.app.services, self.today, self.level_combo.currentData()
        undecided, site_code = self.undecided_check.isChecked(), self._site_code()
        sort = self._sort(self.cards)
        if today is None:
            return

        def write(out: str) -> supervision.Exported:
            site_id = supervision.site_scope(services, site_code)
            return supervision.export_cards(
                services, today, out, site_id=site_id, level=level, undecided_only=undecided, **sort
            )

        self.xlsx.export(f"cards-{today:%Y%m%d}.xlsx", write, path)

    def export_exceptions(self, path: str | None = None) -> None:
        services, kind, site_code = self.app.services, self.kind_combo.currentData(), self._site_code()
        sort = self._sort(self.exceptions)

        def write(out: str) -> supervision.Exported:
            site_id = supervision.site_scope(services, site_code)
            return supervision.export_exceptions(services, out, site_id=site_id, kind=kind, **sort)

        name = f"exceptions-{self.today:%Y%m%d}.xlsx" if self.today else "exceptions.xlsx"
        self.xlsx.export(name, write, path)

    # -- acting --------------------------------------------------------------------------------------

    def run_now(self) -> None:
        def shown(result: supervision.RunResult) -> None:
            found = sum(result.exceptions.values())
            self.status.setText(
                self.tr("Checked %1: %2 new yellow, %3 new red, %4 new exceptions")
                .replace("%1", result.day.isoformat())
                .replace("%2", str(result.yellow))
                .replace("%3", str(result.red))
                .replace("%4", str(found))
            )
            self.app.hub.changed.emit("supervision")

        self.app.tasks.run(supervision.run, self.app.services, on_done=shown, on_error=self._error)

    def _chose(self, table: PagedTable, other: PagedTable) -> None:
        """A row chosen in one table is the target: the other table's row is let go, so the buttons
        never act on a row left selected there (the button takes the focus when clicked)."""
        if table.selected_id() is None:
            if self._chosen is table:
                self._chosen = None
            return
        self._chosen = table
        other.view.selectionModel().clearSelection()

    def selected(self) -> tuple[str, str] | None:
        """The id of the card or exception chosen last, and how the dialog names it."""
        table = self._chosen
        target = table.selected_id() if table is not None else None
        if target is None:
            self.app.dialogs.error(self, self.tr("Select a card or an exception first."))
            return None
        row = table.view.selectionModel().selectedRows()[0].row()

        def cell(column: int) -> str:
            return table.model.item(row, column).text()

        if table is self.cards:  # site, case number, card, …
            name = self.tr("%1 card of case %2").replace("%1", cell(2)).replace("%2", cell(1))
        else:  # site, kind, case or ticket, …
            name = self.tr("Exception “%1” of %2").replace("%1", cell(1)).replace("%2", cell(2))
        return str(target), name

    def _act(self, fn, *args) -> None:  # type: ignore[no-untyped-def]
        self.app.tasks.run(
            fn,
            self.app.services,
            *args,
            on_done=lambda _r: self.app.hub.changed.emit("supervision"),
            on_error=self._error,
        )

    def urge(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        target, name = chosen
        due = (self.today or dt.date.min) + dt.timedelta(days=3)
        dialog = HandlingDialog(self.tr("Urge"), self, target=name, due=due)
        if self.today is not None:
            dialog.due.setMinimumDate(QDate(self.today))
        if dialog.exec():
            self._act(supervision.urge, target, dialog.note.toPlainText(), dialog.due.date().toPython())

    def explain(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        target, name = chosen
        dialog = HandlingDialog(self.tr("Explanation"), self, target=name)
        if dialog.exec():
            self._act(supervision.explain, target, dialog.note.toPlainText())

    def close_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        target, name = chosen
        dialog = HandlingDialog(self.tr("Close"), self, target=name, conclusion=True)
        if dialog.exec():
            self._act(supervision.close, target, dialog.conclusion.currentData(), dialog.note.toPlainText())
