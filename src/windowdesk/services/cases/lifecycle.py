"""A case's moves in the department (承办): receive, review, pause and resume the clock (art. 45),
decide, make the result ready; and the two ends mid-way: withdrawal by the applicant, return. The
extension is in :mod:`.extension`, delivery at the result window in :mod:`.delivery`, the shared
mechanics (one unit of work per move, the one role/stage check) in :mod:`.moves`. A refused move
raises a :class:`UserError` and writes nothing."""

from __future__ import annotations

import datetime as dt

from windowdesk.domain import case_clock
from windowdesk.domain import case_stages as stages
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import N_
from windowdesk.services.cases.clock import lifecycle_periods
from windowdesk.services.cases.moves import (
    MoveContext,
    begin,
    not_paused,
    refresh_clock,
    required_text,
    running_pause,
    to_stage,
)
from windowdesk.services.cases.views import CaseDetail, case_detail
from windowdesk.services.context import ServiceContext, writes

MAX_PAUSE_WORKDAYS = 250


@writes("case.receive")
def receive_case(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """The department signs for a case handed over to it; the receiver becomes its handler."""
    with begin(ctx, case_no, "receive") as m:
        m.case.handler_login = ctx.actor.login
        to_stage(m, stages.RECEIVED, ctx.actor.login)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.review")
def start_review(ctx: ServiceContext, case_no: str) -> CaseDetail:
    with begin(ctx, case_no, "review") as m:
        if not m.case.handler_login:
            m.case.handler_login = ctx.actor.login
        to_stage(m, stages.UNDER_REVIEW, m.case.handler_login)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.pause")
def pause_clock(
    ctx: ServiceContext,
    case_no: str,
    kind: str,
    reason: str,
    expected_workdays: int,
) -> CaseDetail:
    """An art. 45 period starts today: the days after today until it ends do not count."""
    if kind not in stages.PAUSE_KINDS:
        raise UserError(
            "The kind of pause is one of {kinds}, not {kind}",
            kinds=", ".join(stages.PAUSE_KINDS),
            kind=kind,
        )
    reason = required_text(reason, N_("reason for the pause"))
    if not 1 <= expected_workdays <= MAX_PAUSE_WORKDAYS:
        raise UserError(
            "The expected working days must be from 1 to {max}, not {n}",
            max=MAX_PAUSE_WORKDAYS,
            n=expected_workdays,
        )
    with begin(ctx, case_no, "pause") as m:
        case = m.case
        case_clock.check_new_period(lifecycle_periods(case), m.today, case.accepted_on or m.today)
        pause = {
            "kind": kind,
            "reason": reason,
            "expected_workdays": expected_workdays,
            "start": m.today.isoformat(),
            "end": None,
            "by": ctx.actor.login,
            "ended_by": "",
        }
        case.pauses = [*(case.pauses or []), pause]
        refresh_clock(ctx, m)
        to_stage(m, case.stage, kind=kind, reason=reason, expected_workdays=expected_workdays)
        number = case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.resume")
def resume_clock(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """The running pause ends today; the due dates move later by its working days."""
    with begin(ctx, case_no, "resume") as m:
        case = m.case
        running = running_pause(case)
        if running is None:
            raise Conflict(
                "Case {no} is not paused; there is nothing to resume",
                no=case.case_no,
            )
        if m.today < dt.date.fromisoformat(running["start"]):
            raise Conflict(
                "The clock cannot resume before it was paused on {start}",
                start=running["start"],
            )
        _end_pause(ctx, m, running, m.today)
        to_stage(m, case.stage, kind=running["kind"], started=running["start"])
        number = case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.decision")
def record_decision(
    ctx: ServiceContext,
    case_no: str,
    approve: bool,
    licence_no: str = "",
    reason: str = "",
    basis: str = "",
) -> CaseDetail:
    """准予 (with the licence or certificate number, if any) or 不予许可 (with reasons and basis)."""
    if not approve:
        reason = required_text(reason, N_("reasons for the denial"))
        basis = required_text(basis, N_("legal basis of the denial"))
    with begin(ctx, case_no, "decide") as m:
        case = m.case
        not_paused(case)
        case.decision = stages.APPROVED if approve else stages.DENIED
        case.decided_on = m.today
        case.licence_no = licence_no.strip() if approve else ""
        case.decision_reason, case.decision_basis = reason.strip(), basis.strip()
        to_stage(
            m, stages.DECIDED, action="case.decision", decision=case.decision, licence_no=case.licence_no
        )
        number = case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.ready")
def mark_ready(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """The result (licence, certificate or the denial decision) is at the result window (出件)."""
    with begin(ctx, case_no, "ready") as m:
        to_stage(m, stages.RESULT_READY, m.case.clerk_login)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


def _end_pause(ctx: ServiceContext, m: MoveContext, running: dict, day: dt.date) -> None:
    m.case.pauses = [
        {**p, "end": day.isoformat(), "ended_by": ctx.actor.login} if p is running else p
        for p in m.case.pauses
    ]
    refresh_clock(ctx, m)


def _end_running_pause(ctx: ServiceContext, m: MoveContext) -> dict:
    """A case that leaves the department's hands mid-way (withdrawn, returned) ends its running pause
    today (not before the day it started); the history names it."""
    running = running_pause(m.case)
    if running is None:
        return {}
    start = dt.date.fromisoformat(running["start"])
    _end_pause(ctx, m, running, max(m.today, start))
    return {"pause_ended": running["kind"], "pause_started": running["start"]}


@writes("case.withdraw")
def withdraw_case(ctx: ServiceContext, case_no: str, reason: str) -> CaseDetail:
    """The applicant withdraws the application in writing (撤回); the request is recorded."""
    reason = required_text(reason, N_("applicant's written request"))
    with begin(ctx, case_no, "withdraw") as m:
        m.case.closing_note = reason
        ended = _end_running_pause(ctx, m)
        to_stage(m, stages.WITHDRAWN, ctx.actor.login, reason=reason, **ended)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.return")
def return_case(ctx: ServiceContext, case_no: str, reason: str) -> CaseDetail:
    """The department returns the case mid-way (退件), with the reason."""
    reason = required_text(reason, N_("reason for the return"))
    with begin(ctx, case_no, "return") as m:
        m.case.closing_note = reason
        ended = _end_running_pause(ctx, m)
        to_stage(m, stages.RETURNED, ctx.actor.login, reason=reason, **ended)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)
