"""The statements call-next runs under its transaction: the window lock (with the settings, the
window's categories and the change signal riding on it) and the claim of the best waiting ticket.

Both are built once and kept (statements are immutable): building them costs more Python than
running them.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid

from sqlalchemy import and_, case, exists, false, or_, select, true
from sqlalchemy.orm import Session, aliased

from windowdesk.domain import queue as rules
from windowdesk.domain.queue_order import PriorityPolicy, call_plan
from windowdesk.services.queue.common import (
    QueueSettings,
    setting_value,
    settings_from,
    signal_column,
    signalled,
)
from windowdesk.services.settings import ORDINARY_PER_PRIORITY, TIMEZONE
from windowdesk.store.models import QueueCategory, Ticket, WindowCategory, WindowQueueState
from windowdesk.store.uow import UnitOfWork


def lock_window_for_call(
    uow: UnitOfWork, site_id: uuid.UUID, window_no: int
) -> tuple[WindowQueueState, QueueSettings, list[QueueCategory]] | None:
    """Call-next's first statement: lock the window's state row and, in the same round trip, read the
    settings a call needs and the window's active categories in serving order.

    Only the window row is locked (``FOR UPDATE OF``). The settings and categories may be a moment
    older than the lock, exactly as if they had been read just before it; whether a ticket is still
    at the window is checked later, under the lock (see ``claim_query(window_free=True)``).
    Returns (state, settings, categories) or None for a window without a state row yet.
    """
    session = uow.session
    dialect = session.get_bind().dialect.name
    rows = session.execute(_lock_for_call_statement(site_id, window_no, dialect)).all()
    if not rows:
        return None
    if dialect == "postgresql":
        signalled(session, site_id)  # pg_notify rode on it; delivered only if a call commits
    first = rows[0]
    config = settings_from({ORDINARY_PER_PRIORITY.key: first.ratio, TIMEZONE.key: first.zone})
    return first[0], config, [row[1] for row in rows if row[1] is not None]


@functools.lru_cache(maxsize=64)
def _lock_for_call_statement(site_id: uuid.UUID, window_no: int, dialect: str):
    notify = signal_column(dialect, site_id)
    return (
        select(
            WindowQueueState,
            QueueCategory,
            setting_value(ORDINARY_PER_PRIORITY, site_id).label("ratio"),
            setting_value(TIMEZONE, site_id).label("zone"),
            *([] if notify is None else [notify]),
        )
        .outerjoin(
            WindowCategory,
            and_(
                WindowCategory.site_id == WindowQueueState.site_id,
                WindowCategory.window_no == WindowQueueState.window_no,
            ),
        )
        .outerjoin(
            QueueCategory,
            and_(QueueCategory.id == WindowCategory.category_id, QueueCategory.active.is_(True)),
        )
        .where(WindowQueueState.site_id == site_id, WindowQueueState.window_no == window_no)
        .order_by(WindowCategory.rank)
        .with_for_update(of=WindowQueueState)
    )


def claim_query(
    site_id: uuid.UUID,
    day: dt.date,
    window_no: int,
    categories,
    streak: int,
    ratio: int,
    *,
    window_free: bool = False,
):
    """The one statement that picks (and on PostgreSQL locks) the ticket a window calls next.

    ``categories`` are (category id, policy) in the window's serving order; the ORDER BY mirrors
    :meth:`windowdesk.domain.queue_order.Plan.rank`. ``window_free`` also requires that no ticket is
    at the window (so call-next checks that in the same round trip; run it under the window lock).
    """
    plan = call_plan(window_no, [(str(cid), policy) for cid, policy in categories], streak, ratio)
    first = tuple(plan.priority_first[str(cid)] for cid, _ in categories)
    return _claim_statement(site_id, day, window_no, tuple(categories), first, window_free)


# Building this statement costs more Python than running it, and a window asks for the same few
# (categories, which of them take a priority ticket first) all day; statements are immutable.
@functools.lru_cache(maxsize=256)
def _claim_statement(site_id, day, window_no, categories, priority_first, window_free):
    ids = [cid for cid, _ in categories]
    is_priority = Ticket.priority_kind.is_not(None)
    group_whens = []
    for (cid, policy), first in zip(categories, priority_first, strict=True):
        if policy is PriorityPolicy.NONE:
            group_whens.append((Ticket.category_id == cid, 0))
        else:
            group_whens.append((and_(Ticket.category_id == cid, is_priority), 0 if first else 1))
            group_whens.append((Ticket.category_id == cid, 1 if first else 0))
    targeted = Ticket.target_window_no == window_no
    category_rank = {cid: rank for rank, cid in enumerate(ids)}
    conditions = [
        Ticket.site_id == site_id,
        Ticket.service_day == day,
        Ticket.state == rules.State.ISSUED.value,
        or_(
            targeted,
            # OR of equalities rather than IN: an IN list is re-expanded into the SQL text on
            # every execution, which costs more here than the comparison itself.
            and_(Ticket.target_window_no.is_(None), or_(*(Ticket.category_id == cid for cid in ids)))
            if ids
            else false(),
        ),
    ]
    if window_free:
        at_window = aliased(Ticket)
        conditions.append(
            ~exists().where(
                at_window.site_id == site_id,
                at_window.window_no == window_no,
                or_(*(at_window.state == s.value for s in rules.AT_WINDOW_STATES)),
            )
        )
    return (
        select(Ticket)
        .where(*conditions)
        .order_by(
            case((targeted, 0), else_=1),
            # Tickets transferred to this window rank by arrival alone, whatever their category.
            case((targeted, 0), else_=case(category_rank, value=Ticket.category_id, else_=0))
            if ids
            else true(),
            case((targeted, 0), else_=case(*group_whens, else_=0)) if group_whens else true(),
            Ticket.arrival_at,
            Ticket.seq,
        )
        .limit(1)
        .with_for_update(skip_locked=True)
    )


def window_categories(site_id: uuid.UUID, window_no: int):
    """A window's active categories in its serving order."""
    return (
        select(QueueCategory)
        .join(WindowCategory, WindowCategory.category_id == QueueCategory.id)
        .where(
            WindowCategory.site_id == site_id,
            WindowCategory.window_no == window_no,
            QueueCategory.active.is_(True),
        )
        .order_by(WindowCategory.rank)
    )


def window_plan_categories(
    session: Session, site_id: uuid.UUID, window_no: int
) -> list[tuple[uuid.UUID, PriorityPolicy]]:
    return [
        (c.id, PriorityPolicy(c.priority_policy))
        for c in session.scalars(window_categories(site_id, window_no))
    ]
