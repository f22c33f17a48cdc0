"""Restores: a client from an old backup or re-installed never reuses a case number; a central
store restored from a backup is noticed and the client sends again what it lacks."""

from __future__ import annotations

import shutil
import uuid

import psycopg
from psycopg import sql

from tests.support.postgres import dropdb, pg_admin_url
from tests.sync.cases import assert_in_step, take_window
from tests.sync.support import central_store, site_client
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context
from windowdesk.sync.link import libpq_url


def _clone_db(source: str, target: str) -> None:
    with psycopg.connect(libpq_url(pg_admin_url()), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target)))
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(target), sql.Identifier(source))
        )


def test_client_restored_from_old_backup_never_reuses_a_number(tmp_path):
    with central_store("TS01") as c:
        db = tmp_path / "site.db"
        ctx = site_client(c, "TS01", f"sqlite:///{db}")
        first = [take_window(ctx) for _ in range(3)]
        sync_service.run_sync(ctx)
        ctx.store.dispose()
        shutil.copy(db, tmp_path / "backup.db")  # the nightly backup
        ctx = open_context(f"sqlite:///{db}").as_actor(ctx.actor)
        later = [take_window(ctx) for _ in range(4)]
        sync_service.run_sync(ctx)
        more = [take_window(ctx) for _ in range(2)]  # made, never synced: lost with the disk
        ctx.store.dispose()
        assert first + later + more == list(range(1, 10))

        shutil.copy(tmp_path / "backup.db", db)  # the disk died; the backup comes back
        restored = open_context(f"sqlite:///{db}").as_actor(ctx.actor)
        summary = sync_service.run_sync(restored)  # first contact: central's mark is ahead
        assert summary.counters_raised == 1 and summary.events
        after = [take_window(restored) for _ in range(3)]
        assert min(after) > max(later)  # 8 and 9 died with the disk; the numbers central saw never return
        summary = sync_service.run_sync(restored)
        assert summary.rejected == 0 and summary.pushed > 0
        numbers = sorted(n for (n,) in c.query("SELECT number FROM public.window"))
        assert numbers == first + later + after
        # central holds the ops of both histories exactly once; the restored store's own are all there
        restored_ops = set(_local_ops(restored))
        central_ops = {
            r for (r,) in c.query("SELECT op_id::text FROM wd_sync.change WHERE op_id IS NOT NULL")
        }
        assert restored_ops <= central_ops
        assert sync_service.sync_status(restored).pending == 0
        # and the cases central had from before the restore came back to the restored store
        local_numbers = sorted(w.number for w in site_service.list_windows(restored))
        assert local_numbers == first + later + after
        restored.store.dispose()


def test_reinstalled_client_continues_the_numbers(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 'old.db'}")
        [take_window(ctx) for _ in range(5)]
        sync_service.run_sync(ctx)
        fresh = site_client(c, "TS01", f"sqlite:///{tmp_path / 'new.db'}")  # same device number
        assert [w.number for w in site_service.list_windows(fresh)] == [1, 2, 3, 4, 5]  # taken back
        assert take_window(fresh) == 6
        assert sync_service.run_sync(fresh).rejected == 0
        assert sorted(n for (n,) in c.query("SELECT number FROM public.window")) == [1, 2, 3, 4, 5, 6]


def test_central_restored_from_backup_gets_what_it_lacks(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        [take_window(ctx) for _ in range(3)]
        sync_service.run_sync(ctx)
        backup = f"wdbak_{uuid.uuid4().hex[:10]}"
        _clone_db(c.dbname, backup)
        try:
            [take_window(ctx) for _ in range(4)]
            sync_service.run_sync(ctx)
            assert c.query("SELECT count(*) FROM public.window")[0][0] == 7
            _clone_db(backup, c.dbname)  # central's disk died; last night's backup comes back
            assert c.query("SELECT count(*) FROM public.window")[0][0] == 3
            summary = sync_service.run_sync(ctx)
            assert any("中心库比本机少" in e for e in summary.events)
            assert summary.pushed > 0 and summary.rejected == 0
            assert c.query("SELECT count(*) FROM public.window")[0][0] == 7
            assert_in_step(c, [ctx])
        finally:
            dropdb(backup)
        ctx.store.dispose()


def _local_ops(ctx):
    from tests.sync.cases import local_op_ids

    return local_op_ids(ctx)
