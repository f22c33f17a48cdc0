"""The supervisor's lists as XLSX (openpyxl): every row the list's filter chooses, read one page at a
time (the desk never loads them all), identity numbers masked as on the screen."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from windowdesk.domain import case_stages as stages
from windowdesk.domain.intake import CASE_STATUS_LABELS
from windowdesk.domain.supervision import KIND_LABELS, LEVEL_LABELS, STATE_LABELS
from windowdesk.files import write_file_atomically
from windowdesk.messages import chinese
from windowdesk.services import cases
from windowdesk.services.context import ServiceContext
from windowdesk.services.supervision.views import CardView, ExceptionView, Page, list_cards, list_exceptions

PAGE = 500  # rows read at a time

CASE_HEADER = (
    "办件编号",
    "状态",
    "办件环节",
    "事项编码",
    "事项名称",
    "申请人",
    "证件号码（脱敏）",
    "收件日期",
    "窗口",
    "经办人",
    "法定办结日期",
    "承诺办结日期",
)
CARD_HEADER = (
    "站点",
    "办件编号",
    "牌",
    "发牌日期",
    "到期日期",
    "剩余工作日",
    "超过法定时限",
    "已作出决定",
    "部门",
    "责任人",
    "状态",
)
EXCEPTION_HEADER = ("站点", "类别", "代码", "办件或号票", "日期", "责任人", "部门", "状态", "说明")


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int  # the data rows written (the header not counted)


def _pages(read: Callable[[int], Page]) -> Iterator[list]:
    """Each page of rows, ``read(offset)`` until the count of the first page is reached."""
    offset, total = 0, None
    while total is None or offset < total:
        page = read(offset)
        total = page.total if total is None else total
        if not page.rows:
            return
        yield page.rows
        offset += len(page.rows)


def _write(out: str | Path, title: str, header: tuple[str, ...], rows: Iterator[tuple]) -> Exported:
    """One sheet: a bold header, then the rows; written whole or not at all."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for index, name in enumerate(header):
        letter = openpyxl.utils.get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = max(10, len(name) * 2 + 4)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill = bold, fill
        cells.append(cell)
    sheet.append(cells)
    count = 0
    for row in rows:
        sheet.append(list(row))
        count += 1
    data = io.BytesIO()
    book.save(data)
    path = Path(out)
    write_file_atomically(path, data.getvalue())
    return Exported(path, count)


def _case_row(c: cases.CaseSummary) -> tuple:
    status = chinese(CASE_STATUS_LABELS.get(c.status, c.status))
    return (
        c.case_no,
        status + ("（视为受理）" if c.deemed_accepted else ""),
        chinese(stages.STAGE_LABELS[c.stage]) if c.stage in stages.STAGE_LABELS else c.stage,
        c.matter_code,
        c.matter_name,
        c.applicant_name,
        c.applicant_masked_id,  # the views never carry a full identity number
        c.received_on,
        c.window_no,
        c.clerk_name or c.clerk_login,
        c.statutory_due,
        c.promised_due,
    )


def export_cases(ctx: ServiceContext, filters: cases.CaseFilter, out: str | Path) -> Exported:
    """Every case ``filters`` chooses (its offset and limit ignored), in the list's order."""

    def read(offset: int) -> Page:
        rows = cases.list_cases(ctx, replace(filters, offset=offset, limit=PAGE))
        total = cases.count_cases(ctx, filters) if offset == 0 else 0
        return Page(rows, total)

    rows = (_case_row(c) for page in _pages(read) for c in page)
    return _write(out, "办件", CASE_HEADER, rows)


def _card_row(c: CardView) -> tuple:
    return (
        c.site_code,
        c.case_no,
        chinese(LEVEL_LABELS[c.level]),
        c.issued_on,
        c.due_date,
        c.workdays_left,
        "是" if c.past_statutory else "否",
        "是" if c.decided else "否",
        c.department_code,
        c.responsible_login,
        chinese(STATE_LABELS[c.state]),
    )


def export_cards(
    ctx: ServiceContext,
    today: dt.date,
    out: str | Path,
    *,
    site_id: uuid.UUID | None = None,
    level: str | None = None,
    undecided_only: bool = False,
    sort: str | None = None,
    descending: bool = False,
) -> Exported:
    """Every card :func:`list_cards` pages through with the same filter, in its order."""

    def read(offset: int) -> Page:
        return list_cards(
            ctx,
            today,
            site_id=site_id,
            level=level,
            undecided_only=undecided_only,
            offset=offset,
            limit=PAGE,
            sort=sort,
            descending=descending,
        )

    rows = (_card_row(c) for page in _pages(read) for c in page)
    return _write(out, "黄红牌", CARD_HEADER, rows)


def _exception_row(e: ExceptionView) -> tuple:
    return (
        e.site_code,
        chinese(KIND_LABELS[e.kind]) if e.kind in KIND_LABELS else e.kind,
        e.kind,
        e.subject,
        e.found_on,
        e.responsible_login,
        e.department_code,
        chinese(STATE_LABELS[e.state]),
        e.detail,
    )


def export_exceptions(
    ctx: ServiceContext,
    out: str | Path,
    *,
    site_id: uuid.UUID | None = None,
    kind: str | None = None,
    sort: str | None = None,
    descending: bool = False,
) -> Exported:
    """Every exception :func:`list_exceptions` pages through with the same filter, in its order."""

    def read(offset: int) -> Page:
        return list_exceptions(
            ctx, site_id=site_id, kind=kind, offset=offset, limit=PAGE, sort=sort, descending=descending
        )

    rows = (_exception_row(e) for page in _pages(read) for e in page)
    return _write(out, "异常", EXCEPTION_HEADER, rows)
