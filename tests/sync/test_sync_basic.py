"""Push and pull between a site store and a central store on the real PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import make_site_ctx
from tests.support.tls import suite_ca_file
from tests.sync.support import central_hashes, central_store, site_client, site_hashes
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.store.models import AuditEntry, OutboxOp


def test_site_pushes_its_rows_and_central_holds_them_once(sqlite_url):
    with central_store("TS01") as c:
        site = c.sites["TS01"]
        ctx = make_site_ctx(sqlite_url)
        for n in range(1, 6):
            site_service.add_window(ctx, n, f"{n}号")
        result = sync_service.setup_sync(ctx, site.client_url, "TS01", site.password, suite_ca_file())
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
        with ctx.reading() as session:  # central's own history stays on central
            actions = set(session.scalars(select(AuditEntry.action)))
        assert "central.add_site" not in actions and "site.init" in actions
        ctx.store.dispose()


def test_the_catalogue_edited_on_central_reaches_every_site(tmp_path):
    from windowdesk.resources import resource_path
    from windowdesk.services import catalogue
    from windowdesk.services.context import open_context

    with central_store("SA", "SB") as c:
        a = site_client(c, "SA", f"sqlite:///{tmp_path / 'a.db'}")
        b = site_client(c, "SB", f"sqlite:///{tmp_path / 'b.db'}")
        office = open_context(c.url)  # the administrator on the central store itself
        report = catalogue.import_catalogue(office, resource_path("demo", "catalogue.json"))
        assert report.matters_added > 10
        central_matters = [m.code for m in catalogue.list_matters(office)]
        for site in (a, b):
            summary = sync_service.run_sync(site)
            assert summary.rejected == 0 and summary.applied > report.matters_added
            assert [m.code for m in catalogue.list_matters(site)] == central_matters
        office.store.dispose()
        a.store.dispose()
        b.store.dispose()
