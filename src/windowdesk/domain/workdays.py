"""Working-day arithmetic for deadlines (行政许可法 art. 82: deadlines count working days).

A :class:`WorkdayCalendar` combines the official schedule (:class:`OfficialSchedule`) with the calendar
table a central admin edits: *overrides* (day -> is_workday) win over the official data, and
*published years* (years whose full schedule the admin entered) count as known. A date in a year that
is neither officially known nor published is *provisional*: it is computed from the statutory rules
without make-up workdays and may move once the State Council publishes that year.

Counting convention (as the law counts periods): the start day is never counted; "N working days from
``start``" is the N-th working day after ``start``. Pauses (art. 45: hearing, testing, expert review,
the 补正 wait) are closed date intervals whose days do not count.

Each year is turned once into a table of workday flags with prefix sums, so an addition or a count is a
couple of bisections and a sum over the years spanned, not a day-by-day walk.

Caveat: a schedule published for year Y may move days at the end of Y-1 (the 2019 New Year holiday
began on 30 Dec 2018 with 29 Dec 2018 worked). Such days of a known year are not flagged provisional;
the admin enters them as overrides when Y is published.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from windowdesk.domain.official_schedule import OfficialSchedule


@dataclass(frozen=True, slots=True)
class DueDate:
    """A computed deadline; ``provisional`` when the computation used a year without a known schedule."""

    day: dt.date
    provisional: bool


@dataclass(frozen=True, slots=True)
class _Year:
    first: int  # ordinal of 1 January
    prefix: tuple[int, ...]  # prefix[i] = workdays among days 0..i of the year (i = ordinal - first)

    @property
    def total(self) -> int:
        return self.prefix[-1]

    def upto(self, ordinal: int) -> int:
        """Workdays from 1 January up to and including the day ``ordinal``."""
        return self.prefix[ordinal - self.first]


class WorkdayCalendar:
    """Working days from the official schedule, the admin's overrides and the admin's published years.

    Immutable once built (build a new one when the calendar table changes); safe to share between threads.
    All arguments and results are :class:`datetime.date` (not datetimes).
    """

    def __init__(
        self,
        official: OfficialSchedule,
        overrides: Mapping[dt.date, bool] | None = None,
        published_years: Iterable[int] = (),
    ) -> None:
        self._official = official
        self._overrides: dict[int, dict[dt.date, bool]] = {}
        for day, is_workday in (overrides or {}).items():
            self._overrides.setdefault(day.year, {})[day] = bool(is_workday)
        self._published = frozenset(published_years)
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()

    # -- single days -------------------------------------------------------------------------------

    def is_workday(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day: an override if there is one, else the official schedule."""
        override = self._overrides.get(day.year, {}).get(day)
        if override is not None:
            return override
        return self._official.status(day).is_workday

    def is_provisional(self, day: dt.date) -> bool:
        """Whether ``day`` lies in a year with neither official data nor a published (admin-entered) schedule."""
        return self._provisional_year(day.year)

    def _provisional_year(self, year: int) -> bool:
        return year not in self._published and not self._official.is_known(year)

    def _any_provisional(self, first: dt.date, last: dt.date) -> bool:
        return any(self._provisional_year(year) for year in range(first.year, last.year + 1))

    # -- arithmetic ---------------------------------------------------------------------------------

    def add_working_days(self, start: dt.date, n: int) -> DueDate:
        """The ``n``-th working day after ``start`` (``start`` itself never counts; ``n == 0`` gives ``start``).

        ``provisional`` is true when any day after ``start`` up to the result (or, for ``n == 0``,
        ``start`` itself) lies in a provisional year.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        if n == 0:
            return DueDate(start, self.is_provisional(start))
        day = self._nth_workday_after(start.toordinal(), n)
        return DueDate(day, self._any_provisional(start + dt.timedelta(days=1), day))

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``(start, end]``: after ``start``, up to and including ``end``; 0 if ``end <= start``."""
        return self._count(start.toordinal(), end.toordinal())

    def due_with_pauses(self, start: dt.date, n: int, pauses: Sequence[tuple[dt.date, dt.date]]) -> DueDate:
        """Like :meth:`add_working_days`, but days inside a pause do not count (art. 45).

        A pause is a closed interval ``(first, last)`` with ``first <= last``; both ends are paused days.
        Pauses may overlap, touch, or begin before ``start`` (only their days after ``start`` matter). A
        pause that is still running has no end: pass it closed at the last day to count (e.g. today), and
        the due date moves on as the pause goes on. The result is never a paused day (for ``n > 0``).
        ``provisional`` is as for :meth:`add_working_days`, paused days included.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        for first, last in pauses:
            if last < first:
                raise ValueError(f"pause ends before it begins: {first} .. {last}")
        if n == 0:
            return DueDate(start, self.is_provisional(start))
        current = start.toordinal()  # counting resumes after this day
        remaining = n
        for first, last in _merge(pauses):
            if last <= current:
                continue
            available = self._count(current, first - 1)
            if remaining <= available:
                break
            remaining -= available
            current = last
        day = self._nth_workday_after(current, remaining)
        return DueDate(day, self._any_provisional(start + dt.timedelta(days=1), day))

    def working_days_left(self, today: dt.date, due: dt.date) -> int:
        """Working days left until ``due``, for the yellow and red cards.

        ``due - today`` in working days: the working days in ``(today, due]`` when ``today <= due`` (0 on
        the due day itself). Once ``today`` is past ``due`` the result is negative, minus the working days
        in ``(due, today]`` but at least -1, so that a rest day right after the deadline is already overdue.
        """
        if today <= due:
            return self.working_days_between(today, due)
        return -max(1, self.working_days_between(due, today))

    # -- internals ----------------------------------------------------------------------------------

    def _year(self, year: int) -> _Year:
        table = self._years.get(year)
        if table is None:
            table = self._build(year)
            with self._lock:
                table = self._years.setdefault(year, table)
        return table

    def _build(self, year: int) -> _Year:
        first = dt.date(year, 1, 1).toordinal()
        length = dt.date(year, 12, 31).toordinal() - first + 1
        flags = [self.is_workday(dt.date.fromordinal(first + i)) for i in range(length)]
        return _Year(first, tuple(itertools.accumulate(flags)))

    def _count(self, start: int, end: int) -> int:
        """Working days among the ordinals in ``(start, end]``."""
        if end <= start:
            return 0
        y_start = dt.date.fromordinal(start).year
        y_end = dt.date.fromordinal(end).year
        if y_start == y_end:
            table = self._year(y_start)
            return table.upto(end) - table.upto(start)
        first = self._year(y_start)
        count = first.total - first.upto(start)
        for year in range(y_start + 1, y_end):
            count += self._year(year).total
        return count + self._year(y_end).upto(end)

    def _nth_workday_after(self, start: int, n: int) -> dt.date:
        """The ``n``-th (``n >= 1``) working day after the ordinal ``start``."""
        year = dt.date.fromordinal(start).year
        table = self._year(year)
        target = table.upto(start) + n
        while target > table.total:
            target -= table.total
            year += 1  # past date.max this raises ValueError, as any date arithmetic would
            table = self._year(year)
        # The first day whose running count reaches the target is the target-th workday of the year.
        return dt.date.fromordinal(table.first + bisect.bisect_left(table.prefix, target))


def _merge(pauses: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[int, int]]:
    """Closed intervals as sorted, disjoint, non-touching ordinal intervals."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted((a.toordinal(), b.toordinal()) for a, b in pauses):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged
