"""The result window (出件): hand the result over, picked up with the collector's ID checked or sent
by express, and close the case when an express delivery's receipt comes back."""

from __future__ import annotations

from windowdesk.domain import case_stages as stages
from windowdesk.domain.identity import mask_id_number
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import N_
from windowdesk.services import queue
from windowdesk.services.cases.moves import (
    begin,
    required_text,
    to_stage,
)
from windowdesk.services.cases.views import CaseDetail, case_detail
from windowdesk.services.context import ServiceContext, writes


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
) -> CaseDetail:
    """Hand the result over: picked up at the window by the applicant or their agent (their ID
    checked: a wrong one is refused) — delivered and closed at once — or sent by express (delivered;
    closed when the receipt comes back)."""
    express = bool(carrier or tracking_no)
    if express:
        carrier = required_text(carrier, N_("carrier"))
        tracking_no = required_text(tracking_no, N_("tracking number"))
    elif not _normal_id(pickup_id_number):
        raise UserError(
            "Check the collector's ID number first (give it, or choose express)"
        )
    with begin(ctx, case_no, "deliver") as m:
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
                    "The collector's ID {given} matches neither the applicant nor their agent; the result cannot be handed over",
                    given=mask_id_number(given),
                )
            delivery = {"how": "pickup", "to": to, "name": name, "id_masked": mask_id_number(number)}
            target = stages.CLOSED
            # the rating pad beside this window asks about the pickup: on PostgreSQL it wakes on
            # the queue's change signal (SQLite's watchers see any commit)
            queue.wake_faces(m.uow, case.site_id)
        case.delivery = {
            **delivery,
            "on": m.today.isoformat(),
            "by": ctx.actor.login,
            "by_name": ctx.actor.display_name or ctx.actor.login,
        }
        to_stage(m, target, ctx.actor.login, how=delivery["how"], collector=delivery["to"])
        number_ = case.case_no
    return case_detail(ctx, number_, m.today)


@writes("case.close")
def close_case(ctx: ServiceContext, case_no: str) -> CaseDetail:
    """An express delivery's signed receipt came back: the case is closed (办结)."""
    with begin(ctx, case_no, "close") as m:
        to_stage(m, stages.CLOSED, ctx.actor.login)
        number = m.case.case_no
    return case_detail(ctx, number, m.today)
