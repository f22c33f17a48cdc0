"""The statistics' charts: arrivals and services per window (bars), per day (lines) with QtCharts,
and the hour × weekday arrivals heat map (painted: QtCharts has no heat map)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

TAKEN, SERVED = QColor("#2f6fb0"), QColor("#58a55c")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
    return chart


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


class WindowBars(ChartView):
    """Tickets taken and served per window."""

    def show_windows(self, rows: list[tuple[str, int, int]]) -> None:
        chart = _chart(self.tr("Tickets per window"))
        taken, served = QBarSet(self.tr("Taken")), QBarSet(self.tr("Served"))
        taken.setColor(TAKEN)
        served.setColor(SERVED)
        for _, t, s in rows:
            taken.append(t)
            served.append(s)
        series = QBarSeries()
        series.append(taken)
        series.append(served)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([label for label, _, _ in rows] or [""])
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max([t for _, t, _ in rows] or [1]) * 1.1)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.setChart(chart)


class DayLines(ChartView):
    """Tickets taken and served per day."""

    def show_days(self, rows: list[tuple[dt.date, int, int]]) -> None:
        chart = _chart(self.tr("Tickets per day"))
        taken, served = QLineSeries(), QLineSeries()
        taken.setName(self.tr("Taken"))
        served.setName(self.tr("Served"))
        taken.setColor(TAKEN)
        served.setColor(SERVED)
        for day, t, s in rows:
            x = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()
            taken.append(x, t)
            served.append(x, s)
        chart.addSeries(taken)
        chart.addSeries(served)
        axis_x = QDateTimeAxis()
        axis_x.setFormat("MM-dd")
        if rows:
            # from the first day's point to the last one's, so a short range's ticks sit on its days
            first, last = QDateTime(rows[0][0], QTime(12, 0)), QDateTime(rows[-1][0], QTime(12, 0))
            span = (rows[-1][0] - rows[0][0]).days
            if span == 0:  # one day: its point in the middle
                first, last = first.addSecs(-12 * 3600), last.addSecs(12 * 3600)
            axis_x.setRange(first, last)
            axis_x.setTickCount(span + 1 if 1 <= span <= 7 else 8 if span else 3)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max([t for _, t, _ in rows] or [1]) * 1.1)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (taken, served):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self.setChart(chart)


class HeatMap(QWidget):
    """Arrivals per weekday (rows) and hour (columns); darker is busier. For staffing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat: dict[tuple[int, int], int] = {}
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def weekday_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def show_heat(self, heat: dict[tuple[int, int], int]) -> None:
        self.heat = heat
        self.update()

    def hours(self) -> list[int]:
        hours = sorted({h for _, h in self.heat}) or list(range(8, 18))
        return list(range(hours[0], hours[-1] + 1))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        title = self.tr("Arrivals by weekday and hour")
        painter.drawText(
            QRectF(0, 0, self.width(), metrics.height() + 4), Qt.AlignmentFlag.AlignCenter, title
        )
        hours = self.hours()
        left = metrics.horizontalAdvance(self.tr("Wed")) + 12
        top = metrics.height() + 8
        bottom = metrics.height() + 6
        cell_w = (self.width() - left - 4) / max(len(hours), 1)
        cell_h = (self.height() - top - bottom) / 7
        peak = max(self.heat.values(), default=0) or 1
        # a year's counts have five digits: a smaller font for the numbers rather than none at all
        number_font = painter.font()
        widest = metrics.horizontalAdvance(str(peak))
        if widest > cell_w - 6 and number_font.pointSizeF() > 0:
            number_font.setPointSizeF(max(6.0, number_font.pointSizeF() * (cell_w - 6) / widest))
        number_metrics = QFontMetricsF(number_font)
        for row, name in enumerate(self.weekday_names()):
            y = top + row * cell_h
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, left - 6, cell_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for col, hour in enumerate(hours):
                n = self.heat.get((row, hour), 0)
                share = n / peak
                colour = (
                    QColor("#f2f2f2")
                    if n == 0
                    else QColor.fromHsvF(0.6, 0.15 + 0.8 * share, 1 - 0.45 * share)
                )
                rect = QRectF(left + col * cell_w, y, cell_w - 2, cell_h - 2)
                painter.fillRect(rect, colour)
                fits = (
                    cell_w > number_metrics.horizontalAdvance(str(n)) + 4 and cell_h > number_metrics.height()
                )
                if n and fits:
                    painter.save()
                    painter.setFont(number_font)
                    painter.setPen(QColor("white") if share > 0.5 else QColor("black"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
                    painter.restore()
        painter.setPen(self.palette().windowText().color())
        for col, hour in enumerate(hours):
            rect = QRectF(left + col * cell_w, top + 7 * cell_h, cell_w, bottom)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("%1h").replace("%1", str(hour)))
        painter.end()
