"""The site this store serves, its devices and windows."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from windowdesk.errors import Conflict, UserError
from windowdesk.services.context import HOME_SITE_KEY, ServiceContext, require_site, writes
from windowdesk.store.models import Device, LocalState, Site, Window

SITE_KINDS = {"hall": "政务服务大厅", "township": "乡镇便民服务中心"}
_SITE_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class WindowInfo:
    id: uuid.UUID
    number: int
    name: str
    active: bool


def _site_info(site: Site) -> SiteInfo:
    return SiteInfo(site.id, site.code, site.name, site.kind)


def validate_site_code(code: str) -> str:
    code = code.strip().upper()
    if not _SITE_CODE.match(code):
        raise UserError(
            "A site code is 2 to 6 capital letters or digits starting with a letter (e.g. SZ01), not '{code}'",
            code=code,
        )
    return code


@writes("site.init")
def init_site(ctx: ServiceContext, code: str, name: str, kind: str = "hall") -> SiteInfo:
    """Make this store serve a site (created if new) and register this device. Running it again
    with the same code changes nothing; another code is refused."""
    code = validate_site_code(code)
    name = name.strip()
    if not name:
        raise UserError("The site name must not be empty")
    if kind not in SITE_KINDS:
        raise UserError(
            "The site kind must be hall or township, not {kind}",
            kind=kind,
        )
    with ctx.unit_of_work() as uow:
        session = uow.session
        home = session.get(LocalState, HOME_SITE_KEY)
        site = session.scalars(select(Site).where(Site.code == code)).one_or_none()
        if home is not None:
            current = session.get(Site, uuid.UUID(home.value))
            if current is not None and current.code != code:
                raise Conflict(
                    "This store already serves site {current}; it cannot become {code}",
                    current=current.code,
                    code=code,
                )
        created = site is None
        if site is None:
            site = uow.add(Site(code=code, name=name, kind=kind))
            session.flush()
        if home is None:
            session.add(LocalState(key=HOME_SITE_KEY, value=str(site.id)))
        device_no = ctx.actor.device_no
        device = session.scalars(
            select(Device).where(Device.site_id == site.id, Device.number == device_no)
        ).one_or_none()
        if device is None:
            uow.add(Device(site_id=site.id, number=device_no, name=f"设备 {device_no}"))
        if created or device is None:
            uow.audit("site.init", "site", site.id, code=code, name=name, kind=kind, device=device_no)
        return _site_info(site)


def current_site(ctx: ServiceContext) -> SiteInfo:
    site_id = require_site(ctx)
    with ctx.reading() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise UserError("This store's site record is missing")
        return _site_info(site)


def list_windows(ctx: ServiceContext) -> list[WindowInfo]:
    site_id = require_site(ctx)
    with ctx.reading() as session:
        rows = session.scalars(select(Window).where(Window.site_id == site_id).order_by(Window.number)).all()
        return [WindowInfo(w.id, w.number, w.name, w.active) for w in rows]


@writes("window.add")
def add_window(ctx: ServiceContext, number: int, name: str = "") -> WindowInfo:
    site_id = require_site(ctx)
    if not 1 <= number <= 999:
        raise UserError("A window number is from 1 to 999")
    with ctx.unit_of_work() as uow:
        exists = uow.session.scalars(
            select(Window).where(Window.site_id == site_id, Window.number == number)
        ).one_or_none()
        if exists is not None:
            raise Conflict("Window {n} already exists", n=number)
        window = uow.add(Window(site_id=site_id, number=number, name=name or f"{number}号窗口"))
        uow.audit("window.add", "window", window.id, number=number, name=window.name)
        return WindowInfo(window.id, window.number, window.name, True)
