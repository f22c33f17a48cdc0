"""What the queue services share: settings read in one statement, results, finding tickets, and
applying one move to a ticket row."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from windowdesk.domain import queue as rules
from windowdesk.domain.queue_order import service_day
from windowdesk.errors import Conflict, NotFound
from windowdesk.messages import N_, Bilingual
from windowdesk.services.clock import zone_named
from windowdesk.services.settings import QUEUE_SETTINGS, TIMEZONE, SettingSpec
from windowdesk.store.models import QueueCategory, Setting, Ticket, TicketPeriod
from windowdesk.store.notify import announce, announce_column, announced
from windowdesk.store.uow import UnitOfWork

QUEUE_TOPIC = "queue"


@dataclass(frozen=True)
class QueueSettings:
    """The queue's settings read in one statement, inside the caller's own transaction."""

    values: dict[str, Any]

    def __getitem__(self, spec: SettingSpec) -> Any:
        return self.values[spec.key]

    @property
    def zone(self) -> ZoneInfo:
        return zone_named(self.values[TIMEZONE.key])

    def day(self, at: dt.datetime) -> dt.date:
        return service_day(at, self.zone.key)


def read_settings(session: Session, site_id: uuid.UUID) -> QueueSettings:
    rows = session.scalars(
        select(Setting).where(
            Setting.key.in_([spec.key for spec in QUEUE_SETTINGS]),
            or_(Setting.site_id.is_(None), Setting.site_id == site_id),
        )
    ).all()
    values = {spec.key: spec.default for spec in QUEUE_SETTINGS}
    specs = {spec.key: spec for spec in QUEUE_SETTINGS}
    for row in sorted(rows, key=lambda r: r.site_id is not None):  # the site's own value wins
        values[row.key] = specs[row.key].coerce(row.value)
    return QueueSettings(values)


def setting_value(spec: SettingSpec, site_id: uuid.UUID):
    """One setting's stored value (the site's own before a global one; NULL when unset) as a scalar
    subquery, so a hot path can read its settings inside a statement it runs anyway."""
    return (
        select(Setting.value)
        .where(Setting.key == spec.key, or_(Setting.site_id.is_(None), Setting.site_id == site_id))
        .order_by(Setting.site_id.is_(None))
        .limit(1)
        .scalar_subquery()
    )


def settings_from(stored: dict[str, Any]) -> QueueSettings:
    """Settings from ``{key: stored value or None}`` as read by :func:`setting_value`; defaults for
    the rest."""
    values = {spec.key: spec.default for spec in QUEUE_SETTINGS}
    specs = {spec.key: spec for spec in QUEUE_SETTINGS}
    for key, value in stored.items():
        if value is not None:
            values[key] = specs[key].coerce(value)
    return QueueSettings(values)


@dataclass(frozen=True)
class TicketInfo:
    id: uuid.UUID
    number: str
    service_day: dt.date
    category_prefix: str
    category_name: str
    priority_kind: str | None
    state: str
    window_no: int | None
    target_window_no: int | None
    recall_count: int
    arrival_at: dt.datetime
    state_since: dt.datetime
    called_at: dt.datetime | None
    outcome: str | None
    transfer_reason: str | None

    @property
    def is_priority(self) -> bool:
        return self.priority_kind is not None


def ticket_info(session: Session, ticket: Ticket) -> TicketInfo:
    category = session.get(QueueCategory, ticket.category_id)
    assert category is not None
    return TicketInfo(
        id=ticket.id,
        number=ticket.number,
        service_day=ticket.service_day,
        category_prefix=category.prefix,
        category_name=category.name,
        priority_kind=ticket.priority_kind,
        state=ticket.state,
        window_no=ticket.window_no,
        target_window_no=ticket.target_window_no,
        recall_count=ticket.recall_count,
        arrival_at=ticket.arrival_at,
        state_since=ticket.state_since,
        called_at=ticket.called_at,
        outcome=ticket.outcome,
        transfer_reason=ticket.transfer_reason,
    )


def category_by_prefix(
    session: Session, site_id: uuid.UUID, prefix: str, *, lock: bool = False
) -> QueueCategory:
    prefix = (prefix or "").strip().upper()
    query = select(QueueCategory).where(QueueCategory.site_id == site_id, QueueCategory.prefix == prefix)
    category = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if category is None:
        raise NotFound("There is no queue category {prefix}", prefix=prefix)
    return category


def find_ticket(
    session: Session, site_id: uuid.UUID, ref: uuid.UUID | str, day: dt.date, *, lock: bool = False
) -> Ticket:
    """A ticket by id, or by number on ``day``; ``lock`` holds its row until commit (PostgreSQL)."""
    query = select(Ticket).where(Ticket.site_id == site_id)
    if isinstance(ref, uuid.UUID):
        query = query.where(Ticket.id == ref)
    else:
        query = query.where(Ticket.number == ref.strip().upper(), Ticket.service_day == day)
    if lock:
        query = query.with_for_update()
    ticket = session.scalars(query).one_or_none()
    if ticket is None:
        raise NotFound("No ticket {ref}", ref=ref)
    return ticket


def window_ticket(
    session: Session, site_id: uuid.UUID, window_no: int, *, lock: bool = False, signal: bool = False
) -> Ticket | None:
    """The ticket a window is calling or serving, if any.

    Its category row comes in the same statement (for :func:`ticket_info`) and is held for the rest
    of the session: the identity map keeps rows only while something refers to them. ``signal``
    sends the change signal (:func:`signal`) in the same statement, for callers about to move it.
    """
    notify = signal_column(session.get_bind().dialect.name, site_id) if signal else None
    query = (
        select(Ticket, QueueCategory, *([] if notify is None else [notify]))
        .join(QueueCategory, QueueCategory.id == Ticket.category_id)
        .where(
            Ticket.site_id == site_id,
            Ticket.window_no == window_no,
            or_(*(Ticket.state == s.value for s in rules.AT_WINDOW_STATES)),
        )
    )
    if lock:
        query = query.with_for_update(of=Ticket)
    row = session.execute(query.order_by(Ticket.state_since.desc())).first()
    if row is None:
        return None  # (no row, no pg_notify evaluated: a later signal() still sends it)
    if notify is not None:
        signalled(session, site_id)
    hold(session, row[1])
    return row[0]


def hold(session: Session, row: object) -> None:
    """Keep ``row`` in ``session``'s identity map until the session closes (so ``get`` finds it)."""
    session.info.setdefault(_HELD, []).append(row)


_HELD = "windowdesk.held_rows"


def require_window_ticket(session: Session, site_id: uuid.UUID, window_no: int) -> Ticket:
    ticket = window_ticket(session, site_id, window_no, lock=True, signal=True)
    if ticket is None:
        raise Conflict("Window {w} has no ticket called", w=window_no)
    return ticket


def _state(ticket: Ticket) -> rules.TicketState:
    return rules.TicketState(
        state=rules.State(ticket.state),
        category=str(ticket.category_id),
        arrival_at=ticket.arrival_at,
        state_since=ticket.state_since,
        window_no=ticket.window_no,
        target_window_no=ticket.target_window_no,
        recall_count=ticket.recall_count,
        outcome=rules.Outcome(ticket.outcome) if ticket.outcome else None,
        transfer_reason=ticket.transfer_reason,
    )


MOVE_NAMES = {
    rules.Move.CALL: N_("call"),
    rules.Move.RECALL: N_("recall"),
    rules.Move.START: N_("start serving"),
    rules.Move.FINISH: N_("finish"),
    rules.Move.NO_SHOW: N_("mark as no-show"),
    rules.Move.REACTIVATE: N_("reactivate"),
    rules.Move.TRANSFER: N_("transfer"),
    rules.Move.CANCEL: N_("cancel"),
    rules.Move.EXPIRE: N_("expire"),
}


def apply_move(
    uow: UnitOfWork,
    ticket: Ticket,
    move: rules.Move,
    at: dt.datetime,
    *,
    window_no: int | None = None,
    recalls_before_no_show: int = 0,
    outcome: rules.Outcome | None = None,
    category_id: uuid.UUID | None = None,
    reason: str = "",
) -> rules.Step:
    """Run the domain rule, write the new ticket state and append the closed period."""
    at = max(at, ticket.state_since)  # two clients' clocks may differ by a hair; time never runs back
    try:
        step = rules.apply(
            _state(ticket),
            move,
            at,
            window_no=window_no,
            recalls_before_no_show=recalls_before_no_show,
            outcome=outcome,
            category=None if category_id is None else str(category_id),
            reason=reason,
        )
    except rules.IllegalMove as exc:
        raise Conflict(
            "Ticket {number} is {state}; cannot {move}{why}",
            number=ticket.number,
            state=rules.STATE_NAMES.get(ticket.state, ticket.state),
            move=MOVE_NAMES[move],
            why=Bilingual(f"（{exc.reason}）", f" ({exc.reason})") if exc.reason else "",
        ) from exc
    period = step.period
    uow.add(
        TicketPeriod(
            site_id=ticket.site_id,
            ticket_id=ticket.id,
            # Counted inside the INSERT itself (the ticket row is locked, so no other period of it
            # can appear meanwhile); the value comes back with RETURNING. Saves a round trip a move.
            seq=select(func.count() + 1)
            .select_from(TicketPeriod)
            .where(TicketPeriod.ticket_id == ticket.id)
            .scalar_subquery(),
            state=period.state.value,
            window_no=period.window_no,
            category_id=ticket.category_id,
            started_at=period.started_at,
            ended_at=period.ended_at,
            ended_by=period.ended_by.value,
        )
    )
    new = step.ticket
    ticket.state = new.state.value
    ticket.state_since = new.state_since
    ticket.window_no = new.window_no
    ticket.target_window_no = new.target_window_no
    ticket.recall_count = new.recall_count
    ticket.outcome = None if new.outcome is None else new.outcome.value
    ticket.transfer_reason = new.transfer_reason
    if new.category != str(ticket.category_id):
        ticket.category_id = uuid.UUID(new.category)
    signal(uow, ticket.site_id)
    return step


def signal(uow: UnitOfWork, site_id: uuid.UUID) -> None:
    """Wake every display and panel of this site when the transaction commits."""
    announce(uow.session, QUEUE_TOPIC, str(site_id))


def signal_column(dialect: str, site_id: uuid.UUID):
    """:func:`signal` riding on a statement the caller runs anyway (None where not needed); call
    :func:`signalled` once that statement has run."""
    return announce_column(dialect, QUEUE_TOPIC, str(site_id))


def signalled(session: Session, site_id: uuid.UUID) -> None:
    announced(session, QUEUE_TOPIC, str(site_id))
