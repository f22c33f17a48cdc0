"""Push and pull between a site store and a central store on the real PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import make_site_ctx
from tests.sync.support import central_hashes, central_store, site_hashes
from windowdesk.services import sites
from windowdesk.services import sync as sync_service
from windowdesk.store.models import OutboxOp


def test_site_pushes_its_rows_and_central_holds_them_once(sqlite_url):
    with central_store("TS01") as c:
        site = c.sites["TS01"]
        ctx = make_site_ctx(sqlite_url)
        for n in range(1, 6):
            sites.add_window(ctx, n, f"{n}号")
        result = sync_service.setup_sync(ctx, site.client_url, "TS01", site.password)
        assert result.site_record == "rekeyed"
        ctx = ctx.as_actor(type(ctx.actor)(**{**ctx.actor.__dict__, "site_id": site.site_id}))
        status = sync_service.sync_status(ctx)
        assert status.pending > 0 and status.online is None
        summary = sync_service.run_sync(ctx)
        assert summary.rejected == 0, sync_service.list_rejects(ctx)
        assert summary.pushed == status.pending
        assert site_hashes(ctx, site.site_id) == central_hashes(c, site.site_id)
        again = sync_service.run_sync(ctx)
        assert again.pushed == 0
        status = sync_service.sync_status(ctx)
        assert status.pending == 0 and status.online is True and status.last_error is None
        with ctx.reading() as session:
            op_ids = {str(o) for o in session.scalars(select(OutboxOp.op_id))}
        central_ids = {str(r[0]) for r in c.query("SELECT op_id FROM wd_sync.change WHERE op_id IS NOT NULL")}
        assert op_ids == central_ids
        ctx.store.dispose()
