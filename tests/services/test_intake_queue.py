"""A ticket and its case: intake links them, and a ticket cannot finish as handled without a case."""

from __future__ import annotations

import pytest

from tests.services.intake_support import at_window, decide
from tests.services.queue_support import setup_hall
from windowdesk.errors import Conflict, UserError
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.services.visit import finish
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


def test_a_case_is_recorded_only_for_the_ticket_at_the_clerks_own_window(ctx):
    ticket = served_ticket(ctx)  # being served at window 3
    with pytest.raises(UserError, match="正在 3 号窗口办理") as refused:
        decide(at_window(ctx, 5, "clerk5"), "accepted", ticket_id=ticket.id)
    assert "(5)" in refused.value.en
    case = decide(at_window(ctx), "accepted", ticket_id=ticket.id)
    assert case.ticket_id == ticket.id


@pytest.mark.parametrize(
    ("case_outcome", "wrong", "right"),
    [
        ("accepted", "rejected", "handled"),
        ("rejected", "handled", "rejected"),
        ("incomplete", "handled", "incomplete"),
    ],
)
def test_a_ticket_finishes_only_with_the_outcome_its_case_has(ctx, case_outcome, wrong, right):
    ticket = served_ticket(ctx)
    case = decide(at_window(ctx), case_outcome, ticket_id=ticket.id)
    with pytest.raises(UserError, match="相符的结果"):
        finish(ctx, 3, wrong)
    with ctx.reading() as session:
        assert session.get(Ticket, ticket.id).state == "serving"
    finish(ctx, 3, right)
    with ctx.reading() as session:
        assert session.get(Ticket, ticket.id).case_id == case.id
