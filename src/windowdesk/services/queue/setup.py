"""Setting up the queue: categories and which windows serve them in which order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.domain.opening_hours import format_hours, parse_hours
from windowdesk.domain.queue_order import MAX_NUMBER, PriorityPolicy, valid_prefix
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.messages import N_
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.queue.common import category_by_prefix, signal
from windowdesk.store.models import QueueCategory, Window, WindowCategory, WindowQueueState
from windowdesk.store.uow import UnitOfWork

POLICY_NAMES = {
    PriorityPolicy.INTERLEAVE: N_("interleave priority with ordinary"),
    PriorityPolicy.STRICT: N_("priority first"),
    PriorityPolicy.NONE: N_("no priority"),
}


@dataclass(frozen=True)
class CategoryInfo:
    id: uuid.UUID
    prefix: str
    name: str
    start_number: int
    daily_cap: int
    priority_policy: str
    active: bool
    windows: tuple[int, ...]  # the windows that serve it
    hours: str = ""  # opening hours, "08:30-12:00,14:00-17:30"; empty = all day


def _check(prefix: str, name: str, start_number: int, daily_cap: int, priority_policy: str) -> None:
    if not valid_prefix(prefix):
        raise UserError(
            "A category prefix is one capital letter, not '{prefix}'",
            prefix=prefix,
        )
    if not name.strip():
        raise UserError("The category name must not be empty")
    if not 1 <= start_number <= MAX_NUMBER:
        raise UserError("The start number is from 1 to 999")
    if not 1 <= daily_cap <= MAX_NUMBER:
        raise UserError("The daily cap is from 1 to 999")
    if priority_policy not in {p.value for p in PriorityPolicy}:
        raise UserError(
            "The priority policy is interleave, strict or none, not {policy}",
            policy=priority_policy,
        )


@writes("queue.category_add")
def add_category(
    ctx: ServiceContext,
    prefix: str,
    name: str,
    *,
    start_number: int = 1,
    daily_cap: int = MAX_NUMBER,
    priority_policy: str = PriorityPolicy.INTERLEAVE.value,
    hours: str = "",
) -> CategoryInfo:
    site_id = require_site(ctx)
    prefix = prefix.strip().upper()
    _check(prefix, name, start_number, daily_cap, priority_policy)
    hours = format_hours(parse_hours(hours))
    with ctx.unit_of_work() as uow:
        exists = uow.session.scalars(
            select(QueueCategory).where(QueueCategory.site_id == site_id, QueueCategory.prefix == prefix)
        ).one_or_none()
        if exists is not None:
            raise Conflict(
                "Queue category {prefix} already exists", prefix=prefix
            )
        count = len(
            uow.session.scalars(select(QueueCategory.id).where(QueueCategory.site_id == site_id)).all()
        )
        row = uow.add(
            QueueCategory(
                site_id=site_id,
                prefix=prefix,
                name=name.strip(),
                start_number=start_number,
                daily_cap=daily_cap,
                priority_policy=priority_policy,
                sort_order=count,
                active=True,
                hours=hours,
            )
        )
        uow.audit("queue.category_add", "queue_category", row.id, prefix=prefix, name=row.name, hours=hours)
        signal(uow, site_id)
        return CategoryInfo(
            row.id, prefix, row.name, start_number, daily_cap, priority_policy, True, (), hours
        )


@writes("queue.category_update")
def update_category(
    ctx: ServiceContext,
    prefix: str,
    *,
    name: str | None = None,
    start_number: int | None = None,
    daily_cap: int | None = None,
    priority_policy: str | None = None,
    active: bool | None = None,
    hours: str | None = None,
) -> None:
    site_id = require_site(ctx)
    if not valid_prefix(prefix.strip().upper()):
        raise UserError(
            "A category prefix is one capital letter, not '{prefix}'",
            prefix=prefix,
        )
    if hours is not None:
        hours = format_hours(parse_hours(hours))
    with ctx.unit_of_work() as uow:
        row = category_by_prefix(uow.session, site_id, prefix)
        new = {
            "name": row.name if name is None else name.strip(),
            "start_number": row.start_number if start_number is None else start_number,
            "daily_cap": row.daily_cap if daily_cap is None else daily_cap,
            "priority_policy": row.priority_policy if priority_policy is None else priority_policy,
        }
        _check(row.prefix, **new)
        changed = {k: v for k, v in new.items() if getattr(row, k) != v}
        if active is not None and active != row.active:
            changed["active"] = active
        if hours is not None and hours != (row.hours or ""):
            changed["hours"] = hours
        for key, value in changed.items():
            setattr(row, key, value)
        if changed:
            uow.audit("queue.category_update", "queue_category", row.id, prefix=row.prefix, **changed)
            signal(uow, site_id)


@writes("queue.window_categories")
def set_window_categories(ctx: ServiceContext, window_no: int, prefixes: list[str]) -> None:
    """Window ``window_no`` serves these categories, the first one first."""
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        session = uow.session
        window = session.scalars(
            select(Window).where(Window.site_id == site_id, Window.number == window_no)
        ).one_or_none()
        if window is None:
            raise UserError("There is no window {w}", w=window_no)
        categories = [category_by_prefix(session, site_id, p) for p in prefixes]
        if len({c.id for c in categories}) != len(categories):
            raise UserError("A category is listed twice")
        current = session.scalars(
            select(WindowCategory).where(
                WindowCategory.site_id == site_id, WindowCategory.window_no == window_no
            )
        ).all()
        unchanged = [(c.category_id, c.rank) for c in sorted(current, key=lambda c: c.rank)] == [
            (c.id, rank) for rank, c in enumerate(categories)
        ]
        if unchanged and _window_state(session, site_id, window_no) is not None:
            return
        for row in current:
            session.delete(row)
        session.flush()
        for rank, category in enumerate(categories):
            uow.add(WindowCategory(site_id=site_id, window_no=window_no, category_id=category.id, rank=rank))
        ensure_window_state(uow, site_id, window_no)
        uow.audit(
            "queue.window_categories",
            "window",
            window.id,
            window=window_no,
            categories=[c.prefix for c in categories],
        )
        signal(uow, site_id)


def _window_state(session: Session, site_id: uuid.UUID, window_no: int) -> WindowQueueState | None:
    return session.scalars(
        select(WindowQueueState).where(
            WindowQueueState.site_id == site_id, WindowQueueState.window_no == window_no
        )
    ).one_or_none()


def ensure_window_state(uow: UnitOfWork, site_id: uuid.UUID, window_no: int) -> WindowQueueState:
    state = _window_state(uow.session, site_id, window_no)
    if state is None:
        window = uow.session.scalars(
            select(Window).where(Window.site_id == site_id, Window.number == window_no, Window.active)
        ).one_or_none()
        if window is None:  # a typo must not send an applicant to a counter that does not exist
            raise NotFound("This site has no window {w}", w=window_no)
        state = uow.add(WindowQueueState(site_id=site_id, window_no=window_no, paused=False, pause_reason=""))
        # A fresh window calls a waiting priority ticket first.
        state.ordinary_streak = MAX_NUMBER
    return state


def list_categories(ctx: ServiceContext, *, include_inactive: bool = False) -> list[CategoryInfo]:
    site_id = require_site(ctx)
    with ctx.reading() as session:
        query = select(QueueCategory).where(QueueCategory.site_id == site_id)
        if not include_inactive:
            query = query.where(QueueCategory.active.is_(True))
        rows = session.scalars(query.order_by(QueueCategory.sort_order, QueueCategory.prefix)).all()
        links = session.execute(
            select(WindowCategory.category_id, WindowCategory.window_no)
            .where(WindowCategory.site_id == site_id)
            .order_by(WindowCategory.window_no)
        ).all()
    windows: dict[uuid.UUID, list[int]] = {}
    for category_id, window_no in links:
        windows.setdefault(category_id, []).append(window_no)
    return [
        CategoryInfo(
            r.id,
            r.prefix,
            r.name,
            r.start_number,
            r.daily_cap,
            r.priority_policy,
            r.active,
            tuple(windows.get(r.id, ())),
            r.hours or "",
        )
        for r in rows
    ]


def window_categories(ctx: ServiceContext, window_no: int) -> list[str]:
    """The prefixes a window serves, in its serving order."""
    site_id = require_site(ctx)
    with ctx.reading() as session:
        return list(
            session.scalars(
                select(QueueCategory.prefix)
                .join(WindowCategory, WindowCategory.category_id == QueueCategory.id)
                .where(WindowCategory.site_id == site_id, WindowCategory.window_no == window_no)
                .order_by(WindowCategory.rank)
            )
        )
