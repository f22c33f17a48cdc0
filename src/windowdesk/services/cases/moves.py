"""What every move of a case after the counter shares: one unit of work with the case locked and the
move checked against ``domain.case_stages.MOVES`` (role and stage: the one place), the stage change
with its history row and audit entry, and the clock written back onto the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from windowdesk.domain import case_stages as stages
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import Text
from windowdesk.services.cases.clock import store_clock
from windowdesk.services.cases.intake import add_event
from windowdesk.services.cases.views import load_case, notice_of
from windowdesk.services.context import ServiceContext
from windowdesk.services.settings import STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case
from windowdesk.store.uow import UnitOfWork


@dataclass
class MoveContext:
    uow: UnitOfWork
    case: Case
    move: stages.Move
    today: dt.date
    now: dt.datetime


@contextmanager
def begin(ctx: ServiceContext, case_no: str, move_name: str) -> Iterator[MoveContext]:
    """One move in one unit of work, dated by the hall's clock: the case locked, the role and the
    stage checked."""
    now = ctx.clock.now()
    today = ctx.clock.today(now)
    with ctx.unit_of_work() as uow:
        case = load_case(uow.session, case_no, for_update=True)
        move = stages.check_move(move_name, case.stage, ctx.actor.role, case.case_no)
        yield MoveContext(uow, case, move, today, now)


def to_stage(
    m: MoveContext, stage: str, responsible: str | None = None, *, action: str = "", **detail: object
) -> None:
    """Move the case to ``stage`` with its history row and audit entry (``case.<move>`` unless
    ``action`` names the write path's own)."""
    case, before = m.case, m.case.stage
    case.stage = stage
    case.stage_changed_at = case.updated_at = m.now
    if responsible is not None:
        case.responsible_login = responsible
    add_event(m.uow, case, m.move.name, **{"from": before, "to": stage, **detail})
    m.uow.audit(
        action or f"case.{m.move.name}", "intake_case", case.id, case_no=case.case_no, stage=stage, **detail
    )


def required_text(value: str, what: Text) -> str:
    """``value`` stripped; refused when empty, naming ``what`` (N_-marked)."""
    value = (value or "").strip()
    if not value:
        raise UserError("Please give the {what}", what=what)
    return value


def refresh_clock(ctx: ServiceContext, m: MoveContext) -> None:
    store_clock(
        m.case,
        notice_of(m.uow.session, m.case.id),
        load_calendar(ctx),
        m.today,
        int(get_setting(ctx, STATUTORY_WORKDAYS.key)),
    )


def running_pause(case: Case) -> dict | None:
    return next((p for p in case.pauses or [] if not p.get("end")), None)


def not_paused(case: Case) -> None:
    pause = running_pause(case)
    if pause is not None:
        raise Conflict(
            "Case {no} is paused (since {since}); resume the clock first",
            no=case.case_no,
            since=pause["start"],
        )
