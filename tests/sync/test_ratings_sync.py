"""Ratings and their follow-ups reach central; two PCs of a site that record the same follow-up
step while apart both keep theirs after sync (insert-only steps: nothing overwritten, nothing lost),
and the follow-up reads the same on both."""

from __future__ import annotations

from sqlalchemy import select

from tests.services.queue_support import use_clock
from tests.services.ratings_support import hall_with_clerks, serve
from tests.sync.support import central_hashes, central_store, site_client, site_hashes
from windowdesk.services import ratings
from windowdesk.services import sync as sync_service
from windowdesk.store.models import RatingFollowupStep


def _sync(ctx) -> None:
    summary = sync_service.run_sync(ctx)
    assert summary.rejected == 0, sync_service.list_rejects(ctx)
    assert summary.conflicts == 0


def test_ratings_and_follow_ups_reach_central_and_no_step_is_lost(tmp_path):
    with central_store("TS01") as c:
        site_id = c.sites["TS01"].site_id
        first = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc1.sqlite3'}")
        clock = use_clock(first)
        hall_with_clerks(first)
        good, bad, silent = (serve(first, 1) for _ in range(3))
        ratings.add_rating(first, ratings.Subject("ticket", good.id), 5)
        followup = ratings.add_rating(
            first, ratings.Subject("ticket", bad.id), 1, ["attitude"], "态度生硬"
        ).followup_number
        ratings.record_unrated(ratings.pad_context(first, 1), ratings.Subject("ticket", silent.id))
        ratings.record_step(first, followup, "verify", "核实属实")
        _sync(first)
        assert c.query("SELECT level, source, device_no FROM public.rating ORDER BY rated_at") == [
            (5, "cli", 1),
            (1, "cli", 1),
            (None, "pad", 1),
        ]
        assert c.query("SELECT number, staff_login FROM public.rating_followup") == [(followup, "clerk1")]
        assert c.query("SELECT step FROM public.rating_followup_step") == [("verify",)]
        hashes = site_hashes(first, site_id)
        assert hashes == central_hashes(c, site_id)
        for table in ("rating", "rating_followup", "rating_followup_step"):
            assert not hashes[table].endswith(":0"), table

        second = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc2.sqlite3'}", device_no=2, time=clock)
        _sync(second)
        [seen] = ratings.list_followups(second)
        assert (seen.number, seen.next_step, seen.reasons) == (followup, "rectify", ("attitude",))

        # Apart (no sync in between), a supervisor on each PC records the rectification.
        clock.advance(minutes=5)
        ratings.record_step(first, followup, "rectify", "窗口人员已培训（一号机）")
        clock.advance(minutes=1)
        ratings.record_step(second, followup, "rectify", "已向申请人致歉（二号机）")
        for ctx in (first, second, first):
            _sync(ctx)
        assert sorted(c.query("SELECT note FROM public.rating_followup_step WHERE step = 'rectify'")) == [
            ("已向申请人致歉（二号机）",),
            ("窗口人员已培训（一号机）",),
        ]
        for ctx in (first, second):
            with ctx.reading() as session:
                assert len(session.scalars(select(RatingFollowupStep)).all()) == 3
            [state] = ratings.list_followups(ctx)
            assert state.next_step == "callback"
            assert [s.step for s in state.steps] == ["verify", "rectify", "rectify"]

        ratings.record_step(second, followup, "callback", "电话回访", satisfied=True)
        ratings.record_step(second, followup, "close", "办结")
        for ctx in (second, first):
            _sync(ctx)
        for ctx in (first, second):
            assert ratings.list_followups(ctx)[0].next_step == "closed"
            assert site_hashes(ctx, site_id) == central_hashes(c, site_id)
