"""The official holiday schedule of the PRC: public holidays and make-up workdays (调休).

The State Council publishes each year's schedule late in the autumn of the year before. The primary
source is ``chinesecalendar`` (the published schedules, make-up workdays included; version 1.11 covers
2004–2026 and raises ``NotImplementedError`` for any other year). Years outside its range fall back to
``holidays`` (CN, public category): the statutory holidays by rule, lunar ones included, and its guessed
substitute days (补假), but never make-up workdays, since those are only known once published. Such a
year is *not known*: :meth:`OfficialSchedule.known_years` excludes it, and the working-day calendar
flags dates in it as provisional.

Pure data, no I/O. Each year is built once and cached; :meth:`OfficialSchedule.status` is a dictionary
look-up after that.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import NamedTuple

# chinesecalendar names its holidays in English (the enum value); the UI language is Chinese, so the
# names follow the State Council notices (and the ``holidays`` zh_CN names used for fallback years).
_CHINESE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}

MAKE_UP_SUFFIX = "（调休上班）"
"""Appended to the holiday's name for a make-up workday, e.g. ``国庆节（调休上班）``."""


class DayStatus(NamedTuple):
    """One day in the official schedule.

    ``name`` is the holiday's name for a holiday, the holiday's name plus :data:`MAKE_UP_SUFFIX` for a
    make-up workday (a weekend day worked in exchange), and ``""`` for an ordinary weekday or weekend.
    """

    is_workday: bool
    name: str


def _chinese_name(english: str) -> str:
    if english in _CHINESE_NAMES:
        return _CHINESE_NAMES[english]
    import chinese_calendar

    try:
        return chinese_calendar.Holiday(english).chinese
    except ValueError:
        return english


def _index_by_year(days: dict[dt.date, str]) -> dict[int, dict[dt.date, str]]:
    by_year: dict[int, dict[dt.date, str]] = {}
    for day, name in days.items():
        by_year.setdefault(day.year, {})[day] = name
    return by_year


class OfficialSchedule:
    """Official working days: which dates are holidays, which weekend dates are make-up workdays.

    A day not listed as a holiday or a make-up workday is a workday from Monday to Friday and a rest day
    on Saturday and Sunday. Safe to share between threads (a year may at worst be built twice).
    """

    def __init__(self) -> None:
        # Imported here, like ``holidays`` below: only a deadline needs the schedule, not start-up.
        import chinese_calendar

        holidays_by_year = _index_by_year(chinese_calendar.holidays)
        workdays_by_year = _index_by_year(chinese_calendar.workdays)
        years = holidays_by_year.keys() | workdays_by_year.keys()
        # chinesecalendar itself accepts exactly the years between its first and last holiday.
        self._known = range(min(years), max(years) + 1)
        self._cc_holidays = holidays_by_year
        self._cc_workdays = workdays_by_year
        self._years: dict[int, dict[dt.date, DayStatus]] = {}
        self._lock = threading.Lock()

    def known_years(self) -> range:
        """Years whose published schedule (holidays and make-up workdays) is in the data."""
        return self._known

    def is_known(self, year: int) -> bool:
        """Whether ``year`` has official data including make-up workdays (see :meth:`known_years`)."""
        return year in self._known

    def status(self, day: dt.date) -> DayStatus:
        """``(is_workday, name)`` for any date; outside :meth:`known_years` a best guess (see module doc)."""
        special = self._years.get(day.year)
        if special is None:
            special = self._year(day.year)
        found = special.get(day)
        if found is not None:
            return found
        return DayStatus(day.weekday() < 5, "")

    def special_days(self, year: int) -> dict[dt.date, DayStatus]:
        """The year's holidays and make-up workdays (a copy), for display and for the admin's calendar."""
        return dict(self._year(year))

    def _year(self, year: int) -> dict[dt.date, DayStatus]:
        special = self._years.get(year)
        if special is None:
            special = self._build(year)
            with self._lock:
                special = self._years.setdefault(year, special)
        return special

    def _build(self, year: int) -> dict[dt.date, DayStatus]:
        special: dict[dt.date, DayStatus] = {}
        if year in self._known:
            for day, english in self._cc_holidays.get(year, {}).items():
                special[day] = DayStatus(False, _chinese_name(english))
            for day, english in self._cc_workdays.get(year, {}).items():
                special[day] = DayStatus(True, _chinese_name(english) + MAKE_UP_SUFFIX)
            return special
        # Imported here: ``holidays`` takes ~50 ms to import and is needed only past the known years.
        import holidays

        # Empty outside the years ``holidays`` supports for CN (1950–2100): weekends only then.
        for day, name in holidays.country_holidays("CN", years=year, language="zh_CN").items():
            special[day] = DayStatus(False, name)
        return special
