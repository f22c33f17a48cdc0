"""A case's moves after the counter: receive, review, pause and resume the clock, extension,
decision, result ready, delivery, close, withdrawal and return (issue 11). Hand-over batches are in
:mod:`.handover`.

Each move is one unit of work: the case row (its stage and the fields the move sets), one history
row, one audit entry (the unit of work adds the outbox rows). Who may make a move from which stage
is the one table ``domain.case_stages.MOVES``, checked by :func:`_begin` and nowhere else. A refused
move raises a :class:`UserError` and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from windowdesk.domain import case_clock
from windowdesk.domain import case_stages as stages
from windowdesk.domain.identity import mask_id_number
from windowdesk.errors import Conflict, UserError
from windowdesk.services.cases.clock import lifecycle_periods, store_clock
from windowdesk.services.cases.intake import add_event
from windowdesk.services.cases.views import CaseDetail, load_case, notice_of, show_case
from windowdesk.services.clock import local_today
from windowdesk.services.context import ServiceContext, writes
from windowdesk.services.settings import STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.base import utcnow
from windowdesk.store.models import Case
from windowdesk.store.uow import UnitOfWork

MAX_PAUSE_WORKDAYS = 250
MAX_EXTENSION_WORKDAYS = 60


@dataclass
class _Move:
    uow: UnitOfWork
    case: Case
    move: stages.Move
    today: dt.date


@contextmanager
def _begin(ctx: ServiceContext, case_no: str, move_name: str, today: dt.date | None) -> Iterator[_Move]:
    """One move in one unit of work: the case locked, the role and the stage checked."""
    today = today or local_today(ctx)
    with ctx.unit_of_work() as uow:
        case = load_case(uow.session, case_no, for_update=True)
        move = stages.check_move(move_name, case.stage, ctx.actor.role, case.case_no)
        yield _Move(uow, case, move, today)


def _to_stage(m: _Move, stage: str, responsible: str | None = None, **detail: object) -> None:
    """Move the case to ``stage`` with its history row and audit entry."""
    case, before = m.case, m.case.stage
    case.stage = stage
    case.stage_changed_at = utcnow()
    case.updated_at = utcnow()
    if responsible is not None:
        case.responsible_login = responsible
    add_event(m.uow, case, m.move.name, **{"from": before, "to": stage, **detail})
    m.uow.audit(f"case.{m.move.name}", "intake_case", case.id, case_no=case.case_no, stage=stage, **detail)


def _text(value: str, zh: str, en: str) -> str:
    value = (value or "").strip()
    if not value:
        raise UserError("请填写{what}", "Please give the {what_en}", what=zh, what_en=en)
    return value


def _refresh(ctx: ServiceContext, m: _Move) -> None:
    store_clock(
        m.case,
        notice_of(m.uow.session, m.case.id),
        load_calendar(ctx),
        m.today,
        int(get_setting(ctx, STATUTORY_WORKDAYS.key)),
    )


def _running_pause(case: Case) -> dict | None:
    return next((p for p in case.pauses or [] if not p.get("end")), None)


def _not_paused(case: Case) -> None:
    pause = _running_pause(case)
    if pause is not None:
        raise Conflict(
            "案件 {no} 正处于特别程序期间（{since} 起计时中止），请先恢复计时",
            "Case {no} is paused (since {since}); resume the clock first",
            no=case.case_no,
            since=pause["start"],
        )


# -- the department (承办) ---------------------------------------------------------------------------


@writes("case.receive")
def receive_case(ctx: ServiceContext, case_no: str, today: dt.date | None = None) -> CaseDetail:
    """The department signs for a case handed over to it; the receiver becomes its handler."""
    with _begin(ctx, case_no, "receive", today) as m:
        m.case.handler_login = ctx.actor.login
        _to_stage(m, stages.RECEIVED, ctx.actor.login)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.review")
def start_review(ctx: ServiceContext, case_no: str, today: dt.date | None = None) -> CaseDetail:
    with _begin(ctx, case_no, "review", today) as m:
        if not m.case.handler_login:
            m.case.handler_login = ctx.actor.login
        _to_stage(m, stages.UNDER_REVIEW, m.case.handler_login)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.pause")
def pause_clock(
    ctx: ServiceContext,
    case_no: str,
    kind: str,
    reason: str,
    expected_workdays: int,
    today: dt.date | None = None,
) -> CaseDetail:
    """An art. 45 period starts today: the days after today until it ends do not count."""
    if kind not in stages.PAUSE_KINDS:
        raise UserError(
            "特别程序种类须为 {kinds} 之一，而不是 {kind}",
            "The kind of pause is one of {kinds}, not {kind}",
            kinds=", ".join(stages.PAUSE_KINDS),
            kind=kind,
        )
    reason = _text(reason, "中止计时的理由", "reason for the pause")
    if not 1 <= expected_workdays <= MAX_PAUSE_WORKDAYS:
        raise UserError(
            "预计所需工作日须在 1 到 {max} 之间，而不是 {n}",
            "The expected working days must be from 1 to {max}, not {n}",
            max=MAX_PAUSE_WORKDAYS,
            n=expected_workdays,
        )
    with _begin(ctx, case_no, "pause", today) as m:
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
        _refresh(ctx, m)
        _to_stage(m, case.stage, kind=kind, reason=reason, expected_workdays=expected_workdays)
        number = case.case_no
    return show_case(ctx, number, m.today)


@writes("case.resume")
def resume_clock(ctx: ServiceContext, case_no: str, today: dt.date | None = None) -> CaseDetail:
    """The running pause ends today; the due dates move later by its working days."""
    with _begin(ctx, case_no, "resume", today) as m:
        case = m.case
        running = _running_pause(case)
        if running is None:
            raise Conflict(
                "案件 {no} 没有正在进行的特别程序，无需恢复计时",
                "Case {no} is not paused; there is nothing to resume",
                no=case.case_no,
            )
        if m.today < dt.date.fromisoformat(running["start"]):
            raise Conflict(
                "恢复日期不能早于中止日期 {start}",
                "The clock cannot resume before it was paused on {start}",
                start=running["start"],
            )
        case.pauses = [
            {**p, "end": m.today.isoformat(), "ended_by": ctx.actor.login} if p is running else p
            for p in case.pauses
        ]
        _refresh(ctx, m)
        _to_stage(m, case.stage, kind=running["kind"], started=running["start"])
        number = case.case_no
    return show_case(ctx, number, m.today)


def _extension_days(case: Case, workdays: int | None) -> int:
    days = workdays if workdays is not None else int(case.matter.get("extension_workdays") or 10)
    if not 1 <= days <= MAX_EXTENSION_WORKDAYS:
        raise UserError(
            "延期工作日须在 1 到 {max} 之间，而不是 {n}",
            "An extension is from 1 to {max} working days, not {n}",
            max=MAX_EXTENSION_WORKDAYS,
            n=days,
        )
    return days


def _not_extended(case: Case) -> None:
    if case.extension_workdays:
        raise Conflict(
            "案件 {no} 已延期一次（{n} 个工作日），依法只能延期一次",
            "Case {no} was already extended once ({n} working days); the law allows one extension",
            no=case.case_no,
            n=case.extension_workdays,
        )


@writes("case.request_extension")
def request_extension(
    ctx: ServiceContext, case_no: str, reason: str, workdays: int | None = None, today: dt.date | None = None
) -> CaseDetail:
    """The handler asks a supervisor for the one extension (default: the matter's working days)."""
    reason = _text(reason, "延期理由", "reason for the extension")
    with _begin(ctx, case_no, "request_extension", today) as m:
        case = m.case
        _not_extended(case)
        if (case.extension or {}).get("state") == "requested":
            raise Conflict(
                "案件 {no} 的延期申请正在等待督查人员审批",
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
        _to_stage(m, case.stage, workdays=days, reason=reason)
        number = case.case_no
    return show_case(ctx, number, m.today)


def _approve(ctx: ServiceContext, m: _Move, days: int, reason: str, note: str) -> None:
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
    _refresh(ctx, m)
    _to_stage(m, case.stage, workdays=days, reason=reason, statutory_due=case.statutory_due)


@writes("case.extend")
def extend_deadline(
    ctx: ServiceContext, case_no: str, workdays: int, reason: str, today: dt.date | None = None
) -> CaseDetail:
    """A supervisor extends the statutory due date by ``workdays`` (at most once), approving a
    waiting request if there is one."""
    reason = _text(reason, "延期理由", "reason for the extension")
    with _begin(ctx, case_no, "extend", today) as m:
        days = _extension_days(m.case, workdays)
        _approve(ctx, m, days, reason, "")
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.approve_extension")
def approve_extension(
    ctx: ServiceContext, case_no: str, note: str = "", today: dt.date | None = None
) -> CaseDetail:
    """A supervisor approves the handler's waiting request as asked."""
    with _begin(ctx, case_no, "extend", today) as m:
        request = _waiting_request(m.case)
        _approve(ctx, m, int(request["workdays"]), request["reason"], note.strip())
        number = m.case.case_no
    return show_case(ctx, number, m.today)


def _waiting_request(case: Case) -> dict:
    request = case.extension or {}
    if request.get("state") != "requested":
        raise Conflict(
            "案件 {no} 没有待审批的延期申请",
            "Case {no} has no extension request waiting",
            no=case.case_no,
        )
    return request


@writes("case.refuse_extension")
def refuse_extension(
    ctx: ServiceContext, case_no: str, note: str, today: dt.date | None = None
) -> CaseDetail:
    note = _text(note, "不批准的理由", "reason for refusing")
    with _begin(ctx, case_no, "refuse_extension", today) as m:
        request = _waiting_request(m.case)
        m.case.extension = {
            **request,
            "state": "refused",
            "decided_by": ctx.actor.login,
            "decided_on": m.today.isoformat(),
            "note": note,
        }
        _to_stage(m, m.case.stage, note=note)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.decide_licence")
def record_decision(
    ctx: ServiceContext,
    case_no: str,
    approve: bool,
    licence_no: str = "",
    reason: str = "",
    basis: str = "",
    today: dt.date | None = None,
) -> CaseDetail:
    """准予 (with the licence or certificate number, if any) or 不予许可 (with reasons and basis)."""
    if not approve:
        reason = _text(reason, "不予许可的理由", "reasons for the denial")
        basis = _text(basis, "不予许可的法律依据", "legal basis of the denial")
    with _begin(ctx, case_no, "decide", today) as m:
        case = m.case
        _not_paused(case)
        case.decision = stages.APPROVED if approve else stages.DENIED
        case.decided_on = m.today
        case.licence_no = licence_no.strip() if approve else ""
        case.decision_reason, case.decision_basis = reason.strip(), basis.strip()
        _to_stage(m, stages.DECIDED, decision=case.decision, licence_no=case.licence_no)
        number = case.case_no
    return show_case(ctx, number, m.today)


@writes("case.ready")
def mark_ready(ctx: ServiceContext, case_no: str, today: dt.date | None = None) -> CaseDetail:
    """The result (licence, certificate or the denial decision) is at the result window (出件)."""
    with _begin(ctx, case_no, "ready", today) as m:
        _to_stage(m, stages.RESULT_READY, m.case.clerk_login)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


# -- the result window (出件) -------------------------------------------------------------------------


def _normal_id(value: str) -> str:
    return "".join((value or "").split()).upper()


@writes("case.deliver")
def deliver_result(
    ctx: ServiceContext,
    case_no: str,
    *,
    pickup_id_number: str = "",
    carrier: str = "",
    tracking_no: str = "",
    today: dt.date | None = None,
) -> CaseDetail:
    """Hand the result over: picked up at the window by the applicant or their agent (their ID
    checked: a wrong one is refused) — delivered and closed at once — or sent by express (delivered;
    closed when the receipt comes back)."""
    express = bool(carrier or tracking_no)
    if express:
        carrier = _text(carrier, "快递公司", "carrier")
        tracking_no = _text(tracking_no, "快递单号", "tracking number")
    elif not _normal_id(pickup_id_number):
        raise UserError(
            "请核验领取人的证件号码", "Check the collector's ID number first (give it, or choose express)"
        )
    with _begin(ctx, case_no, "deliver", today) as m:
        case = m.case
        applicant = case.applicant or {}
        if express:
            delivery = {
                "how": "express",
                "to": "applicant",
                "name": applicant.get("name", ""),
                "carrier": carrier,
                "tracking": tracking_no,
            }
            target = stages.DELIVERED
        else:
            given = _normal_id(pickup_id_number)
            agent = applicant.get("agent") or {}
            if given == _normal_id(applicant.get("id_number", "")):
                to, name, number = "applicant", applicant.get("name", ""), applicant.get("id_number", "")
            elif agent and given == _normal_id(agent.get("id_number", "")):
                to, name, number = "agent", agent.get("name", ""), agent.get("id_number", "")
            else:
                raise Conflict(
                    "领取人证件号码 {given} 与申请人及其代理人均不一致，不能交付",
                    "The collector's ID {given} matches neither the applicant nor their agent; "
                    "the result cannot be handed over",
                    given=mask_id_number(given),
                )
            delivery = {"how": "pickup", "to": to, "name": name, "id_masked": mask_id_number(number)}
            target = stages.CLOSED
        case.delivery = {
            **delivery,
            "on": m.today.isoformat(),
            "by": ctx.actor.login,
            "by_name": ctx.actor.display_name or ctx.actor.login,
        }
        _to_stage(m, target, ctx.actor.login, how=delivery["how"], collector=delivery["to"])
        number_ = case.case_no
    return show_case(ctx, number_, m.today)


@writes("case.close")
def close_case(ctx: ServiceContext, case_no: str, today: dt.date | None = None) -> CaseDetail:
    """An express delivery's signed receipt came back: the case is closed (办结)."""
    with _begin(ctx, case_no, "close", today) as m:
        _to_stage(m, stages.CLOSED, ctx.actor.login)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.withdraw")
def withdraw_case(ctx: ServiceContext, case_no: str, reason: str, today: dt.date | None = None) -> CaseDetail:
    """The applicant withdraws the application in writing (撤回); the request is recorded."""
    reason = _text(reason, "撤回申请（书面申请的内容）", "applicant's written request")
    with _begin(ctx, case_no, "withdraw", today) as m:
        m.case.closing_note = reason
        _to_stage(m, stages.WITHDRAWN, ctx.actor.login, reason=reason)
        number = m.case.case_no
    return show_case(ctx, number, m.today)


@writes("case.return")
def return_case(ctx: ServiceContext, case_no: str, reason: str, today: dt.date | None = None) -> CaseDetail:
    """The department returns the case mid-way (退件), with the reason."""
    reason = _text(reason, "退件理由", "reason for the return")
    with _begin(ctx, case_no, "return", today) as m:
        m.case.closing_note = reason
        _to_stage(m, stages.RETURNED, ctx.actor.login, reason=reason)
        number = m.case.case_no
    return show_case(ctx, number, m.today)
