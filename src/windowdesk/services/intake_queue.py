"""Intake ⇄ queue, the one adapter between them: finishing a ticket links the case recorded while
serving it.

The queue calls :func:`link_case_on_finish` inside its finishing transaction (``FINISH_HOOKS``; the
last line of ``queue_moves`` imports this module, so the hook is there wherever tickets can be
finished). A ticket finished with an intake outcome (handled, incomplete, rejected) must have a case
recorded for it; consultation, referral and other outcomes need none.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from windowdesk.domain.queue import OUTCOME_NAMES_ZH, Outcome
from windowdesk.errors import Conflict, NotFound
from windowdesk.services import queue_moves
from windowdesk.store.models import Case, CaseEvent, Ticket
from windowdesk.store.uow import UnitOfWork

INTAKE_OUTCOMES = frozenset({Outcome.HANDLED, Outcome.INCOMPLETE, Outcome.REJECTED})


def link_case_on_finish(uow: UnitOfWork, ticket: Ticket, outcome: Outcome) -> None:
    # The case received at this visit, or one whose 补正 was recorded at it.
    case_id = uow.session.scalars(
        select(Case.id).where(Case.ticket_id == ticket.id).order_by(Case.created_at.desc()).limit(1)
    ).first()
    if case_id is None:
        case_id = uow.session.scalars(
            select(CaseEvent.case_id)
            .where(CaseEvent.ticket_id == ticket.id)
            .order_by(CaseEvent.at.desc())
            .limit(1)
        ).first()
    if case_id is None:
        if outcome in INTAKE_OUTCOMES:
            raise Conflict(
                "号票 {number} 尚未登记办件，不能以“{outcome}”结束：请先登记办件，或选择咨询、引导等结果",
                "Ticket {number} has no case recorded, so it cannot finish as '{outcome_en}': record the "
                "case first, or choose consultation, referral or another outcome",
                number=ticket.number,
                outcome=OUTCOME_NAMES_ZH[outcome],
                outcome_en=outcome.value,
            )
        return
    ticket.case_id = case_id


def check_ticket(uow: UnitOfWork, ticket_id: uuid.UUID) -> Ticket:
    """The ticket a new case is linked to; it must exist and not be finished yet."""
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("找不到号票 {id}", "No ticket {id}", id=ticket_id)
    if ticket.state not in ("called", "serving"):
        raise Conflict(
            "号票 {number} 当前不在办理中，不能登记办件",
            "Ticket {number} is not being served, so no case can be recorded for it",
            number=ticket.number,
        )
    return ticket


if link_case_on_finish not in queue_moves.FINISH_HOOKS:
    queue_moves.FINISH_HOOKS.append(link_case_on_finish)
