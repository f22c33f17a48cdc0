"""Cards are the same everywhere: central issuing a card before the site's push, and the site
issuing it too, leave one card on central after sync — and the site's handling reaches central."""

from __future__ import annotations

import datetime as dt

from tests.services.lifecycle_support import accepted_case, supervisor
from tests.sync.support import central_store, site_client
from windowdesk.services import supervision
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context

DUE_PASSED = dt.date(2026, 11, 17)  # a case accepted on 11-02 was due (promised) on 11-16


def test_site_and_central_make_one_card(tmp_path):
    with central_store("TS01") as c:
        site = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc1.sqlite3'}")
        case_no = accepted_case(site, today=dt.date(2026, 11, 2))
        assert sync_service.run_sync(site).rejected == 0
        central = open_context(c.url)
        on_central = supervision.run(central, DUE_PASSED)  # every site's cases
        assert (on_central.red, on_central.exceptions) == (1, {"overdue": 1})
        on_site = supervision.run(site, DUE_PASSED)
        assert on_site.red == 1
        supervision.urge(supervisor(site), case_no, "请说明", site.clock.today() + dt.timedelta(days=3))
        assert sync_service.run_sync(site).rejected == 0, sync_service.list_rejects(site)
        cards = c.query("SELECT case_no, level FROM supervision_card")
        assert cards == [(case_no, "red")]
        assert c.query("SELECT kind FROM supervision_exception") == [("overdue",)]
        assert c.query("SELECT kind, note FROM supervision_action") == [("urge", "请说明")]
        page = supervision.list_cards(central, DUE_PASSED, site_id=supervision.site_scope(central, "TS01"))
        assert [(r.site_code, r.case_no, r.state) for r in page.rows] == [("TS01", case_no, "urged")]
        central.store.dispose()
        site.store.dispose()


def test_central_statistics_keep_each_sites_windows_apart(tmp_path):
    """Window 1 of TS01 and window 1 of TS02 are two windows on central: two bars, two rows in the
    statistics and in the all-sites report, not one window with both sites' tickets."""
    from dataclasses import replace

    import openpyxl

    from tests.services.queue_support import setup_hall, use_clock
    from windowdesk.services import queue, visit

    day = dt.date(2026, 11, 23)
    with central_store("TS01", "TS02") as c:
        for code, served in (("TS01", 2), ("TS02", 1)):
            site = site_client(c, code, f"sqlite:///{tmp_path / code}.sqlite3")
            clock = use_clock(site, dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC))
            setup_hall(site, {1: "A"})
            window = site.as_actor(replace(site.actor, login="clerk1", window_no=1))
            for _ in range(served):
                queue.take_ticket(site, "A")
                queue.call_next(window, 1)
                queue.start_serving(window, 1)
                clock.advance(minutes=5)
                visit.finish(window, 1, "consultation")
            assert sync_service.run_sync(site).rejected == 0, sync_service.list_rejects(site)
            site.store.dispose()
        central = open_context(c.url)
        stats = supervision.compute_stats(central, day, day, site_id=None, group_by="window")
        assert stats.total.taken == 3
        assert [(g.key, g.taken) for g in stats.windows] == [("TS01 1", 2), ("TS02 1", 1)]
        assert [(g.key, g.taken) for g in stats.groups] == [("TS01 1", 2), ("TS02 1", 1)]
        one = supervision.compute_stats(
            central, day, day, site_id=supervision.site_scope(central, "TS02"), group_by="window"
        )
        assert [(g.key, g.taken) for g in one.windows] == [("1", 1)]
        out = supervision.export_report(central, day, day, tmp_path / "all.xlsx")
        sheet = openpyxl.load_workbook(out)["按窗口"]
        keys = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert keys == ["TS01 1", "TS02 1"]
        central.store.dispose()
