"""Cases travel: every intake row a site writes reaches central exactly, and another counter PC of
the same site that syncs sees the case and numbers its own cases without a clash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.services.intake_support import at_window, decide, received
from tests.sync.support import central_hashes, central_store, site_client, site_hashes
from windowdesk.services import cases
from windowdesk.services import sync as sync_service

MONDAY = dt.date(2026, 3, 2)


def test_cases_notices_history_and_documents_sync(tmp_path):
    with central_store("TS01") as c:
        site_id = c.sites["TS01"].site_id
        first = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc1.sqlite3'}")
        clerk = at_window(first)
        accepted = decide(clerk.on_day(MONDAY), "accepted")
        cases.issue_documents(clerk, accepted.case_no)
        pending = decide(clerk.on_day(MONDAY), "incomplete")
        cases.record_correction(clerk.on_day(dt.date(2026, 3, 3)), pending.case_no, (received("m1"),))
        decide(clerk.on_day(MONDAY), "rejected", checks=())
        summary = sync_service.run_sync(first)
        assert summary.rejected == 0, sync_service.list_rejects(first)
        hashes = site_hashes(first, site_id)
        assert hashes == central_hashes(c, site_id)
        for table in ("applicant", "intake_case", "case_notice", "case_event", "case_document"):
            assert not hashes[table].endswith(":0"), table

        second = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc2.sqlite3'}", device_no=2)
        sync_service.run_sync(second)
        seen = cases.show_case(second.on_day(dt.date(2026, 3, 3)), pending.case_no)
        assert seen.correction.outstanding == ("m5",)
        other = at_window(second, 4, "clerk2")
        assert decide(other.on_day(MONDAY), "accepted").case_no == "TS01202602000001"
        done = cases.record_correction(other.on_day(dt.date(2026, 3, 4)), pending.case_no, (received("m5"),))
        assert done.status == "accepted"
        assert sync_service.run_sync(second).rejected == 0
        assert sync_service.run_sync(first).rejected == 0
        assert cases.show_case(first, pending.case_no).status == "accepted"
        assert site_hashes(first, site_id) == central_hashes(c, site_id) == site_hashes(second, site_id)
        numbers = [s.case_no for s in cases.list_cases(replace(first))]
        assert len(numbers) == len(set(numbers)) == 4
        first.store.dispose()
        second.store.dispose()
