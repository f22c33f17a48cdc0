"""Working days: the official schedule overridden by the calendar table that central edits."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import select

from windowdesk.domain.official_schedule import OfficialSchedule
from windowdesk.domain.workdays import DueDate, WorkdayCalendar
from windowdesk.errors import UserError
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store import generations
from windowdesk.store.models import CalendarDay, CalendarYear


@functools.cache
def official_schedule() -> OfficialSchedule:
    """Built at first use: it reads the holiday library's tables."""
    return OfficialSchedule()


@dataclass(frozen=True)
class CalendarOverride:
    day: dt.date
    is_workday: bool
    note: str


def load_calendar(ctx: ServiceContext) -> WorkdayCalendar:
    """The calendar as this store knows it now: one per version of the calendar tables, kept until
    an override or a published year changes (here, on another client, or pulled from central), so
    the year tables it builds as it counts are built once."""

    def build() -> WorkdayCalendar:
        with ctx.reading() as session:
            overrides = {row.day: row.is_workday for row in session.scalars(select(CalendarDay))}
            published = list(session.scalars(select(CalendarYear.year)))
        return WorkdayCalendar(official_schedule(), overrides, published)

    return generations.memo(ctx.store, "calendar", "site.calendar", build)


MAX_WORKDAYS = 3650  # no statutory limit comes near ten years of working days


def due_date(ctx: ServiceContext, start: dt.date, workdays: int) -> DueDate:
    if not 0 <= workdays <= MAX_WORKDAYS:
        raise UserError(
            "工作日数须在 0 到 {max} 之间，而不是 {n}",
            "The number of working days must be from 0 to {max}, not {n}",
            max=MAX_WORKDAYS,
            n=workdays,
        )
    try:
        return load_calendar(ctx).add_working_days(start, workdays)
    except (ValueError, OverflowError) as exc:  # walked past year 9999
        raise UserError(
            "日期超出可计算的范围：{start} 之后 {n} 个工作日",
            "The date is out of range: {n} working days after {start}",
            start=start.isoformat(),
            n=workdays,
        ) from exc


def list_overrides(ctx: ServiceContext) -> list[CalendarOverride]:
    with ctx.reading() as session:
        rows = session.scalars(select(CalendarDay).order_by(CalendarDay.day))
        return [CalendarOverride(r.day, r.is_workday, r.note) for r in rows]


@writes("calendar.set_day")
def set_day(ctx: ServiceContext, day: dt.date, is_workday: bool, note: str = "") -> CalendarOverride:
    """Declare a day a holiday or a (make-up) workday, overriding the official data."""
    with ctx.unit_of_work() as uow:
        row = uow.session.scalars(select(CalendarDay).where(CalendarDay.day == day)).one_or_none()
        if row is None:
            row = uow.add(CalendarDay(day=day, is_workday=is_workday, note=note))
        else:
            row.is_workday, row.note = is_workday, note
        uow.audit("calendar.set_day", "calendar_day", row.id, day=day, is_workday=is_workday, note=note)
        return CalendarOverride(day, is_workday, note)


@writes("calendar.publish_year")
def publish_year(ctx: ServiceContext, year: int, source: str = "") -> None:
    """Mark a year's schedule as entered in full, so its dates stop being provisional."""
    if not 2000 <= year <= 2100:
        raise UserError("年份须在 2000 到 2100 之间", "The year must be from 2000 to 2100")
    with ctx.unit_of_work() as uow:
        row = uow.session.scalars(select(CalendarYear).where(CalendarYear.year == year)).one_or_none()
        if row is None:
            row = uow.add(CalendarYear(year=year, source=source))
        else:
            row.source = source
        uow.audit("calendar.publish_year", "calendar_year", row.id, year=year, source=source)
