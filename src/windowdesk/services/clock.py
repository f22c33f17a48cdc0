"""The hall's clock: "now" and the hall's "today" (in the ``queue.timezone`` setting's zone).

Every service asks this module for the time. Tests move it by replacing :func:`utcnow` here
(``tests/services/queue_support.py: use_clock``).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from windowdesk.domain.queue_order import service_day
from windowdesk.errors import UserError
from windowdesk.services.context import ServiceContext
from windowdesk.services.settings import TIMEZONE, get_setting
from windowdesk.store.base import utcnow


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError("未知时区：{zone}", "Unknown time zone: {zone}", zone=name) from exc


def now() -> dt.datetime:
    """The services' clock (tests replace ``clock.utcnow`` to cross midnight)."""
    return utcnow()


def local_zone(ctx: ServiceContext) -> ZoneInfo:
    return zone_named(get_setting(ctx, TIMEZONE.key))


def local_today(ctx: ServiceContext) -> dt.date:
    """Today in the hall's time zone (``queue.timezone``) by the services' clock, not the PC's own
    zone: the one day every service defaults to, so a case and its ticket are dated alike."""
    return service_day(now(), local_zone(ctx).key)


def today(ctx: ServiceContext, at: dt.datetime | None = None) -> dt.date:
    return service_day(at or now(), local_zone(ctx).key)
