"""Across sites (issue 11): a township accepts and hands over; the county department decides on the
central store (a handler's client pointed at central); the township hands the result out. Stage
events written on central reach the township by pull, its own moves reach central by push, and the
case's stage is the same everywhere after a sync. A move made offline on a stale stage is kept as a
visible conflict on both sides, never silently lost. Real central PostgreSQL, two clients, the
township offline in between."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from tests.services.intake_support import PERSON, at_window, decide
from tests.services.lifecycle_support import DEPT, LICENSED
from tests.sync.support import central_hashes, central_store, site_client, site_hashes
from windowdesk.domain import roles
from windowdesk.services import calendar as calendar_service
from windowdesk.services import cases
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context
from windowdesk.store.models import Case, CaseEvent, CaseHandover
from windowdesk.store.uow import Actor

MONDAY = dt.date(2026, 3, 2)


def central_stage(c, case_no: str) -> tuple[str, int]:
    [(stage, version)] = c.query(
        "SELECT stage, version FROM public.intake_case WHERE case_no = %s", (case_no,)
    )
    return stage, version


def local_stage(ctx, case_no: str) -> tuple[str, int]:
    with ctx.reading() as session:
        row = session.scalars(select(Case).where(Case.case_no == case_no)).one()
        return row.stage, row.version


def test_township_accepts_county_decides_township_delivers(tmp_path):
    with central_store() as c:
        c.add_site("XZ07", "青石镇便民服务中心", "township")
        site_id = c.sites["XZ07"].site_id
        township = site_client(c, "XZ07", f"sqlite:///{tmp_path / 'township.db'}")
        clerk = at_window(township, 1, "xzclerk", "镇窗口")
        clerk = clerk.as_actor(replace(clerk.actor, role=roles.CLERK))
        county = open_context(
            c.url, actor=Actor(login="county1", role=roles.HANDLER, display_name="县局承办员")
        )

        first = decide(clerk.on_day(MONDAY), "accepted", matter=LICENSED).case_no
        stale = decide(clerk.on_day(MONDAY), "accepted", matter=LICENSED).case_no
        batch = cases.handover_cases(clerk.on_day(MONDAY), DEPT)
        assert set(batch.case_nos) == {first, stale}
        assert sync_service.run_sync(township).rejected == 0
        assert central_stage(c, first)[0] == "handed_over"

        # the township goes offline; the county signs for the list and decides the first case on central
        listed = cases.list_cases(county, cases.CaseFilter(department_code=DEPT))
        assert {s.case_no for s in listed} == {first, stale}
        cases.receive_batch(county.on_day(dt.date(2026, 3, 3)), batch.batch_no)
        cases.start_review(county.on_day(dt.date(2026, 3, 3)), first)
        cases.pause_clock(county.on_day(dt.date(2026, 3, 4)), first, "testing", "样品送检", 3)
        cases.resume_clock(county.on_day(dt.date(2026, 3, 9)), first)
        cases.record_decision(county.on_day(dt.date(2026, 3, 10)), first, True, "JY14403050007")
        cases.mark_ready(county.on_day(dt.date(2026, 3, 10)), first)
        cases.start_review(county.on_day(dt.date(2026, 3, 3)), stale)
        assert local_stage(township, first)[0] == "handed_over"  # nothing arrived yet

        # meanwhile, offline, the applicant withdraws the second case at the township: a stale stage
        withdrawn = cases.withdraw_case(clerk.on_day(dt.date(2026, 3, 5)), stale, "申请人书面申请撤回")
        assert withdrawn.stage == "withdrawn"

        summary = sync_service.run_sync(township)
        assert summary.rejected == 0
        # the county's moves reached the township by pull
        seen = cases.show_case(township.on_day(dt.date(2026, 3, 11)), first)
        assert seen.stage == "result_ready" and seen.summary.decision == "approved"
        assert seen.life.handler_login == "county1" and seen.life.pauses[0].end == dt.date(2026, 3, 9)
        assert seen.summary.statutory_due == dt.date(2026, 4, 2)  # 3-30 + 3 paused working days
        kinds = [e.kind for e in seen.events]
        assert {"receive", "review", "pause", "resume", "decide", "ready"} <= set(kinds)
        with township.reading() as session:
            signed = session.scalars(
                select(CaseHandover).where(CaseHandover.batch_no == batch.batch_no)
            ).one()
            assert signed.received_by == "county1"

        # the stale withdrawal: kept as a visible conflict on both sides, central's stage everywhere
        assert local_stage(township, stale) == central_stage(c, stale)
        assert central_stage(c, stale)[0] == "under_review"
        conflicts = sync_service.list_conflicts(township)
        [conflict] = [x for x in conflicts if x.entity == "intake_case"]
        assert (
            conflict.site_payload["stage"] == "withdrawn"
            and conflict.central_payload["stage"] == "under_review"
        )
        central_conflicts = c.query(
            "SELECT site_payload->>'stage', central_payload->>'stage', applied FROM wd_sync.conflict"
            " WHERE entity = 'intake_case'"
        )
        assert central_conflicts == [("withdrawn", "under_review", False)]
        with township.reading() as session:  # the withdrawal itself stays in the history, not lost
            events = session.scalars(select(CaseEvent.kind).join(Case).where(Case.case_no == stale)).all()
        assert "withdraw" in events
        assert "withdraw" in {
            k
            for (k,) in c.query(
                "SELECT e.kind FROM public.case_event e JOIN public.intake_case k ON k.id = e.case_id"
                " WHERE k.case_no = %s",
                (stale,),
            )
        }

        # the township hands the result out; its move reaches central by push
        done = cases.deliver_result(
            clerk.on_day(dt.date(2026, 3, 12)), first, pickup_id_number=PERSON.id_number
        )
        assert done.stage == "closed"
        cases.print_document(clerk, first, "delivery")
        assert sync_service.run_sync(township).rejected == 0
        assert (
            central_stage(c, first)
            == local_stage(township, first)
            == ("closed", local_stage(township, first)[1])
        )
        assert cases.show_case(county, first).life.delivery["how"] == "pickup"
        assert sync_service.run_sync(township).rejected == 0
        assert site_hashes(township, site_id) == central_hashes(c, site_id)
        township.store.dispose()
        county.store.dispose()


def test_a_pulled_calendar_change_recomputes_the_sites_open_cases(tmp_path):
    """Central's administrator makes a working day a holiday; the township's next sync pulls it and
    recomputes its open case's due dates (recorded on the case), which then reach central by push."""
    with central_store() as c:
        c.add_site("XZ08", "白石镇便民服务中心", "township")
        site_id = c.sites["XZ08"].site_id
        township = site_client(c, "XZ08", f"sqlite:///{tmp_path / 'township.db'}")
        clerk = at_window(township, 1, "xzclerk", "镇窗口")
        clerk = clerk.as_actor(replace(clerk.actor, role=roles.CLERK))
        number = decide(clerk.on_day(MONDAY), "accepted", matter=LICENSED).case_no
        assert sync_service.run_sync(township.on_day(MONDAY)).rejected == 0
        seen = cases.show_case(township, number)
        assert (seen.summary.statutory_due, seen.summary.promised_due) == (
            dt.date(2026, 3, 30),
            dt.date(2026, 3, 16),
        )

        central_admin = open_context(c.url)
        calendar_service.set_day(central_admin, dt.date(2026, 3, 10), False, "临时调整")
        central_admin.store.dispose()
        assert sync_service.run_sync(township.on_day(MONDAY)).rejected == 0
        seen = cases.show_case(township, number)
        assert (seen.summary.statutory_due, seen.summary.promised_due) == (
            dt.date(2026, 3, 31),
            dt.date(2026, 3, 17),
        )
        [event] = [e for e in seen.events if e.kind == "due_recomputed"]
        assert event.detail["reason"] == "calendar_pull"
        assert sync_service.run_sync(township.on_day(MONDAY)).rejected == 0
        assert c.query(
            "SELECT statutory_due, promised_due FROM public.intake_case WHERE case_no = %s", (number,)
        ) == [(dt.date(2026, 3, 31), dt.date(2026, 3, 17))]
        # a sync that brings no calendar change recomputes nothing
        assert sync_service.run_sync(township.on_day(MONDAY)).rejected == 0
        assert [e.kind for e in cases.show_case(township, number).events].count("due_recomputed") == 1
        assert site_hashes(township, site_id) == central_hashes(c, site_id)
        township.store.dispose()
