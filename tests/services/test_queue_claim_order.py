"""The store's one-statement claim picks exactly the ticket the domain's call order picks."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from tests.services.queue_support import OPENING, setup_hall
from windowdesk.domain.queue_order import PriorityPolicy, Waiting, call_plan, choose
from windowdesk.services.queue.claim import claim_query, window_plan_categories
from windowdesk.store.models import AuditEntry, OutboxOp, QueueCategory, Ticket

tickets = st.lists(
    st.tuples(
        st.sampled_from("ABC"),
        st.booleans(),  # priority
        st.integers(0, 20),  # arrival minute (ties happen)
        st.sampled_from([None, None, None, 1, 2]),  # transferred to a window
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=tickets, window=st.sampled_from([1, 2, 3]), streak=st.integers(0, 3), ratio=st.integers(1, 3))
def test_claim_query_matches_domain_order(sqlite_ctx, spec, window, streak, ratio):
    ctx = sqlite_ctx
    with ctx.reading() as session:
        have_categories = session.query(QueueCategory).count()
    if not have_categories:
        setup_hall(ctx, {1: "A", 2: "CA", 3: "BAC"})
    day = OPENING.date()
    with ctx.unit_of_work() as uow:
        uow.session.execute(delete(Ticket))
        cats = {c.prefix: c for c in uow.session.query(QueueCategory)}
        for seq, (prefix, priority, minute, target) in enumerate(spec, start=1):
            at = OPENING + dt.timedelta(minutes=minute)
            uow.add(
                Ticket(
                    site_id=ctx.actor.site_id,
                    service_day=day,
                    number=f"{prefix}{seq:03d}",
                    seq=seq,
                    category_id=cats[prefix].id,
                    issued_category_id=cats[prefix].id,
                    priority_kind="elderly" if priority else None,
                    state="issued",
                    state_since=at,
                    arrival_at=at,
                    target_window_no=target,
                    recall_count=0,
                )
            )
        uow.audit("test.seed", None, None)
    with ctx.reading() as session:
        categories = window_plan_categories(session, ctx.actor.site_id, window)
        got = session.scalars(claim_query(ctx.actor.site_id, day, window, categories, streak, ratio)).first()
        rows = session.query(Ticket).all()
        by_id = {c.id: c.prefix for c in session.query(QueueCategory)}
    policies = {p: PriorityPolicy(c.priority_policy) for p, c in cats.items()}
    plan = call_plan(window, [(by_id[cid], policies[by_id[cid]]) for cid, _ in categories], streak, ratio)
    waiting = [
        Waiting(
            t.number,
            by_id[t.category_id],
            t.priority_kind is not None,
            t.arrival_at,
            t.seq,
            t.target_window_no,
        )
        for t in rows
    ]
    expected = choose(plan, waiting)
    assert (got.number if got else None) == (expected.key if expected else None)
    with ctx.unit_of_work() as uow:  # keep the outbox from growing across examples
        uow.session.execute(delete(OutboxOp))
        uow.session.execute(delete(AuditEntry))
