"""好差评: ratings of visits and the follow-up of bad ones. All insert-only, owned by the site.

A rating's subject is a kind and an id (``ticket``: the ticket's id; ``delivery``: the id of the
case's ``deliver`` history row), unique together, so a second rating of the same visit is refused by
the store itself. What is needed to count and list ratings (visit day,
window, staff, matter, department) is copied onto the row when it is recorded.

A follow-up is one row made with its bad rating; its steps are rows of their own, appended in order
and never updated. Two devices that record a step while apart therefore both keep theirs after sync
(nothing is overwritten); the state is read from the steps, a repeated step counting once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.store.base import Base, Synced, utcnow


class Rating(Synced, Base):
    """One applicant's rating of one visit, or 未评价 (``level`` empty) when the pad got no answer."""

    __tablename__ = "rating"
    __sync__ = "insert"
    __table_args__ = (
        UniqueConstraint("subject_kind", "subject_id"),
        Index("ix_rating_site_day", "site_id", "service_day"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    subject_kind: Mapped[str] = mapped_column(String(16))  # ticket | delivery
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    service_day: Mapped[dt.date] = mapped_column(Date)  # the day of the visit
    subject_label: Mapped[str] = mapped_column(String(24))  # the ticket number (A012) or case number
    level: Mapped[int | None] = mapped_column(Integer)  # 1..5; empty = 未评价
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    window_no: Mapped[int | None] = mapped_column(Integer)
    staff_login: Mapped[str] = mapped_column(String(64), default="")
    staff_name: Mapped[str] = mapped_column(String(120), default="")
    matter_code: Mapped[str] = mapped_column(String(40), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(16))  # pad | cli
    device_no: Mapped[int] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(64))
    rated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rated_on: Mapped[dt.date] = mapped_column(Date)  # local day of the rating: the follow-up counts from it


class RatingFollowup(Synced, Base):
    """The follow-up (差评整改) a bad rating opens, with its due date."""

    __tablename__ = "rating_followup"
    __sync__ = "insert"
    __table_args__ = (UniqueConstraint("site_id", "number"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    rating_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rating.id"), unique=True)
    number: Mapped[str] = mapped_column(String(20))  # ZG + year + device + sequence
    opened_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_login: Mapped[str] = mapped_column(String(64), default="", index=True)  # the staff concerned


class RatingFollowupStep(Synced, Base):
    """One step of a follow-up: verify, rectify, callback (with the applicant's answer) or close."""

    __tablename__ = "rating_followup_step"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    followup_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rating_followup.id"), index=True)
    step: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text)
    satisfied: Mapped[bool | None] = mapped_column(Boolean)  # the callback's answer
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    on_day: Mapped[dt.date] = mapped_column(Date)  # local day: on time when the close is on or before due
    user_login: Mapped[str] = mapped_column(String(64))
    device_no: Mapped[int] = mapped_column(Integer)
