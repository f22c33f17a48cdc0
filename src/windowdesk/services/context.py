"""The handle every service takes: which store, who is acting, and the hall's clock."""

from __future__ import annotations

import datetime as dt
import functools
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.domain import roles
from windowdesk.errors import Forbidden, UserError
from windowdesk.services.clock import (
    DEFAULT_ZONE,
    ZONE_SETTING,
    FixedClock,
    HallClock,
    SystemTime,
    TimeSource,
)
from windowdesk.store.engine import Store, open_store, resolve_url
from windowdesk.store.migrate import upgrade
from windowdesk.store.models import LocalState, Setting
from windowdesk.store.uow import Actor, UnitOfWork

P = ParamSpec("P")
R = TypeVar("R")

HOME_SITE_KEY = "home_site_id"


def writes(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a service function as a write path audited under ``action``, and refuse it to a role
    that the one role × action table (``domain/roles.py: PERMISSIONS``) does not allow.

    Only a mark on the function (``audit_action``), no registry: tests/services/test_write_paths.py
    finds every marked function by walking the ``windowdesk.services`` package and runs a scenario
    for each, so a new write path without a scenario fails that test; tests/services/test_roles.py
    walks the same marks and fails on one without a rule in the table.
    """

    def mark(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx = args[0] if args else kwargs.get("ctx")
            if isinstance(ctx, ServiceContext):
                ctx.require_action(action)
            return func(*args, **kwargs)

        guarded.audit_action = action  # type: ignore[attr-defined]
        return guarded

    return mark


def system_actor() -> Actor:
    """The actor of CLI and maintenance work: an administrator named after the OS user."""
    login = "cli:" + (os.environ.get("USER") or os.environ.get("USERNAME") or "system")
    return Actor(login=login, role=roles.ADMIN, device_no=device_number())


def device_number() -> int:
    """This client's number within its site (``WINDOWDESK_DEVICE``; 1 for a single-PC site)."""
    raw = os.environ.get("WINDOWDESK_DEVICE", "1")
    try:
        number = int(raw)
    except ValueError:
        number = 0
    if not 1 <= number <= 99:
        raise UserError(
            "The device number must be a whole number from 1 to 99, not {raw}",
            raw=raw,
        )
    return number


_SYSTEM_TIME = SystemTime()


@dataclass(frozen=True)
class ServiceContext:
    store: Store
    actor: Actor
    #: Where "now" comes from; tests and back-dated demo data pass a FixedClock. Read it through
    #: :attr:`clock`, which adds the hall's zone.
    time: TimeSource = _SYSTEM_TIME

    @property
    def clock(self) -> HallClock:
        """The hall's clock: ``now()`` (aware UTC), ``today()`` and ``local(at)`` in its zone."""
        return HallClock(self.time, self._hall_zone_name)

    def with_time(self, time: TimeSource) -> ServiceContext:
        return replace(self, time=time)

    def on_day(self, day: dt.date) -> ServiceContext:
        """This context with its clock standing at noon of ``day`` in the hall (back-dated work)."""
        return self.with_time(FixedClock(self.clock.local_noon(day)))

    def stored_setting(self, key: str) -> object | None:
        """The stored value of setting ``key`` for the acting site (its own value beats the global
        one from central), or None when unset. Typed access is ``settings.get_setting``."""
        site_id = self.actor.site_id or self.home_site_id()
        with self.reading() as session:
            rows = session.scalars(
                select(Setting).where(
                    Setting.key == key, Setting.site_id.is_(None) | (Setting.site_id == site_id)
                )
            ).all()
        rows = sorted(rows, key=lambda row: row.site_id is not None)
        return rows[-1].value if rows else None

    def _hall_zone_name(self) -> str:
        value = self.stored_setting(ZONE_SETTING)
        return DEFAULT_ZONE if value is None else str(value)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.store.read_session()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def as_actor(self, actor: Actor) -> ServiceContext:
        return replace(self, actor=actor)

    def require(self, role: str) -> None:
        if not roles.at_least(self.actor.role, role):
            raise Forbidden(
                "You are not allowed to do this (needs the {role} role)",
                role=roles.ROLE_NAMES[role],
            )

    def require_action(self, action: str) -> None:
        """Refuse ``action`` unless the acting role may do it (one table: domain/roles.py)."""
        if not roles.may(self.actor.role, action):
            source, values = roles.refusal(action)
            raise Forbidden(source, **values)

    def home_site_id(self) -> uuid.UUID | None:
        """The site this store serves, or None before ``windowdesk init``."""
        with self.reading() as session:
            state = session.get(LocalState, HOME_SITE_KEY)
            return None if state is None else uuid.UUID(state.value)


def open_context(
    url: str | None = None,
    *,
    actor: Actor | None = None,
    migrate: bool = True,
    time: TimeSource = _SYSTEM_TIME,
) -> ServiceContext:
    """Open the store chosen by ``--db``/``WINDOWDESK_DB``/default, upgrade its schema, and act as
    ``actor`` (default: the system actor bound to the store's home site)."""
    store = open_store(resolve_url(url))
    if migrate:
        try:
            upgrade(store)
        except Exception as exc:
            from windowdesk.services import faults  # a full, read-only, locked or damaged store

            fault = faults.explain(exc, faults.store_label(store.url))
            if fault is not None:
                store.dispose()
                raise fault from exc
            raise UserError(
                "Cannot open the store {store}: {reason}",
                store=store.display_name,
                reason=_first_line(exc),
            ) from exc
    ctx = ServiceContext(store, actor or system_actor(), time)
    if actor is None:
        site_id = ctx.home_site_id()
        if site_id is not None:
            ctx = ctx.as_actor(replace(ctx.actor, site_id=site_id))
    return ctx


def upgrade_store(url: str | None = None) -> str:
    """Bring the store's schema up to date (``windowdesk db upgrade``); returns its display name."""
    store = open_store(resolve_url(url))
    try:
        upgrade(store)
    finally:
        store.dispose()
    return store.display_name


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def require_site(ctx: ServiceContext) -> uuid.UUID:
    """The acting site; a clear error before the store was initialised."""
    site_id = ctx.actor.site_id or ctx.home_site_id()
    if site_id is None:
        raise UserError(
            "The store has no site yet: run windowdesk init or windowdesk demo first",
        )
    return site_id
