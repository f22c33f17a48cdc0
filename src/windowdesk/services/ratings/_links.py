"""What ratings take from other capabilities: the hall's clock, the queue's change signal, the
working-day calendar, the settings and how a case number is written. Kept in one place so a move of
those modules touches one file."""

from __future__ import annotations

import datetime as dt

from windowdesk.domain.queue import STATE_NAMES
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.services.cases import normalise_case_no
from windowdesk.services.context import ServiceContext
from windowdesk.services.queue import QueueWatch
from windowdesk.services.settings import RATING_FOLLOWUP_WORKDAYS, RATING_TIMEOUT_SECONDS, get_setting
from windowdesk.services.site import load_calendar

FOLLOWUP_WORKDAYS = RATING_FOLLOWUP_WORKDAYS.key
TIMEOUT_SECONDS = RATING_TIMEOUT_SECONDS.key

__all__ = [
    "FOLLOWUP_WORKDAYS",
    "STATE_NAMES",
    "TIMEOUT_SECONDS",
    "QueueWatch",
    "calendar",
    "get_setting",
    "hall_now",
    "hall_today",
    "normalise_case_no",
]


def hall_now(ctx: ServiceContext) -> dt.datetime:
    return ctx.clock.now()


def hall_today(ctx: ServiceContext, at: dt.datetime | None = None) -> dt.date:
    return ctx.clock.today(at)


def calendar(ctx: ServiceContext) -> WorkdayCalendar:
    return load_calendar(ctx)
