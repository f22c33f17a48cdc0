"""Helpers for the case lifecycle tests: a matter handled by a department, actors of each role, and a
case walked to a given stage through the real services."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.services.intake_support import MATTER, at_window, decide
from windowdesk.domain import roles
from windowdesk.services import cases

DEPT = "SCJG"
LICENSED = replace(MATTER, department_code=DEPT, extension_workdays=10)
SILENT = replace(LICENSED, code="SCJG-MRXK-009", name="默许事项", silence_consent=True)
ACCEPTED_ON = dt.date(2026, 3, 2)  # a Monday
AGENT_ID = "110105198001010016"  # a valid resident ID, not the applicant's


def as_role(ctx, role: str, login: str):
    return ctx.as_actor(replace(ctx.actor, role=role, login=login, display_name=login))


def clerk(ctx):
    return as_role(at_window(ctx), roles.CLERK, "clerk1")


def handler(ctx):
    return as_role(ctx, roles.HANDLER, "handler1")


def supervisor(ctx):
    return as_role(ctx, roles.SUPERVISOR, "super1")


def accepted_case(ctx, today=ACCEPTED_ON, matter=LICENSED, **kw) -> str:
    return decide(clerk(ctx).on_day(today), "accepted", matter=matter, **kw).case_no


STEPS = ("handed_over", "received", "under_review", "decided", "result_ready")


def walk(ctx, case_no: str, upto: str, today=ACCEPTED_ON) -> None:
    """Move an accepted case on through the real services up to stage ``upto``."""
    for stage in STEPS:
        if stage == "handed_over":
            cases.handover_cases(clerk(ctx).on_day(today), DEPT, [case_no])
        elif stage == "received":
            cases.receive_case(handler(ctx).on_day(today), case_no)
        elif stage == "under_review":
            cases.start_review(handler(ctx).on_day(today), case_no)
        elif stage == "decided":
            cases.record_decision(handler(ctx).on_day(today), case_no, True, "JY11020260001")
        elif stage == "result_ready":
            cases.mark_ready(handler(ctx).on_day(today), case_no)
        if stage == upto:
            return
