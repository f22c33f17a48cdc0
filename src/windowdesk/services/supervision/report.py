"""Exports: the statistics of a period as XLSX (openpyxl) or as the 效能月报 PDF."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from sqlalchemy import select

from windowdesk.documents.performance_report import PerformanceReport, ReportTable, build_performance_report
from windowdesk.domain import case_stages as stages
from windowdesk.domain.intake import OUTCOME_LABELS
from windowdesk.errors import UserError
from windowdesk.messages import chinese
from windowdesk.services.context import ServiceContext
from windowdesk.services.supervision.findings import KIND_LABELS
from windowdesk.services.supervision.scope import site_scope
from windowdesk.services.supervision.stats import GROUP_LABELS, GroupRow, Stats, compute_stats
from windowdesk.store.models import Site

GROUP_HEADER = (
    "取号",
    "办结",
    "过号",
    "平均等候(分)",
    "等候中位数",
    "等候P90",
    "平均办理(分)",
    "办理中位数",
    "办理P90",
    "收件",
    "期内决定",
    "按期率",
    "超期未决",
    "黄牌",
    "红牌",
    "评价数",
    "满意率",
    "差评",
    "评价率",
    "整改按期率",
)


def month_range(day: dt.date) -> tuple[dt.date, dt.date]:
    last = month_calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def group_cells(g: GroupRow) -> tuple[str, ...]:
    return (
        str(g.taken),
        str(g.served),
        str(g.no_shows),
        minutes(g.wait_mean),
        minutes(g.wait_median),
        minutes(g.wait_p90),
        minutes(g.serve_mean),
        minutes(g.serve_median),
        minutes(g.serve_p90),
        str(g.cases),
        str(g.decided),
        rate(g.on_time_rate),
        str(g.overdue),
        str(g.yellow),
        str(g.red),
        str(g.rated),
        rate(g.satisfaction_rate),
        str(g.bad),
        rate(g.rating_rate),
        rate(g.followups_on_time_rate),
    )


def summary(stats: Stats) -> list[tuple[str, str]]:
    t = stats.total
    rows = [
        ("取号数", str(t.taken)),
        ("办结号数", str(t.served)),
        ("过号数", str(t.no_shows)),
        ("平均等候（分钟）", minutes(t.wait_mean)),
        ("等候中位数（分钟）", minutes(t.wait_median)),
        ("等候90分位（分钟）", minutes(t.wait_p90)),
        ("平均办理（分钟）", minutes(t.serve_mean)),
        ("办理中位数（分钟）", minutes(t.serve_median)),
        ("办理90分位（分钟）", minutes(t.serve_p90)),
        ("收件数", str(t.cases)),
    ]
    rows += [(f"其中{chinese(OUTCOME_LABELS[o])}", str(stats.outcomes.get(o, 0))) for o in OUTCOME_LABELS]
    rows += [
        ("期内作出决定", str(t.decided)),
        ("按期办结率", rate(t.on_time_rate)),
        ("超期未决", str(t.overdue)),
        ("黄牌", str(t.yellow)),
        ("红牌", str(t.red)),
        ("异常", str(sum(stats.exceptions.values()))),
        ("评价数", str(t.rated)),
        ("评价率（评价数 / 办结号数与窗口领取数）", rate(t.rating_rate)),
        ("满意率", rate(t.satisfaction_rate)),
        ("差评数", str(t.bad)),
        ("差评整改按期办结", str(t.followups_on_time)),
        ("差评整改逾期", str(t.followups_late)),
        ("差评整改按期率", rate(t.followups_on_time_rate)),
    ]
    return rows


QUEUE_COLUMNS = 9  # the first columns of GROUP_HEADER are about tickets, then cases and cards
RATING_COLUMNS = 5  # and the last about 好差评


def _split_tables(heading: str, label: str, groups: list[GroupRow]) -> list[ReportTable]:
    """A group table as three (tickets; cases and cards; ratings) so each fits across A4 portrait."""
    rows = [(g.key or "—", *group_cells(g)) for g in groups]
    cases_end = len(GROUP_HEADER) - RATING_COLUMNS
    parts = (
        ("排队", 0, QUEUE_COLUMNS),
        ("办件与预警", QUEUE_COLUMNS, cases_end),
        ("好差评", cases_end, len(GROUP_HEADER)),
    )
    return [
        ReportTable(
            f"{heading}（{name}）",
            (label, *GROUP_HEADER[start:end]),
            [(r[0], *r[start + 1 : end + 1]) for r in rows],
            ("left",) + ("right",) * (end - start),
        )
        for name, start, end in parts
    ]


def tables(stats: Stats) -> list[ReportTable]:
    label = chinese(GROUP_LABELS[stats.group_by])
    out = _split_tables(f"按{label}统计", label, stats.groups)
    if stats.group_by != "window":
        out += _split_tables("按窗口统计", "窗口", stats.windows)
    out.append(
        ReportTable(
            "办件环节",
            ("环节", "件数"),
            [
                (chinese(label), str(stats.stages[k]))
                for k, label in stages.STAGE_LABELS.items()
                if k in stats.stages
            ],
            ("left", "right"),
        )
    )
    out.append(
        ReportTable(
            "电子监察异常",
            ("类别", "代码", "件数"),
            [(chinese(KIND_LABELS[k]), k, str(stats.exceptions.get(k, 0))) for k in KIND_LABELS],
            ("left", "left", "right"),
        )
    )
    return out


def office_name(ctx: ServiceContext, site_id) -> str:
    if site_id is None:
        return "全部站点"
    with ctx.reading() as session:
        return session.scalar(select(Site.name).where(Site.id == site_id)) or ""


def _period(first: dt.date, last: dt.date) -> str:
    return f"{first.year}年{first.month}月{first.day}日 至 {last.year}年{last.month}月{last.day}日"


def _title(first: dt.date, last: dt.date) -> str:
    if first.day == 1 and (first, last) == month_range(first):
        return f"{first.year}年{first.month}月 效能月报"
    return "效能报告"


def performance_pdf(ctx: ServiceContext, stats: Stats, office: str) -> bytes:
    return build_performance_report(
        PerformanceReport(
            title=_title(stats.first, stats.last),
            office=office,
            period=_period(stats.first, stats.last),
            made_on=ctx.clock.today(),
            summary=summary(stats),
            window_bars=[(f"{g.key}号", g.taken, g.served) for g in stats.windows],
            days=[(d.day, d.taken, d.served) for d in stats.days],
            heat=stats.heat,
            tables=tables(stats),
        )
    )


def _sheet(book, title: str, header, rows) -> None:
    sheet = book.create_sheet(title)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    for row in rows:
        sheet.append(list(row))
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(40, max(8, width * 1.6 + 2))


def _number(value: float | None):
    return None if value is None else round(value, 2)


def stats_workbook(stats: Stats, office: str) -> openpyxl.Workbook:
    """Every view of the statistics as sheets, numbers as numbers (minutes, rates as fractions)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(book, "总体", ("项目", "数值"), [(office, _period(stats.first, stats.last)), *summary(stats)])
    label = chinese(GROUP_LABELS[stats.group_by])
    numeric = [
        (
            g.key,
            g.taken,
            g.served,
            g.no_shows,
            _number(g.wait_mean),
            _number(g.wait_median),
            _number(g.wait_p90),
            _number(g.serve_mean),
            _number(g.serve_median),
            _number(g.serve_p90),
            g.cases,
            g.decided,
            _number(g.on_time_rate),
            g.overdue,
            g.yellow,
            g.red,
            g.rated,
            _number(g.satisfaction_rate),
            g.bad,
            _number(g.rating_rate),
            _number(g.followups_on_time_rate),
        )
        for g in stats.groups
    ]
    _sheet(book, f"按{label}", (label, *GROUP_HEADER), numeric)
    _sheet(
        book,
        "每日",
        ("日期", "取号", "办结", "过号", "平均等候(分)"),
        [(d.day.isoformat(), d.taken, d.served, d.no_shows, _number(d.wait_mean)) for d in stats.days],
    )
    hours = sorted({h for _, h in stats.heat}) or list(range(8, 18))
    _sheet(
        book,
        "到达热力",
        ("星期", *[f"{h}时" for h in hours]),
        [(f"周{w}", *[stats.heat.get((i, h), 0) for h in hours]) for i, w in enumerate("一二三四五六日")],
    )
    _sheet(
        book,
        "异常",
        ("类别", "代码", "件数"),
        [(chinese(KIND_LABELS[k]), k, stats.exceptions.get(k, 0)) for k in KIND_LABELS],
    )
    return book


def export_report(
    ctx: ServiceContext,
    first: dt.date,
    last: dt.date,
    out: str | Path,
    *,
    site_code: str | None = None,
    group_by: str = "window",
) -> Path:
    """``windowdesk report``: the statistics of ``first``..``last`` to ``out`` (.xlsx or .pdf)."""
    if last < first:
        raise UserError("The end date is before the start date")
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(
            "The report file must end in .xlsx or .pdf: {path}",
            path=out,
        )
    site_id = site_scope(ctx, site_code)
    stats = compute_stats(ctx, first, last, site_id=site_id, group_by=group_by)
    office = office_name(ctx, site_id)
    try:
        if suffix == ".pdf":
            path.write_bytes(performance_pdf(ctx, stats, office))
        else:
            stats_workbook(stats, office).save(path)
    except OSError as exc:
        raise UserError(
            "Cannot write {path}: {reason}", path=out, reason=exc.strerror
        ) from exc
    return path
