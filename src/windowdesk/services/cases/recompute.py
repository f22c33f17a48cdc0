"""Recomputing due dates when the working-day calendar changes (an admin publishes next year's
schedule, or corrects a day): every open case of this site gets its dates again, and each change is
recorded on the case (a ``due_recomputed`` history row with the old and new dates)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from windowdesk.domain import case_stages as stages
from windowdesk.services.cases.clock import recompute
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.settings import STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case


@writes("case.recompute_due")
def recompute_due_dates(
    ctx: ServiceContext, reason: str = "calendar"
) -> list[tuple[str, dt.date | None, dt.date | None, dt.date | None, dt.date | None]]:
    """Recompute the due dates of this site's open cases against the calendar as it is now.
    Returns the changed ones: (case_no, old statutory, new statutory, old promised, new promised)."""
    site_id = require_site(ctx)
    today = ctx.clock.today()
    calendar = load_calendar(ctx)
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    with ctx.unit_of_work() as uow:
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
        changed = recompute(uow.session, cases, calendar, today, ctx.clock.now(), statutory_default, ctx.actor.login, reason)
        if changed:
            uow.audit("case.recompute_due", "intake_case", None, reason=reason, cases=[c[0] for c in changed])
    return changed
