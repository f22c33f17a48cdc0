"""Derived caches follow their tables: the catalogue's search index and the working-day calendar are
built once per generation of their tables, shared by every search box, and rebuilt after a change
made here, by another client of the store, or pulled from central."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from tests.services.catalogue_support import load_small
from windowdesk.services import calendar as calendar_service
from windowdesk.services import catalogue, site
from windowdesk.services.cases import search_matters as intake_search
from windowdesk.services.context import open_context
from windowdesk.store import generations
from windowdesk.store.models import CalendarDay
from windowdesk.store.uow import row_payload
from windowdesk.sync.pull import PullOutcome, apply_page

NATIONAL_DAY = dt.date(2026, 10, 1)  # a holiday in the official schedule


def test_every_search_box_shares_one_index_until_the_catalogue_changes(ctx, tmp_path):
    load_small(ctx, tmp_path, matters=60)
    index = catalogue.search_index(ctx)
    assert catalogue.search_index(ctx) is index  # the intake box, the browser: the same index
    assert intake_search(ctx, "spjy")[0] == ("XK-SCJG-001", "食品经营许可（新办）")
    assert catalogue.search_index(ctx) is index
    full = catalogue.catalogue_view(ctx, include_inactive=True)
    assert len(full.index) == len(full.matters) >= len(index)

    first = catalogue.matter_version(ctx, "XK-SCJG-001")
    catalogue.save_matter(ctx, replace(first.matter, name="食品经营许可证核发（新办）"))
    renamed = catalogue.search_index(ctx)
    assert renamed is not index
    assert intake_search(ctx, "spjyxkzhf")[0] == ("XK-SCJG-001", "食品经营许可证核发（新办）")
    catalogue.save_matter(ctx, replace(first.matter, active=False))
    assert "XK-SCJG-001" not in [code for code, _ in intake_search(ctx, "XK-SCJG-001")]
    assert "XK-SCJG-001" in [
        h.entry.code for h in catalogue.search_index(ctx, include_inactive=True).search("XK-SCJG-001")
    ]


def test_a_change_by_another_client_of_the_store_is_seen(ctx, tmp_path):
    load_small(ctx, tmp_path, matters=60)
    assert intake_search(ctx, "spjy")[0][1] == "食品经营许可（新办）"
    other = open_context(ctx.store.url, actor=ctx.actor)  # another counter PC on the same store
    first = catalogue.matter_version(other, "XK-SCJG-001")
    catalogue.save_matter(other, replace(first.matter, name="食品经营许可证核发（新办）"))
    other.store.dispose()
    assert intake_search(ctx, "spjyxkzhf") == [("XK-SCJG-001", "食品经营许可证核发（新办）")]


def test_the_calendar_is_kept_until_an_override_changes(ctx):
    calendar = site.load_calendar(ctx)
    assert site.load_calendar(ctx) is calendar
    assert not calendar.is_workday(NATIONAL_DAY)
    calendar_service.set_day(ctx, NATIONAL_DAY, True, "演练")
    assert site.load_calendar(ctx) is not calendar
    assert site.load_calendar(ctx).is_workday(NATIONAL_DAY)

    other = open_context(ctx.store.url, actor=ctx.actor)
    calendar_service.set_day(other, NATIONAL_DAY, False)
    other.store.dispose()
    assert not site.load_calendar(ctx).is_workday(NATIONAL_DAY)


def test_a_pulled_override_moves_the_calendar(ctx):
    assert not site.load_calendar(ctx).is_workday(NATIONAL_DAY)
    row = CalendarDay(id=uuid.uuid4(), version=1, day=NATIONAL_DAY, is_workday=True, note="中心调整")
    page = [["calendar_day", str(row.id), "upsert", 1, row_payload(row)]]
    before = generations.current(ctx.store, "calendar")
    session = ctx.store.write_session()
    session.begin()
    apply_page(session, ctx.store, page, PullOutcome())
    session.commit()
    session.close()
    assert generations.current(ctx.store, "calendar") != before
    assert site.load_calendar(ctx).is_workday(NATIONAL_DAY)
