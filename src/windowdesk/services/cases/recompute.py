"""Recomputing due dates when the working-day calendar changes (an admin publishes next year's
schedule, or corrects a day): every open case of this site gets its dates again, and each change is
recorded on the case (a ``due_recomputed`` history row with the old and new dates)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from windowdesk.domain import case_stages as stages
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.services.cases.clock import recompute
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.settings import STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case
from windowdesk.store.uow import UnitOfWork

Changed = tuple[str, dt.date | None, dt.date | None, dt.date | None, dt.date | None]


def recompute_open_cases(
    uow: UnitOfWork, ctx: ServiceContext, calendar: WorkdayCalendar, reason: str
) -> list[Changed]:
    """In ``uow`` (a calendar change, or a pull that brought one): recompute the due dates of this
    site's open cases against ``calendar``; audited as ``case.recompute_due`` when any changed. The
    central store has no home site: each site recomputes its own cases."""
    site_id = uow.actor.site_id or ctx.home_site_id()
    if site_id is None:
        return []
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    cases = list(
        uow.session.scalars(
            select(Case)
            .where(
                Case.site_id == site_id,
                Case.stage.in_(stages.OPEN_STAGES),
                Case.decided_on.is_(None),
                Case.accepted_on.is_not(None),
            )
            .with_for_update()
        )
    )
    changed = recompute(
        uow.session,
        cases,
        calendar,
        ctx.clock.today(),
        ctx.clock.now(),
        statutory_default,
        uow.actor.login,
        reason,
    )
    if changed:
        uow.audit("case.recompute_due", "intake_case", None, reason=reason, cases=[c[0] for c in changed])
    return changed


@writes("case.recompute_due")
def recompute_due_dates(ctx: ServiceContext, reason: str = "calendar") -> list[Changed]:
    """Recompute the due dates of this site's open cases against the calendar as it is now.
    Returns the changed ones: (case_no, old statutory, new statutory, old promised, new promised)."""
    require_site(ctx)
    calendar = load_calendar(ctx)
    with ctx.unit_of_work() as uow:
        return recompute_open_cases(uow, ctx, calendar, reason)
