"""Intake at the counter: decide a visit, issue the one-time notice, record a 补正 visit.

Each function is one user action: one transaction with its case rows, one history row, one audit entry
(the unit of work adds the outbox rows). The rules themselves live in the domain
(:mod:`windowdesk.domain.intake`, :mod:`~windowdesk.domain.one_time`,
:mod:`~windowdesk.domain.case_deadlines`); this module applies them to stored cases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from windowdesk.domain import case_deadlines as deadlines
from windowdesk.domain import case_numbers, one_time
from windowdesk.domain import case_stages as stages
from windowdesk.domain.applicants import Applicant, normalise_applicant
from windowdesk.domain.intake import (
    STATUS_AFTER,
    MaterialCheck,
    Rejection,
    check_decision,
    validate_checklist,
    validate_row,
)
from windowdesk.domain.matter_snapshot import MatterSnapshot, snapshot_from_json, snapshot_to_json
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import Conflict, UserError
from windowdesk.services import backup
from windowdesk.services.cases.clock import store_clock
from windowdesk.services.cases.matters import matter_snapshot
from windowdesk.services.cases.tickets import check_ticket
from windowdesk.services.cases.views import (
    CaseDetail,
    case_detail,
    correction_state,
    load_case,
    masked_applicant,
    notice_items_of,
    notice_of,
)
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.settings import NOTICE_LIMIT_WORKDAYS, STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Applicant as ApplicantRow
from windowdesk.store.models import Case, CaseEvent, CaseNotice, NumberCounter, Site
from windowdesk.store.uow import UnitOfWork

#: The stage a counter outcome leaves the case in (``domain.case_stages``).
STAGE_AFTER = {
    "accepted": stages.ACCEPTED,
    "incomplete": stages.AWAITING_CORRECTION,
    "rejected": stages.NOT_ACCEPTED,
    "on_the_spot": stages.CLOSED,
}


@dataclass(frozen=True)
class IntakeDraft:
    """What the counter needs to start a checklist: the frozen matter and the ticket being served."""

    matter: MatterSnapshot
    ticket_id: uuid.UUID | None


@dataclass(frozen=True)
class IntakeDecision:
    matter: MatterSnapshot
    applicant: Applicant
    checks: tuple[MaterialCheck, ...]
    outcome: str  # accepted | incomplete | rejected | on_the_spot
    rejection: Rejection | None = None
    result: str = ""  # on-the-spot result
    ticket_id: uuid.UUID | None = None
    issue_notice: bool = True  # incomplete: hand the one-time notice over now (the usual case)


@dataclass(frozen=True)
class ReturningApplicant:
    id: uuid.UUID
    applicant: Applicant  # id number and phone masked


def start_intake(ctx: ServiceContext, matter_code: str, ticket_id: uuid.UUID | None = None) -> IntakeDraft:
    """Freeze the matter's current version for a new checklist (from a ticket or standalone)."""
    return IntakeDraft(matter_snapshot(ctx, matter_code), ticket_id)


def find_applicant(ctx: ServiceContext, id_number: str) -> ReturningApplicant | None:
    """A returning applicant by ID number or credit code (as typed or scanned), or None."""
    site_id = require_site(ctx)
    number = "".join(id_number.split()).upper()
    if not number:
        return None
    with ctx.reading() as session:
        row = session.scalars(
            select(ApplicantRow)
            .where(ApplicantRow.site_id == site_id, ApplicantRow.id_number == number)
            .order_by(ApplicantRow.updated_at.desc())
            .limit(1)
        ).one_or_none()
        if row is None:
            return None
        data = {
            "kind": row.kind,
            "name": row.name,
            "id_type": row.id_type,
            "id_number": row.id_number,
            "phone": row.phone,
            "legal_representative": row.legal_representative,
        }
        return ReturningApplicant(row.id, masked_applicant(data))


# -- helpers -----------------------------------------------------------------------------------------


def _applicant_json(applicant: Applicant) -> dict:
    return dataclasses.asdict(applicant)


def _upsert_applicant(
    uow: UnitOfWork, site_id: uuid.UUID, applicant: Applicant, at: dt.datetime
) -> ApplicantRow:
    row = uow.session.scalars(
        select(ApplicantRow).where(
            ApplicantRow.site_id == site_id,
            ApplicantRow.id_type == applicant.id_type,
            ApplicantRow.id_number == applicant.id_number,
        )
    ).first()
    if row is None:
        row = uow.add(
            ApplicantRow(
                site_id=site_id,
                kind=applicant.kind,
                name=applicant.name,
                id_type=applicant.id_type,
                id_number=applicant.id_number,
                phone=applicant.phone,
                legal_representative=applicant.legal_representative,
            )
        )
    else:
        changed = (row.name, row.phone, row.legal_representative) != (
            applicant.name,
            applicant.phone,
            applicant.legal_representative,
        )
        if changed:
            row.name, row.phone = applicant.name, applicant.phone
            row.legal_representative = applicant.legal_representative
            row.updated_at = at
    return row


def _allocate_case_no(uow: UnitOfWork, site_code: str, year: int, device_no: int) -> str:
    """The next number of this device and year, from its counter row in this transaction. A store that
    was restored or re-installed (counter behind) skips past every number it already knows."""
    backup.refuse_numbers_if_restored(uow.session)  # a restored store waits for a sync
    counter = case_numbers.counter_name(year, device_no)
    sequence = uow.next_number(counter)
    prefix = case_numbers.prefix(site_code, year, device_no)
    highest = uow.session.scalar(
        select(func.max(Case.case_no)).where(
            Case.case_no.like(prefix + "%"),
            func.length(Case.case_no) == len(prefix) + case_numbers.SEQUENCE_DIGITS,
        )
    )
    if highest is not None and int(highest[-case_numbers.SEQUENCE_DIGITS :]) >= sequence:
        sequence = int(highest[-case_numbers.SEQUENCE_DIGITS :]) + 1
        uow.session.execute(update(NumberCounter).where(NumberCounter.name == counter).values(value=sequence))
    return case_numbers.format_case_number(site_code, year, device_no, sequence)


def add_event(
    uow: UnitOfWork, case: Case, event: str, ticket_id: uuid.UUID | None = None, **detail: object
) -> None:
    uow.add(
        CaseEvent(
            site_id=case.site_id,
            case_id=case.id,
            ticket_id=ticket_id,
            kind=event,
            user_login=uow.actor.login,
            window_no=uow.actor.window_no,
            detail={k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in detail.items()},
        )
    )


def refresh_due(
    case: Case, notice: CaseNotice | None, calendar: WorkdayCalendar, today: dt.date, statutory_default: int
) -> None:
    """Recompute the due dates from the acceptance date, skipping the 补正 wait of a deemed case
    (and any later pause: one clock for the whole life, :mod:`.clock`)."""
    store_clock(case, notice, calendar, today, statutory_default)


def _add_notice(
    uow: UnitOfWork, case: Case, calendar: WorkdayCalendar, limit: int, today: dt.date
) -> CaseNotice:
    existing = uow.session.scalar(
        select(func.count()).select_from(CaseNotice).where(CaseNotice.case_id == case.id)
    )
    one_time.ensure_first_notice(int(existing or 0))
    matter = snapshot_from_json(case.matter)
    checks = tuple(MaterialCheck(**c) for c in case.checks)
    items = one_time.notice_items(matter, checks)
    deadline = deadlines.notice_deadline(calendar, case.received_on, limit).day
    late = today > deadline
    notice = uow.add(
        CaseNotice(
            site_id=case.site_id,
            case_id=case.id,
            issued_on=today,
            deadline=deadline,
            late=late,
            items=[dataclasses.asdict(i) for i in items],
            issued_by=uow.actor.login,
        )
    )
    case.correction = {item.key: None for item in items}
    if late:
        # 行政许可法 art. 32: not told in time, the application counts as accepted on receipt.
        case.deemed_accepted = True
        case.accepted_on = case.received_on
    add_event(uow, case, "notice_issued", items=[i.key for i in items], late=late, deadline=deadline)
    return notice


def _conflict_on_race(exc: IntegrityError) -> Conflict:
    return Conflict(
        "Another counter has just changed the same case; reload it and try again",
    )


# -- write paths ----------------------------------------------------------------------------------------


@writes("case.decide")
def decide(ctx: ServiceContext, decision: IntakeDecision) -> CaseDetail:
    """End the counter visit with its outcome: a numbered case, its history, and for an incomplete
    application the one-time notice listing every blocking item (unless deferred)."""
    site_id = require_site(ctx)
    today = ctx.clock.today()
    applicant = normalise_applicant(decision.applicant, today)
    matter = decision.matter
    if decision.outcome == "rejected":
        by_key = {m.key: m for m in matter.materials}
        for check in decision.checks:
            if check.key not in by_key:
                raise UserError(
                    "Material {key} is not on the matter's list",
                    key=check.key,
                )
            validate_row(by_key[check.key].name, by_key[check.key].requirement, check)
        checks = tuple(decision.checks)
    else:
        checks = validate_checklist(matter, decision.checks)
    check_decision(matter, checks, decision.outcome, decision.rejection, decision.result)
    calendar = load_calendar(ctx)
    limit = int(get_setting(ctx, NOTICE_LIMIT_WORKDAYS.key))
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    actor = ctx.actor
    try:
        with ctx.unit_of_work() as uow:
            site = uow.session.get(Site, site_id)
            if decision.ticket_id is not None:
                check_ticket(uow, decision.ticket_id)
            applicant_row = _upsert_applicant(uow, site_id, applicant, ctx.clock.now())
            uow.session.flush()
            rejection = decision.rejection or Rejection("", "")
            case = uow.add(
                Case(
                    site_id=site_id,
                    case_no=_allocate_case_no(uow, site.code, today.year, actor.device_no),
                    ticket_id=decision.ticket_id,
                    applicant_id=applicant_row.id,
                    applicant=_applicant_json(applicant),
                    matter_code=matter.code,
                    matter_version_id=matter.version_id,
                    matter=snapshot_to_json(matter),
                    checks=[dataclasses.asdict(c) for c in checks],
                    outcome=decision.outcome,
                    status=STATUS_AFTER[decision.outcome],
                    received_on=today,
                    accepted_on=today if decision.outcome in ("accepted", "on_the_spot") else None,
                    result=decision.result.strip(),
                    rejection_reason=rejection.reason.strip(),
                    rejection_basis=rejection.legal_basis.strip(),
                    competent_office=rejection.competent_office.strip(),
                    window_no=actor.window_no,
                    device_no=actor.device_no,
                    clerk_login=actor.login,
                    clerk_name=actor.display_name,
                    stage=STAGE_AFTER[decision.outcome],
                    stage_changed_at=ctx.clock.now(),
                    department_code=matter.department_code,
                    department_name=matter.department,
                    silence_consent=matter.silence_consent,
                    responsible_login=actor.login,
                )
            )
            if decision.outcome == "on_the_spot":
                case.completed_on = today
                case.decision, case.decided_on = stages.APPROVED, today
            uow.session.flush()
            add_event(uow, case, "received", decision.ticket_id, outcome=decision.outcome)
            notice = None
            if decision.outcome == "incomplete" and decision.issue_notice:
                notice = _add_notice(uow, case, calendar, limit, today)
            refresh_due(case, notice, calendar, today, statutory_default)
            uow.audit(
                "case.decide",
                "intake_case",
                case.id,
                case_no=case.case_no,
                outcome=decision.outcome,
                matter=matter.code,
                applicant=masked_applicant(case.applicant).id_number,
                ticket=str(decision.ticket_id or ""),
            )
            case_no = case.case_no
    except IntegrityError as exc:
        raise _conflict_on_race(exc) from exc
    return case_detail(ctx, case_no, today)


@writes("case.issue_notice")
def issue_notice(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """Issue the one-time notice of an incomplete application decided earlier (at most one, ever)."""
    today = ctx.clock.today()
    calendar = load_calendar(ctx)
    limit = int(get_setting(ctx, NOTICE_LIMIT_WORKDAYS.key))
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    try:
        with ctx.unit_of_work() as uow:
            case = load_case(uow.session, case_no, for_update=True)
            if case.outcome != "incomplete":
                raise Conflict(
                    "Case {no} is not an incomplete application; it gets no one-time notice",
                    no=case.case_no,
                )
            notice = _add_notice(uow, case, calendar, limit, today)
            refresh_due(case, notice, calendar, today, statutory_default)
            case.updated_at = ctx.clock.now()
            uow.audit("case.issue_notice", "intake_case", case.id, case_no=case.case_no, late=notice.late)
            number = case.case_no
    except IntegrityError as exc:
        raise Conflict(
            "This case already has its one-time notice; a second one is not allowed (Licensing Law art. 32)",
        ) from exc
    return case_detail(ctx, number, today)


@writes("case.correction")
def record_correction(
    ctx: ServiceContext,
    case_no: str,
    checks: tuple[MaterialCheck, ...],
    ticket_id: uuid.UUID | None = None,
) -> CaseDetail:
    """A 补正 visit (while serving ``ticket_id``, if from the queue): only the items on the notice are
    checked; the case is accepted the day the last one arrives."""
    today = ctx.clock.today()
    calendar = load_calendar(ctx)
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    with ctx.unit_of_work() as uow:
        case = load_case(uow.session, case_no, for_update=True)
        if ticket_id is not None:
            check_ticket(uow, ticket_id)
        notice = notice_of(uow.session, case.id)
        if notice is None:
            raise Conflict(
                "Case {no} has no one-time notice, so there is nothing to correct",
                no=case.case_no,
            )
        if case.status != "awaiting_correction":
            raise Conflict(
                "Case {no} has already received every listed item",
                no=case.case_no,
            )
        state = correction_state(case, notice)
        assert state is not None
        state = one_time.record_correction(notice_items_of(notice), state, tuple(checks), today)
        case.correction = {k: (None if d is None else d.isoformat()) for k, d in state.arrived.items()}
        if state.complete:
            case.completed_on = state.acceptance_date
            case.status = "accepted"
            case.stage = stages.ACCEPTED
            case.stage_changed_at = ctx.clock.now()
            if not case.deemed_accepted:
                case.accepted_on = state.acceptance_date
        refresh_due(case, notice, calendar, today, statutory_default)
        case.updated_at = ctx.clock.now()
        add_event(
            uow,
            case,
            "correction",
            ticket_id,
            checked=[c.key for c in checks],
            arrived=[c.key for c in checks if c.arrived],
            complete=state.complete,
        )
        uow.audit(
            "case.correction",
            "intake_case",
            case.id,
            case_no=case.case_no,
            arrived=[c.key for c in checks if c.arrived],
            complete=state.complete,
        )
        number = case.case_no
    return case_detail(ctx, number, today)
