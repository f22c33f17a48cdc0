"""Working days: the official schedule overridden by the calendar table that central edits.

Reading the calendar is here. Changing it is :mod:`windowdesk.services.calendar`, which writes
with the helpers below and recomputes the open cases' due dates in the same transaction."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.domain.official_schedule import OfficialSchedule
from windowdesk.domain.workdays import DueDate, WorkdayCalendar
from windowdesk.errors import UserError
from windowdesk.services.context import ServiceContext
from windowdesk.store import generations
from windowdesk.store.models import CalendarDay, CalendarYear
from windowdesk.store.uow import UnitOfWork
from windowdesk.sync import local


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
            return calendar_in(session)

    return generations.memo(ctx.store, "calendar", "site.calendar", build)


def calendar_in(session: Session) -> WorkdayCalendar:
    """The calendar as ``session`` sees it (with its transaction's own changes), built afresh."""
    overrides = {row.day: row.is_workday for row in session.scalars(select(CalendarDay))}
    published = list(session.scalars(select(CalendarYear.year)))
    return WorkdayCalendar(official_schedule(), overrides, published)


MAX_WORKDAYS = 3650  # no statutory limit comes near ten years of working days


def due_date(ctx: ServiceContext, start: dt.date, workdays: int) -> DueDate:
    if not 0 <= workdays <= MAX_WORKDAYS:
        raise UserError(
            "The number of working days must be from 0 to {max}, not {n}",
            max=MAX_WORKDAYS,
            n=workdays,
        )
    try:
        return load_calendar(ctx).add_working_days(start, workdays)
    except (ValueError, OverflowError) as exc:  # walked past year 9999
        raise UserError(
            "The date is out of range: {n} working days after {start}",
            start=start.isoformat(),
            n=workdays,
        ) from exc


def list_overrides(ctx: ServiceContext) -> list[CalendarOverride]:
    with ctx.reading() as session:
        rows = session.scalars(select(CalendarDay).order_by(CalendarDay.day))
        return [CalendarOverride(r.day, r.is_workday, r.note) for r in rows]


def write_day(uow: UnitOfWork, day: dt.date, is_workday: bool, note: str = "") -> CalendarOverride:
    """Declare a day a holiday or a (make-up) workday, overriding the official data (in ``uow``)."""
    row = uow.session.scalars(select(CalendarDay).where(CalendarDay.day == day)).one_or_none()
    if row is None:
        row = uow.add(CalendarDay(day=day, is_workday=is_workday, note=note))
    else:
        row.is_workday, row.note = is_workday, note
    uow.audit("calendar.set_day", "calendar_day", row.id, day=day, is_workday=is_workday, note=note)
    return CalendarOverride(day, is_workday, note)


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise UserError("The year must be from 2000 to 2100")


def write_year(uow: UnitOfWork, year: int, source: str = "") -> None:
    """Mark a year's schedule as entered in full, so its dates stop being provisional (in ``uow``)."""
    check_year(year)
    row = uow.session.scalars(select(CalendarYear).where(CalendarYear.year == year)).one_or_none()
    if row is None:
        row = uow.add(CalendarYear(year=year, source=source))
    else:
        row.source = source
    uow.audit("calendar.publish_year", "calendar_year", row.id, year=year, source=source)


# -- a year's schedule from a file ------------------------------------------------------------
#: The file format (also in services/site/calendar_format.md): UTF-8 text, one date a line,
#: ``YYYY-MM-DD holiday|workday [note]`` (休/班 also accepted); blank lines and lines starting
#: with ``#`` are skipped; a line ``# source: TEXT`` names the notice. All dates in one year.
_KINDS = {"holiday": False, "休": False, "假": False, "workday": True, "班": True}


@dataclass(frozen=True)
class CalendarImport:
    year: int
    days: int
    source: str


def parse_schedule(text: str) -> tuple[int, list[CalendarOverride], str]:
    """The year, its overrides and the source named in a schedule file; a clear error with the
    line number for the first bad line."""
    days: dict[dt.date, CalendarOverride] = {}
    source = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line:
            continue
        if line.startswith("#"):
            head, _, rest = line[1:].partition(":")
            if head.strip().lower() in {"source", "来源", "依据"}:
                source = rest.strip()[:200]
            continue
        parts = line.split(None, 2)
        try:
            day = dt.date.fromisoformat(parts[0])
        except ValueError:
            day = None
        if day is None or len(parts) < 2 or parts[1].lower() not in _KINDS:
            raise UserError(
                "Line {n} is not 'DATE holiday|workday NOTE' (e.g. 2027-10-01 holiday National Day): '{line}'",
                n=number,
                line=line[:80],
            )
        if day in days:
            raise UserError(
                "Line {n}: {day} appears twice", n=number, day=day.isoformat()
            )
        days[day] = CalendarOverride(
            day, _KINDS[parts[1].lower()], (parts[2] if len(parts) > 2 else "")[:120]
        )
    years = {day.year for day in days}
    if len(years) != 1:
        raise UserError(
            "The file must hold the dates of exactly one year; it has {years}",
            years=", ".join(str(y) for y in sorted(years)) or "0",
        )
    year = years.pop()
    check_year(year)
    return year, sorted(days.values(), key=lambda o: o.day), source


def write_schedule(uow: UnitOfWork, text: str, source: str = "") -> CalendarImport:
    """Enter a year's official schedule (the State Council's notice) in ``uow``: its days replace
    that year's overrides and the year stops being provisional. Nothing is written when a line is
    bad. Refused on a synced site: central owns the calendar there."""
    year, overrides, named = parse_schedule(text)
    source = (named or source).strip()[:200]
    if local.get(uow.session, local.CENTRAL):
        raise UserError(
            "This site syncs with central, which owns the working-day calendar; it cannot be imported here",
        )
    existing = {
        row.day: row
        for row in uow.session.scalars(
            select(CalendarDay).where(
                CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31)
            )
        )
    }
    wanted = {o.day for o in overrides}
    for day, row in existing.items():
        if day not in wanted:
            uow.session.delete(row)
    for o in overrides:
        row = existing.get(o.day)
        if row is None:
            uow.add(CalendarDay(day=o.day, is_workday=o.is_workday, note=o.note))
        elif (row.is_workday, row.note) != (o.is_workday, o.note):
            row.is_workday, row.note = o.is_workday, o.note
    published = uow.session.scalars(select(CalendarYear).where(CalendarYear.year == year)).one_or_none()
    if published is None:
        published = uow.add(CalendarYear(year=year, source=source))
    else:
        published.source = source
    uow.audit("calendar.import", "calendar_year", published.id, year=year, days=len(overrides), source=source)
    return CalendarImport(year, len(overrides), source)


def central_owns_calendar(ctx: ServiceContext) -> bool:
    """Does this site sync with central (so the calendar and catalogue are central's, read-only here)?"""
    with ctx.reading() as session:
        return bool(local.get(session, local.CENTRAL))


def published_years(ctx: ServiceContext) -> dict[int, str]:
    """The years whose schedule was entered in full, with their source; other years are provisional."""
    with ctx.reading() as session:
        return {
            row.year: row.source for row in session.scalars(select(CalendarYear).order_by(CalendarYear.year))
        }


@dataclass(frozen=True)
class CalendarMonthDay:
    day: dt.date
    is_workday: bool
    note: str | None  # the override's note; None when the day follows the official data
    provisional: bool


def month_view(ctx: ServiceContext, year: int, month: int) -> list[CalendarMonthDay]:
    """Every day of a month: working or not, the override if any, provisional or not."""
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise UserError("The year must be from 2000 to 2100")
    calendar = load_calendar(ctx)
    first = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    with ctx.reading() as session:
        notes = {
            row.day: row.note
            for row in session.scalars(
                select(CalendarDay).where(CalendarDay.day >= first, CalendarDay.day <= last)
            )
        }
    return [
        CalendarMonthDay(day, calendar.is_workday(day), notes.get(day), calendar.is_provisional(day))
        for day in (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    ]
