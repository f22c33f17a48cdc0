"""A case's life as screens read it (stage, both clocks, pauses, extension, decision, delivery)
and the supervisor's queries over open cases.

Contract with the supervisor's desk (issue 14), also in ``src/windowdesk/README.md``:

* :func:`binding_due_date` — the date a case must be decided by: the promised due date where the
  matter has one, else the statutory one (extension and pauses included, as stored on the row).
* :func:`open_cases` — one page of this site's open (undecided) cases with their due dates, ordered
  by binding due date, from one indexed query (``ix_intake_case_open_due``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.services.cases.clock import (
    ClockView,
    binding_due,
    clock_view,
    deemed_approved_filter,
    open_cases_query,
)
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.store.models import Case, CaseHandover, CaseNotice


@dataclass(frozen=True)
class PauseView:
    kind: str
    reason: str
    expected_workdays: int
    start: dt.date
    end: dt.date | None
    by: str


@dataclass(frozen=True)
class LifeView:
    """What happened to a case after the counter."""

    stage: str
    department_code: str
    department_name: str
    handler_login: str
    responsible_login: str
    batch_no: str
    decision: str | None
    decided_on: dt.date | None
    licence_no: str
    decision_reason: str
    decision_basis: str
    extension: dict
    extension_workdays: int
    pauses: tuple[PauseView, ...]
    delivery: dict
    closing_note: str
    clock: ClockView | None
    as_of: dt.date  # the day this view was computed for ("today")

    @property
    def paused(self) -> bool:
        return any(p.end is None for p in self.pauses)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def life_view(
    session: Session,
    case: Case,
    notice: CaseNotice | None,
    calendar: WorkdayCalendar,
    today: dt.date,
    statutory_default: int,
) -> LifeView:
    batch_no = ""
    if case.handover_id is not None:
        batch = session.get(CaseHandover, case.handover_id)
        batch_no = batch.batch_no if batch else ""
    pauses = tuple(
        PauseView(
            p["kind"],
            p.get("reason", ""),
            int(p.get("expected_workdays") or 0),
            _day(p["start"]),
            _day(p.get("end")),
            p.get("by", ""),
        )
        for p in case.pauses or []
    )
    return LifeView(
        stage=case.stage,
        department_code=case.department_code,
        department_name=case.department_name,
        handler_login=case.handler_login,
        responsible_login=case.responsible_login,
        batch_no=batch_no,
        decision=case.decision,
        decided_on=case.decided_on,
        licence_no=case.licence_no,
        decision_reason=case.decision_reason,
        decision_basis=case.decision_basis,
        extension=dict(case.extension or {}),
        extension_workdays=case.extension_workdays or 0,
        pauses=pauses,
        delivery=dict(case.delivery or {}),
        closing_note=case.closing_note,
        clock=clock_view(case, notice, calendar, today, statutory_default),
        as_of=today,
    )


# -- the supervisor's desk ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCase:
    case_id: uuid.UUID
    case_no: str
    stage: str
    matter_code: str
    department_code: str
    responsible_login: str
    handler_login: str
    clerk_login: str
    accepted_on: dt.date | None
    statutory_due: dt.date
    promised_due: dt.date | None
    binding_due: dt.date
    silence_consent: bool
    paused: bool


def binding_due_date(case: Case) -> dt.date | None:
    """The binding due date of a case row (promised where the matter has one, else statutory)."""
    return binding_due(case)


def open_cases(
    ctx: ServiceContext,
    *,
    after: tuple[dt.date, str] | None = None,
    limit: int = 200,
    all_sites: bool = False,
) -> list[OpenCase]:
    """One page of open (undecided) cases by (binding due date, case number); pass the last row's
    ``(binding_due, case_no)`` as ``after`` for the next page. This site's cases, or every site's
    on central with ``all_sites``."""
    binding = func.coalesce(Case.promised_due, Case.statutory_due)
    query = open_cases_query(None if all_sites else require_site(ctx))
    if after is not None:
        query = query.where((binding > after[0]) | ((binding == after[0]) & (Case.case_no > after[1])))
    query = query.order_by(binding, Case.case_no).limit(limit)
    with ctx.reading() as session:
        return [
            OpenCase(
                c.id,
                c.case_no,
                c.stage,
                c.matter_code,
                c.department_code,
                c.responsible_login,
                c.handler_login,
                c.clerk_login,
                c.accepted_on,
                c.statutory_due,
                c.promised_due,
                binding_due(c),
                c.silence_consent,
                any(not p.get("end") for p in c.pauses or []),
            )
            for c in session.scalars(query)
        ]


@dataclass(frozen=True)
class DeemedApproval:
    case_no: str
    matter_code: str
    department_code: str
    statutory_due: dt.date
    deemed_on: dt.date


def deemed_approvals(ctx: ServiceContext) -> list[DeemedApproval]:
    """超时默许: open cases of a matter where silence counts as approval, past their statutory due
    date without a decision — deemed approved the day after it. For supervisors."""
    today = ctx.clock.today()
    site_id = require_site(ctx)
    query = (
        select(Case)
        .where(Case.site_id == site_id, deemed_approved_filter(today))
        .order_by(Case.statutory_due, Case.case_no)
    )
    with ctx.reading() as session:
        return [
            DeemedApproval(
                c.case_no,
                c.matter_code,
                c.department_code,
                c.statutory_due,
                c.statutory_due + dt.timedelta(days=1),
            )
            for c in session.scalars(query)
        ]


@dataclass(frozen=True)
class ExtensionRequest:
    case_no: str
    matter_name: str
    department_code: str
    workdays: int
    reason: str
    requested_by: str
    requested_on: dt.date | None
    statutory_due: dt.date | None


def extension_requests(ctx: ServiceContext) -> list[ExtensionRequest]:
    """Extension requests waiting for a supervisor: this site's, or every site's on central."""
    site_id = ctx.actor.site_id or ctx.home_site_id()
    query = open_cases_query(site_id).order_by(Case.statutory_due, Case.case_no)
    with ctx.reading() as session:
        return [
            ExtensionRequest(
                c.case_no,
                (c.matter or {}).get("name", ""),
                c.department_code,
                int(c.extension.get("workdays") or 0),
                c.extension.get("reason", ""),
                c.extension.get("requested_by", ""),
                _day(c.extension.get("requested_on")),
                c.statutory_due,
            )
            for c in session.scalars(query)
            if (c.extension or {}).get("state") == "requested"
        ]
