"""Reading the queue: status for panels and the hall display, waiting lists, daily statistics."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from windowdesk.domain import queue as rules
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.queue.common import TicketInfo, ticket_info
from windowdesk.store.models import (
    QueueCategory,
    Site,
    Ticket,
    TicketPeriod,
    WindowCategory,
    WindowQueueState,
)


@dataclass(frozen=True)
class CategoryStatus:
    prefix: str
    name: str
    waiting: int
    priority_waiting: int
    issued_today: int
    active: bool


@dataclass(frozen=True)
class WindowStatus:
    window_no: int
    paused: bool
    pause_reason: str
    categories: tuple[str, ...]
    current: TicketInfo | None


@dataclass(frozen=True)
class QueueStatus:
    day: dt.date
    hall_name: str
    categories: tuple[CategoryStatus, ...]
    windows: tuple[WindowStatus, ...]
    recent_calls: tuple[TicketInfo, ...]  # newest first
    waiting: tuple[TicketInfo, ...]  # in arrival order
    zone: str = "Asia/Shanghai"  # the hall's local time zone, for clocks and times shown
    no_shows: tuple[TicketInfo, ...] = ()  # today's no-shows, which a clerk may reactivate

    def category(self, prefix: str) -> CategoryStatus:
        return next(c for c in self.categories if c.prefix == prefix)


def queue_status(ctx: ServiceContext, *, recent: int = 8) -> QueueStatus:
    """Everything a counter panel, the kiosk and the hall display show, read in one snapshot."""
    site_id = require_site(ctx)
    zone = ctx.clock.zone()
    day = ctx.clock.today()
    with ctx.reading() as session:
        site = session.get(Site, site_id)
        categories = session.scalars(
            select(QueueCategory).where(QueueCategory.site_id == site_id).order_by(QueueCategory.sort_order)
        ).all()
        tickets = session.scalars(
            select(Ticket)
            .where(Ticket.site_id == site_id, Ticket.service_day == day)
            .order_by(Ticket.arrival_at)
        ).all()
        infos = {t.id: ticket_info(session, t) for t in tickets}
        links = session.execute(
            select(WindowCategory.window_no, QueueCategory.prefix)
            .join(QueueCategory, QueueCategory.id == WindowCategory.category_id)
            .where(WindowCategory.site_id == site_id)
            .order_by(WindowCategory.window_no, WindowCategory.rank)
        ).all()
        states = {
            s.window_no: s
            for s in session.scalars(select(WindowQueueState).where(WindowQueueState.site_id == site_id))
        }
    served: dict[int, list[str]] = defaultdict(list)
    for window_no, prefix in links:
        served[window_no].append(prefix)
    at_window = {
        t.window_no: infos[t.id] for t in tickets if t.state in (rules.State.CALLED, rules.State.SERVING)
    }
    windows = tuple(
        WindowStatus(
            w,
            bool(states[w].paused) if w in states else False,
            states[w].pause_reason if w in states else "",
            tuple(served.get(w, ())),
            at_window.get(w),
        )
        for w in sorted(set(served) | set(states) | set(at_window))
        if w is not None
    )
    waiting = [infos[t.id] for t in tickets if t.state == rules.State.ISSUED]
    category_rows = []
    for c in categories:
        mine = [i for i in waiting if i.category_prefix == c.prefix]
        category_rows.append(
            CategoryStatus(
                c.prefix,
                c.name,
                len(mine),
                sum(1 for i in mine if i.is_priority),
                sum(1 for t in tickets if t.issued_category_id == c.id),
                c.active,
            )
        )
    called = sorted(
        (i for i in infos.values() if i.called_at is not None), key=lambda i: i.called_at, reverse=True
    )
    return QueueStatus(
        day,
        site.name if site else "",
        tuple(category_rows),
        windows,
        tuple(called[:recent]),
        tuple(waiting),
        zone.key,
        tuple(infos[t.id] for t in tickets if t.state == rules.State.NO_SHOW),
    )


# -- statistics ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueStats:
    key: str  # category prefix, or window number as text
    label: str
    tickets: int
    served: int
    no_shows: int
    avg_wait_s: float | None
    max_wait_s: float | None
    avg_serve_s: float | None


@dataclass(frozen=True)
class DayStats:
    day: dt.date
    categories: tuple[QueueStats, ...]
    windows: tuple[QueueStats, ...]


def _avg(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _stats(key: str, label: str, ids: set, wait: dict, serve: dict, served: set, no_shows: set) -> QueueStats:
    waits = [wait[i] for i in ids if i in wait]
    serves = [serve[i] for i in ids if i in serve and i in served]
    return QueueStats(
        key,
        label,
        len(ids),
        len(ids & served),
        len(ids & no_shows),
        _avg(waits),
        max(waits, default=None),
        _avg(serves),
    )


def daily_stats(ctx: ServiceContext, day: dt.date | None = None) -> DayStats:
    """Per category and per window: tickets, served, no-shows, average/maximum wait, average serve time.

    Wait = time in the hall before being called (summed over the ticket's waiting periods, counted for
    tickets that were called); serve = time at the window for finished tickets. A window counts a
    ticket it called; a category counts the tickets it ended with (after transfers).
    """
    site_id = require_site(ctx)
    day = day or ctx.clock.today()
    with ctx.reading() as session:
        categories = session.scalars(
            select(QueueCategory).where(QueueCategory.site_id == site_id).order_by(QueueCategory.sort_order)
        ).all()
        tickets = session.scalars(
            select(Ticket).where(Ticket.site_id == site_id, Ticket.service_day == day)
        ).all()
        periods = session.scalars(
            select(TicketPeriod)
            .join(Ticket, Ticket.id == TicketPeriod.ticket_id)
            .where(Ticket.site_id == site_id, Ticket.service_day == day)
        ).all()
    wait: dict[uuid.UUID, float] = defaultdict(float)
    serve: dict[uuid.UUID, float] = defaultdict(float)
    called: set[uuid.UUID] = set()
    no_shows: set[uuid.UUID] = set()
    by_window: dict[int, set[uuid.UUID]] = defaultdict(set)
    window_serve: dict[int, dict[uuid.UUID, float]] = defaultdict(lambda: defaultdict(float))
    window_no_shows: dict[int, set[uuid.UUID]] = defaultdict(set)
    for p in periods:
        seconds = (p.ended_at - p.started_at).total_seconds()
        if p.state == rules.State.ISSUED:
            wait[p.ticket_id] += seconds
            if p.ended_by == rules.Move.CALL:
                called.add(p.ticket_id)
        elif p.state == rules.State.SERVING:
            serve[p.ticket_id] += seconds
            window_serve[p.window_no][p.ticket_id] += seconds
        if p.ended_by == rules.Move.NO_SHOW:
            no_shows.add(p.ticket_id)
            window_no_shows[p.window_no].add(p.ticket_id)
        if p.window_no is not None:
            by_window[p.window_no].add(p.ticket_id)
    for t in tickets:  # tickets at a window right now count there; open serving time counts too
        if t.state in (rules.State.CALLED, rules.State.SERVING) and t.window_no is not None:
            by_window[t.window_no].add(t.id)
    served = {t.id for t in tickets if t.state == rules.State.DONE}
    wait = {i: w for i, w in wait.items() if i in called}
    served_at = {
        w: {t.id for t in tickets if t.state == rules.State.DONE and t.window_no == w} for w in by_window
    }
    category_rows = tuple(
        _stats(
            c.prefix,
            c.name,
            {t.id for t in tickets if t.category_id == c.id},
            wait,
            serve,
            served,
            no_shows,
        )
        for c in categories
    )
    window_rows = tuple(
        _stats(str(w), f"{w}号窗口", ids, wait, window_serve[w], served_at[w], window_no_shows[w])
        for w, ids in sorted(by_window.items())
    )
    return DayStats(day, category_rows, window_rows)
