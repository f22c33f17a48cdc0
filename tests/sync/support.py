"""Central stores for sync tests: a fresh database on the test cluster, initialised, with sites."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy import select

from tests.support.postgres import createdb, dropdb, pg_admin_url
from tests.support.tls import suite_ca_file
from windowdesk.services import sync as sync_service
from windowdesk.services.context import ServiceContext
from windowdesk.store.uow import json_safe
from windowdesk.sync.link import libpq_url
from windowdesk.sync.tables import synced_tables


@dataclass
class Central:
    url: str  # admin URL
    dbname: str
    sites: dict[str, sync_service.NewSite]

    def add_site(self, code: str, name: str = "", kind: str = "hall") -> sync_service.NewSite:
        site = sync_service.add_central_site(self.url, code, name or f"{code} 站点", kind)
        self.sites[code] = site
        return site

    def query(self, query: str, params: tuple = ()) -> list[tuple]:
        with psycopg.connect(libpq_url(self.url), autocommit=True) as conn:
            return conn.execute(query, params).fetchall()


def drop_roles_of(dbname: str) -> None:
    with psycopg.connect(libpq_url(pg_admin_url()), autocommit=True) as conn:
        prefix = sync_service.site_role_name(dbname, "x")[:-1]
        roles = [
            r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",))
        ]
        for role in roles:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@contextmanager
def central_store(*codes: str, url: str | None = None) -> Iterator[Central]:
    """A fresh central store (on the shared test cluster unless ``url`` given), with sites."""
    dbname = f"wdcentral_{uuid.uuid4().hex[:10]}"
    own = url is None
    if own:
        url = createdb(dbname)
    ctx = sync_service.init_central(url)
    ctx.store.dispose()
    result = Central(url, dbname, {})
    for code in codes:
        result.add_site(code)
    try:
        yield result
    finally:
        if own:
            dropdb(dbname)
            drop_roles_of(dbname)


def site_password_url(site: sync_service.NewSite) -> tuple[str, str]:
    return site.client_url, site.password


def _canonical(table_name: str, row: dict) -> dict:
    spec = synced_tables()[table_name]
    out = {}
    for name in spec.columns:
        value = json_safe(row.get(name))
        if isinstance(value, str) and "T" in value and name in dict(spec.decoders):
            # compare instants, not their spelling (PostgreSQL and Python format offsets alike)
            import datetime as dt

            value = dt.datetime.fromisoformat(value).astimezone(dt.UTC).isoformat()
        out[name] = value
    return out


def site_hashes(ctx: ServiceContext, site_id: uuid.UUID) -> dict[str, str]:
    """Per-table content hash of a site store's rows owned by ``site_id``."""
    result = {}
    with ctx.reading() as session:
        for spec in synced_tables().values():
            if spec.owner != "site":
                continue
            if spec.via is None:
                query = select(spec.table).where(spec.table.c.site_id == site_id)
            else:
                column, parent_name = spec.via
                parent = synced_tables()[parent_name].table
                query = (
                    select(spec.table)
                    .join(parent, parent.c.id == spec.table.c[column])
                    .where(parent.c.site_id == site_id)
                )
            rows = session.execute(query).mappings().all()
            result[spec.name] = _hash(spec.name, [dict(r) for r in rows])
    return result


def central_hashes(c: Central, site_id: uuid.UUID) -> dict[str, str]:
    result = {}
    for spec in synced_tables().values():
        if spec.owner != "site":
            continue
        if spec.via is None:
            query = sql.SQL("SELECT to_jsonb(t) FROM public.{} t WHERE site_id = %s").format(
                sql.Identifier(spec.name)
            )
        else:
            query = sql.SQL(
                "SELECT to_jsonb(t) FROM public.{} t JOIN public.{} p ON p.id = t.{} WHERE p.site_id = %s"
            ).format(sql.Identifier(spec.name), sql.Identifier(spec.via[1]), sql.Identifier(spec.via[0]))
        rows = c.query(query, (site_id,))
        result[spec.name] = _hash(spec.name, [r for (r,) in rows])
    return result


def _hash(table_name: str, rows: list[dict]) -> str:
    canon = sorted(json.dumps(_canonical(table_name, r), sort_keys=True, ensure_ascii=False) for r in rows)
    return hashlib.sha256("\n".join(canon).encode()).hexdigest()[:16] + f":{len(canon)}"


def site_client(
    c: Central, code: str, store_url: str, device_no: int = 1, time: object | None = None
) -> ServiceContext:
    """A site store of ``code`` set up for sync with ``c``, acting as its admin on ``device_no``
    (``time``: another client's TestClock, for PCs of one hall that share the time)."""
    from dataclasses import replace

    from tests.support.clock import TestClock
    from windowdesk.services import site as site_service
    from windowdesk.services import sync as sync_service
    from windowdesk.services.context import open_context
    from windowdesk.store.uow import Actor

    site = c.sites[code]
    ctx = open_context(store_url, time=time or TestClock())
    ctx = ctx.as_actor(Actor(login="tester", role="admin", device_no=device_no, display_name="测试员"))
    sync_service.setup_sync(ctx, site.client_url, code, site.password, suite_ca_file())
    info = site_service.current_site(ctx)
    return ctx.as_actor(replace(ctx.actor, site_id=info.id))
