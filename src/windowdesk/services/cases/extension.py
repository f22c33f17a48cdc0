"""The one extension (延期, art. 42): the handler asks, a supervisor approves or refuses; a supervisor
may also extend directly (the CLI's ``case extend``). The statutory due date moves by the working
days; the promised one does not."""

from __future__ import annotations

from windowdesk.errors import Conflict, UserError
from windowdesk.messages import N_
from windowdesk.services.cases.moves import (
    MoveContext,
    begin,
    refresh_clock,
    required_text,
    to_stage,
)
from windowdesk.services.cases.views import CaseDetail, case_detail
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Case

MAX_EXTENSION_WORKDAYS = 60


def _extension_days(case: Case, workdays: int | None) -> int:
    days = workdays if workdays is not None else int(case.matter.get("extension_workdays") or 10)
    if not 1 <= days <= MAX_EXTENSION_WORKDAYS:
        raise UserError(
            "An extension is from 1 to {max} working days, not {n}",
            max=MAX_EXTENSION_WORKDAYS,
            n=days,
        )
    return days


def _not_extended(case: Case) -> None:
    if case.extension_workdays:
        raise Conflict(
            "Case {no} was already extended once ({n} working days); the law allows one extension",
            no=case.case_no,
            n=case.extension_workdays,
        )


@writes("case.request_extension")
def request_extension(
    ctx: ServiceContext, case_no: str, reason: str, workdays: int | None = None
) -> CaseDetail:
    """The handler asks a supervisor for the one extension (default: the matter's working days)."""
    reason = required_text(reason, N_("reason for the extension"))
    with begin(ctx, case_no, "request_extension") as m:
        case = m.case
        _not_extended(case)
        if (case.extension or {}).get("state") == "requested":
            raise Conflict(
                "The extension of case {no} is already waiting for a supervisor",
                no=case.case_no,
            )
        days = _extension_days(case, workdays)
        case.extension = {
            "state": "requested",
            "workdays": days,
            "reason": reason,
            "requested_by": ctx.actor.login,
            "requested_on": m.today.isoformat(),
        }
        to_stage(m, case.stage, workdays=days, reason=reason)
        number = case.case_no
    return case_detail(ctx, number, m.today)


def _approve(ctx: ServiceContext, m: MoveContext, days: int, reason: str, note: str, action: str) -> None:
    case = m.case
    _not_extended(case)
    case.extension_workdays = days
    case.extension = {
        **(case.extension or {}),
        "state": "approved",
        "workdays": days,
        "reason": reason,
        "decided_by": ctx.actor.login,
        "decided_on": m.today.isoformat(),
        "note": note,
    }
    refresh_clock(ctx, m)
    to_stage(m, case.stage, action=action, workdays=days, reason=reason, statutory_due=case.statutory_due)


@writes("case.extend")
def extend_deadline(
    ctx: ServiceContext, case_no: str, workdays: int, reason: str
) -> CaseDetail:
    """A supervisor extends the statutory due date by ``workdays`` (at most once), approving a
    waiting request if there is one."""
    reason = required_text(reason, N_("reason for the extension"))
    with begin(ctx, case_no, "extend") as m:
        days = _extension_days(m.case, workdays)
        _approve(ctx, m, days, reason, "", "case.extend")
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


@writes("case.approve_extension")
def approve_extension(
    ctx: ServiceContext, case_no: str, note: str = ""
) -> CaseDetail:
    """A supervisor approves the handler's waiting request as asked."""
    with begin(ctx, case_no, "extend") as m:
        request = _waiting_request(m.case)
        _approve(ctx, m, int(request["workdays"]), request["reason"], note.strip(), "case.approve_extension")
        number = m.case.case_no
    return case_detail(ctx, number, m.today)


def _waiting_request(case: Case) -> dict:
    request = case.extension or {}
    if request.get("state") != "requested":
        raise Conflict(
            "Case {no} has no extension request waiting",
            no=case.case_no,
        )
    return request


@writes("case.refuse_extension")
def refuse_extension(
    ctx: ServiceContext, case_no: str, note: str
) -> CaseDetail:
    note = required_text(note, N_("reason for refusing"))
    with begin(ctx, case_no, "refuse_extension") as m:
        request = _waiting_request(m.case)
        m.case.extension = {
            **request,
            "state": "refused",
            "decided_by": ctx.actor.login,
            "decided_on": m.today.isoformat(),
            "note": note,
        }
        to_stage(m, m.case.stage, note=note)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)
