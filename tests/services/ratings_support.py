"""A hall where visits are served and finished, ready to be rated."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from tests.services.queue_support import setup_hall
from windowdesk.services import site as users
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.services.visit import finish
from windowdesk.store.models import AuditEntry, OutboxOp, Rating, RatingFollowup, RatingFollowupStep

CLERKS = {"clerk1": "王芳", "clerk2": "李强"}


def hall_with_clerks(ctx) -> None:
    setup_hall(ctx, {1: "A", 2: "A", 3: "BA"})
    for login, name in CLERKS.items():
        users.add_user(ctx, login, "clerk", "secret123", name)


def as_clerk(ctx, login: str = "clerk1", *, window_no: int | None = None):
    """A clerk's context; ``window_no`` set means signed in at that counter."""
    return ctx.as_actor(
        replace(
            ctx.actor, login=login, role="clerk", display_name=CLERKS.get(login, login), window_no=window_no
        )
    )


def as_supervisor(ctx):
    return ctx.as_actor(replace(ctx.actor, login="boss", role="supervisor", window_no=None))


def serve(ctx, window_no: int = 1, login: str = "clerk1", outcome: str = "consultation", *, finished=True):
    """A ticket taken, called by ``login`` to ``window_no``, served and (by default) finished."""
    take_ticket(ctx, "A")
    ticket = call_next(as_clerk(ctx, login), window_no)
    start_serving(ctx, window_no)
    if finished:
        finish(ctx, window_no, outcome)
    return ticket


def stored_counts(ctx) -> dict[str, int]:
    """Rows that a refused rating must not leave behind."""
    with ctx.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Rating, RatingFollowup, RatingFollowupStep, OutboxOp, AuditEntry)
        }
