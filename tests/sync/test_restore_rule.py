"""`windowdesk restore` makes the documented rule ("after restoring a backup, sync once before
taking cases") an enforced one: a restored store issues no case number until a sync succeeds, and
the numbers it issues then never repeat one central saw."""

from __future__ import annotations

import pytest

from tests.sync.cases import take_case
from tests.sync.support import central_store, site_client
from windowdesk.errors import Conflict
from windowdesk.services import backup
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context


def test_restored_store_numbers_cases_only_after_a_sync(tmp_path):
    with central_store("TS01") as c:
        db = tmp_path / "site.db"
        ctx = site_client(c, "TS01", f"sqlite:///{db}")
        before = [take_case(ctx) for _ in range(2)]
        sync_service.run_sync(ctx)
        taken = backup.backup_now(ctx, tmp_path / "bk")
        after_backup = [take_case(ctx) for _ in range(3)]
        sync_service.run_sync(ctx)  # central saw these numbers
        ctx.store.dispose()

        backup.restore_store(f"sqlite:///{db}", taken.path)
        restored = open_context(f"sqlite:///{db}").as_actor(ctx.actor)
        with pytest.raises(Conflict, match="须先与中心库同步一次"):
            take_case(restored)
        assert backup.backup_status(restored).restored is not None
        summary = sync_service.run_sync(restored)
        assert summary.counters_raised >= 1
        assert backup.backup_status(restored).restored is None
        new = take_case(restored)
        assert new not in before + after_backup and new > max(after_backup)
        assert sync_service.run_sync(restored).rejected == 0
        numbers = sorted(n for (n,) in c.query("SELECT case_no FROM public.intake_case"))
        assert numbers == sorted([*before, *after_backup, new])
        # the store's backups and its restore reach central (a synced, insert-only table)
        kinds = sorted(k for (k,) in c.query("SELECT kind FROM public.store_event"))
        assert kinds == ["backup", "restore"]
        restored.store.dispose()


def test_a_failed_sync_keeps_the_rule(tmp_path):
    with central_store("TS01") as c:
        db = tmp_path / "site.db"
        ctx = site_client(c, "TS01", f"sqlite:///{db}")
        take_case(ctx)
        taken = backup.backup_now(ctx, tmp_path / "bk")
        ctx.store.dispose()
        backup.restore_store(f"sqlite:///{db}", taken.path)
        restored = open_context(f"sqlite:///{db}").as_actor(ctx.actor)
        with pytest.raises(sync_service.CentralUnavailable):
            _offline_sync(restored)
        with pytest.raises(Conflict):
            take_case(restored)
        restored.store.dispose()


def _offline_sync(ctx):
    """Sync against a central that does not answer (a closed port)."""
    from windowdesk.sync import local

    session = ctx.store.write_session()
    session.begin()
    local.put(session, local.CENTRAL, "postgresql://nobody@127.0.0.1:9/none")
    session.commit()
    session.close()
    return sync_service.run_sync(ctx, password="x")
