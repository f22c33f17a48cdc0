"""The supervision run: cards for open cases and the exceptions of the scanned days, in one unit of
work. Run when a client starts, hourly while it runs, and by ``windowdesk supervision run``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from windowdesk.services import settings
from windowdesk.services.context import ServiceContext, writes
from windowdesk.services.settings import get_setting
from windowdesk.services.site import load_calendar
from windowdesk.services.supervision import cards as card_rules
from windowdesk.services.supervision import findings
from windowdesk.services.supervision.cards import existing_ids
from windowdesk.services.supervision.scope import site_scope
from windowdesk.store.models import SupervisionException

#: the days of tickets and case changes one run looks at (the hourly run sees today's again)
SCAN_DAYS = 7


@dataclass(frozen=True)
class RunResult:
    day: dt.date
    yellow: int
    red: int
    exceptions: dict[str, int]

    @property
    def cards(self) -> int:
        return self.yellow + self.red


@writes("supervision.run")
def run(
    ctx: ServiceContext,
    day: dt.date | None = None,
    *,
    site_code: str | None = None,
    scan_days: int = SCAN_DAYS,
) -> RunResult:
    """Issue the cards due on ``day`` (default today) and record the exceptions of the ``scan_days``
    before it. Idempotent: running again, or on central, adds only what is new."""
    day = day or ctx.clock.today()
    site_id = site_scope(ctx, site_code)
    calendar = load_calendar(ctx)
    yellow = get_setting(ctx, settings.YELLOW_WORKDAYS.key)
    first = day - dt.timedelta(days=scan_days - 1)
    scan = findings.Scan(
        site_id=site_id,
        first_day=first,
        last_day=day,
        since=dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), dt.UTC),
        long_consultation_minutes=get_setting(ctx, settings.LONG_CONSULTATION_MINUTES.key),
        max_reprints=get_setting(ctx, settings.MAX_REPRINTS.key),
        calendar=calendar,
        notice_limit_workdays=int(get_setting(ctx, settings.NOTICE_LIMIT_WORKDAYS.key)),
    )
    with ctx.unit_of_work() as uow:
        session = uow.session
        due = card_rules.cards_due(session, site_id, calendar, day, yellow)
        cards = card_rules.new_cards(session, due, day)
        for card in cards:
            uow.add(card)
        found = findings.overdue_from_cards([*cards, *findings.red_cards(session, scan)])
        found += findings.long_consultations(session, scan)
        found += findings.case_exceptions(session, scan)
        found += findings.overdue_followups(session, scan)
        unique = {e.id: e for e in found}
        have = existing_ids(session, SupervisionException, list(unique))
        new = [e for e in unique.values() if e.id not in have]
        for exc in new:
            uow.add(exc)
        counts: dict[str, int] = {}
        for exc in new:
            counts[exc.kind] = counts.get(exc.kind, 0) + 1
        result = RunResult(
            day,
            sum(c.level == card_rules.YELLOW for c in cards),
            sum(c.level == card_rules.RED for c in cards),
            counts,
        )
        uow.audit(
            "supervision.run",
            "supervision_card",
            None,
            day=day,
            yellow=result.yellow,
            red=result.red,
            exceptions=counts,
        )
    return result
