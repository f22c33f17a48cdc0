"""Generic synced rows standing in for cases (the intake feature lives on another branch): a
"case" is a window row numbered from a transactional counter, so the central store's
UNIQUE(site_id, number) is the tripwire for a reused number, plus its audit entry."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from tests.sync.support import Central, central_hashes, site_hashes
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.store.models import OutboxOp, Window

CASE_COUNTER = "case"


def take_case(ctx: ServiceContext, label: str = "") -> int:
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        number = uow.next_number(CASE_COUNTER)
        row = uow.add(Window(site_id=site_id, number=number, name=label or f"办件 {number}"))
        uow.audit("test.case", "window", row.id, number=number)
    return number


def edit_case(ctx: ServiceContext, number: int, name: str) -> None:
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        row = uow.session.scalars(
            select(Window).where(Window.site_id == site_id, Window.number == number)
        ).one()
        row.name = name
        uow.audit("test.case_edit", "window", row.id, name=name)


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
    """The invariants: every locally committed op is at central exactly once, no number twice,
    per-table content equal for each site's rows, rejects exactly the expected ones."""
    by_site: dict = {}
    for ctx in ctxs:
        by_site.setdefault(require_site(ctx), []).append(ctx)
    for site_id, site_ctxs in by_site.items():
        central = central_op_ids(c, site_id)
        ours = [op for ctx in site_ctxs for op in local_op_ids(ctx)]
        assert len(ours) == len(set(ours))
        assert Counter(ours) == central, "ops missing or doubled at central"
        for ctx in site_ctxs:
            assert site_hashes(ctx, site_id) == central_hashes(c, site_id)
        numbers = [n for (n,) in c.query("SELECT number FROM public.window WHERE site_id = %s", (site_id,))]
        assert len(numbers) == len(set(numbers))
    rejected = {r for (r,) in c.query("SELECT op_id::text FROM wd_sync.reject")}
    assert rejected == (expected_rejects or set())
