"""Reading cases: lookup by number (typed or scanned), the supervisor's list, one case in full.

Views never carry a full identity number: screens, lists, logs and documents get the masked one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from windowdesk.domain import case_deadlines as deadlines
from windowdesk.domain.applicants import Agent, Applicant
from windowdesk.domain.case_numbers import parse_case_number
from windowdesk.domain.identity import mask_id_number, mask_phone
from windowdesk.domain.intake import MaterialCheck
from windowdesk.domain.matter_snapshot import MatterSnapshot, snapshot_from_json
from windowdesk.domain.one_time import CorrectionState, NoticeItem
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import NotFound, UserError
from windowdesk.services.cases.clock import live_clock
from windowdesk.services.cases.progress import LifeView, life_view
from windowdesk.services.cases.special_notice import special_pause_of
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.settings import NOTICE_LIMIT_WORKDAYS, STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case, CaseDocument, CaseEvent, CaseNotice


@dataclass(frozen=True)
class CaseSummary:
    case_no: str
    status: str
    outcome: str
    matter_code: str
    matter_name: str
    applicant_name: str
    applicant_masked_id: str
    received_on: dt.date
    accepted_on: dt.date | None
    deemed_accepted: bool
    window_no: int | None
    clerk_login: str
    clerk_name: str
    statutory_due: dt.date | None
    promised_due: dt.date | None
    stage: str = "accepted"
    department_code: str = ""
    department_name: str = ""
    decision: str | None = None
    decided_on: dt.date | None = None
    responsible_login: str = ""
    handler_login: str = ""
    paused: bool = False


@dataclass(frozen=True)
class NoticeView:
    issued_on: dt.date
    deadline: dt.date
    late: bool
    items: tuple[NoticeItem, ...]


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    kind: str
    user_login: str
    window_no: int | None
    detail: dict


@dataclass(frozen=True)
class DocumentView:
    id: uuid.UUID
    kind: str
    reprint: bool
    path: str  # relative to the archive directory
    issued_at: dt.datetime
    issued_by: str
    pause: int | None = None  # the pause (1-based) a 特别程序告知书 was printed for


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    id: uuid.UUID
    ticket_id: uuid.UUID | None
    matter: MatterSnapshot
    applicant: Applicant  # id numbers masked
    checks: tuple[MaterialCheck, ...]
    notice: NoticeView | None
    notice_deadline: dt.date | None  # while a notice may still be issued
    correction: CorrectionState | None
    due_provisional: bool
    result: str
    rejection_reason: str
    rejection_basis: str
    competent_office: str
    events: tuple[EventView, ...]
    documents: tuple[DocumentView, ...]
    life: LifeView | None = None

    @property
    def case_no(self) -> str:
        return self.summary.case_no

    @property
    def status(self) -> str:
        return self.summary.status

    @property
    def stage(self) -> str:
        return self.summary.stage


def masked_applicant(data: dict) -> Applicant:
    agent = data.get("agent")
    applicant = Applicant(**{**data, "agent": None})
    masked_agent = None
    if agent:
        a = Agent(**agent)
        masked_agent = Agent(
            a.name, a.id_type, mask_id_number(a.id_number), _mask_phone(a.phone), a.authorisation
        )
    return Applicant(
        applicant.kind,
        applicant.name,
        applicant.id_type,
        applicant.masked_id,
        applicant.masked_phone,
        applicant.legal_representative,
        masked_agent,
    )


def _mask_phone(phone: str) -> str:
    return mask_phone(phone) if phone else ""


def deemed_now(
    case: Case, calendar: WorkdayCalendar, limit: int, notice: CaseNotice | None, today: dt.date
) -> bool:
    """A case decided incomplete whose notice came late, or is not issued and is now overdue."""
    if case.deemed_accepted:
        return True
    if case.outcome != "incomplete":
        return False
    return deadlines.is_deemed_accepted(
        calendar, case.received_on, limit, None if notice is None else notice.issued_on, today
    )


@dataclass(frozen=True)
class DueState:
    accepted_on: dt.date | None
    statutory_due: dt.date | None
    promised_due: dt.date | None
    provisional: bool


def computed_due(
    case: Case,
    clock_start: dt.date,
    notice: CaseNotice | None,
    calendar: WorkdayCalendar,
    today: dt.date,
    statutory_default: int,
) -> deadlines.CaseDueDates:
    """Due dates counted from ``clock_start``, the 补正 wait after ``notice`` paused (a running wait
    closed at ``today``)."""
    matter = snapshot_from_json(case.matter)
    pauses = [] if notice is None else [deadlines.correction_pause(notice.issued_on, case.completed_on)]
    return deadlines.due_dates(
        calendar,
        clock_start,
        matter.statutory_limit_workdays or statutory_default,
        matter.promised_limit_workdays,
        pauses,
        today,
    )


def due_state(
    case: Case,
    deemed: bool,
    notice: CaseNotice | None,
    calendar: WorkdayCalendar | None,
    today: dt.date,
    statutory_default: int = 20,
) -> DueState:
    """The due dates as of ``today``. Stored ones, except while a deemed-accepted case still waits for
    its late notice or its 补正: its clock runs from receipt and the running wait is closed at
    ``today``, so the date moves on each day the wait lasts (stored dates only change on a write)."""
    waiting = deemed and case.outcome == "incomplete" and case.completed_on is None
    if calendar is not None and not waiting and any(not p.get("end") for p in case.pauses or []):
        # a running pause: as of today it ends today (the stored dates assume its expected length)
        live = live_clock(case, notice, calendar, today, statutory_default)
        if live is not None:
            promised = live.promised.day if live.promised else None
            return DueState(case.accepted_on, live.statutory.day, promised, live.provisional)
    if not waiting or calendar is None:
        return DueState(case.accepted_on, case.statutory_due, case.promised_due, case.due_provisional)
    due = computed_due(case, case.received_on, notice, calendar, today, statutory_default)
    provisional = due.statutory.provisional or due.promised.provisional
    return DueState(case.received_on, due.statutory.day, due.promised.day, provisional)


def summary_of(
    case: Case,
    deemed: bool | None = None,
    calendar: WorkdayCalendar | None = None,
    statutory_default: int = 20,
    notice: CaseNotice | None = None,
    today: dt.date | None = None,
) -> CaseSummary:
    """The case as listed, its due dates as of ``today`` (see :func:`due_state`)."""
    applicant = masked_applicant(case.applicant)
    deemed = case.deemed_accepted if deemed is None else deemed
    due = due_state(case, deemed, notice, calendar, today or case.received_on, statutory_default)
    return CaseSummary(
        case_no=case.case_no,
        status=case.status,
        outcome=case.outcome,
        matter_code=case.matter_code,
        matter_name=case.matter.get("name", ""),
        applicant_name=applicant.name,
        applicant_masked_id=applicant.id_number,
        received_on=case.received_on,
        accepted_on=due.accepted_on,
        deemed_accepted=deemed,
        window_no=case.window_no,
        clerk_login=case.clerk_login,
        clerk_name=case.clerk_name,
        statutory_due=due.statutory_due,
        promised_due=due.promised_due,
        stage=case.stage,
        department_code=case.department_code,
        department_name=case.department_name,
        decision=case.decision,
        decided_on=case.decided_on,
        responsible_login=case.responsible_login,
        handler_login=case.handler_login,
        paused=any(not p.get("end") for p in case.pauses or []),
    )


def notice_of(session: Session, case_id: uuid.UUID) -> CaseNotice | None:
    return session.scalars(select(CaseNotice).where(CaseNotice.case_id == case_id)).one_or_none()


def notice_items_of(notice: CaseNotice) -> tuple[NoticeItem, ...]:
    return tuple(NoticeItem(**item) for item in notice.items)


def correction_state(case: Case, notice: CaseNotice | None) -> CorrectionState | None:
    if notice is None:
        return None
    arrived = case.correction or {}
    return CorrectionState(
        {
            item["key"]: (dt.date.fromisoformat(arrived[item["key"]]) if arrived.get(item["key"]) else None)
            for item in notice.items
        }
    )


def normalise_case_no(text: str) -> str:
    number = parse_case_number(text)
    if number is None:
        raise UserError(
            "'{text}' is not a case number",
            text=(text or "").strip()[:40],
        )
    return str(number)


def load_case(session: Session, case_no: str, *, for_update: bool = False) -> Case:
    """The case row; ``for_update`` locks it on PostgreSQL (SQLite's writer lock already serialises),
    so two counters recording a correction on the same case cannot lose one of them."""
    number = normalise_case_no(case_no)
    query = select(Case).where(Case.case_no == number)
    if for_update:
        query = query.with_for_update()
    case = session.scalars(query).one_or_none()
    if case is None:
        raise NotFound("No case numbered {no}", no=number)
    return case


def show_case(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """One case in full, the way the counter and the supervisor see it (a scan lands here too)."""
    return case_detail(ctx, case_no, ctx.clock.today())


def case_detail(ctx: ServiceContext, case_no: str, today: dt.date) -> CaseDetail:
    """:func:`show_case` as of ``today`` (a write path shows the case as of the day it wrote)."""
    calendar = load_calendar(ctx)
    limit = int(get_setting(ctx, NOTICE_LIMIT_WORKDAYS.key))
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    with ctx.reading() as session:
        case = load_case(session, case_no)
        return _detail(session, case, calendar, limit, today, statutory_default, ctx.clock.local)


def _detail(
    session: Session,
    case: Case,
    calendar: WorkdayCalendar,
    limit: int,
    today: dt.date,
    statutory_default: int,
    local: Callable[[dt.datetime], dt.datetime],
) -> CaseDetail:
    notice = notice_of(session, case.id)
    deemed = deemed_now(case, calendar, limit, notice, today)
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at)
    ).all()
    documents = session.scalars(
        select(CaseDocument).where(CaseDocument.case_id == case.id).order_by(CaseDocument.issued_at)
    ).all()
    notice_view = None
    if notice is not None:
        notice_view = NoticeView(notice.issued_on, notice.deadline, notice.late, notice_items_of(notice))
    pending_notice = case.outcome == "incomplete" and notice is None
    return CaseDetail(
        summary=summary_of(case, deemed, calendar, statutory_default, notice, today),
        id=case.id,
        ticket_id=case.ticket_id,
        matter=snapshot_from_json(case.matter),
        applicant=masked_applicant(case.applicant),
        checks=tuple(MaterialCheck(**c) for c in case.checks),
        notice=notice_view,
        notice_deadline=deadlines.notice_deadline(calendar, case.received_on, limit).day
        if pending_notice
        else None,
        correction=correction_state(case, notice),
        due_provisional=due_state(case, deemed, notice, calendar, today, statutory_default).provisional,
        result=case.result,
        rejection_reason=case.rejection_reason,
        rejection_basis=case.rejection_basis,
        competent_office=case.competent_office,
        events=tuple(EventView(e.at, e.kind, e.user_login, e.window_no, dict(e.detail)) for e in events),
        documents=tuple(
            DocumentView(
                d.id,
                d.kind,
                d.reprint,
                d.path,
                d.issued_at,
                d.issued_by,
                special_pause_of(case.pauses or [], d.path, local(d.issued_at).date())
                if d.kind == "special"
                else None,
            )
            for d in documents
        ),
        life=life_view(session, case, notice, calendar, today, statutory_default),
    )


@dataclass(frozen=True)
class CaseFilter:
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    window_no: int | None = None
    clerk_login: str | None = None
    outcome: str | None = None
    status: str | None = None
    limit: int = 500
    stage: str | tuple[str, ...] | None = None  # one stage, or any of several
    department_code: str | None = None
    due_first: bool = False  # the nearest statutory due date first (a desk), else the newest first
    offset: int = 0  # the rows before the page (the supervisor's list pages through every case)


def _filtered(ctx: ServiceContext, filters: CaseFilter) -> Select:
    """The cases the filters choose, unordered and unpaged."""
    # a department's desk lists the cases it handles from every site (on central, or a county site)
    site_id = None if filters.department_code else require_site(ctx)
    query = select(Case)
    if site_id is not None:
        query = query.where(Case.site_id == site_id)
    if filters.received_from is not None:
        query = query.where(Case.received_on >= filters.received_from)
    if filters.received_to is not None:
        query = query.where(Case.received_on <= filters.received_to)
    if filters.window_no is not None:
        query = query.where(Case.window_no == filters.window_no)
    if filters.clerk_login:
        query = query.where(Case.clerk_login == filters.clerk_login)
    if filters.outcome:
        query = query.where(Case.outcome == filters.outcome)
    if filters.status:
        query = query.where(Case.status == filters.status)
    if filters.stage:
        wanted = (filters.stage,) if isinstance(filters.stage, str) else tuple(filters.stage)
        query = query.where(Case.stage.in_(wanted))
    if filters.department_code:
        query = query.where(Case.department_code == filters.department_code.strip().upper())
    return query


def count_cases(ctx: ServiceContext, filters: CaseFilter | None = None) -> int:
    """How many cases :func:`list_cases` would page through (one COUNT, no rows loaded)."""
    query = _filtered(ctx, filters or CaseFilter())
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def list_cases(ctx: ServiceContext, filters: CaseFilter | None = None) -> list[CaseSummary]:
    """This site's cases, newest first (or the nearest due first), filtered by receipt date, window,
    clerk, outcome, status, stage(s); with a department, that department's cases from every site.
    One page: ``filters.limit`` rows after the first ``filters.offset``."""
    filters = filters or CaseFilter()
    query = _filtered(ctx, filters)
    today = ctx.clock.today()
    calendar = load_calendar(ctx)
    limit = int(get_setting(ctx, NOTICE_LIMIT_WORKDAYS.key))
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    if filters.due_first:
        query = query.order_by(Case.statutory_due.is_(None), Case.statutory_due, Case.case_no)
    else:
        query = query.order_by(Case.received_on.desc(), Case.case_no.desc())
    query = query.offset(filters.offset).limit(filters.limit)
    with ctx.reading() as session:
        cases = session.scalars(query).all()
        pending = {c.id for c in cases if c.outcome == "incomplete" and c.completed_on is None}
        notices = {}
        if pending:
            rows = session.scalars(select(CaseNotice).where(CaseNotice.case_id.in_(pending))).all()
            notices = {n.case_id: n for n in rows}
        return [
            summary_of(
                c,
                deemed_now(c, calendar, limit, notices.get(c.id), today),
                calendar,
                statutory_default,
                notices.get(c.id),
                today,
            )
            for c in cases
        ]
