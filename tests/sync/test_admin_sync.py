"""What the administration face writes travels like the rest: a window's department, a category's
opening hours, a user's default window, forced password change and lockout reach central and the
site's second PC, and an unlock on one PC reaches the other."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.sync.support import central_hashes, central_store, site_client, site_hashes
from windowdesk.errors import UserError
from windowdesk.services import queue, site
from windowdesk.services import sync as sync_service


def _sync(ctx) -> None:
    summary = sync_service.run_sync(ctx)
    assert summary.rejected == 0, sync_service.list_rejects(ctx)
    assert summary.conflicts == 0


def test_administration_reaches_central_and_the_second_pc(tmp_path):
    with central_store("TS01") as c:
        site_id = c.sites["TS01"].site_id
        first = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc1.sqlite3'}")
        site.add_window(first, 3, "三号窗口", department="市场监管局")
        queue.add_category(first, "A", "综合受理", hours="08:30-12:00,14:00-17:30")
        site.add_user(first, "clerk9", "clerk", "Counter-2026", "新同事", window_no=3)
        for _ in range(5):  # auth.max_failures: the login is locked
            with pytest.raises(UserError):
                site.authenticate(first, "clerk9", "wrong-password")
        _sync(first)

        assert c.query("SELECT number, department FROM public.window WHERE site_id = %s", (site_id,)) == [
            (3, "市场监管局")
        ]
        assert c.query("SELECT prefix, hours FROM public.queue_category WHERE site_id = %s", (site_id,)) == [
            ("A", "08:30-12:00,14:00-17:30")
        ]
        [(window_no, must_change, locked)] = c.query(
            "SELECT window_no, must_change_password, locked_until IS NOT NULL FROM public.app_user "
            "WHERE login = 'clerk9'"
        )
        assert (window_no, must_change, locked) == (3, True, True)
        assert site_hashes(first, site_id) == central_hashes(c, site_id)

        second = site_client(c, "TS01", f"sqlite:///{tmp_path / 'pc2.sqlite3'}", device_no=2)
        _sync(second)
        user = site.get_user(second, "clerk9")
        assert (user.window_no, user.must_change_password, user.locked_until is not None) == (3, True, True)
        [window] = site.list_windows(second)
        assert window.department == "市场监管局"

        # The admin unlocks on the second PC; the first learns it at its next sync.
        site.unlock_user(second, "clerk9")
        _sync(second)
        _sync(first)
        assert site.get_user(first, "clerk9").locked_until is None
        clerk = site.authenticate(first, "clerk9", "Counter-2026", window_no=3)
        assert site.password_change_due(first.as_actor(replace(clerk, site_id=site_id)))
        _sync(first)  # the sign-in's audit entry
        assert site_hashes(first, site_id) == central_hashes(c, site_id)
