"""Hand-over to the department that handles the matter (承办): a batch of accepted cases on one
printed list (流转单) per department, and the department signing for the batch by scanning it.

Batch numbers look like ``HO-SZ0126030201001`` (site, yymmdd, device, sequence; at most 20 characters
for Code128): the ``HO-`` prefix
tells a scanned list from a scanned case number (which never holds a ``-``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from windowdesk.domain import case_stages as stages
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services.cases.intake import add_event
from windowdesk.services.cases.views import CaseSummary, load_case, summary_of
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.store.models import Case, CaseHandover, Site

BATCH_PREFIX = "HO-"


@dataclass(frozen=True)
class HandoverBatch:
    batch_no: str
    department_code: str
    department_name: str
    case_nos: tuple[str, ...]
    handed_on: dt.date
    handed_by: str
    received_by: str
    received_on: dt.date | None


def _view(row: CaseHandover) -> HandoverBatch:
    return HandoverBatch(
        row.batch_no,
        row.department_code,
        row.department_name,
        tuple(row.case_nos),
        row.handed_on,
        row.handed_by,
        row.received_by,
        row.received_on,
    )


def is_batch_no(text: str) -> bool:
    return (text or "").strip().upper().startswith(BATCH_PREFIX)


#: the most rows one page of :func:`awaiting_handover` holds
AWAITING_LIMIT = 500


@dataclass(frozen=True)
class AwaitingHandover:
    """One page of the accepted cases waiting to be handed over, and how many wait in all."""

    cases: tuple[CaseSummary, ...]  # applicant ID numbers masked, as in every list
    total: int
    offset: int
    as_of: dt.date | None = None  # the hall's day read at: a due date before it has passed


def awaiting_handover(
    ctx: ServiceContext, department_code: str | None = None, *, limit: int = 200, offset: int = 0
) -> AwaitingHandover:
    """This site's accepted cases not yet handed over (of ``department_code``, or of every
    department), the longest waiting first (accepted on, then case number): one page of at most
    ``limit`` rows (never more than :data:`AWAITING_LIMIT`) after the first ``offset``, and the
    count of all of them. These are the cases :func:`handover_cases` takes."""
    site_id = require_site(ctx)
    query = select(Case).where(Case.site_id == site_id, Case.stage == stages.ACCEPTED)
    code = (department_code or "").strip().upper()
    if code:
        query = query.where(Case.department_code == code)
    limit = max(1, min(int(limit), AWAITING_LIMIT))
    offset = max(0, int(offset))
    page = query.order_by(Case.accepted_on, Case.case_no).offset(offset).limit(limit)
    today = ctx.clock.today()
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = tuple(summary_of(c, today=today) for c in session.scalars(page))
    return AwaitingHandover(rows, total, offset, today)


@writes("case.handover")
def handover_cases(
    ctx: ServiceContext,
    department_code: str,
    case_nos: list[str] | None = None,
) -> HandoverBatch:
    """Hand this site's accepted cases of ``department_code`` (all of them, or ``case_nos``) to that
    department on one list. A case not in the accepted stage (already handed over or received, say)
    is refused, and nothing is written."""
    site_id = require_site(ctx)
    today = ctx.clock.today()
    code = (department_code or "").strip().upper()
    if not code:
        raise UserError("Name the department that handles the cases")
    with ctx.unit_of_work() as uow:
        session = uow.session
        if case_nos:
            cases = [load_case(session, n, for_update=True) for n in dict.fromkeys(case_nos)]
            for case in cases:
                stages.check_move("handover", case.stage, ctx.actor.role, case.case_no)
                if case.department_code != code:
                    raise Conflict(
                        "Case {no} is handled by {dept}, not by {code}",
                        no=case.case_no,
                        dept=case.department_code or "—",
                        code=code,
                    )
        else:
            stages.check_move("handover", stages.ACCEPTED, ctx.actor.role, "—")
            cases = list(
                session.scalars(
                    select(Case)
                    .where(
                        Case.site_id == site_id, Case.stage == stages.ACCEPTED, Case.department_code == code
                    )
                    .order_by(Case.case_no)
                    .with_for_update()
                )
            )
        if not cases:
            raise Conflict(
                "There are no accepted cases waiting to be handed over to {code}",
                code=code,
            )
        site = session.get(Site, site_id)
        sequence = uow.next_number(f"handover:{today.year}:{ctx.actor.device_no}")
        batch_no = f"{BATCH_PREFIX}{site.code}{today:%y%m%d}{ctx.actor.device_no:02d}{sequence:03d}"
        batch = uow.add(
            CaseHandover(
                site_id=site_id,
                batch_no=batch_no,
                department_code=code,
                department_name=cases[0].department_name,
                case_nos=[c.case_no for c in cases],
                handed_on=today,
                handed_by=ctx.actor.login,
            )
        )
        session.flush()
        for case in cases:
            case.stage = stages.HANDED_OVER
            case.stage_changed_at = case.updated_at = ctx.clock.now()
            case.handover_id = batch.id
            case.responsible_login = ctx.actor.login
            add_event(
                uow,
                case,
                "handover",
                **{"from": stages.ACCEPTED, "to": stages.HANDED_OVER, "batch": batch_no, "department": code},
            )
        uow.audit(
            "case.handover",
            "case_handover",
            batch.id,
            batch_no=batch_no,
            department=code,
            cases=[c.case_no for c in cases],
        )
        return _view(batch)


def find_batch(ctx: ServiceContext, batch_no: str) -> HandoverBatch:
    number = (batch_no or "").strip().upper()
    with ctx.reading() as session:
        row = session.scalars(select(CaseHandover).where(CaseHandover.batch_no == number)).one_or_none()
        if row is None:
            raise NotFound("No hand-over list numbered {no}", no=number)
        return _view(row)


def list_batches(
    ctx: ServiceContext, department_code: str | None = None, limit: int = 100
) -> list[HandoverBatch]:
    query = select(CaseHandover).order_by(CaseHandover.created_at.desc()).limit(limit)
    if department_code:
        query = query.where(CaseHandover.department_code == department_code.strip().upper())
    with ctx.reading() as session:
        return [_view(r) for r in session.scalars(query)]


@writes("case.receive_batch")
def receive_batch(ctx: ServiceContext, batch_no: str) -> HandoverBatch:
    """The department signs for a whole list (scanned): every case on it still handed over is
    received by the signing handler. A list signed for before is refused."""
    today = ctx.clock.today()
    number = (batch_no or "").strip().upper()
    with ctx.unit_of_work() as uow:
        session = uow.session
        batch = session.scalars(
            select(CaseHandover).where(CaseHandover.batch_no == number).with_for_update()
        ).one_or_none()
        if batch is None:
            raise NotFound("No hand-over list numbered {no}", no=number)
        if batch.received_by:
            raise Conflict(
                "Hand-over list {no} was signed for on {day} by {who}",
                no=number,
                day=batch.received_on.isoformat() if batch.received_on else "—",
                who=batch.received_by,
            )
        received = []
        for case_no in batch.case_nos:
            case = load_case(session, case_no, for_update=True)
            if case.stage != stages.HANDED_OVER or case.handover_id != batch.id:
                continue  # withdrawn meanwhile, say: its own history says so
            stages.check_move("receive", case.stage, ctx.actor.role, case.case_no)
            case.stage = stages.RECEIVED
            case.stage_changed_at = case.updated_at = ctx.clock.now()
            case.handler_login = case.responsible_login = ctx.actor.login
            add_event(
                uow, case, "receive", **{"from": stages.HANDED_OVER, "to": stages.RECEIVED, "batch": number}
            )
            received.append(case.case_no)
        if not received:
            stages.check_move("receive", stages.HANDED_OVER, ctx.actor.role, number)
        batch.received_by, batch.received_on = ctx.actor.login, today
        uow.audit("case.receive_batch", "case_handover", batch.id, batch_no=number, cases=received)
        return _view(batch)
