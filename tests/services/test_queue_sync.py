"""A site's queue day travels to central: tickets (upsert) and their periods (insert-only), no rejects,
also after the site was re-keyed to central's id while it already had tickets."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import make_site_ctx
from tests.services.queue_support import setup_hall
from tests.support.tls import suite_ca_file
from tests.sync.support import central_hashes, central_store, site_hashes
from windowdesk.services import sync as sync_service
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.services.visit import finish


def test_queue_rows_sync_to_central_and_numbers_continue_after_rekey(sqlite_url):
    with central_store("TS01") as c:
        site = c.sites["TS01"]
        ctx = make_site_ctx(sqlite_url)
        setup_hall(ctx)
        take_ticket(ctx, "A")
        take_ticket(ctx, "A")
        call_next(ctx, 1)
        start_serving(ctx, 1)
        finish(ctx, 1, "consultation")
        assert (
            sync_service.setup_sync(ctx, site.client_url, "TS01", site.password, suite_ca_file()).site_record
            == "rekeyed"
        )
        ctx = ctx.as_actor(replace(ctx.actor, site_id=site.site_id))
        assert take_ticket(ctx, "A").ticket.number == "A003"  # the day's numbering survives the re-key
        summary = sync_service.run_sync(ctx)
        assert summary.rejected == 0, sync_service.list_rejects(ctx)
        assert site_hashes(ctx, site.site_id) == central_hashes(c, site.site_id)
        tickets = c.query("SELECT number, state FROM queue_ticket ORDER BY number")
        assert tickets == [("A001", "done"), ("A002", "issued"), ("A003", "issued")]
        periods = c.query("SELECT state, ended_by FROM queue_ticket_period ORDER BY seq")
        assert periods == [("issued", "call"), ("called", "start"), ("serving", "finish")]
        ctx.store.dispose()
