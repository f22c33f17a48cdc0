"""A case and the ticket it was recorded at: a new case must belong to a ticket in service at this
window, and finishing a ticket links the case recorded while serving it.

:func:`windowdesk.services.visit.finish` calls :func:`link_case_on_finish` inside its finishing
transaction. A ticket finished with an intake outcome (handled, incomplete, rejected) must have a
case recorded for it, and the ticket's outcome must agree with what the case says happened at this
visit; consultation, referral and other outcomes need none.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from windowdesk.domain.intake import OUTCOME_LABELS
from windowdesk.domain.queue import OUTCOME_NAMES, Outcome
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.store.models import Case, CaseEvent, Ticket
from windowdesk.store.uow import UnitOfWork

#: The case outcomes of a visit that each intake ticket outcome stands for.
CASE_OUTCOMES_OF = {
    Outcome.HANDLED: frozenset({"accepted", "on_the_spot"}),
    Outcome.INCOMPLETE: frozenset({"incomplete"}),
    Outcome.REJECTED: frozenset({"rejected"}),
}
INTAKE_OUTCOMES = frozenset(CASE_OUTCOMES_OF)


def link_case_on_finish(uow: UnitOfWork, ticket: Ticket, outcome: Outcome) -> None:
    # The case received at this visit, or one whose 补正 was recorded at it.
    case = uow.session.scalars(
        select(Case).where(Case.ticket_id == ticket.id).order_by(Case.created_at.desc()).limit(1)
    ).first()
    visit_outcome = None if case is None else case.outcome
    if case is None:
        case_id = uow.session.scalars(
            select(CaseEvent.case_id)
            .where(CaseEvent.ticket_id == ticket.id)
            .order_by(CaseEvent.at.desc())
            .limit(1)
        ).first()
        case = None if case_id is None else uow.session.get(Case, case_id)
        if case is not None:  # a 补正 visit: accepted once the last item came, else still incomplete
            visit_outcome = "accepted" if case.status == "accepted" else "incomplete"
    if case is None:
        if outcome in INTAKE_OUTCOMES:
            raise Conflict(
                "Ticket {number} has no case recorded, so it cannot finish as '{outcome}': record the case first, or choose consultation, referral or another outcome",
                number=ticket.number,
                outcome=OUTCOME_NAMES[outcome],
            )
        return
    if outcome in INTAKE_OUTCOMES and visit_outcome not in CASE_OUTCOMES_OF[outcome]:
        raise UserError(
            "Ticket {number}'s case {case_no} was recorded as '{case_outcome}', so the ticket cannot finish as '{outcome}'; choose the matching outcome",
            number=ticket.number,
            case_no=case.case_no,
            case_outcome=OUTCOME_LABELS[visit_outcome],
            outcome=OUTCOME_NAMES[outcome],
        )
    ticket.case_id = case.id


def check_ticket(uow: UnitOfWork, ticket_id: uuid.UUID) -> Ticket:
    """The ticket a new case is linked to; it must exist, be in service and, when the actor sits at a
    window, be at that window (not another counter's applicant)."""
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("No ticket {id}", id=ticket_id)
    if ticket.state not in ("called", "serving"):
        raise Conflict(
            "Ticket {number} is not being served, so no case can be recorded for it",
            number=ticket.number,
        )
    mine = uow.actor.window_no
    if mine is not None and ticket.window_no != mine:
        raise UserError(
            "Ticket {number} is being served at window {window}, not at this window ({mine}), so no case can be recorded for it here",
            number=ticket.number,
            window=ticket.window_no,
            mine=mine,
        )
    return ticket

