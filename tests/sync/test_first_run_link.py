"""The first-run set-up links the new site to central with the CA certificate the wizard was given,
and says how it went: linked, or why not (the site is made and works offline either way)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.support.tls import make_ca, suite_ca_file
from tests.sync.support import central_store
from windowdesk.errors import UserError
from windowdesk.services import firstrun, site
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context


def _plan(client_url: str, password: str, ca_file: str) -> firstrun.FirstRunPlan:
    return firstrun.FirstRunPlan(
        site_code="XZ08",
        site_name="青石镇便民服务中心",
        site_kind="township",
        admin_login="zhang",
        admin_name="张管理",
        admin_password="qingshi-08",
        windows=(firstrun.NewWindow(1),),
        categories=(firstrun.NewCategory("A", "综合受理"),),
        central_url=client_url,
        central_password=password,
        central_ca_file=ca_file,
    )


def test_the_wizard_plan_links_to_central_with_its_ca(tmp_path):
    with central_store() as c:
        central_site = c.add_site("XZ08", "青石镇便民服务中心", "township")
        ctx = open_context(f"sqlite:///{tmp_path / 'site.db'}")
        ctx = ctx.as_actor(replace(ctx.actor, device_no=1))
        result = firstrun.first_run(ctx, _plan(central_site.client_url, central_site.password, suite_ca_file()))
        assert result.actor.login == "zhang"
        (note,) = result.notes
        assert "已连接中心库" in note and "XZ08" in note, note
        status = sync_service.sync_status(ctx)
        assert status.configured
        admin = ctx.as_actor(result.actor)
        assert sync_service.run_sync(admin).pushed > 0
        assert c.query("SELECT count(*) FROM public.window")[0][0] >= 1
        ctx.store.dispose()


def test_a_link_refused_for_another_ca_is_a_note_and_the_site_stands(tmp_path):
    with central_store() as c:
        central_site = c.add_site("XZ08")
        other_ca, _key = make_ca(tmp_path / "other")
        ctx = open_context(f"sqlite:///{tmp_path / 'site.db'}")
        ctx = ctx.as_actor(replace(ctx.actor, device_no=1))
        result = firstrun.first_run(ctx, _plan(central_site.client_url, central_site.password, str(other_ca)))
        (note,) = result.notes
        assert "windowdesk sync setup" in note and "XZ08" in note, note
        assert not sync_service.sync_status(ctx).configured
        assert site.current_site(ctx).code == "XZ08"
        ctx.store.dispose()


def test_a_central_address_without_its_ca_is_refused_before_anything_is_written(tmp_path):
    ctx = open_context(f"sqlite:///{tmp_path / 'site.db'}")
    plan = _plan("postgresql://central.example:5432/windowdesk", "site-pass-1", "")
    with pytest.raises(UserError, match="CA"):
        firstrun.first_run(ctx, plan)
    assert firstrun.needs_setup(ctx)
    ctx.store.dispose()
