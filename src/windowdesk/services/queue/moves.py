"""What a counter does with a called ticket, and pausing a window; day-end expiry.

Finishing is :func:`finish_ticket` inside the visit's transaction (``services/visit``).

Every function is one audited transaction that locks the ticket row it changes.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from windowdesk.domain import queue as rules
from windowdesk.errors import Conflict, UserError
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.queue.common import (
    TicketInfo,
    apply_move,
    category_by_prefix,
    find_ticket,
    require_window_ticket,
    signal,
    ticket_info,
)
from windowdesk.services.queue.setup import ensure_window_state
from windowdesk.services.settings import RECALLS_BEFORE_NO_SHOW, get_setting
from windowdesk.store.models import Ticket, Window
from windowdesk.store.uow import UnitOfWork


def parse_outcome(value: str) -> rules.Outcome:
    try:
        return rules.Outcome(value)
    except ValueError:
        raise UserError(
            "The outcome is one of {choices}, not {value}",
            choices=", ".join(o.value for o in rules.Outcome),
            value=value,
        ) from None


def _require_window(uow: UnitOfWork, site_id: uuid.UUID, window_no: int) -> None:
    found = uow.session.scalars(
        select(Window.id).where(Window.site_id == site_id, Window.number == window_no)
    ).first()
    if found is None:
        raise UserError("There is no window {w}", w=window_no)


@writes("queue.recall")
def recall(ctx: ServiceContext, window_no: int) -> TicketInfo:
    """Announce the window's called ticket again."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = require_window_ticket(uow.session, site_id, window_no)
        apply_move(uow, ticket, rules.Move.RECALL, at)
        ticket.called_at = at
        uow.audit("queue.recall", "queue_ticket", ticket.id, number=ticket.number, times=ticket.recall_count)
        return ticket_info(uow.session, ticket)


@writes("queue.no_show")
def no_show(ctx: ServiceContext, window_no: int) -> TicketInfo:
    """The called applicant did not come after the required recalls."""
    site_id = require_site(ctx)
    needed = get_setting(ctx, RECALLS_BEFORE_NO_SHOW.key)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = require_window_ticket(uow.session, site_id, window_no)
        if ticket.state == rules.State.CALLED.value and ticket.recall_count < needed:
            raise Conflict(
                "{number} was recalled {done} times; recall it {needed} times before a no-show",
                number=ticket.number,
                done=ticket.recall_count,
                needed=needed,
            )
        apply_move(uow, ticket, rules.Move.NO_SHOW, at, recalls_before_no_show=needed)
        uow.audit("queue.no_show", "queue_ticket", ticket.id, number=ticket.number, window=window_no)
        return ticket_info(uow.session, ticket)


@writes("queue.start")
def start_serving(ctx: ServiceContext, window_no: int) -> TicketInfo:
    """The applicant has arrived at the window."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = require_window_ticket(uow.session, site_id, window_no)
        apply_move(uow, ticket, rules.Move.START, at)
        uow.audit("queue.start", "queue_ticket", ticket.id, number=ticket.number, window=window_no)
        return ticket_info(uow.session, ticket)


def finish_ticket(
    uow: UnitOfWork, site_id: uuid.UUID, window_no: int, outcome: rules.Outcome, at: dt.datetime
) -> Ticket:
    """End the window's visit with an outcome (handled, referred, consultation only, …) inside the
    caller's transaction: :func:`windowdesk.services.visit.finish`, which also links the case."""
    ticket = require_window_ticket(uow.session, site_id, window_no)
    apply_move(uow, ticket, rules.Move.FINISH, at, outcome=outcome)
    uow.audit("queue.finish", "queue_ticket", ticket.id, number=ticket.number, outcome=outcome.value)
    return ticket


@writes("queue.transfer")
def transfer(
    ctx: ServiceContext,
    ref: uuid.UUID | str,
    reason: str,
    *,
    to_category: str | None = None,
    to_window: int | None = None,
) -> TicketInfo:
    """Send a ticket to another category and/or one window; it keeps its arrival time."""
    site_id = require_site(ctx)
    if not reason.strip():
        raise UserError("A transfer needs a reason")
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        session = uow.session
        ticket = find_ticket(session, site_id, ref, ctx.clock.today(at), lock=True)
        category_id = None
        if to_category:
            category_id = category_by_prefix(session, site_id, to_category).id
        if to_window is not None:
            _require_window(uow, site_id, to_window)
        if category_id is None and to_window is None:
            raise UserError("Choose the category or window to transfer to")
        before = ticket.number, ticket.window_no
        apply_move(
            uow, ticket, rules.Move.TRANSFER, at, category_id=category_id, window_no=to_window, reason=reason
        )
        uow.audit(
            "queue.transfer",
            "queue_ticket",
            ticket.id,
            number=before[0],
            from_window=before[1],
            to_category=to_category,
            to_window=to_window,
            reason=reason.strip(),
        )
        return ticket_info(session, ticket)


@writes("queue.reactivate")
def reactivate(ctx: ServiceContext, ref: uuid.UUID | str) -> TicketInfo:
    """A no-show turned up after all: the ticket waits again with its original arrival time."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = find_ticket(uow.session, site_id, ref, ctx.clock.today(at), lock=True)
        apply_move(uow, ticket, rules.Move.REACTIVATE, at)
        uow.audit("queue.reactivate", "queue_ticket", ticket.id, number=ticket.number)
        return ticket_info(uow.session, ticket)


@writes("queue.cancel")
def cancel(ctx: ServiceContext, ref: uuid.UUID | str, reason: str = "") -> TicketInfo:
    site_id = require_site(ctx)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = find_ticket(uow.session, site_id, ref, ctx.clock.today(at), lock=True)
        apply_move(uow, ticket, rules.Move.CANCEL, at)
        uow.audit("queue.cancel", "queue_ticket", ticket.id, number=ticket.number, reason=reason.strip())
        return ticket_info(uow.session, ticket)


@writes("queue.pause")
def pause_window(ctx: ServiceContext, window_no: int, reason: str) -> None:
    """Stop calling at a window (暂停服务) with a reason shown on the display."""
    site_id = require_site(ctx)
    if not reason.strip():
        raise UserError("A pause needs a reason")
    with ctx.unit_of_work() as uow:
        _require_window(uow, site_id, window_no)
        state = ensure_window_state(uow, site_id, window_no)
        uow.session.flush()
        uow.session.refresh(state, with_for_update=True)
        if state.paused:
            raise Conflict("Window {w} is already paused", w=window_no)
        state.paused, state.pause_reason, state.paused_at = True, reason.strip(), ctx.clock.now()
        uow.audit("queue.pause", "queue_window_state", state.id, window=window_no, reason=state.pause_reason)
        signal(uow, site_id)


@writes("queue.resume")
def resume_window(ctx: ServiceContext, window_no: int) -> None:
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        state = ensure_window_state(uow, site_id, window_no)
        uow.session.flush()
        uow.session.refresh(state, with_for_update=True)
        if not state.paused:
            raise Conflict("Window {w} is not paused", w=window_no)
        paused_for = (ctx.clock.now() - state.paused_at).total_seconds() if state.paused_at else None
        reason = state.pause_reason
        state.paused, state.pause_reason, state.paused_at = False, "", None
        uow.audit(
            "queue.resume",
            "queue_window_state",
            state.id,
            window=window_no,
            reason=reason,
            seconds=paused_for,
        )
        signal(uow, site_id)


@writes("queue.expire")
def expire_day_end(ctx: ServiceContext) -> int:
    """Close every unfinished ticket of earlier days as expired; returns how many."""
    site_id = require_site(ctx)
    at = ctx.clock.now()
    day = ctx.clock.today(at)
    with ctx.unit_of_work() as uow:
        stale = uow.session.scalars(
            select(Ticket)
            .where(
                Ticket.site_id == site_id,
                Ticket.service_day < day,
                Ticket.state.in_([s.value for s in rules.UNFINISHED_STATES]),
            )
            .with_for_update()
        ).all()
        zone = ctx.clock.zone()
        for ticket in stale:
            # The ticket ends with its own day (local midnight), not whenever expiry happens to run.
            day_end = dt.datetime.combine(ticket.service_day + dt.timedelta(days=1), dt.time(), zone)
            apply_move(uow, ticket, rules.Move.EXPIRE, min(at, day_end.astimezone(dt.UTC)))
        if stale:
            uow.audit("queue.expire", "queue_ticket", None, count=len(stale), before=day)
        return len(stale)
