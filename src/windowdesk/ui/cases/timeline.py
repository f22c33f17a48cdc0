"""The case's clock as a picture: from acceptance to the due dates, today marked, the pauses as bands,
and the working days used and left on the statutory and the promised clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from windowdesk.services.cases import LifeView
from windowdesk.ui.cases import labels

STATUTORY = QColor("#1d4e89")
PROMISED = QColor("#2a9d8f")
PAUSE = QColor(244, 162, 97, 150)
LATE = QColor("#c1121f")


class ClockTimeline(QWidget):
    """Paints one case's two clocks; ``set_life(None)`` before the clock starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockTimeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.life: LifeView | None = None
        self.today: dt.date | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 150)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 150)

    def set_life(self, life: LifeView | None) -> None:
        self.life = life
        self.today = life.as_of if life is not None else None
        self.setVisible(life is not None and life.clock is not None)
        self.update()

    def _clock_line(self, which: str, use) -> str:  # type: ignore[no-untyped-def]
        """Working days used and left, or by how many the due date is past (not "-3 left")."""
        if use.left < 0:
            text = self.tr("%1: %2 working days used, %3 past the due date %4").replace("%3", str(-use.left))
        else:
            text = self.tr("%1: %2 working days used, %3 left (due %4)").replace("%3", str(use.left))
        return text.replace("%1", which).replace("%2", str(use.used)).replace("%4", use.due.isoformat())

    def texts(self) -> list[str]:
        """The lines written on the picture (for tests and screen readers)."""
        if self.life is None or self.life.clock is None:
            return []
        c = self.life.clock
        lines = [self._clock_line(self.tr("Statutory"), c.statutory)]
        if c.promised is not None:
            lines.append(self._clock_line(self.tr("Promised"), c.promised))
        if c.paused_since is not None:
            lines.append(self.tr("Paused since %1").replace("%1", c.paused_since.isoformat()))
        if c.deemed_approved_on is not None:
            lines.append(
                self.tr("Deemed approved on %1 (silence counts as consent)").replace(
                    "%1", c.deemed_approved_on.isoformat()
                )
            )
        return lines

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self.life is None or self.life.clock is None or self.today is None:
            return
        c = self.life.clock
        start = c.start
        end = max(c.statutory.due, self.today, *(p.end or self.today for p in self.life.pauses))
        span = max(1, (end - start).days + 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = 8.0, float(self.width() - 8)
        width = right - left

        def x(day: dt.date) -> float:
            return left + width * ((day - start).days + 0.5) / span

        metrics = painter.fontMetrics()
        line_h = metrics.height()
        bar_top = 6.0
        bar = QRectF(left, bar_top, width, 22)
        painter.fillRect(bar, QColor("#e9eef5"))
        for pause in self.life.pauses:
            band = QRectF(
                x(pause.start), bar_top - 2, max(3.0, x(pause.end or self.today) - x(pause.start)), 26
            )
            painter.fillRect(band, PAUSE)
            painter.setPen(QColor("#7a4a12"))
            painter.drawText(
                band.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, labels.pause_kind(pause.kind)
            )
        # used so far: a thin line along the bar up to today
        painter.setPen(QPen(STATUTORY, 3))
        painter.drawLine(int(left), int(bar_top + 24), int(x(min(self.today, end))), int(bar_top + 24))
        for due, colour in ((c.statutory.due, STATUTORY), (c.promised.due if c.promised else None, PROMISED)):
            if due is None:
                continue
            painter.setPen(QPen(colour, 2))
            painter.drawLine(int(x(due)), int(bar_top - 4), int(x(due)), int(bar_top + 30))
        painter.setPen(QPen(LATE if c.statutory.left < 0 else QColor("#333333"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x(self.today)), int(bar_top - 4), int(x(self.today)), int(bar_top + 30))
        painter.setPen(QColor("#333333"))
        y = bar_top + 34 + line_h * 0.8
        start_text = start.isoformat()
        painter.drawText(int(left), int(y), start_text)
        today_text = self.tr("today %1").replace("%1", self.today.isoformat())
        today_width = metrics.horizontalAdvance(today_text)
        today_x = min(max(x(self.today) - today_width / 2, left), right - today_width)
        if today_x < left + metrics.horizontalAdvance(start_text) + 12:  # would overwrite the start date
            today_x = left + metrics.horizontalAdvance(start_text) + 12
        painter.drawText(int(today_x), int(y), today_text)
        due_text = c.statutory.due.isoformat()
        due_x = min(
            x(c.statutory.due) - metrics.horizontalAdvance(due_text) / 2,
            right - metrics.horizontalAdvance(due_text),
        )
        if due_x > today_x + today_width + 12:
            painter.setPen(STATUTORY)
            painter.drawText(int(due_x), int(y), due_text)
        for number, text in enumerate(self.texts()):
            colour = (STATUTORY, PROMISED)[number] if number < 2 else LATE
            if number == 1 and c.promised is None:
                colour = LATE
            painter.setPen(colour)
            painter.drawText(int(left), int(y + line_h * (number + 1.1)), text)
        painter.end()
