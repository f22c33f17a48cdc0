"""A ticket and its case: intake links them, and a ticket cannot finish as handled without a case."""

from __future__ import annotations

import pytest

from tests.services.intake_support import at_window, decide
from tests.services.queue_support import setup_hall
from windowdesk.errors import Conflict
from windowdesk.services.queue import call_next, take_ticket
from windowdesk.services.queue_moves import finish, start_serving
from windowdesk.store.models import Ticket


def served_ticket(ctx):
    setup_hall(ctx)
    take_ticket(ctx, "A")
    ticket = call_next(ctx, 3)
    start_serving(ctx, 3)
    return ticket


def test_finishing_links_the_case_recorded_for_the_ticket(ctx):
    ticket = served_ticket(ctx)
    clerk = at_window(ctx)
    with pytest.raises(Conflict, match="尚未登记办件"):
        finish(ctx, 3, "handled")
    case = decide(clerk, "incomplete", ticket_id=ticket.id)
    assert case.ticket_id == ticket.id
    finished = finish(ctx, 3, "incomplete")
    assert finished.outcome == "incomplete"
    with ctx.reading() as session:
        assert session.get(Ticket, ticket.id).case_id == case.id
    with pytest.raises(Conflict, match="不在办理中"):
        decide(clerk, "accepted", ticket_id=ticket.id)  # the ticket is finished now


def test_a_visit_without_an_application_finishes_without_a_case(ctx):
    ticket = served_ticket(ctx)
    finish(ctx, 3, "consultation")
    with ctx.reading() as session:
        assert session.get(Ticket, ticket.id).case_id is None


def test_a_correction_visit_on_a_new_ticket_links_that_ticket_too(ctx):
    from tests.services.intake_support import received
    from windowdesk.services import cases

    first = served_ticket(ctx)
    clerk = at_window(ctx)
    case = decide(clerk, "incomplete", ticket_id=first.id)
    finish(ctx, 3, "incomplete")
    take_ticket(ctx, "A")  # the applicant comes back with the notice
    second = call_next(ctx, 3)
    start_serving(ctx, 3)
    with pytest.raises(Conflict, match="不在办理中"):
        cases.record_correction(clerk, case.case_no, (received("m1"),), ticket_id=first.id)
    cases.record_correction(clerk, case.case_no, (received("m1"), received("m5")), ticket_id=second.id)
    finish(ctx, 3, "handled")
    with ctx.reading() as session:
        assert session.get(Ticket, second.id).case_id == case.id
