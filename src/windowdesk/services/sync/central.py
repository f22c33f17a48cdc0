"""Administering the central store: create or upgrade it, add a site with its own database role.

These run against the central PostgreSQL store with an owner's credentials, never on a site.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy import select
from sqlalchemy.engine import make_url

from windowdesk.errors import Conflict, UserError
from windowdesk.services.context import ServiceContext, open_context
from windowdesk.services.site import SITE_KINDS, validate_site_code
from windowdesk.store.models import Site
from windowdesk.sync import central_schema
from windowdesk.sync.link import connect_admin, libpq_url
from windowdesk.sync.tables import synced_tables


def init_central(url: str) -> ServiceContext:
    """Create or upgrade the central store: business tables (Alembic), then the sync schema,
    the table registry, change-log triggers and grants. Safe to run again."""
    ctx = open_context(url)  # runs the Alembic migrations
    with connect_admin(url) as conn:
        central_schema.upgrade(conn)  # the numbered files, one transaction each
    with connect_admin(url) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('windowdesk central init'))")
        # A site role must not create temporary tables: a SECURITY DEFINER function could be
        # lured into using one of them.
        dbname = conn.info.dbname
        conn.execute(sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC").format(sql.Identifier(dbname)))
        for spec in synced_tables().values():
            via_column, via_table = spec.via or (None, None)
            conn.execute(
                "INSERT INTO wd_sync.synced_table (name, owner, mode, rank, columns, via_column, via_table) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner,"
                " mode = excluded.mode, rank = excluded.rank, columns = excluded.columns,"
                " via_column = excluded.via_column, via_table = excluded.via_table",
                (spec.name, spec.owner, spec.mode, spec.rank, list(spec.columns), via_column, via_table),
            )
            trigger_args = [spec.mode, *(spec.via or ())]
            conn.execute(
                sql.SQL(
                    "CREATE OR REPLACE TRIGGER wd_sync_log AFTER INSERT OR UPDATE OR DELETE ON "
                    "public.{} FOR EACH ROW EXECUTE FUNCTION wd_sync.log_local_change({})"
                ).format(sql.Identifier(spec.name), sql.SQL(", ").join(sql.Literal(a) for a in trigger_args))
            )
        for (role,) in conn.execute("SELECT role_name FROM wd_sync.site_role").fetchall():
            _grant_site_role(conn, role)
    return ctx


def _grant_site_role(conn: psycopg.Connection, role: str) -> None:
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA wd_sync TO {}").format(sql.Identifier(role)))
    for signature in central_schema.SITE_FUNCTIONS:
        conn.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(signature), sql.Identifier(role))
        )


@dataclass(frozen=True)
class NewSite:
    site_id: uuid.UUID
    code: str
    name: str
    role: str
    password: str
    client_url: str  # how a client connects, without the password


def site_role_name(dbname: str, code: str) -> str:
    """Roles are per PostgreSQL cluster, so the name carries the database too."""
    return ("wd_" + re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:40] + "_" + code.lower())[:63]


def add_central_site(url: str, code: str, name: str, kind: str = "hall") -> NewSite:
    """Create a site on central and its own login role. The password is shown once.

    Not a site write path (no ``@writes``): it runs against the central store only.
    """
    code = validate_site_code(code)
    name = name.strip()
    if not name:
        raise UserError("The site name must not be empty")
    if kind not in SITE_KINDS:
        raise UserError("The site kind must be hall or township")
    ctx = open_context(url)
    try:
        with connect_admin(url) as conn:
            if conn.execute("SELECT to_regclass('wd_sync.site_role')").fetchone()[0] is None:
                raise UserError(
                    "The central store is not initialised: run windowdesk central init first",
                )
            with ctx.reading() as session:
                existing = session.scalars(select(Site).where(Site.code == code)).one_or_none()
            if existing is None:
                with ctx.unit_of_work() as uow:
                    site = uow.add(Site(code=code, name=name, kind=kind))
                    uow.audit("central.add_site", "site", site.id, code=code, name=name, kind=kind)
                site_id = site.id
            else:
                site_id = existing.id
            role = site_role_name(conn.info.dbname, code)
            taken = conn.execute(
                "SELECT site_id FROM wd_sync.site_role WHERE role_name = %s", (role,)
            ).fetchone()
            if taken is not None and taken[0] != site_id:
                raise Conflict("The role {role} is already in use", role=role)
            password = secrets.token_urlsafe(18)
            with conn.transaction():
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                verb = "ALTER" if exists else "CREATE"
                conn.execute(
                    sql.SQL(verb + " ROLE {} LOGIN NOINHERIT PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(password)
                    )
                )
                conn.execute(
                    "INSERT INTO wd_sync.site_role (role_name, site_id) VALUES (%s, %s) "
                    "ON CONFLICT (role_name) DO NOTHING",
                    (role, site_id),
                )
                _grant_site_role(conn, role)
            parsed = make_url(libpq_url(url))
            client_url = parsed.set(username=role, password=None).render_as_string()
    finally:
        ctx.store.dispose()
    return NewSite(site_id, code, name, role, password, client_url)
