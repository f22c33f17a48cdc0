"""What ratings take from other capabilities: the hall's clock, the queue's change signal, the
working-day calendar and the settings. Kept in one place so a move of those modules touches one file."""

from __future__ import annotations

import datetime as dt

from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.services.calendar import load_calendar
from windowdesk.services.context import ServiceContext
from windowdesk.services.queue_common import STATE_NAMES_ZH, now, today
from windowdesk.services.queue_watch import QueueWatch
from windowdesk.services.settings import get_setting

FOLLOWUP_WORKDAYS = "rating.followup_workdays"
TIMEOUT_SECONDS = "rating.timeout_seconds"

__all__ = [
    "FOLLOWUP_WORKDAYS",
    "STATE_NAMES_ZH",
    "TIMEOUT_SECONDS",
    "QueueWatch",
    "calendar",
    "get_setting",
    "hall_now",
    "hall_today",
]


def hall_now() -> dt.datetime:
    return now()


def hall_today(ctx: ServiceContext, at: dt.datetime | None = None) -> dt.date:
    return today(ctx, at)


def calendar(ctx: ServiceContext) -> WorkdayCalendar:
    return load_calendar(ctx)
