"""Taking tickets and calling them: the two operations that must stay right under concurrent clients.

Call-next is one transaction that locks the window's state row, picks the best waiting ticket with
a single ``SELECT … ORDER BY … LIMIT 1 FOR UPDATE SKIP LOCKED`` (PostgreSQL; on SQLite the write
transaction is ``BEGIN IMMEDIATE``, so callers are serialised) and marks it called before commit.
Two windows can therefore never claim the same ticket, and a locked ticket is skipped, not waited on.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from windowdesk.domain import queue as rules
from windowdesk.domain.opening_hours import is_open, next_opening, parse_hours
from windowdesk.domain.queue_order import (
    MAX_NUMBER,
    PriorityPolicy,
    format_number,
    next_streak,
    nth_number,
    within_cap,
)
from windowdesk.errors import Conflict, UserError
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.queue.claim import claim_query, lock_window_for_call, window_categories
from windowdesk.services.queue.common import (
    TicketInfo,
    apply_move,
    category_by_prefix,
    find_ticket,
    read_settings,
    signal,
    ticket_info,
    window_ticket,
)
from windowdesk.services.queue.moves import expire_day_end
from windowdesk.services.queue.setup import ensure_window_state
from windowdesk.services.settings import EXPIRE_AT_DAY_END, ORDINARY_PER_PRIORITY
from windowdesk.store.models import QueueCategory, Ticket, WindowQueueState
from windowdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketInfo
    waiting_ahead: int  # tickets of the same category still waiting before this one


def waiting_ahead(session: Session, ticket: Ticket) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.site_id == ticket.site_id,
                Ticket.service_day == ticket.service_day,
                Ticket.category_id == ticket.category_id,
                Ticket.state == rules.State.ISSUED.value,
                Ticket.target_window_no.is_(None),
                Ticket.arrival_at <= ticket.arrival_at,
                Ticket.id != ticket.id,
            )
        )
        or 0
    )


def _refuse_outside_hours(category: QueueCategory, local_time: dt.time) -> None:
    spans = parse_hours(category.hours or "")
    if is_open(spans, local_time):
        return
    opening = next_opening(spans, local_time)
    if opening is not None:
        raise Conflict(
            "{name} is not issuing tickets now (hours {hours}); please come back at {next}",
            name=category.name,
            hours=category.hours,
            next=opening.strftime("%H:%M"),
        )
    raise Conflict(
        "{name} has stopped issuing tickets for today (hours {hours}); please come back on the next working day",
        name=category.name,
        hours=category.hours,
    )


@writes("queue.take")
def take_ticket(
    ctx: ServiceContext,
    category_prefix: str,
    *,
    priority: str | None = None,
    appointment_code: str | None = None,
) -> IssuedTicket:
    """Issue the next number of a category for today (the kiosk's button)."""
    site_id = require_site(ctx)
    if priority is not None and priority not in {p.value for p in rules.Priority}:
        raise UserError(
            "The priority kind is one of {choices}, not {kind}",
            choices=", ".join(p.value for p in rules.Priority),
            kind=priority,
        )
    if appointment_code is not None:
        appointment_code = appointment_code.strip()
        if not rules.is_appointment_code(appointment_code):
            raise UserError(
                "That is not an appointment code: {code}", code=appointment_code
            )
        priority = rules.Priority.APPOINTMENT.value
    at = ctx.clock.now()
    with ctx.reading() as session:
        config = read_settings(session, site_id)
        day = config.day(at)
        stale = config[EXPIRE_AT_DAY_END] and _stale_tickets_exist(session, site_id, day)
    if stale:
        expire_day_end(ctx)
    with ctx.unit_of_work() as uow:
        # Numbers come from the day's own tickets under a lock on the category row (kiosks of one
        # category take turns for a moment), so a restore, a re-keyed site or a counter lost with
        # a crashed PC can never hand out a number twice.
        category = category_by_prefix(uow.session, site_id, category_prefix, lock=True)
        if not category.active:
            raise Conflict("{name} is not issuing tickets now", name=category.name)
        _refuse_outside_hours(category, at.astimezone(config.zone).time())
        issued, last = uow.session.execute(
            select(func.count(), func.max(Ticket.seq)).where(
                Ticket.site_id == site_id, Ticket.service_day == day, Ticket.issued_category_id == category.id
            )
        ).one()
        nth = issued + 1
        seq = max(nth_number(category.start_number, nth), (last or 0) + 1)
        if not within_cap(category.start_number, category.daily_cap, nth) or seq > MAX_NUMBER:
            raise Conflict(
                "{name} has no tickets left today ({cap} a day)",
                name=category.name,
                cap=category.daily_cap,
            )
        ticket = uow.add(
            Ticket(
                site_id=site_id,
                service_day=day,
                number=format_number(category.prefix, seq),
                seq=seq,
                category_id=category.id,
                issued_category_id=category.id,
                priority_kind=priority,
                appointment_code=appointment_code,
                state=rules.State.ISSUED.value,
                state_since=at,
                arrival_at=at,
                recall_count=0,
                device_no=ctx.actor.device_no,
            )
        )
        uow.session.flush()
        ahead = waiting_ahead(uow.session, ticket)
        uow.audit("queue.take", "queue_ticket", ticket.id, number=ticket.number, priority=priority)
        signal(uow, site_id)
        return IssuedTicket(ticket_info(uow.session, ticket), ahead)


def _stale_tickets_exist(session: Session, site_id: uuid.UUID, day: dt.date) -> bool:
    unfinished = [s.value for s in rules.UNFINISHED_STATES]
    return bool(
        session.scalar(
            select(
                exists().where(
                    Ticket.site_id == site_id, Ticket.service_day < day, Ticket.state.in_(unfinished)
                )
            )
        )
    )


def _lock_window(uow: UnitOfWork, site_id: uuid.UUID, window_no: int):
    """Lock the window's state row (one caller per window at a time) and refuse when it cannot call."""
    state = uow.session.scalars(
        select(WindowQueueState)
        .where(WindowQueueState.site_id == site_id, WindowQueueState.window_no == window_no)
        .with_for_update()
    ).one_or_none()
    if state is None:  # a window set up before the queue existed
        state = ensure_window_state(uow, site_id, window_no)
        uow.session.flush()
        uow.session.refresh(state, with_for_update=True)
    if state.paused:
        raise _paused(state)
    _refuse_busy_window(uow.session, site_id, window_no)
    return state


def _paused(state: WindowQueueState) -> Conflict:
    return Conflict(
        "Window {w} is paused ({reason}); resume it first",
        w=state.window_no,
        reason=state.pause_reason,
    )


def _refuse_busy_window(session: Session, site_id: uuid.UUID, window_no: int) -> None:
    current = window_ticket(session, site_id, window_no)
    if current is not None:
        raise Conflict(
            "Window {w} still has {number}: finish, mark no-show or transfer it first",
            w=window_no,
            number=current.number,
        )


def _after_call(uow: UnitOfWork, state, ticket: Ticket, at: dt.datetime, login: str) -> None:
    ticket.called_at = at
    ticket.called_by = login
    with uow.session.no_autoflush:  # an identity-map hit when the caller holds the row; else one SELECT
        category = uow.session.get(QueueCategory, ticket.category_id)
    policy = PriorityPolicy(category.priority_policy)
    state.ordinary_streak = next_streak(state.ordinary_streak, ticket.priority_kind is not None, policy)


@writes("queue.call")
def call_next(ctx: ServiceContext, window_no: int) -> TicketInfo | None:
    """Call the next ticket for ``window_no``; None when none waits for it."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    try:
        with ctx.unit_of_work() as uow:
            session = uow.session
            locked = lock_window_for_call(uow, site_id, window_no)
            if locked is None:  # a window set up before the queue existed: the long way, once
                config = read_settings(session, site_id)
                state = _lock_window(uow, site_id, window_no)
                categories = list(session.scalars(window_categories(site_id, window_no)))
            else:
                state, config, categories = locked
            if state.paused:
                raise _paused(state)
            ratio, day = config[ORDINARY_PER_PRIORITY], config.day(at)
            plan = [(c.id, PriorityPolicy(c.priority_policy)) for c in categories]
            ticket = session.scalars(
                claim_query(site_id, day, window_no, plan, state.ordinary_streak, ratio, window_free=True)
            ).first()
            if ticket is None:
                _refuse_busy_window(session, site_id, window_no)
                raise _NothingWaiting
            # ``categories`` keeps the window's category rows alive in the identity map, so the
            # policy and ticket_info below need no further SELECT (only a transferred-in ticket of
            # another category does).
            apply_move(uow, ticket, rules.Move.CALL, at, window_no=window_no)
            _after_call(uow, state, ticket, at, ctx.actor.login)
            uow.audit("queue.call", "queue_ticket", ticket.id, number=ticket.number, window=window_no)
            return ticket_info(session, ticket)
    except _NothingWaiting:
        return None


class _NothingWaiting(Exception):
    """Ends the call-next transaction without changes (rolled back)."""


@writes("queue.call_chosen")
def call_ticket(ctx: ServiceContext, window_no: int, ref: uuid.UUID | str) -> TicketInfo:
    """Call a particular waiting ticket (by id, or by today's number) to ``window_no``."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        day = read_settings(uow.session, site_id).day(at)
        state = _lock_window(uow, site_id, window_no)
        ticket = find_ticket(uow.session, site_id, ref, day, lock=True)
        apply_move(uow, ticket, rules.Move.CALL, at, window_no=window_no)
        _after_call(uow, state, ticket, at, ctx.actor.login)
        uow.audit("queue.call_chosen", "queue_ticket", ticket.id, number=ticket.number, window=window_no)
        return ticket_info(uow.session, ticket)
