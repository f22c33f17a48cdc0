"""The hall's clock: "now" (aware UTC) and the hall's "today" (in the ``queue.timezone`` zone).

Every service, document and face asks ``ctx.clock`` for the time; nothing else calls
``datetime.now()``, ``date.today()`` or ``QDate.currentDate()``. The context carries a time source
(:class:`SystemTime` by default); tests and the demo's back-dated cases give it a
:class:`FixedClock` instead (``ctx.with_time(FixedClock(at))``, ``ctx.on_day(day)``).

This module imports nothing of the services, so the context can carry the clock without a cycle:
the hall's zone name is read through a callable the context supplies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from windowdesk.domain.queue_order import service_day
from windowdesk.errors import UserError
from windowdesk.system_clock import utcnow

#: The setting that names the hall's zone, and its default (declared as ``settings.TIMEZONE``).
ZONE_SETTING = "queue.timezone"
DEFAULT_ZONE = "Asia/Shanghai"


class TimeSource(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware."""
        ...


class SystemTime:
    """The computer's clock, as aware UTC."""

    def now(self) -> dt.datetime:
        return utcnow()

    def __repr__(self) -> str:
        return "SystemTime()"


class FixedClock:
    """A time source that stands still until it is set or advanced (tests; back-dated demo data)."""

    def __init__(self, at: dt.datetime) -> None:
        self.set(at)

    def set(self, at: dt.datetime) -> dt.datetime:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.at = at.astimezone(dt.UTC)
        return self.at

    def advance(self, **delta: float) -> dt.datetime:
        return self.set(self.at + dt.timedelta(**delta))

    def now(self) -> dt.datetime:
        return self.at

    def __repr__(self) -> str:
        return f"FixedClock({self.at.isoformat()})"


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError("Unknown time zone: {zone}", zone=name) from exc


class HallClock:
    """The time as the hall sees it: ``now()`` in UTC, ``today()`` and ``local(at)`` in its zone."""

    def __init__(self, time: TimeSource, zone_name: Callable[[], str]) -> None:
        self.time = time
        self._zone_name = zone_name

    def now(self) -> dt.datetime:
        return self.time.now().astimezone(dt.UTC)

    def zone(self) -> ZoneInfo:
        """The hall's zone (read from the ``queue.timezone`` setting on each call)."""
        return zone_named(self._zone_name())

    def today(self, at: dt.datetime | None = None) -> dt.date:
        """The hall's date now (or at the instant ``at``), not the PC's own zone: the one day every
        service defaults to, so a case and its ticket are dated alike."""
        return service_day(at or self.now(), self.zone().key)

    def local(self, at: dt.datetime | None = None) -> dt.datetime:
        """``at`` (default: now) as the hall's wall-clock time."""
        return (at or self.now()).astimezone(self.zone())

    def local_noon(self, day: dt.date) -> dt.datetime:
        """Noon of ``day`` in the hall: an instant that is unambiguously on that day."""
        return dt.datetime.combine(day, dt.time(12), tzinfo=self.zone())
