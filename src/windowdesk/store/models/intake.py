"""Applicants, cases, their one-time notice, history and issued documents."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, synonym

from windowdesk.store.base import Base, Synced, utcnow


class Applicant(Synced, Base):
    """A person or organisation that applied; found again by ID number on a later visit."""

    __tablename__ = "applicant"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(40), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    legal_representative: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Case(Synced, Base):
    """One application (办件), owned by the site that received it.

    ``matter`` and ``applicant`` are frozen JSON snapshots taken at the counter, so a later catalogue
    edit or a changed phone number never alters an old case or its documents.
    """

    __tablename__ = "intake_case"
    # the supervisor's card run: open (undecided) cases by due date, one index range scan
    __table_args__ = (Index("ix_intake_case_open_due", "decided_on", "statutory_due"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    case_no: Mapped[str] = mapped_column(String(20), unique=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # the queue ticket, if any
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicant.id"))
    applicant: Mapped[dict[str, Any]] = mapped_column(JSON)
    matter_code: Mapped[str] = mapped_column(String(40), index=True)
    matter_version_id: Mapped[str] = mapped_column(String(40))
    matter: Mapped[dict[str, Any]] = mapped_column(JSON)
    checks: Mapped[list[Any]] = mapped_column(JSON)  # the checklist at the first visit
    outcome: Mapped[str] = mapped_column(String(16), index=True)  # the decision at the counter
    status: Mapped[str] = mapped_column(String(24), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    deemed_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)  # the last listed item arrived
    correction: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # key -> arrival day
    statutory_due: Mapped[dt.date | None] = mapped_column(Date)
    promised_due: Mapped[dt.date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[str] = mapped_column(Text, default="")  # on-the-spot result
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    rejection_basis: Mapped[str] = mapped_column(Text, default="")
    competent_office: Mapped[str] = mapped_column(String(200), default="")
    window_no: Mapped[int | None] = mapped_column(Integer, index=True)
    device_no: Mapped[int] = mapped_column(Integer)
    clerk_login: Mapped[str] = mapped_column(String(64), index=True)
    clerk_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    # -- the life after the counter (issue 11); see services/cases/lifecycle.py --------------------
    #: where the case stands: ``domain.case_stages.STAGES`` (open ones in ``OPEN_STAGES``)
    stage: Mapped[str] = mapped_column(String(24), index=True, default="accepted")
    stage_changed_at: Mapped[dt.datetime | None] = mapped_column()
    decision: Mapped[str | None] = mapped_column(String(16))  # approved | denied, once decided
    decided_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    licence_no: Mapped[str] = mapped_column(String(60), default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decision_basis: Mapped[str] = mapped_column(Text, default="")
    #: the department that handles the matter (承办), frozen from the matter at intake
    department_code: Mapped[str] = mapped_column(String(16), index=True, default="")
    department_name: Mapped[str] = mapped_column(String(100), default="")
    handover_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # its 流转单 batch
    handler_login: Mapped[str] = mapped_column(String(64), index=True, default="")  # who received it
    #: who must act next: the clerk until hand-over, the department's handler until the result is
    #: ready, the result window's clerk until delivery
    responsible_login: Mapped[str] = mapped_column(String(64), index=True, default="")
    #: 超时默许: the matter counts silence past the statutory limit as approval
    silence_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: working days the statutory limit grows by on an approved extension (the matter's; default 10)
    extension_workdays: Mapped[int] = mapped_column(Integer, default=0)
    #: the extension request and its answer: {state: requested|approved|refused, workdays, reason,
    #: requested_by, requested_on, decided_by, decided_on, note}
    extension: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: art. 45 pauses in order: [{kind, reason, expected_workdays, start, end|None, by, ended_by}]
    pauses: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: how the result went out: {how: pickup|express, to, id_masked, agent, carrier, tracking, on, by}
    delivery: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    closing_note: Mapped[str] = mapped_column(Text, default="")  # withdrawal request / return reason

    #: the names the supervisor's desk (issue 14) reads; the columns predate the lifecycle
    statutory_due_date = synonym("statutory_due")
    promised_due_date = synonym("promised_due")


class CaseHandover(Synced, Base):
    """A hand-over batch (流转单): the cases a site passes to one department at once, signed for
    by the department's receiver. Owned by the site that handed the cases over."""

    __tablename__ = "case_handover"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    batch_no: Mapped[str] = mapped_column(String(24), unique=True)
    department_code: Mapped[str] = mapped_column(String(16), index=True)
    department_name: Mapped[str] = mapped_column(String(100), default="")
    case_nos: Mapped[list[Any]] = mapped_column(JSON)
    handed_on: Mapped[dt.date] = mapped_column(Date)
    handed_by: Mapped[str] = mapped_column(String(64))
    received_by: Mapped[str] = mapped_column(String(64), default="")
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseNotice(Synced, Base):
    """The one-time notice of a case: at most one (``UNIQUE(case_id)``), its list frozen (insert-only)."""

    __tablename__ = "case_notice"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))  # the owning site (sync)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intake_case.id"), unique=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)  # the last day it could be issued in time
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list[Any]] = mapped_column(JSON)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseEvent(Synced, Base):
    """The case's history, one row per thing that happened. Insert-only."""

    __tablename__ = "case_event"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))  # the owning site (sync)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intake_case.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # the ticket being served
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    user_login: Mapped[str] = mapped_column(String(64))
    window_no: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CaseDocument(Synced, Base):
    """A PDF issued for a case and archived under the data directory. Insert-only."""

    __tablename__ = "case_document"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))  # the owning site (sync)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intake_case.id"), index=True)
    #: acceptance | receipt | notice | rejection | result | handover | extension | special |
    #: decision | delivery
    kind: Mapped[str] = mapped_column(String(16))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    path: Mapped[str] = mapped_column(String(260))  # relative to the archive directory
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
