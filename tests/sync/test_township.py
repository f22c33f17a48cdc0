"""A township end to end: a site on SQLite works a day with the central store down, then the
central store comes back and `windowdesk sync` brings everything across exactly once."""

from __future__ import annotations

import psycopg

from tests.sync.cases import assert_in_step, edit_case, take_case
from tests.sync.support import central_store, site_client
from tests.sync.test_faults import cli_sync
from tests.sync.throwaway_cluster import throwaway_cluster
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.sync.link import libpq_url


def test_a_township_day_offline_then_synced(tmp_path):
    with throwaway_cluster() as cluster:
        with psycopg.connect(libpq_url(cluster.admin_url), autocommit=True) as conn:
            conn.execute("CREATE DATABASE central")
        with central_store(url=cluster.url("central")) as c:
            c.add_site("XZ07", "青石镇便民服务中心", "township")
            db_url = f"sqlite:///{tmp_path / 'township.db'}"
            ctx = site_client(c, "XZ07", db_url)
            assert cli_sync(db_url).returncode == 0

            cluster.stop()  # the line to the county is down all day
            for number in (1, 2, 3):
                site_service.add_window(ctx, 900 + number, f"{number}号窗口")
            site_service.add_user(ctx, "xz07clerk", "clerk", "secret123", "镇窗口")
            numbers = [take_case(ctx) for _ in range(240)]
            for number in numbers[::7]:
                edit_case(ctx, number)

            offline = cli_sync(db_url)
            assert offline.returncode != 0 and "中心库" in offline.stderr
            before = sync_service.sync_status(ctx)
            assert before.online is False and before.pending > 240 and before.last_error

            cluster.start()
            online = cli_sync(db_url)
            assert online.returncode == 0, online.stderr
            assert f"已推送 {before.pending} 条" in online.stdout
            after = sync_service.sync_status(ctx)
            assert after.online is True and after.pending == 0 and after.last_error is None
            assert_in_step(c, [ctx])
            assert cli_sync(db_url).stdout.startswith("已推送 0 条")
            ctx.store.dispose()
