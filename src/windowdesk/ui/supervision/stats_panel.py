"""The supervisor's statistics: a date range grouped by window, staff, matter, department, category
or site; charts; a table that sorts and filters; XLSX export and the monthly report (效能月报)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services import supervision
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.supervision.charts import DayLines, HeatMap, WindowBars


def _minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _filled(template: str, *values: object) -> str:
    """``%1``…``%n`` replaced in one pass (so ``%1`` never eats the start of ``%10``)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]), template)


class NumberItem(QStandardItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, value: float | int | None, text: str | None = None) -> None:
        super().__init__(text if text is not None else ("—" if value is None else str(value)))
        self.setData(-1.0 if value is None else float(value), Qt.ItemDataRole.UserRole)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setEditable(False)


class StatsPanel(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self.app = app
        self.stats: supervision.Stats | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        bar = QHBoxLayout()
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group_combo = QComboBox(self)
        for key, label in (
            ("window", self.tr("Window")),
            ("staff", self.tr("Staff")),
            ("matter", self.tr("Matter")),
            ("department", self.tr("Department")),
            ("category", self.tr("Queue category")),
            ("site", self.tr("Site")),
        ):
            self.group_combo.addItem(label, key)
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("statsSiteCombo")
        self.refresh_button = QPushButton(self.tr("Show"), self)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"), self)
        self.pdf_button = QPushButton(self.tr("Monthly report PDF…"), self)
        for widget in (
            QLabel(self.tr("From"), self),
            self.date_from,
            QLabel(self.tr("to"), self),
            self.date_to,
            QLabel(self.tr("Group by"), self),
            self.group_combo,
            QLabel(self.tr("Site"), self),
            self.site_combo,
            self.refresh_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("statsSummary")
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        charts = QWidget(splitter)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.window_chart, self.day_chart, self.heat_map = (
            WindowBars(charts),
            DayLines(charts),
            HeatMap(charts),
        )
        grid.addWidget(self.window_chart, 0, 0)
        grid.addWidget(self.day_chart, 0, 1)
        grid.addWidget(self.heat_map, 0, 2)
        table_box = QWidget(splitter)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(table_box)
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))
        table_layout.addWidget(self.filter_edit)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(table_box)
        self.table.setObjectName("statsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table_layout.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.app.tasks.run(self._load_start, on_done=self._started, on_error=self._error)

    # -- loading -------------------------------------------------------------------------------------

    def _load_start(self) -> tuple[dt.date, dict]:
        services = self.app.services
        return services.clock.today(), supervision.site_codes(services)

    def _started(self, loaded: tuple[dt.date, dict]) -> None:
        today, codes = loaded
        first, last = supervision.month_range(today)
        self.date_from.setDate(QDate(first))
        self.date_to.setDate(QDate(today))
        self.site_combo.clear()
        own = self.app.services.actor.site_id
        if own is None:
            self.site_combo.addItem(self.tr("All sites"), "")
        for site_id, code in sorted(codes.items(), key=lambda item: item[1]):
            if own is None or site_id == own:
                self.site_combo.addItem(code, code)
        self.refresh()

    def query(self) -> tuple[dt.date, dt.date, str, str]:
        return (
            self.date_from.date().toPython(),
            self.date_to.date().toPython(),
            self.site_combo.currentData() or "",
            self.group_combo.currentData(),
        )

    def refresh(self) -> None:
        first, last, site, group = self.query()
        services = self.app.services

        def load() -> supervision.Stats:
            site_id = supervision.site_scope(services, site or None)
            return supervision.compute_stats(services, first, last, site_id=site_id, group_by=group)

        self.refresh_button.setEnabled(False)
        self.app.tasks.run(load, on_done=self.show_stats, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.app.dialogs.show_exception(self, exc)

    # -- showing -------------------------------------------------------------------------------------

    def show_stats(self, stats: supervision.Stats) -> None:
        self.refresh_button.setEnabled(True)
        self.stats = stats
        t = stats.total
        # three fixed lines (queue; cases and cards; ratings): a wrapped label is squeezed by the charts.
        # The rating rate and follow-ups on time per group are in the exports: the table fits 1366.
        queue_line = _filled(
            self.tr(
                "Tickets %1 · served %2 · no-shows %3 · wait mean/median/P90 %4/%5/%6 min · "
                "service %7/%8/%9 min"
            ),
            t.taken,
            t.served,
            t.no_shows,
            _minutes(t.wait_mean),
            _minutes(t.wait_median),
            _minutes(t.wait_p90),
            _minutes(t.serve_mean),
            _minutes(t.serve_median),
            _minutes(t.serve_p90),
        )
        case_line = _filled(
            self.tr(
                "Cases %1 · decided %2 · on time %3 · overdue %4 · yellow %5 · red %6 · exceptions %7"
            ),
            t.cases,
            t.decided,
            _percent(t.on_time_rate),
            t.overdue,
            t.yellow,
            t.red,
            sum(stats.exceptions.values()),
        )
        rating_line = _filled(
            self.tr(
                "Ratings %1 · rating rate %2 · satisfied %3 · bad %4 · follow-ups closed on time %5, "
                "late %6 · on time %7"
            ),
            t.rated,
            _percent(t.rating_rate),
            _percent(t.satisfaction_rate),
            t.bad,
            t.followups_on_time,
            t.followups_late,
            _percent(t.followups_on_time_rate),
        )
        self.summary.setText("\n".join((queue_line, case_line, rating_line)))
        self.window_chart.show_windows([(g.key, g.taken, g.served) for g in stats.windows])
        self.day_chart.show_days([(d.day, d.taken, d.served) for d in stats.days])
        self.heat_map.show_heat(stats.heat)
        self._fill_table(stats)

    def _fill_table(self, stats: supervision.Stats) -> None:
        self.model.clear()
        # the wait and service columns head in two lines (what, then which figure): the table fits 1366
        self.model.setHorizontalHeaderLabels(
            [
                self.group_combo.currentText(),
                self.tr("Taken"),
                self.tr("Served"),
                self.tr("No-shows"),
                self.tr("Wait\nmean"),
                self.tr("Wait\nmedian"),
                self.tr("Wait\nP90"),
                self.tr("Service\nmean"),
                self.tr("Service\nmedian"),
                self.tr("Service\nP90"),
                self.tr("Cases"),
                self.tr("Decided"),
                self.tr("On time"),
                self.tr("Overdue"),
                self.tr("Yellow"),
                self.tr("Red"),
                self.tr("Ratings"),
                self.tr("Satisfied"),
                self.tr("Bad ratings"),
            ]
        )
        for g in stats.groups:
            key = QStandardItem(g.key or "—")
            key.setData(int(g.key) if g.key.isdigit() else g.key, Qt.ItemDataRole.UserRole)
            key.setEditable(False)
            rate, satisfied = g.on_time_rate, g.satisfaction_rate
            self.model.appendRow(
                [
                    key,
                    NumberItem(g.taken),
                    NumberItem(g.served),
                    NumberItem(g.no_shows),
                    NumberItem(g.wait_mean, _minutes(g.wait_mean)),
                    NumberItem(g.wait_median, _minutes(g.wait_median)),
                    NumberItem(g.wait_p90, _minutes(g.wait_p90)),
                    NumberItem(g.serve_mean, _minutes(g.serve_mean)),
                    NumberItem(g.serve_median, _minutes(g.serve_median)),
                    NumberItem(g.serve_p90, _minutes(g.serve_p90)),
                    NumberItem(g.cases),
                    NumberItem(g.decided),
                    NumberItem(rate, "—" if rate is None else f"{rate * 100:.1f}%"),
                    NumberItem(g.overdue),
                    NumberItem(g.yellow),
                    NumberItem(g.red),
                    NumberItem(g.rated),
                    NumberItem(satisfied, "—" if satisfied is None else f"{satisfied * 100:.1f}%"),
                    NumberItem(g.bad),
                ]
            )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # -- exports -------------------------------------------------------------------------------------

    def export(self, suffix: str, path: str | None = None) -> None:
        first, last, site, group = self.query()
        if not path:
            name = f"report-{first:%Y%m%d}-{last:%Y%m%d}{suffix}"
            pattern = (
                self.tr("Excel workbooks (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF files (*.pdf)")
            )
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), name, pattern)
        if not path:
            return
        self.app.tasks.run(
            supervision.export_report,
            self.app.services,
            first,
            last,
            path,
            site_code=site or None,
            group_by=group,
            on_done=lambda out: self.app.dialogs.info(self, self.tr("Saved %1").replace("%1", str(out))),
            on_error=self._error,
        )
