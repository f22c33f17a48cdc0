"""The push and pull protocol against a real central PostgreSQL: replays, rejects, conflicts,
the snapshot horizon of pull, and pulled rows never overwriting waiting local changes."""

from __future__ import annotations

import datetime as dt

import psycopg
from sqlalchemy import select

from tests.support.tls import suite_ca_file
from tests.sync.support import central_store, site_client
from windowdesk.services import calendar as calendar_service
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.store.models import OutboxOp, Window
from windowdesk.sync import local
from windowdesk.sync.link import CentralLink, libpq_url
from windowdesk.sync.push import _ops_json, _read_batch


def _rename(ctx, window_id, name):
    with ctx.unit_of_work() as uow:
        window = uow.session.get(Window, window_id)
        window.name = name
        uow.audit("test.rename", "window", window_id, name=name)


def _changes(c):
    return c.query("SELECT count(*) FROM wd_sync.change")[0][0]


def test_duplicate_stale_and_gapped_batches_change_nothing(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        for n in range(1, 4):
            site_service.add_window(ctx, n)
        site = c.sites["TS01"]
        rows, counters = _read_batch(ctx.store, 0)
        with CentralLink(site.client_url, site.password, 1, ca_file=suite_ca_file()) as link:
            first = link.push(1, len(rows), _ops_json(rows, 1), counters)
            assert first["status"] == "applied"
            before = _changes(c), c.query("SELECT mark FROM wd_sync.stream")[0][0]
            again = link.push(1, len(rows), _ops_json(rows, 1), counters)
            stale = link.push(2, 3, _ops_json(rows[1:3], 2), counters)
            gapped = link.push(len(rows) + 2, len(rows) + 2, _ops_json(rows[:1], len(rows) + 2), counters)
        assert (again["status"], stale["status"], gapped["status"]) == ("duplicate", "duplicate", "gap")
        assert (_changes(c), c.query("SELECT mark FROM wd_sync.stream")[0][0]) == before
        # the client itself: the lost acknowledgement is found again, nothing is sent twice
        summary = sync_service.run_sync(ctx)
        assert summary.pushed == 0
        assert _changes(c) == before[0]
        with ctx.reading() as session:
            assert local.pending_count(session) == 0


def test_rejected_ops_are_listed_and_the_rest_of_the_batch_applies(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        site_service.add_window(ctx, 1)
        calendar_service.set_day(ctx, dt.date(2027, 1, 2), True, "调休")  # the calendar belongs to central
        site_service.add_window(ctx, 2)
        summary = sync_service.run_sync(ctx)
        assert summary.rejected == 1
        rejects = sync_service.list_rejects(ctx)
        assert [(r.entity, "central" in r.reason) for r in rejects] == [("calendar_day", True)]
        central_rejects = c.query("SELECT entity FROM wd_sync.reject")
        assert central_rejects == [("calendar_day",)]
        assert c.query("SELECT count(*) FROM public.window")[0][0] == 2
        assert c.query("SELECT count(*) FROM public.calendar_day")[0][0] == 0
        assert sync_service.sync_status(ctx).rejects == 1


def test_a_real_conflict_is_kept_with_both_sides(tmp_path):
    with central_store("TS01") as c:
        one = site_client(c, "TS01", f"sqlite:///{tmp_path / 'one.db'}", device_no=1)
        two = site_client(c, "TS01", f"sqlite:///{tmp_path / 'two.db'}", device_no=2)
        window = site_service.add_window(one, 7, "七号")
        sync_service.run_sync(one)
        sync_service.run_sync(two)
        assert [w.name for w in site_service.list_windows(two)] == ["七号"]
        _rename(one, window.id, "七号（综合）")
        _rename(two, window.id, "七号（社保）")
        assert sync_service.run_sync(one).conflicts == 0
        summary = sync_service.run_sync(two)
        assert summary.conflicts == 1
        (conflict,) = sync_service.list_conflicts(two)
        assert conflict.entity == "window" and conflict.base_version == 1
        assert conflict.site_payload["name"] == "七号（社保）"
        assert conflict.central_payload["name"] == "七号（综合）"
        assert not conflict.applied
        assert c.query("SELECT name FROM public.window")[0][0] == "七号（综合）"


def test_pulled_row_never_overwrites_a_row_with_waiting_ops(tmp_path):
    with central_store("TS01") as c:
        one = site_client(c, "TS01", f"sqlite:///{tmp_path / 'one.db'}", device_no=1)
        two = site_client(c, "TS01", f"sqlite:///{tmp_path / 'two.db'}", device_no=2)
        window = site_service.add_window(one, 3, "三号")
        sync_service.run_sync(one)
        sync_service.run_sync(two)
        _rename(one, window.id, "三号（新）")
        sync_service.run_sync(one)
        _rename(two, window.id, "三号（本机）")
        # pull only (as if the push had failed): the waiting local change stays
        from windowdesk.sync.pull import pull_all

        site = c.sites["TS01"]
        with CentralLink(site.client_url, site.password, 2, ca_file=suite_ca_file()) as link:
            outcome = pull_all(two.store, link)
        assert outcome.kept_local == 1
        assert [w.name for w in site_service.list_windows(two)] == ["三号（本机）"]


def test_pull_reads_only_below_the_oldest_running_transaction(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        sync_service.run_sync(ctx)
        early = psycopg.connect(libpq_url(c.url))  # a transaction that commits late
        late = psycopg.connect(libpq_url(c.url), autocommit=True)
        try:
            early.execute("SELECT pg_current_xact_id()")
            early.execute(
                "INSERT INTO public.calendar_day (id, day, is_workday, note, version) "
                "VALUES (gen_random_uuid(), '2027-02-01', false, 'early', 1)"
            )
            late.execute(
                "INSERT INTO public.calendar_day (id, day, is_workday, note, version) "
                "VALUES (gen_random_uuid(), '2027-02-02', false, 'late', 1)"
            )
            sync_service.run_sync(ctx)
            with ctx.reading() as session:
                cursor_before = local.get(session, local.CURSOR)
            assert site_service.load_calendar(ctx).is_workday(dt.date(2027, 2, 2))  # not pulled yet
            early.commit()
            summary = sync_service.run_sync(ctx)
            assert summary.pulled == 2
            with ctx.reading() as session:
                cursor_after = local.get(session, local.CURSOR)
            assert (int(cursor_after[0]), cursor_after[1]) > (int(cursor_before[0]), cursor_before[1])
            cal = site_service.load_calendar(ctx)
            assert not cal.is_workday(dt.date(2027, 2, 1)) and not cal.is_workday(dt.date(2027, 2, 2))
        finally:
            early.close()
            late.close()


def test_outbox_ops_stay_after_push_until_old_enough(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        site_service.add_window(ctx, 1)
        sync_service.run_sync(ctx)
        with ctx.reading() as session:
            kept = session.scalars(select(OutboxOp.seq)).all()
        assert len(kept) > 1  # acknowledged but kept for a central restored from backup


def test_an_op_sent_again_under_another_number_is_refused_not_applied_twice(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        site_service.add_window(ctx, 1)
        sync_service.run_sync(ctx)
        site = c.sites["TS01"]
        rows, counters = _read_batch(ctx.store, 0)
        changes = _changes(c)
        with CentralLink(
            site.client_url, site.password, 9, ca_file=suite_ca_file()
        ) as link:  # another device's stream
            link.stream_state()
            result = link.push(1, len(rows), _ops_json(rows, 1), counters)
        assert result["status"] == "applied" and result["rejected"] == len(rows)
        assert _changes(c) == changes
        assert c.query("SELECT count(*) FROM public.window")[0][0] == 1


def test_a_store_keeps_its_device_number(tmp_path):
    from dataclasses import replace

    import pytest

    from windowdesk.errors import Conflict

    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}", device_no=1)
        other = ctx.as_actor(replace(ctx.actor, device_no=2))
        with pytest.raises(Conflict):
            sync_service.setup_sync(
                other, c.sites["TS01"].client_url, "TS01", c.sites["TS01"].password, suite_ca_file()
            )
