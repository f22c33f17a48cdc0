"""Sync for the GUI and the CLI: set up, run once (from a background worker), status, and the
rejects and conflicts lists for supervisors. No Qt here; every function returns frozen data."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from windowdesk.domain import roles
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services import cases, site
from windowdesk.services.context import ServiceContext, writes
from windowdesk.services.settings import OUTBOX_KEEP_DAYS, get_setting
from windowdesk.store import generations
from windowdesk.store.base import Base
from windowdesk.store.models import Site, SyncConflict, SyncReject
from windowdesk.sync import credentials, local, tls
from windowdesk.sync.adopt import adopt_site
from windowdesk.sync.link import CentralLink, CentralUnavailable, public_url
from windowdesk.sync.pull import pull_all
from windowdesk.sync.push import Progress, PushOutcome, reconcile
from windowdesk.sync.runner import SyncSummary, load_config, parse_time, run_once
from windowdesk.sync.tables import decode_row, synced_tables


class PasswordNeeded(UserError):
    """No password in the keyring (none there, or no keyring on this PC): ask the user."""


@dataclass(frozen=True)
class SetupResult:
    site_code: str
    site_name: str
    device_no: int
    central_url: str
    password_saved: bool  # False: no keyring backend, the password is asked each session
    site_record: str  # adopted | rekeyed | same
    counters_raised: int
    events: tuple[str, ...]


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    central_url: str | None
    online: bool | None  # None: never tried
    pending: int
    last_success: dt.datetime | None
    last_attempt: dt.datetime | None
    last_error: str | None
    rejects: int
    open_conflicts: int


@dataclass(frozen=True)
class RejectInfo:
    id: uuid.UUID
    seq: int
    entity: str
    entity_id: str
    op: str
    reason: str
    at: dt.datetime
    payload: dict[str, Any]


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    entity: str
    entity_id: str
    base_version: int
    site_version: int
    central_version: int
    site_payload: dict[str, Any]
    central_payload: dict[str, Any]
    applied: bool  # True: this site's newer version is now central's
    at: dt.datetime
    resolved_at: dt.datetime | None
    resolved_by: str | None


def check_central_ca(ca_file: str | None) -> str:
    """The PEM text of central's CA certificate in ``ca_file``; refused when missing or not a CA
    (the CLI asks this before the password)."""
    return tls.require_ca(tls.read_ca(ca_file) if ca_file else None)


def setup_sync(
    ctx: ServiceContext, central_url: str, site_code: str, password: str, ca_file: str | None = None
) -> SetupResult:
    """Register this device with central as ``site_code`` and take central's site record; the link
    verifies central's certificate with the CA certificate in ``ca_file`` (required)."""
    ctx.require(roles.ADMIN)
    site_code = site.validate_site_code(site_code)
    url = public_url(central_url)
    ca_pem = check_central_ca(ca_file)
    with CentralLink(url, password, ctx.actor.device_no, ca_file=tls.ca_file(ca_pem)) as link:
        state = link.stream_state()
        central_site = state.get("site")
        if not central_site or central_site.get("code") != site_code:
            raise Conflict(
                "On the central store this account belongs to site {actual}, not {code}",
                actual=(central_site or {}).get("code", "?"),
                code=site_code,
            )
        home_id = ctx.home_site_id()
        if home_id is not None:
            with ctx.reading() as session:
                home = session.get(Site, home_id)
            if home is not None and home.code != site_code:
                raise Conflict(
                    "This store serves site {current}; it cannot sync as site {code}",
                    current=home.code,
                    code=site_code,
                )
        with ctx.reading() as session:
            known_device = local.get(session, local.DEVICE_NO)
        if known_device is not None and int(known_device) != ctx.actor.device_no:
            raise Conflict(
                "This store already syncs as device {old}; it cannot become device {new}",
                old=known_device,
                new=ctx.actor.device_no,
            )
        done = adopt_site(ctx.store, central_site)
        session = ctx.store.write_session()
        session.begin()
        try:
            local.put(session, local.CENTRAL, url)
            local.put(session, local.SITE_CODE, site_code)
            local.put(session, local.CA, ca_pem)
            local.put(session, local.DEVICE_NO, ctx.actor.device_no)
            if done == "adopted":
                # A new or re-installed client: take back everything of this site, this
                # device's own earlier rows included, before it registers itself.
                local.put(session, local.PULL_OWN, True)
            session.commit()
        finally:
            session.close()
        out = PushOutcome()
        reconcile(ctx.store, link, state, out)
        if done == "adopted":
            pull_all(ctx.store, link)
            site.init_site(ctx, site_code, central_site["name"], central_site.get("kind") or "hall")
    saved = credentials.save_password(url, site_code, password)
    return SetupResult(
        site_code,
        central_site["name"],
        ctx.actor.device_no,
        url,
        saved,
        done,
        out.counters_raised,
        tuple(out.events),
    )


def stored_password(ctx: ServiceContext) -> str | None:
    config = load_config(ctx.store)
    if config is None:
        return None
    return credentials.load_password(config.central_url, config.site_code)


def run_sync(
    ctx: ServiceContext, password: str | None = None, progress: Progress | None = None
) -> SyncSummary:
    """One sync run; safe to call from a background worker (it opens its own sessions)."""
    if password is None:
        password = stored_password(ctx)
    if password is None and load_config(ctx.store) is not None:
        raise PasswordNeeded(
            "No sync password in the keyring: enter it, or run windowdesk sync setup again",
        )
    keep_days = int(get_setting(ctx, OUTBOX_KEEP_DAYS.key))
    calendar_before = generations.current(ctx.store, "calendar")
    summary = run_once(ctx.store, password, keep_days=keep_days, progress=progress, now=ctx.clock.now)
    if generations.current(ctx.store, "calendar") != calendar_before:
        _recompute_after_pull(ctx)
    return summary


def _recompute_after_pull(ctx: ServiceContext) -> None:
    """Central's calendar came down (or it changed here meanwhile): this site's open cases get their
    due dates again, each change recorded on the case; pushed with the next run."""
    with ctx.unit_of_work() as uow:
        cases.recompute_open_cases(uow, ctx, site.calendar_in(uow.session), "calendar_pull")


def sync_status(ctx: ServiceContext) -> SyncStatus:
    with ctx.reading() as session:
        url = local.get(session, local.CENTRAL)
        online = local.get(session, local.ONLINE)
        return SyncStatus(
            configured=bool(url),
            central_url=url,
            online=None if online is None else bool(online),
            pending=local.pending_count(session),
            last_success=parse_time(local.get(session, local.LAST_SUCCESS)),
            last_attempt=parse_time(local.get(session, local.LAST_ATTEMPT)),
            last_error=local.get(session, local.LAST_ERROR),
            rejects=int(session.scalar(select(func.count()).select_from(SyncReject)) or 0),
            open_conflicts=int(
                session.scalar(
                    select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            ),
        )


def list_rejects(ctx: ServiceContext) -> list[RejectInfo]:
    ctx.require(roles.SUPERVISOR)
    with ctx.reading() as session:
        rows = session.scalars(select(SyncReject).order_by(SyncReject.seq)).all()
        return [RejectInfo(r.id, r.seq, r.entity, r.entity_id, r.op, r.reason, r.at, r.payload) for r in rows]


def list_conflicts(ctx: ServiceContext, include_resolved: bool = False) -> list[ConflictInfo]:
    ctx.require(roles.SUPERVISOR)
    with ctx.reading() as session:
        query = select(SyncConflict).order_by(SyncConflict.at)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [_conflict_info(c) for c in session.scalars(query).all()]


def _conflict_info(c: SyncConflict) -> ConflictInfo:
    return ConflictInfo(
        c.id,
        c.entity,
        c.entity_id,
        c.base_version,
        c.site_version,
        c.central_version,
        c.site_payload,
        c.central_payload,
        c.applied,
        c.at,
        c.resolved_at,
        c.resolved_by,
    )


__all__ = [
    "CentralUnavailable",
    "ConflictInfo",
    "PasswordNeeded",
    "RejectInfo",
    "SetupResult",
    "SyncStatus",
    "SyncSummary",
    "list_conflicts",
    "list_rejects",
    "resolve_conflict",
    "run_sync",
    "setup_sync",
    "stored_password",
    "sync_status",
]


KEEP_CENTRAL, KEEP_SITE = "central", "site"


@writes("sync.resolve_conflict")
def resolve_conflict(ctx: ServiceContext, conflict_id: uuid.UUID, keep: str) -> ConflictInfo:
    """A supervisor settles a conflict: keep central's version (already in place) or write this
    site's version again, as a new version that the next sync sends."""
    if keep not in (KEEP_CENTRAL, KEEP_SITE):
        raise UserError("Keep either central's or this site's version")
    with ctx.unit_of_work() as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("No such conflict")
        if conflict.resolved_at is not None:
            raise Conflict("This conflict has already been settled")
        if keep == KEEP_SITE:
            spec = synced_tables().get(conflict.entity)
            model = _model_of(conflict.entity)
            if spec is None or model is None:
                raise UserError("This version has no table {t}", t=conflict.entity)
            row = uow.session.get(model, uuid.UUID(conflict.entity_id))
            if row is None:
                raise NotFound("The row no longer exists")
            values = decode_row(spec, conflict.site_payload)
            for column in spec.columns:
                if column not in ("id", "version"):
                    setattr(row, _attr_of(model, column), values[column])
        conflict.resolved_at = ctx.clock.now()
        conflict.resolved_by = ctx.actor.login
        uow.audit(
            "sync.resolve_conflict", conflict.entity, conflict.entity_id, keep=keep, conflict=str(conflict.id)
        )
        return _conflict_info(conflict)


def _model_of(table_name: str) -> type | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    return None


def _attr_of(model: type, column: str) -> str:
    for attr in model.__mapper__.column_attrs:
        if attr.columns[0].name == column:
            return attr.key
    return column
