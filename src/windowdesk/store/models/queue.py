"""The queue (排队叫号): categories, which windows serve them, tickets and their time periods.

Tickets belong to their site and are synced (upsert); each state change appends one closed
``TicketPeriod`` (insert-only), so waiting, walking and serving times are exact and auditable.
``WindowQueueState`` holds what a window's calls depend on (paused, its interleave streak) and is
the row a caller locks while it claims a ticket for that window.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, FetchedValue, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.store.base import Base, Synced, utcnow


class QueueCategory(Synced, Base):
    """A service category of the kiosk (综合受理, 不动产…): prefix letter, numbering, priority policy."""

    __tablename__ = "queue_category"
    __table_args__ = (UniqueConstraint("site_id", "prefix"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(60))
    prefix: Mapped[str] = mapped_column(String(1))
    start_number: Mapped[int] = mapped_column(Integer, default=1)
    daily_cap: Mapped[int] = mapped_column(Integer, default=999)
    priority_policy: Mapped[str] = mapped_column(String(16), default="interleave")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Opening hours, hall-local: "08:30-12:00,14:00-17:30"; empty = tickets all day.
    hours: Mapped[str | None] = mapped_column(String(120), default="", server_default="")


class WindowCategory(Synced, Base):
    """Window ``window_no`` serves ``category_id``; lower ``rank`` is served first there."""

    __tablename__ = "queue_window_category"
    __table_args__ = (UniqueConstraint("site_id", "window_no", "category_id"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    window_no: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_category.id"))
    rank: Mapped[int] = mapped_column(Integer, default=0)


class WindowQueueState(Synced, Base):
    """A window's queue state: paused (with why), and its ordinary calls since the last priority call."""

    __tablename__ = "queue_window_state"
    __table_args__ = (UniqueConstraint("site_id", "window_no"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    window_no: Mapped[int] = mapped_column(Integer)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_reason: Mapped[str] = mapped_column(String(200), default="")
    paused_at: Mapped[dt.datetime | None] = mapped_column()
    ordinary_streak: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Synced, Base):
    """One queue number of one local service day."""

    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("site_id", "service_day", "number"),
        Index("ix_queue_ticket_waiting", "site_id", "service_day", "state", "arrival_at"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    service_day: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(8))  # A012
    seq: Mapped[int] = mapped_column(Integer)  # 12
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_category.id"))
    issued_category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_category.id"))
    priority_kind: Mapped[str | None] = mapped_column(String(16))
    appointment_code: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="issued")
    state_since: Mapped[dt.datetime] = mapped_column()
    arrival_at: Mapped[dt.datetime] = mapped_column()
    window_no: Mapped[int | None] = mapped_column(Integer)
    target_window_no: Mapped[int | None] = mapped_column(Integer)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    period_count: Mapped[int] = mapped_column(Integer, default=0)  # periods appended so far
    called_at: Mapped[dt.datetime | None] = mapped_column()  # last (re)announcement
    called_by: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(16))
    transfer_reason: Mapped[str | None] = mapped_column(String(200))
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # linked by the intake feature
    device_no: Mapped[int] = mapped_column(Integer, default=1)


class TicketPeriod(Synced, Base):
    """A closed stretch a ticket spent in one state; appended at each state change, never updated."""

    __tablename__ = "queue_ticket_period"
    __sync__ = "insert"
    __table_args__ = (UniqueConstraint("ticket_id", "seq"),)
    # ``seq`` is counted by the INSERT itself (services/queue/common.py: apply_move); FetchedValue (no
    # DDL) + eager defaults bring it back with RETURNING instead of a SELECT when the outbox reads it.
    __mapper_args__ = {"eager_defaults": True}

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))  # owner, like its ticket
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_ticket.id"))
    seq: Mapped[int] = mapped_column(Integer, server_default=FetchedValue())
    state: Mapped[str] = mapped_column(String(16))
    window_no: Mapped[int | None] = mapped_column(Integer)
    category_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    started_at: Mapped[dt.datetime] = mapped_column()
    ended_at: Mapped[dt.datetime] = mapped_column()
    ended_by: Mapped[str] = mapped_column(String(16))  # the move that closed it
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
