"""The sync services the GUI uses: status, run once, rejects and conflicts for supervisors."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.services.write_scenarios import scenario
from tests.sync.support import central_store, site_client
from tests.sync.test_protocol import _rename
from windowdesk.errors import UserError
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.store.models import SyncConflict, Window
from windowdesk.store.uow import row_payload
from windowdesk.sync import local
from windowdesk.sync.link import CentralUnavailable


def _fake_conflict(ctx, window_id, site_name: str) -> uuid.UUID:
    session = ctx.store.write_session()
    session.begin()
    try:
        row = session.get(Window, window_id)
        central = row_payload(row)
        conflict = SyncConflict(
            op_id=uuid.uuid4(),
            seq=1,
            entity="window",
            entity_id=str(window_id),
            base_version=row.version,
            site_version=row.version,
            central_version=row.version,
            site_payload={**central, "name": site_name},
            central_payload=central,
            applied=False,
        )
        session.add(conflict)
        session.commit()
        return conflict.id
    finally:
        session.close()


@scenario("sync.resolve_conflict")
def _resolve(ctx):
    window = site_service.add_window(ctx, 31, "三十一号")
    conflict_id = _fake_conflict(ctx, window.id, "三十一号（本站）")
    sync_service.resolve_conflict(ctx, conflict_id, "site")


def test_status_goes_from_offline_with_pending_to_online_with_none(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        site_service.add_window(ctx, 1)
        session = ctx.store.write_session()
        session.begin()
        real = local.get(session, local.CENTRAL)
        local.put(session, local.CENTRAL, real.replace(str(c.url.split(":")[-1].split("/")[0]), "1"))
        session.commit()
        session.close()
        password = c.sites["TS01"].password
        with pytest.raises(CentralUnavailable):
            sync_service.run_sync(ctx, password)
        status = sync_service.sync_status(ctx)
        assert status.configured and status.online is False and status.pending > 0
        assert status.last_error and status.last_success is None
        session = ctx.store.write_session()
        session.begin()
        local.put(session, local.CENTRAL, real)
        session.commit()
        session.close()
        sync_service.run_sync(ctx)
        status = sync_service.sync_status(ctx)
        assert status.online is True and status.pending == 0 and status.last_error is None
        assert status.last_success is not None


def test_an_unset_store_says_so(sqlite_ctx):
    status = sync_service.sync_status(sqlite_ctx)
    assert not status.configured and status.online is None
    with pytest.raises(UserError, match="sync setup"):
        sync_service.run_sync(sqlite_ctx)


def test_only_supervisors_see_rejects_and_conflicts(sqlite_ctx):
    clerk = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role="clerk"))
    with pytest.raises(UserError):
        sync_service.list_rejects(clerk)
    with pytest.raises(UserError):
        sync_service.list_conflicts(clerk)
    supervisor = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role="supervisor"))
    assert sync_service.list_rejects(supervisor) == []


def test_central_keeps_its_version_and_a_supervisor_can_send_ours_again(tmp_path):
    with central_store("TS01") as c:
        one = site_client(c, "TS01", f"sqlite:///{tmp_path / 'one.db'}", device_no=1)
        two = site_client(c, "TS01", f"sqlite:///{tmp_path / 'two.db'}", device_no=2)
        window = site_service.add_window(one, 5, "五号")
        sync_service.run_sync(one)
        sync_service.run_sync(two)
        _rename(one, window.id, "五号（一）")
        _rename(two, window.id, "五号（二）")
        sync_service.run_sync(one)
        assert sync_service.run_sync(two).conflicts == 1
        # both stores hold central's version now; ours is kept in the conflict
        assert [w.name for w in site_service.list_windows(two)] == ["五号（一）"]
        (conflict,) = sync_service.list_conflicts(two)
        sync_service.resolve_conflict(two, conflict.id, "site")
        assert sync_service.list_conflicts(two) == []
        assert sync_service.run_sync(two).conflicts == 0
        assert c.query("SELECT name FROM public.window")[0][0] == "五号（二）"
        sync_service.run_sync(one)
        assert [w.name for w in site_service.list_windows(one)] == ["五号（二）"]
        with two.reading() as session:
            assert session.scalars(select(SyncConflict.resolved_by)).one() == "tester"
