"""A visit at the counter spans the queue and the case: finishing it ends the ticket and links the
case recorded while serving it, in one transaction.

Public API of the visit: what the counter calls to finish (the queue's other moves are in
:mod:`windowdesk.services.queue`).
"""

from __future__ import annotations

from windowdesk.services import cases, queue
from windowdesk.services.context import ServiceContext, require_site, writes

__all__ = ["finish"]


@writes("queue.finish")
def finish(ctx: ServiceContext, window_no: int, outcome: str) -> queue.TicketInfo:
    """End the window's visit with an outcome (handled, referred, consultation only, …). An intake
    outcome needs the case recorded at this visit, and the ticket is linked to it."""
    site_id = require_site(ctx)
    result = queue.parse_outcome(outcome)
    at = ctx.clock.now()
    with ctx.unit_of_work() as uow:
        ticket = queue.finish_ticket(uow, site_id, window_no, result, at)
        cases.link_case_on_finish(uow, ticket, result)
        return queue.ticket_info(uow.session, ticket)
