"""The central schema as numbered files: a fresh init, and the upgrade of a central store made
before the schema was versioned (frozen in fixtures/central_schema_v1.sql), end in the same
catalogue: tables, columns, constraints, indexes, functions with their bodies, policies, grants,
triggers and the table registry."""

from __future__ import annotations

import re
import tomllib
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from tests.support.postgres import createdb, dropdb
from tests.sync.support import Central, drop_roles_of, site_client
from windowdesk.errors import UserError
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context
from windowdesk.sync import central_schema
from windowdesk.sync.link import connect_admin, libpq_url
from windowdesk.sync.tables import synced_tables

V1_SQL = Path(__file__).parent / "fixtures" / "central_schema_v1.sql"
ROOT = Path(__file__).resolve().parents[2]


def init_central_as_of_v1(url: str) -> None:
    """What ``central init`` did before the schema was versioned (main at e1571b9), step by step."""
    open_context(url).store.dispose()  # the Alembic migrations, unchanged
    with connect_admin(url) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('windowdesk central init'))")
        conn.execute(V1_SQL.read_text(encoding="utf-8"))
        conn.execute(
            sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC").format(sql.Identifier(conn.info.dbname))
        )
        conn.execute("INSERT INTO wd_sync.meta VALUES ('schema_version', '1')")
        for spec in synced_tables().values():
            via_column, via_table = spec.via or (None, None)
            conn.execute(
                "INSERT INTO wd_sync.synced_table (name, owner, mode, rank, columns, via_column, via_table) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (spec.name, spec.owner, spec.mode, spec.rank, list(spec.columns), via_column, via_table),
            )
            conn.execute(
                sql.SQL(
                    "CREATE OR REPLACE TRIGGER wd_sync_log AFTER INSERT OR UPDATE OR DELETE ON "
                    "public.{} FOR EACH ROW EXECUTE FUNCTION wd_sync.log_local_change({})"
                ).format(
                    sql.Identifier(spec.name),
                    sql.SQL(", ").join(sql.Literal(a) for a in [spec.mode, *(spec.via or ())]),
                )
            )


_LISTINGS = {
    "columns": "SELECT table_name, ordinal_position, column_name, data_type, udt_name, is_nullable,"
    " column_default FROM information_schema.columns WHERE table_schema = 'wd_sync'",
    "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
    " WHERE connamespace = 'wd_sync'::regnamespace",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'wd_sync'",
    "sequences": "SELECT sequencename, data_type::text, start_value, increment_by FROM pg_sequences"
    " WHERE schemaname = 'wd_sync'",
    "relations": "SELECT n.nspname, c.relname, c.relkind::text, c.relacl::text, c.relrowsecurity,"
    " c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE n.nspname IN ('wd_sync', 'public')",
    "functions": "SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid), p.proacl::text, p.prosecdef,"
    " p.proconfig::text FROM pg_proc p WHERE p.pronamespace = 'wd_sync'::regnamespace",
    "policies": "SELECT schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check"
    " FROM pg_policies WHERE schemaname IN ('wd_sync', 'public')",
    "schemas": "SELECT nspname, nspacl::text FROM pg_namespace WHERE nspname IN ('wd_sync', 'public')",
    "database": "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
    "triggers": "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger"
    " WHERE NOT tgisinternal",
    "routine_grants": "SELECT grantee, routine_name, privilege_type FROM information_schema.role_routine_grants"
    " WHERE routine_schema = 'wd_sync'",
    "table_grants": "SELECT grantee, table_schema, table_name, privilege_type"
    " FROM information_schema.role_table_grants WHERE table_schema IN ('wd_sync', 'public')",
    "registry": "SELECT name, owner, mode, rank, columns::text, via_column, via_table FROM wd_sync.synced_table",
    "meta": "SELECT key, value FROM wd_sync.meta",
    "versions": "SELECT version, name, sha256 FROM wd_sync.schema_migration",
    "site_roles": "SELECT r.rolname, r.rolcanlogin, r.rolinherit, s.code FROM wd_sync.site_role sr"
    " JOIN pg_roles r ON r.rolname = sr.role_name JOIN public.site s ON s.id = sr.site_id",
}


def catalogue(url: str) -> dict[str, list[tuple]]:
    """The central store's schema as sorted rows, with the database's name in role names masked."""
    dbname = url.rsplit("/", 1)[1]
    role_prefix = sync_service.site_role_name(dbname, "x")[:-1]
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        listing = {}
        for key, query in _LISTINGS.items():
            rows = conn.execute(query).fetchall()
            listing[key] = sorted(
                tuple(str(v).replace(role_prefix, "wd_DB_") if v is not None else None for v in row)
                for row in rows
            )
    return listing


@pytest.fixture
def two_databases():
    names = [f"wdcentral_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    urls = [createdb(name) for name in names]
    try:
        yield urls
    finally:
        for name in names:
            dropdb(name)
            drop_roles_of(name)


def _upgrade(url: str) -> list[int]:
    with connect_admin(url) as conn:
        return central_schema.upgrade(conn)


def test_the_schema_files_are_numbered_from_one_and_shipped():
    found = central_schema.migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert central_schema.latest_version() == len(found)
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "sync/central_schema/*.sql" in package_data["windowdesk"]
    names = sorted(p.name for p in (ROOT / "src/windowdesk/sync/central_schema").glob("*.sql"))
    assert names == [f"{m.version:04d}_{m.name}.sql" for m in found]
    # Version 1 is the clean shape, not a history of its own (ADD COLUMN IF NOT EXISTS, DROP FUNCTION).
    assert not re.search(r"IF NOT EXISTS|ADD COLUMN|DROP FUNCTION", found[0].sql)


def test_init_on_an_empty_database_applies_every_file_once(two_databases):
    url = two_databases[0]
    sync_service.init_central(url).store.dispose()
    rows = catalogue(url)
    shipped = central_schema.migrations()
    assert rows["versions"] == sorted((str(m.version), m.name, m.sha256) for m in shipped)
    assert ("schema_version", str(len(shipped))) in rows["meta"]
    with connect_admin(url) as conn:
        hows = conn.execute("SELECT DISTINCT how FROM wd_sync.schema_migration").fetchall()
        for signature in central_schema.SITE_FUNCTIONS:
            assert conn.execute("SELECT to_regprocedure(%s)", (signature,)).fetchone()[0] is not None
    assert hows == [("applied",)]
    # Again: nothing left to apply, nothing changes.
    assert _upgrade(url) == []
    sync_service.init_central(url).store.dispose()
    assert catalogue(url) == rows


def test_a_central_store_of_schema_1_upgrades_to_what_a_fresh_init_makes(two_databases, tmp_path):
    old, fresh = two_databases
    init_central_as_of_v1(old)
    before = Central(old, old.rsplit("/", 1)[1], {})
    before.add_site("SA")
    client = site_client(before, "SA", f"sqlite:///{tmp_path / 'a.db'}")
    site_service.add_window(client, 1, "一号")
    assert sync_service.run_sync(client).pushed > 0

    sync_service.init_central(old).store.dispose()
    after = catalogue(old)
    with connect_admin(old) as conn:
        hows = dict(conn.execute("SELECT version, how FROM wd_sync.schema_migration").fetchall())
    assert hows == {1: "adopted", **{m.version: "applied" for m in central_schema.migrations()[1:]}}

    sync_service.init_central(fresh).store.dispose()
    Central(fresh, fresh.rsplit("/", 1)[1], {}).add_site("SA")
    expected = catalogue(fresh)
    for key in _LISTINGS:
        assert after[key] == expected[key], key

    # The data stayed and the site keeps syncing over the upgraded schema.
    assert before.query("SELECT name FROM public.window") == [("一号",)]
    site_service.add_window(client, 2, "二号")
    summary = sync_service.run_sync(client)
    assert summary.pushed > 0 and summary.rejected == 0
    assert sorted(before.query("SELECT name FROM public.window")) == [("一号",), ("二号",)]
    client.store.dispose()


def test_an_edited_schema_file_is_refused(two_databases):
    url = two_databases[0]
    sync_service.init_central(url).store.dispose()
    with connect_admin(url) as conn:
        conn.execute("UPDATE wd_sync.schema_migration SET sha256 = 'edited' WHERE version = 1")
    with pytest.raises(UserError, match="0001_sync_schema.sql"):
        _upgrade(url)


def test_a_newer_central_schema_is_refused(two_databases):
    url = two_databases[0]
    sync_service.init_central(url).store.dispose()
    newer = central_schema.latest_version() + 1
    with connect_admin(url) as conn:
        conn.execute("INSERT INTO wd_sync.schema_migration VALUES (%s, 'future', 'x', 'applied')", (newer,))
    with pytest.raises(UserError, match=f"版本为 {newer}"):
        _upgrade(url)


def test_an_unversioned_store_older_than_schema_1_is_refused_not_guessed_at(two_databases):
    url = two_databases[0]
    init_central_as_of_v1(url)
    with connect_admin(url) as conn:
        conn.execute("ALTER TABLE wd_sync.synced_table DROP COLUMN via_table")
        before = conn.execute(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'wd_sync'::regnamespace"
        ).fetchone()
    with pytest.raises(UserError, match="无法自动升级"):
        sync_service.init_central(url)
    with connect_admin(url) as conn:
        assert conn.execute("SELECT to_regclass('wd_sync.schema_migration')").fetchone() == (None,)
        after = conn.execute(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'wd_sync'::regnamespace"
        ).fetchone()
    assert after == before
