"""Changing the working-day calendar. A due date counts working days, so every change of the
calendar (a day marked, a year published, a year's schedule imported) recomputes the due dates of
this site's open cases in the same transaction, each change recorded on its case. (A site that
syncs gets central's calendar by pull; :func:`windowdesk.services.sync.run_sync` recomputes then.)

Public API of the calendar changes; reading the calendar is :mod:`windowdesk.services.site`.
"""

from __future__ import annotations

import datetime as dt

from windowdesk.services import cases, site
from windowdesk.services.context import ServiceContext, writes

__all__ = ["import_schedule", "publish_year", "set_day"]

REASON = "calendar"


@writes("calendar.set_day")
def set_day(ctx: ServiceContext, day: dt.date, is_workday: bool, note: str = "") -> site.CalendarOverride:
    """Declare a day a holiday or a (make-up) workday, overriding the official data."""
    with ctx.unit_of_work() as uow:
        override = site.write_day(uow, day, is_workday, note)
        uow.session.flush()
        cases.recompute_open_cases(uow, ctx, site.calendar_in(uow.session), REASON)
        return override


@writes("calendar.publish_year")
def publish_year(ctx: ServiceContext, year: int, source: str = "") -> None:
    """Mark a year's schedule as entered in full, so its dates stop being provisional."""
    site.check_year(year)
    with ctx.unit_of_work() as uow:
        site.write_year(uow, year, source)
        uow.session.flush()
        cases.recompute_open_cases(uow, ctx, site.calendar_in(uow.session), REASON)


@writes("calendar.import")
def import_schedule(ctx: ServiceContext, text: str, source: str = "") -> site.CalendarImport:
    """Enter a year's official schedule (the State Council's notice) in one transaction: its days
    replace that year's overrides and the year stops being provisional. Nothing is written when a
    line is bad. Refused on a synced site: central owns the calendar there."""
    site.parse_schedule(text)  # a bad file is refused before any transaction
    with ctx.unit_of_work() as uow:
        result = site.write_schedule(uow, text, source)
        uow.session.flush()
        cases.recompute_open_cases(uow, ctx, site.calendar_in(uow.session), REASON)
        return result
