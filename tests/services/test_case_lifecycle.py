"""A case's life after the counter through the real services, on SQLite and PostgreSQL: every move
one unit of work with history, audit and outbox rows; refused in the wrong stage or for the wrong role
with a clear message and nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.services.intake_support import PERSON, decide
from tests.services.lifecycle_support import (
    ACCEPTED_ON,
    AGENT_ID,
    DEPT,
    LICENSED,
    SILENT,
    accepted_case,
    as_role,
    clerk,
    handler,
    supervisor,
    walk,
)
from tests.services.write_scenarios import scenario
from windowdesk.domain import roles
from windowdesk.domain.applicants import Agent
from windowdesk.errors import UserError
from windowdesk.services import calendar as calendar_service
from windowdesk.services import cases
from windowdesk.store import generations
from windowdesk.store.models import AuditEntry, CalendarDay, Case, CaseEvent, OutboxOp

D = dt.date


def store_state(ctx) -> tuple:
    """Everything a refused move must leave as it was."""
    with ctx.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(OutboxOp)),
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.count()).select_from(CaseEvent)),
            tuple(
                session.execute(select(Case.case_no, Case.stage, Case.version).order_by(Case.case_no)).all()
            ),
        )


def refused(ctx, call, match: str) -> None:
    before = store_state(ctx)
    with pytest.raises(UserError, match=match):
        call()
    assert store_state(ctx) == before


def test_the_whole_life_of_a_case(ctx):
    number = accepted_case(ctx)
    seen = cases.show_case(ctx.on_day(ACCEPTED_ON), number)
    assert seen.stage == "accepted" and seen.summary.department_code == DEPT
    assert (seen.summary.statutory_due, seen.summary.promised_due) == (D(2026, 3, 30), D(2026, 3, 16))

    batch = cases.handover_cases(clerk(ctx).on_day(ACCEPTED_ON), DEPT)
    assert batch.case_nos == (number,) and cases.is_batch_no(batch.batch_no) and len(batch.batch_no) <= 20
    received = cases.receive_batch(handler(ctx).on_day(D(2026, 3, 3)), batch.batch_no)
    assert received.received_by == "handler1"
    assert cases.show_case(ctx, number).summary.handler_login == "handler1"
    cases.start_review(handler(ctx).on_day(D(2026, 3, 3)), number)

    paused = cases.pause_clock(handler(ctx).on_day(D(2026, 3, 5)), number, "expert_review", "组织专家评审", 5)
    assert paused.life.paused and paused.summary.paused
    # stored: the pause's expected 5 working days; shown as of 3-9: the pause ends today
    with ctx.reading() as session:
        row = session.scalars(select(Case).where(Case.case_no == number)).one()
        assert row.statutory_due == D(2026, 4, 7)
    assert cases.show_case(ctx.on_day(D(2026, 3, 9)), number).summary.statutory_due == D(2026, 4, 1)
    resumed = cases.resume_clock(handler(ctx).on_day(D(2026, 3, 12)), number)
    # after 3-5 up to 3-12: 3-6, 3-9, 3-10, 3-11, 3-12 do not count
    assert resumed.summary.statutory_due == D(2026, 4, 7)  # 3-30 + 5 working days (4-6 is 清明)
    assert resumed.summary.promised_due == D(2026, 3, 23)
    assert resumed.life.clock.statutory.used == 3 and resumed.life.clock.statutory.left == 17

    asked = cases.request_extension(handler(ctx).on_day(D(2026, 3, 13)), number, "需要现场核查")
    assert asked.life.extension["state"] == "requested" and asked.life.extension["workdays"] == 10
    approved = cases.approve_extension(supervisor(ctx).on_day(D(2026, 3, 13)), number, "同意")
    assert approved.life.extension_workdays == 10
    assert approved.summary.statutory_due == D(2026, 4, 21)
    assert approved.summary.promised_due == D(2026, 3, 23)  # the extension moves the statutory date only

    decided = cases.record_decision(handler(ctx).on_day(D(2026, 3, 16)), number, True, "JY14403050001")
    assert (decided.stage, decided.summary.decision, decided.summary.decided_on) == (
        "decided",
        "approved",
        D(2026, 3, 16),
    )
    cases.mark_ready(handler(ctx).on_day(D(2026, 3, 17)), number)
    refused(
        ctx,
        lambda: cases.deliver_result(clerk(ctx), number, pickup_id_number=AGENT_ID),
        "与申请人及其代理人均不一致",
    )
    done = cases.deliver_result(
        clerk(ctx).on_day(D(2026, 3, 18)), number, pickup_id_number=PERSON.id_number.lower()
    )
    assert done.stage == "closed"
    assert done.life.delivery["how"] == "pickup" and done.life.delivery["id_masked"].count("*") == 8
    kinds = [e.kind for e in done.events]
    assert kinds[:1] == ["received"] and kinds[-1] == "deliver"
    for move in (
        "handover",
        "receive",
        "review",
        "pause",
        "resume",
        "request_extension",
        "extend",
        "decide",
        "ready",
    ):
        assert move in kinds
    with ctx.reading() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
        ops = {e for (e,) in session.execute(select(OutboxOp.entity).distinct())}
    assert {
        "case.handover",
        "case.receive_batch",
        "case.pause",
        "case.resume",
        "case.approve_extension",
        "case.decision",
        "case.ready",
        "case.deliver",
    } <= actions
    assert {"intake_case", "case_event", "case_handover", "audit_entry"} <= ops


def test_an_agent_collects_and_express_delivery_closes_later(sqlite_ctx):
    ctx = sqlite_ctx
    agent = Agent("李四", "resident_id", AGENT_ID, "13900139000", "授权委托书")
    from dataclasses import replace

    number = accepted_case(ctx, applicant=replace(PERSON, agent=agent))
    walk(ctx, number, "result_ready")
    shown = cases.deliver_result(clerk(ctx), number, pickup_id_number=AGENT_ID)
    assert shown.life.delivery["to"] == "agent" and shown.life.delivery["name"] == "李四"

    other = accepted_case(ctx)
    walk(ctx, other, "result_ready")
    sent = cases.deliver_result(clerk(ctx), other, carrier="中国邮政EMS", tracking_no="1180000000001")
    assert sent.stage == "delivered" and sent.life.delivery["tracking"] == "1180000000001"
    assert cases.close_case(clerk(ctx), other).stage == "closed"


def test_bad_input_is_refused_and_changes_nothing(ctx):
    number = accepted_case(ctx)
    # a handover of a case already received
    walk(ctx, number, "received")
    refused(ctx, lambda: cases.handover_cases(clerk(ctx), DEPT, [number]), "承办部门已接收，不能移交承办")
    refused(ctx, lambda: cases.handover_cases(clerk(ctx), DEPT), "没有待移交")
    cases.start_review(handler(ctx).on_day(ACCEPTED_ON), number)
    # a pause overlapping another
    cases.pause_clock(handler(ctx).on_day(D(2026, 3, 4)), number, "testing", "送检", 3)
    refused(
        ctx,
        lambda: cases.pause_clock(handler(ctx).on_day(D(2026, 3, 5)), number, "hearing", "听证", 2),
        "不能重叠",
    )
    cases.resume_clock(handler(ctx).on_day(D(2026, 3, 9)), number)
    refused(
        ctx,
        lambda: cases.pause_clock(handler(ctx).on_day(D(2026, 3, 6)), number, "hearing", "听证", 2),
        "不能重叠",
    )
    refused(ctx, lambda: cases.resume_clock(handler(ctx).on_day(D(2026, 3, 10)), number), "无需恢复计时")
    refused(ctx, lambda: cases.pause_clock(handler(ctx), number, "nap", "x", 2), "特别程序种类")
    refused(ctx, lambda: cases.pause_clock(handler(ctx), number, "hearing", " ", 2), "请填写中止计时的理由")
    refused(ctx, lambda: cases.pause_clock(handler(ctx), number, "hearing", "x", 0), "预计所需工作日")
    # an extension twice
    cases.extend_deadline(supervisor(ctx).on_day(D(2026, 3, 10)), number, 10, "情况复杂")
    refused(ctx, lambda: cases.extend_deadline(supervisor(ctx), number, 5, "再次延期"), "只能延期一次")
    refused(ctx, lambda: cases.request_extension(handler(ctx), number, "再次延期"), "只能延期一次")
    # a denial without reasons
    refused(ctx, lambda: cases.record_decision(handler(ctx), number, False, reason="不符合条件"), "法律依据")
    # a decision on a withdrawn case
    cases.withdraw_case(clerk(ctx).on_day(D(2026, 3, 11)), number, "申请人书面申请撤回")
    refused(ctx, lambda: cases.record_decision(handler(ctx), number, True), "已撤回，不能作出决定")
    refused(ctx, lambda: cases.withdraw_case(clerk(ctx), number, "again"), "已撤回，不能撤回")
    # a pickup with someone else's ID (and with none)
    other = accepted_case(ctx)
    walk(ctx, other, "result_ready")
    refused(ctx, lambda: cases.deliver_result(clerk(ctx), other, pickup_id_number=AGENT_ID), "不能交付")
    refused(ctx, lambda: cases.deliver_result(clerk(ctx), other, pickup_id_number=" "), "核验领取人")
    refused(ctx, lambda: cases.deliver_result(clerk(ctx), other, carrier="顺丰"), "快递单号")
    # a case that does not exist, a list that does not exist, a list signed for twice
    refused(ctx, lambda: cases.receive_case(handler(ctx), "TS01202601999999"), "找不到案件")
    refused(ctx, lambda: cases.receive_batch(handler(ctx), "HO-TS0199999999999"), "找不到流转单")
    third = accepted_case(ctx)
    batch = cases.handover_cases(clerk(ctx), DEPT, [third])
    cases.receive_batch(handler(ctx), batch.batch_no)
    refused(ctx, lambda: cases.receive_batch(handler(ctx), batch.batch_no), "已于")


def test_each_move_is_bound_to_its_roles(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    refused(ctx, lambda: cases.handover_cases(handler(ctx), DEPT), "无权移交承办")
    cases.handover_cases(clerk(ctx), DEPT)
    refused(ctx, lambda: cases.receive_case(clerk(ctx), number), "无权签收（限承办人员、管理员）")
    refused(ctx, lambda: cases.receive_case(supervisor(ctx), number), "无权签收")
    cases.receive_case(handler(ctx), number)
    cases.start_review(handler(ctx), number)
    refused(ctx, lambda: cases.extend_deadline(handler(ctx), number, 10, "x"), "无权批准延期")
    cases.request_extension(handler(ctx), number, "需要补充调查")
    refused(ctx, lambda: cases.request_extension(handler(ctx), number, "again"), "等待督查人员审批")
    refused(ctx, lambda: cases.approve_extension(clerk(ctx), number), "无权批准延期")
    refused(ctx, lambda: cases.refuse_extension(supervisor(ctx), number, " "), "不批准的理由")
    answered = cases.refuse_extension(supervisor(ctx), number, "期限内可以完成")
    assert answered.life.extension["state"] == "refused" and answered.life.extension_workdays == 0
    refused(ctx, lambda: cases.approve_extension(supervisor(ctx), number), "没有待审批的延期申请")
    refused(ctx, lambda: cases.record_decision(clerk(ctx), number, True), "无权作出决定")
    admin = as_role(ctx, roles.ADMIN, "admin")
    assert cases.record_decision(admin, number, True).stage == "decided"  # the CLI's administrator
    refused(
        ctx, lambda: cases.deliver_result(handler(ctx), number, pickup_id_number=PERSON.id_number), "无权送达"
    )


def test_counter_outcomes_set_the_stage(sqlite_ctx):
    ctx = sqlite_ctx
    assert (
        decide(clerk(ctx).on_day(ACCEPTED_ON), "incomplete", matter=LICENSED).stage == "awaiting_correction"
    )
    assert decide(clerk(ctx).on_day(ACCEPTED_ON), "rejected", checks=()).stage == "not_accepted"


def test_open_cases_binding_due_dates_and_deemed_approvals(sqlite_ctx):
    ctx = sqlite_ctx
    first = accepted_case(ctx)  # promised 10 → binding 3-16
    silent = accepted_case(ctx, matter=SILENT)
    decided = accepted_case(ctx, today=D(2026, 3, 3))
    walk(ctx, decided, "decided")
    page = cases.open_cases(ctx, limit=1)
    assert [c.case_no for c in page] == [first] and page[0].binding_due == D(2026, 3, 16)
    rest = cases.open_cases(ctx, after=(page[0].binding_due, page[0].case_no))
    assert [c.case_no for c in rest] == [silent]
    assert cases.deemed_approvals(ctx.on_day(D(2026, 3, 30))) == []
    [deemed] = cases.deemed_approvals(ctx.on_day(D(2026, 3, 31)))
    assert (deemed.case_no, deemed.deemed_on) == (silent, D(2026, 3, 31))
    shown = cases.show_case(ctx.on_day(D(2026, 4, 2)), silent)
    assert shown.life.clock.deemed_approved_on == D(2026, 3, 31)
    assert cases.show_case(ctx.on_day(D(2026, 4, 2)), first).life.clock.deemed_approved_on is None


def _dues(ctx, number: str) -> tuple[dt.date | None, dt.date | None]:
    with ctx.reading() as session:
        case = session.scalars(select(Case).where(Case.case_no == number)).one()
        return case.statutory_due, case.promised_due


def _recomputed(ctx, number: str) -> list[dict]:
    return [e.detail for e in cases.show_case(ctx, number).events if e.kind == "due_recomputed"]


def _beside_the_services(ctx, row) -> None:
    """Write a calendar row as a pull does (the calendar's generation moves, no recompute)."""
    session = ctx.store.write_session()
    with session.begin():
        session.add(row)
        generations.bump(session, ["calendar"])
    session.close()


def test_every_calendar_change_recomputes_the_open_cases(sqlite_ctx):
    """Marking a day, importing a year's schedule and publishing a year each recompute the open
    cases' due dates in the same transaction, recorded on the case; a decided case keeps its dates."""
    ctx = sqlite_ctx
    admin = ctx.on_day(ACCEPTED_ON)
    number = accepted_case(ctx)
    decided = accepted_case(ctx)
    walk(ctx, decided, "decided")
    assert _dues(ctx, number) == (D(2026, 3, 30), D(2026, 3, 16))
    assert cases.recompute_due_dates(admin) == []

    calendar_service.set_day(admin, D(2026, 3, 10), False, "临时调整")  # a working day becomes a holiday
    assert _dues(ctx, number) == (D(2026, 3, 31), D(2026, 3, 17))
    [event] = _recomputed(ctx, number)
    assert (event["reason"], event["statutory_from"], event["statutory_to"]) == (
        "calendar",
        "2026-03-30",
        "2026-03-31",
    )
    assert _dues(ctx, decided) == (D(2026, 3, 30), D(2026, 3, 16)) and _recomputed(ctx, decided) == []
    assert cases.recompute_due_dates(admin) == []  # nothing left stale

    # the year's schedule replaces the year's overrides: 3-10 and 3-11 are holidays now
    calendar_service.import_schedule(admin, "2026-03-10 holiday 临时\n2026-03-11 holiday 临时\n")
    assert _dues(ctx, number) == (D(2026, 4, 1), D(2026, 3, 18))
    assert [e["promised_to"] for e in _recomputed(ctx, number)] == ["2026-03-17", "2026-03-18"]

    # a row written beside the services (as a pull writes it), then a year published: recomputed
    _beside_the_services(ctx, CalendarDay(day=D(2026, 3, 12), is_workday=False, note="旁路"))
    assert _dues(ctx, number) == (D(2026, 4, 1), D(2026, 3, 18))
    calendar_service.publish_year(admin, 2027, "国办发明电")
    assert _dues(ctx, number) == (D(2026, 4, 2), D(2026, 3, 19))
    with ctx.reading() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.recompute_due")).all()
        assert len(audits) == 3 and all(a.detail["cases"] == [number] for a in audits)


def test_a_refused_calendar_change_recomputes_nothing(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    with pytest.raises(UserError):
        calendar_service.import_schedule(ctx.on_day(ACCEPTED_ON), "2026-03-10 holiday\n2026-03-11 maybe\n")
    with pytest.raises(UserError):
        calendar_service.set_day(as_role(ctx, roles.SUPERVISOR, "super1"), D(2026, 3, 10), False)
    assert _dues(ctx, number) == (D(2026, 3, 30), D(2026, 3, 16)) and _recomputed(ctx, number) == []


def test_kiosk_progress_shows_a_masked_name_only(sqlite_ctx):
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    progress = cases.progress_of(ctx, f"https://example.gov.cn/progress?no={number}")
    assert progress.masked_name == "张*" and progress.stage == "accepted"
    assert (
        progress.department == LICENSED.department and progress.department_phone == LICENSED.department_phone
    )
    assert progress.due == D(2026, 3, 16)
    assert PERSON.id_number not in repr(progress) and PERSON.phone not in repr(progress)
    assert (
        cases.mask_name("欧阳娜娜") == "欧***"
        and cases.mask_name("示范市某某餐饮管理有限公司") == "示范*********公司"
    )


# -- write scenarios ----------------------------------------------------------------------------------


def _at(ctx, stage):
    number = accepted_case(ctx)
    walk(ctx, number, stage)
    return number


scenario("case.handover")(lambda ctx: cases.handover_cases(clerk(ctx), DEPT, [accepted_case(ctx)]))
scenario("case.receive")(lambda ctx: cases.receive_case(handler(ctx), _at(ctx, "handed_over")))
scenario("case.review")(lambda ctx: cases.start_review(handler(ctx), _at(ctx, "received")))
scenario("case.pause")(
    lambda ctx: cases.pause_clock(handler(ctx), _at(ctx, "under_review"), "hearing", "听证", 3)
)


@scenario("case.receive_batch")
def _receive_batch(ctx):
    batch = cases.handover_cases(clerk(ctx), DEPT, [accepted_case(ctx)])
    cases.receive_batch(handler(ctx), batch.batch_no)


@scenario("case.resume")
def _resume(ctx):
    number = _at(ctx, "under_review")
    cases.pause_clock(handler(ctx), number, "hearing", "听证", 3)
    cases.resume_clock(handler(ctx), number)


scenario("case.request_extension")(
    lambda ctx: cases.request_extension(handler(ctx), _at(ctx, "under_review"), "复杂")
)
scenario("case.extend")(
    lambda ctx: cases.extend_deadline(supervisor(ctx), _at(ctx, "under_review"), 10, "复杂")
)


@scenario("case.approve_extension")
def _approve(ctx):
    number = _at(ctx, "under_review")
    cases.request_extension(handler(ctx), number, "复杂")
    cases.approve_extension(supervisor(ctx), number)


@scenario("case.refuse_extension")
def _refuse(ctx):
    number = _at(ctx, "under_review")
    cases.request_extension(handler(ctx), number, "复杂")
    cases.refuse_extension(supervisor(ctx), number, "无需延期")


scenario("case.decision")(lambda ctx: cases.record_decision(handler(ctx), _at(ctx, "under_review"), True))
scenario("case.ready")(lambda ctx: cases.mark_ready(handler(ctx), _at(ctx, "decided")))
scenario("case.deliver")(
    lambda ctx: cases.deliver_result(clerk(ctx), _at(ctx, "result_ready"), pickup_id_number=PERSON.id_number)
)


@scenario("case.close")
def _close(ctx):
    number = _at(ctx, "result_ready")
    cases.deliver_result(clerk(ctx), number, carrier="顺丰速运", tracking_no="SF100")
    cases.close_case(clerk(ctx), number)


scenario("case.withdraw")(lambda ctx: cases.withdraw_case(clerk(ctx), accepted_case(ctx), "书面撤回"))
scenario("case.return")(lambda ctx: cases.return_case(handler(ctx), _at(ctx, "received"), "材料存疑"))


@scenario("case.print_handover")
def _print_handover(ctx):
    batch = cases.handover_cases(clerk(ctx), DEPT, [accepted_case(ctx)])
    cases.print_handover_list(ctx, batch.batch_no)


@scenario("case.recompute_due")
def _recompute(ctx):
    accepted_case(ctx, today=ACCEPTED_ON)
    _beside_the_services(ctx, CalendarDay(day=D(2026, 3, 10), is_workday=False, note="临时调整"))
    assert cases.recompute_due_dates(ctx.on_day(ACCEPTED_ON))


def test_a_department_list_filters_its_stages_in_the_query(sqlite_ctx):
    """The desk's stages are filtered before the limit: newer cases out of the department's hands
    never push an older open one off the list; the nearest due date comes first."""
    ctx = sqlite_ctx
    old = accepted_case(ctx, today=D(2026, 3, 2))
    walk(ctx, old, "handed_over", today=D(2026, 3, 2))
    middle = accepted_case(ctx, today=D(2026, 3, 4))
    walk(ctx, middle, "under_review", today=D(2026, 3, 4))
    newer = [accepted_case(ctx, today=D(2026, 3, 5 + i)) for i in range(3)]
    for number in newer:
        walk(ctx, number, "result_ready", today=D(2026, 3, 9))
    desk = ("handed_over", "received", "under_review", "decided")

    def listed(**kw) -> list[str]:
        return [c.case_no for c in cases.list_cases(ctx, cases.CaseFilter(department_code=DEPT, **kw))]

    assert listed(stage=desk, limit=2, due_first=True) == [old, middle]
    assert listed(stage=desk, limit=1, due_first=True) == [old]
    assert listed(stage=desk) == [middle, old]  # newest first by default
    assert listed(stage="result_ready") == list(reversed(newer))
    assert listed(limit=2) == list(reversed(newer))[:2]  # no stage: the newest, whatever their stage


@pytest.mark.parametrize("end", ["withdraw", "return"])
def test_a_case_leaving_mid_pause_ends_its_pause(sqlite_ctx, end):
    """Withdrawn or returned while paused: the pause ends that day (the history says so), it does not
    stay 'running' on a case nobody handles any more; a case not paused is left as it was."""
    ctx = sqlite_ctx
    number = accepted_case(ctx)
    walk(ctx, number, "under_review")
    cases.pause_clock(handler(ctx).on_day(D(2026, 3, 4)), number, "expert_review", "专家评审", 5)
    if end == "withdraw":
        left = cases.withdraw_case(clerk(ctx).on_day(D(2026, 3, 9)), number, "申请人书面申请撤回")
    else:
        left = cases.return_case(handler(ctx).on_day(D(2026, 3, 9)), number, "材料存疑")
    [pause] = left.life.pauses
    assert pause.end == D(2026, 3, 9) and not left.life.paused
    event = [e for e in left.events if e.kind == end][-1]
    assert (event.detail["pause_ended"], event.detail["pause_started"]) == ("expert_review", "2026-03-04")
    assert left.summary.statutory_due == D(2026, 4, 2)  # 3-30 + the 3 working days paused (3-5..3-9)
    plain = accepted_case(ctx)
    walk(ctx, plain, "under_review")
    left = cases.return_case(handler(ctx).on_day(D(2026, 3, 9)), plain, "材料存疑")
    assert (
        left.life.pauses == ()
        and "pause_ended" not in [e for e in left.events if e.kind == "return"][-1].detail
    )
