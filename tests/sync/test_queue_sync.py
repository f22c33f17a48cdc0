"""A day of the hall's queue goes to central: tickets and their history (rows owned through
their ticket, with no site_id of their own), and another site cannot write into that history."""

from __future__ import annotations

import json
import uuid

from tests.services.queue_support import setup_hall, use_clock
from tests.support.tls import suite_ca_file
from tests.sync.cases import assert_in_step
from tests.sync.support import central_store, site_client
from windowdesk.services import sync as sync_service
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.services.visit import finish
from windowdesk.sync.link import CentralLink


def test_tickets_and_their_history_sync_and_stay_the_sites_own(tmp_path):
    with central_store("SA", "SB") as c:
        a = site_client(c, "SA", f"sqlite:///{tmp_path / 'a.db'}")
        clock = use_clock(a)
        b = site_client(c, "SB", f"sqlite:///{tmp_path / 'b.db'}")
        setup_hall(a)
        for _ in range(6):
            take_ticket(a, "A")
            clock.advance(seconds=20)
        for _ in range(4):
            call_next(a, 1)
            clock.advance(seconds=30)
            start_serving(a, 1)
            clock.advance(minutes=3)
            finish(a, 1, "consultation")
        summary = sync_service.run_sync(a)
        assert summary.rejected == 0, sync_service.list_rejects(a)
        periods = c.query("SELECT count(*) FROM public.queue_ticket_period")[0][0]
        assert periods >= 8
        assert_in_step(c, [a])

        # site B slips a history row onto one of A's tickets: refused by central
        ticket_id, period = c.query(
            "SELECT t.id, to_jsonb(p) FROM public.queue_ticket t JOIN public.queue_ticket_period p "
            "ON p.ticket_id = t.id LIMIT 1"
        )[0]
        forged = {**period, "id": str(uuid.uuid4()), "seq": 99}
        site_b = c.sites["SB"]
        with CentralLink(site_b.client_url, site_b.password, 1, ca_file=suite_ca_file()) as link:
            mark = link.stream_state()["mark"]
            op = {
                "seq": mark + 1,
                "op_id": str(uuid.uuid4()),
                "entity": "queue_ticket_period",
                "entity_id": forged["id"],
                "op": "insert",
                "base_version": 0,
                "version": 1,
                "payload": forged,
            }
            result = link.push(mark + 1, mark + 1, json.dumps([op]), {})
            assert result["rejected"] == 1
            pulled = link.pull(("0", 0), 10_000)
        assert c.query("SELECT count(*) FROM public.queue_ticket_period")[0][0] == periods
        assert str(ticket_id) not in json.dumps(pulled)  # B reads none of A's queue
        sync_service.run_sync(b)
        a.store.dispose()
        b.store.dispose()
