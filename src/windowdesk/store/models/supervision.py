"""电子监察: yellow and red cards, exceptions, and what supervisors did about them (issue 14).

Cards and exceptions are insert-only records with an id derived from what they are about
(:func:`card_id`, :func:`exception_id`): a site and central issuing the same card make the same row,
so after sync there is one. Handling (督办, 说明, 办结) is insert-only too, one row per act.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.store.base import Base, Synced, utcnow

_NAMESPACE = uuid.UUID("5b1f0a52-4f0e-4e57-9a43-6c1d5e7f2a14")


def card_id(case_id: uuid.UUID, level: str) -> uuid.UUID:
    """The one id of a case's card of a level, the same on every store."""
    return uuid.uuid5(_NAMESPACE, f"card:{case_id}:{level}")


def exception_id(kind: str, subject_id: uuid.UUID) -> uuid.UUID:
    """The one id of an exception of a kind about a case or ticket, the same on every store."""
    return uuid.uuid5(_NAMESPACE, f"exception:{kind}:{subject_id}")


class SupervisionCard(Synced, Base):
    """A yellow or red card on a case, kept after the case is decided (the assessment counts it)."""

    __tablename__ = "supervision_card"
    __sync__ = "insert"
    __table_args__ = (Index("ix_supervision_card_site_issued", "site_id", "issued_on"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    case_no: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(8))  # yellow | red
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)  # the binding due date when issued
    past_statutory: Mapped[bool] = mapped_column(Boolean, default=False)
    matter_code: Mapped[str] = mapped_column(String(40), default="")
    department_code: Mapped[str] = mapped_column(String(16), default="")
    responsible_login: Mapped[str] = mapped_column(String(64), default="")
    window_no: Mapped[int | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SupervisionException(Synced, Base):
    """An irregularity found by the supervision run: its kind, the case or ticket, a detail."""

    __tablename__ = "supervision_exception"
    __sync__ = "insert"
    __table_args__ = (Index("ix_supervision_exception_site_on", "site_id", "found_on"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    kind: Mapped[str] = mapped_column(String(24), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    subject: Mapped[str] = mapped_column(String(40))  # the case number, or the ticket's day/number
    found_on: Mapped[dt.date] = mapped_column(Date)  # the day it happened
    responsible_login: Mapped[str] = mapped_column(String(64), default="")
    department_code: Mapped[str] = mapped_column(String(16), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SupervisionAction(Synced, Base):
    """One act on a card or exception: ``urge`` (督办, a note and a due date for the responsible
    person), ``explain`` (说明, by the responsible person) or ``close`` (a conclusion)."""

    __tablename__ = "supervision_action"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # a card's or exception's id
    kind: Mapped[str] = mapped_column(String(8))  # urge | explain | close
    note: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # urge only
    conclusion: Mapped[str] = mapped_column(String(12), default="")  # close: justified | unjustified
    addressee_login: Mapped[str] = mapped_column(String(64), default="", index=True)
    by_login: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
