"""Cases for the sync tests. ``take_case`` makes a REAL intake case through the services (the numbers
come from ``_allocate_case_no``), cycling accepted / incomplete with its one-time notice / incomplete
with the notice deferred, so applicant, intake_case, case_event and case_notice rows all travel;
``edit_case`` is the next real follow-up write on it. ``take_window`` keeps the older stand-in (a
window row numbered from a plain counter) for the tests about restoring integer counters."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from sqlalchemy import func, select

from tests.services.intake_support import MATTER, PERSON, complete_checks, incomplete_checks, received
from tests.sync.support import Central, central_hashes, site_hashes
from windowdesk.services import cases
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.store.models import Case, OutboxOp, Window

WINDOW_COUNTER = "case"
RECEIVED_ON = dt.date(2026, 3, 2)  # a Monday
FOLLOW_UP_ON = dt.date(2026, 3, 3)
KINDS = ("accepted", "incomplete", "incomplete_deferred")
INTAKE_TABLES = {"applicant", "intake_case", "case_notice", "case_event"}


def _clerk(ctx: ServiceContext) -> ServiceContext:
    return ctx.as_actor(replace(ctx.actor, window_no=ctx.actor.window_no or 3))


def take_case(ctx: ServiceContext) -> str:
    """A real case; its kind follows the count of cases already in this store. Returns its case_no."""
    with ctx.reading() as session:
        kind = KINDS[session.scalar(select(func.count()).select_from(Case)) % len(KINDS)]
    outcome = "accepted" if kind == "accepted" else "incomplete"
    checks = complete_checks() if kind == "accepted" else incomplete_checks()
    decision = cases.IntakeDecision(
        MATTER, PERSON, checks, outcome, issue_notice=kind != "incomplete_deferred"
    )
    return cases.decide(_clerk(ctx).on_day(RECEIVED_ON), decision).case_no


def edit_case(ctx: ServiceContext, case_no: str) -> bool:
    """The next real write on the case: the deferred notice, then one outstanding item per visit.
    False (nothing written) once the case is accepted."""
    clerk = _clerk(ctx)
    case = cases.show_case(clerk.on_day(FOLLOW_UP_ON), case_no)
    if case.status != "awaiting_correction":
        return False
    if case.notice is None:
        cases.issue_notice(clerk.on_day(FOLLOW_UP_ON), case_no)
    else:
        cases.record_correction(
            clerk.on_day(FOLLOW_UP_ON), case_no, (received(case.correction.outstanding[0]),)
        )
    return True


def take_window(ctx: ServiceContext, label: str = "") -> int:
    """The older stand-in: a window row numbered from a transactional counter (central's
    UNIQUE(site_id, number) is the tripwire for a reused number)."""
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        number = uow.next_number(WINDOW_COUNTER)
        row = uow.add(Window(site_id=site_id, number=number, name=label or f"办件 {number}"))
        uow.audit("test.case", "window", row.id, number=number)
    return number


def local_op_ids(ctx: ServiceContext) -> list[str]:
    with ctx.reading() as session:
        return [str(op) for op in session.scalars(select(OutboxOp.op_id).order_by(OutboxOp.seq))]


def central_op_ids(c: Central, site_id) -> Counter:
    rows = c.query(
        "SELECT op_id FROM wd_sync.change WHERE site_id = %s AND op_id IS NOT NULL "
        "UNION ALL SELECT op_id FROM wd_sync.reject WHERE site_id = %s "
        "UNION ALL SELECT op_id FROM wd_sync.conflict WHERE site_id = %s AND NOT applied",
        (site_id, site_id, site_id),
    )
    return Counter(str(r[0]) for r in rows)


def assert_in_step(c: Central, ctxs: list[ServiceContext], expected_rejects: set[str] | None = None) -> None:
    """The invariants: every locally committed op is at central exactly once, no case number (nor
    stand-in window number) twice, per-table content equal for each site's rows (the intake tables
    included), rejects exactly the expected ones."""
    by_site: dict = {}
    for ctx in ctxs:
        by_site.setdefault(require_site(ctx), []).append(ctx)
    for site_id, site_ctxs in by_site.items():
        central = central_op_ids(c, site_id)
        ours = [op for ctx in site_ctxs for op in local_op_ids(ctx)]
        assert len(ours) == len(set(ours))
        assert Counter(ours) == central, "ops missing or doubled at central"
        for ctx in site_ctxs:
            hashes = site_hashes(ctx, site_id)
            assert hashes.keys() >= INTAKE_TABLES
            assert hashes == central_hashes(c, site_id)
        numbers = [n for (n,) in c.query("SELECT number FROM public.window WHERE site_id = %s", (site_id,))]
        assert len(numbers) == len(set(numbers))
    doubled = c.query("SELECT case_no, count(*) FROM public.intake_case GROUP BY case_no HAVING count(*) > 1")
    assert doubled == [], f"case numbers twice at central: {doubled}"
    rejected = {r for (r,) in c.query("SELECT op_id::text FROM wd_sync.reject")}
    assert rejected == (expected_rejects or set())
