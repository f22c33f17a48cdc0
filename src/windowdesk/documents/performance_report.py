"""效能月报: the monthly performance report in the house style, with charts drawn by reportlab's own
graphics (bars per window, lines per day, the hour × weekday arrivals heat map) and tables.

Takes plain values (:class:`PerformanceReport`); the supervision service fills them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from windowdesk.documents.fonts import cjk_font_name
from windowdesk.documents.layout import (
    A4_CONTENT_WIDTH,
    build_a4_pdf,
    grid_table,
    key_value_table,
    para,
    spacer,
    styles,
)

TAKEN_COLOUR = colors.HexColor("#2f6fb0")
SERVED_COLOUR = colors.HexColor("#58a55c")
WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


@dataclass(frozen=True)
class ReportTable:
    heading: str
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    align: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PerformanceReport:
    title: str  # 2026年11月 效能月报
    office: str  # the hall's name, or 全市 on central
    period: str  # 2026年11月1日 至 2026年11月30日
    made_on: dt.date
    summary: list[tuple[str, str]]
    window_bars: list[tuple[str, int, int]]  # window label, taken, served
    days: list[tuple[dt.date, int, int]]  # day, taken, served
    heat: dict[tuple[int, int], int]  # (weekday 0=Mon, hour) -> arrivals
    tables: list[ReportTable] = field(default_factory=list)


def _label_font(chart_part) -> None:
    chart_part.fontName = cjk_font_name()
    chart_part.fontSize = 7


def _legend(x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x - 110, y
    legend.fontName = cjk_font_name()
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(TAKEN_COLOUR, "取号"), (SERVED_COLOUR, "办结")]
    legend.deltax = 40
    return legend


def window_chart(bars: list[tuple[str, int, int]], width: float = A4_CONTENT_WIDTH) -> Drawing:
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, 62 * mm - 48
    chart.data = [[b[1] for b in bars] or [0], [b[2] for b in bars] or [0]]
    chart.categoryAxis.categoryNames = [b[0] for b in bars] or [""]
    chart.bars[0].fillColor = TAKEN_COLOUR
    chart.bars[1].fillColor = SERVED_COLOUR
    chart.valueAxis.valueMin = 0
    _label_font(chart.categoryAxis.labels)
    _label_font(chart.valueAxis.labels)
    drawing.add(chart)
    drawing.add(_legend(width, 62 * mm - 8))
    drawing.add(String(0, 62 * mm - 10, "各窗口取号与办结量", fontName=cjk_font_name(), fontSize=9))
    return drawing


def day_chart(days: list[tuple[dt.date, int, int]], width: float = A4_CONTENT_WIDTH) -> Drawing:
    drawing = Drawing(width, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, 62 * mm - 48
    chart.data = [[d[1] for d in days] or [0], [d[2] for d in days] or [0]]
    chart.categoryAxis.categoryNames = [d[0].strftime("%d") for d in days] or [""]
    chart.lines[0].strokeColor = TAKEN_COLOUR
    chart.lines[1].strokeColor = SERVED_COLOUR
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.5
    chart.valueAxis.valueMin = 0
    _label_font(chart.categoryAxis.labels)
    _label_font(chart.valueAxis.labels)
    drawing.add(chart)
    drawing.add(_legend(width, 62 * mm - 8))
    drawing.add(String(0, 62 * mm - 10, "每日取号与办结量", fontName=cjk_font_name(), fontSize=9))
    return drawing


def heat_map(heat: dict[tuple[int, int], int], width: float = A4_CONTENT_WIDTH) -> Drawing:
    """Arrivals per hour (columns, 8–18 h where anything arrived) and weekday (rows)."""
    hours = sorted({h for _, h in heat}) or list(range(8, 18))
    hours = list(range(min(hours), max(hours) + 1))
    left, top_pad, row_h = 24, 22, 5.5 * mm
    cell_w = (width - left) / max(len(hours), 1)
    height = top_pad + 7 * row_h + 14
    drawing = Drawing(width, height)
    font = cjk_font_name()
    drawing.add(String(0, height - 10, "到达人数热力图（按星期、时段）", fontName=font, fontSize=9))
    peak = max(heat.values(), default=0) or 1
    for row, weekday in enumerate(WEEKDAYS):
        y = height - top_pad - (row + 1) * row_h
        drawing.add(String(2, y + row_h / 2 - 3, f"周{weekday}", fontName=font, fontSize=7))
        for col, hour in enumerate(hours):
            n = heat.get((row, hour), 0)
            shade = 1 - 0.85 * (n / peak)
            x = left + col * cell_w
            fill = colors.Color(shade, shade * 0.95 + 0.05, 1) if n else colors.HexColor("#f4f4f4")
            drawing.add(Rect(x, y, cell_w - 1, row_h - 1, fillColor=fill, strokeColor=None))
            if n:
                ink = colors.white if n / peak > 0.55 else colors.black
                drawing.add(
                    String(
                        x + cell_w / 2,
                        y + row_h / 2 - 3,
                        str(n),
                        fontName=font,
                        fontSize=6,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
    for col, hour in enumerate(hours):
        drawing.add(
            String(
                left + col * cell_w + cell_w / 2,
                2,
                f"{hour}时",
                fontName=font,
                fontSize=7,
                textAnchor="middle",
            )
        )
    return drawing


def build_performance_report(report: PerformanceReport) -> bytes:
    s = styles()
    story = [
        para(report.title, s.title),
        para(f"{report.office}　统计期间：{report.period}", s.subtitle),
        para("一、总体情况", s.heading),
        key_value_table(report.summary, pairs_per_row=2, label_width=34 * mm),
        spacer(4),
        CondPageBreak(120 * mm),
        para("二、图表", s.heading),
        window_chart(report.window_bars),
        spacer(2),
        day_chart(report.days),
        spacer(2),
        KeepTogether([heat_map(report.heat)]),
    ]
    for number, table in enumerate(report.tables, start=3):
        story += [
            CondPageBreak(40 * mm),
            para(f"{_chinese_number(number)}、{table.heading}", s.heading),
            grid_table(table.header, table.rows, align=table.align),
        ]
    story += [
        spacer(6),
        para(f"制表日期：{report.made_on.year}年{report.made_on.month}月{report.made_on.day}日", s.right),
    ]
    return build_a4_pdf(story, title=report.title, office=report.office, subject="效能月报")


def _chinese_number(n: int) -> str:
    return "零一二三四五六七八九十"[n] if n <= 10 else str(n)
