"""The calendar tab: a month of working days with the administrator's overrides, marking days
holidays or make-up workdays, importing a year's schedule from a file; read-only on a synced site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QTableWidgetItem

from windowdesk.errors import UserError
from windowdesk.services import calendar, site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.admin.listing import show_result

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
_OFF = QColor("#fde2e1")
_WORK = QColor("#ffffff")


def load_month(ctx: ServiceContext, year: int | None, month: int | None):  # type: ignore[no-untyped-def]
    """A month (this month in the hall's zone when none is given), the published years, and
    whether central owns the calendar."""
    if year is None or month is None:
        today = ctx.clock.today()
        year, month = today.year, today.month
    return (
        (year, month),
        site.month_view(ctx, year, month),
        site.published_years(ctx),
        site.central_owns_calendar(ctx),
    )


def import_file(ctx: ServiceContext, path: str) -> site.CalendarImport:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            "Cannot read {path}: {reason}", path=path, reason=exc
        ) from exc
    return calendar.import_schedule(ctx, text, Path(path).name)


class CalendarPage:
    def __init__(self, face: Any) -> None:  # the AdminFace (not imported: it imports us)
        self.face, self.ui = face, face.ui
        # The first load shows the hall's month, found on the worker (services' clock, hall's zone).
        self.year: int | None = None
        self.month: int | None = None
        table = self.ui.calendarTable
        table.setColumnCount(7)
        table.setRowCount(6)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AdminFace", "Mon"),
                QCoreApplication.translate("AdminFace", "Tue"),
                QCoreApplication.translate("AdminFace", "Wed"),
                QCoreApplication.translate("AdminFace", "Thu"),
                QCoreApplication.translate("AdminFace", "Fri"),
                QCoreApplication.translate("AdminFace", "Sat"),
                QCoreApplication.translate("AdminFace", "Sun"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(True)
        self.ui.previousMonthButton.clicked.connect(lambda: self.move(-1))
        self.ui.nextMonthButton.clicked.connect(lambda: self.move(1))
        self.ui.makeHolidayButton.clicked.connect(lambda: self.mark(False))
        self.ui.makeWorkdayButton.clicked.connect(lambda: self.mark(True))
        self.ui.importCalendarButton.clicked.connect(self.choose_file)
        self.read_only = False

    def move(self, months: int) -> None:
        if self.year is None or self.month is None:
            return
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.reload()

    def reload(self) -> None:
        self.face.app.tasks.run(
            load_month, self.face.app.services, self.year, self.month, on_done=self._loaded
        )

    def _loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        (self.year, self.month), days, published, central = result
        self.read_only = central
        self.ui.monthLabel.setText(f"{self.year}-{self.month:02d}")
        provisional = self.year not in published
        self.ui.provisionalLabel.setText(
            QCoreApplication.translate(
                "AdminFace", "Provisional: the official schedule of %1 has not been entered"
            ).replace("%1", str(self.year))
            if provisional
            else QCoreApplication.translate("AdminFace", "Official schedule: %1").replace(
                "%1", published[self.year] or str(self.year)
            )
        )
        for button in (self.ui.makeHolidayButton, self.ui.makeWorkdayButton, self.ui.importCalendarButton):
            button.setEnabled(not central)
        self.ui.calendarNoteLabel.setText(
            QCoreApplication.translate(
                "AdminFace",
                "This site syncs with central: the working-day calendar is central's and read-only here.",
            )
            if central
            else QCoreApplication.translate(
                "AdminFace",
                "Working days decide every deadline. Enter the State Council's schedule as soon as it is published.",
            )
        )
        table = self.ui.calendarTable
        table.clearContents()
        offset = days[0].day.weekday()
        for i, info in enumerate(days):
            text = str(info.day.day) + (f"\n{info.note}" if info.note else "")
            item = QTableWidgetItem(text)
            item.setData(DAY_ROLE, info.day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setBackground(QBrush(_WORK if info.is_workday else _OFF))
            if info.note is not None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(info.note)
            table.setItem((offset + i) // 7, (offset + i) % 7, item)

    def selected_day(self) -> dt.date | None:
        item = self.ui.calendarTable.currentItem()
        return None if item is None else item.data(DAY_ROLE)

    def mark(self, workday: bool) -> None:
        day = self.selected_day()
        if day is None or self.read_only:
            show_result(self.ui.calendarMessageLabel, UserError("Choose a day first"))
            return
        note = self.face.app.dialogs.ask_text(
            self.face,
            QCoreApplication.translate("AdminFace", "Make workday")
            if workday
            else QCoreApplication.translate("AdminFace", "Make holiday"),
            QCoreApplication.translate("AdminFace", "Note for %1 (e.g. 国庆节 or 调休上班):").replace(
                "%1", day.isoformat()
            ),
        )
        if note is None:
            return
        self.face.app.tasks.run(
            calendar.set_day,
            self.face.app.services,
            day,
            workday,
            note,
            on_done=lambda _o: (
                show_result(
                    self.ui.calendarMessageLabel,
                    None,
                    QCoreApplication.translate("AdminFace", "%1 saved.").replace("%1", day.isoformat()),
                ),
                self.reload(),
            ),
            on_error=lambda exc: show_result(self.ui.calendarMessageLabel, exc),
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.face,
            QCoreApplication.translate("AdminFace", "Import a year's schedule"),
            "",
            QCoreApplication.translate("AdminFace", "Schedule files (*.txt);;All files (*)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        self.face.app.tasks.run(
            import_file,
            self.face.app.services,
            path,
            on_done=self._imported,
            on_error=lambda exc: show_result(self.ui.calendarMessageLabel, exc),
        )

    def _imported(self, result: site.CalendarImport) -> None:
        show_result(
            self.ui.calendarMessageLabel,
            None,
            QCoreApplication.translate(
                "AdminFace", "Imported %1: %2 days; the year is no longer provisional."
            )
            .replace("%1", str(result.year))
            .replace("%2", str(result.days)),
        )
        self.year = result.year
        self.reload()
