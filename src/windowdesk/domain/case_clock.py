"""The decision clock after acceptance: two due dates, one extension, excluded periods (art. 42, 45, 82).

* Counting starts the working day after the clock's start (the acceptance date, or the receipt date
  of a deemed acceptance); the start day never counts.
* The statutory due date is the matter's statutory working days (default 20) plus an approved
  extension (at most once, +N working days); the promised one (承诺时限) exists when the matter has
  one, never later than the statutory limit, and an extension does not move it.
* **The pause rule** (art. 45: 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审): the working days
  strictly after a pause's start date, up to and including its end date, do not count, so both due
  dates move later by that many working days. A running pause counts as ending today, so the due
  dates move on each working day it lasts. Pauses follow each other and never overlap: a new one
  may start on the day the previous one ended, not before.

Everything here is pure: the calendar is passed in, "today" is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from windowdesk.domain.workdays import DueDate, WorkdayCalendar
from windowdesk.errors import Conflict


@dataclass(frozen=True)
class Period:
    """An excluded period: ``start`` counts, the days after it up to ``end`` (inclusive) do not."""

    kind: str
    start: dt.date
    end: dt.date | None  # None: still running

    def excluded(self, today: dt.date) -> tuple[dt.date, dt.date] | None:
        """The closed interval of days that do not count (as of ``today`` while running)."""
        end = self.end if self.end is not None else today
        if end <= self.start:
            return None
        return self.start + dt.timedelta(days=1), end


@dataclass(frozen=True)
class Clock:
    """A case's two due dates as of one day."""

    statutory: DueDate
    promised: DueDate | None

    @property
    def provisional(self) -> bool:
        return self.statutory.provisional or bool(self.promised and self.promised.provisional)


@dataclass(frozen=True)
class ClockUse:
    """Working days used and left on one clock, as of ``today``."""

    due: dt.date
    total: int  # the limit, extension included
    used: int
    left: int  # working days after today up to the due date; negative once past


def intervals(periods: Iterable[Period], today: dt.date) -> list[tuple[dt.date, dt.date]]:
    return [x for x in (p.excluded(today) for p in periods) if x is not None]


def promised_limit(statutory_workdays: int, promised_workdays: int) -> int | None:
    """The promised limit in working days, or None when the matter promises none."""
    if promised_workdays <= 0:
        return None
    return min(promised_workdays, statutory_workdays)


def clock(
    calendar: WorkdayCalendar,
    start: dt.date,
    statutory_workdays: int,
    promised_workdays: int,
    extension_workdays: int,
    periods: Sequence[Period],
    today: dt.date,
) -> Clock:
    """Both due dates from the clock's ``start`` with the periods excluded (running ones to today)."""
    excluded = intervals(periods, today)
    statutory = calendar.due_with_pauses(start, statutory_workdays + extension_workdays, excluded)
    limit = promised_limit(statutory_workdays, promised_workdays)
    promised = None if limit is None else calendar.due_with_pauses(start, limit, excluded)
    return Clock(statutory, promised)


def excluded_workdays(
    calendar: WorkdayCalendar, periods: Sequence[Period], after: dt.date, upto: dt.date, today: dt.date
) -> int:
    """Working days in ``(after, upto]`` that fall inside a period (periods never overlap)."""
    total = 0
    for first, last in intervals(periods, today):
        lo = max(first - dt.timedelta(days=1), after)
        hi = min(last, upto)
        total += calendar.working_days_between(lo, hi)
    return total


def use(
    calendar: WorkdayCalendar,
    start: dt.date,
    due: dt.date,
    total: int,
    periods: Sequence[Period],
    today: dt.date,
) -> ClockUse:
    """Working days used (counted days after ``start`` up to ``today``) and left (to ``due``)."""
    used = calendar.working_days_between(start, today) - excluded_workdays(
        calendar, periods, start, today, today
    )
    return ClockUse(due, total, max(0, used), calendar.working_days_left(today, due))


def check_new_period(periods: Sequence[Period], start: dt.date, clock_start: dt.date) -> None:
    """A new pause starting on ``start``: none running, none ending after ``start``, none before
    the clock started."""
    for period in periods:
        if period.end is None:
            raise Conflict(
                "The clock is already paused (since {since}); resume it first: two pauses cannot overlap",
                since=period.start.isoformat(),
            )
        if period.end > start:
            raise Conflict(
                "A new pause cannot start before the previous one ended on {end}: pauses cannot overlap",
                end=period.end.isoformat(),
            )
    if start < clock_start:
        raise Conflict(
            "A pause cannot start before the clock started on {start}",
            start=clock_start.isoformat(),
        )


def deemed_approved_on(
    silence_consent: bool, decided: bool, statutory_due: dt.date | None, today: dt.date
) -> dt.date | None:
    """超时默许: a matter whose silence past the statutory limit counts as approval is deemed
    approved the day after its statutory due date, if no decision came by then."""
    if not silence_consent or decided or statutory_due is None or today <= statutory_due:
        return None
    return statutory_due + dt.timedelta(days=1)
