"""Migrations create exactly the models' schema on both stores, and upgrading twice is harmless."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from windowdesk.store.engine import open_store
from windowdesk.store.migrate import alembic_config, is_current, upgrade
from windowdesk.store.models import Base


def test_migrations_match_models_and_are_idempotent(store_url):
    store = open_store(store_url)
    try:
        assert not is_current(store)
        upgrade(store)
        upgrade(store)
        assert is_current(store)
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        store.dispose()


def test_sqlite_store_runs_with_wal_full_sync_and_foreign_keys(sqlite_url):
    store = open_store(sqlite_url)
    try:
        upgrade(store)
        with store.read_engine.connect() as connection:
            pragma = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 15000}
    finally:
        store.dispose()


def test_the_migration_history_has_one_head():
    """A second head means two branches were merged without a merge migration: stores would then
    depend on Alembic's order between them."""
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1
