"""The life of a queue ticket: states, the moves between them, and the time periods they leave.

A ticket is issued at the kiosk, called to a window, served, and done. A called applicant who does
not come can be recalled; after enough recalls the clerk may mark a no-show, which can later be
reactivated (the applicant turns up after all). A transfer sends the ticket back to waiting for
another category or one window, keeping its original arrival time. Anything unfinished can be
cancelled, or expired at day end.

Every move closes the period the ticket spent in its previous state (``Period``); summing the
periods gives exact waiting, walking and serving times. This module is pure: the store keeps the
ticket and the periods, the service applies the moves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from windowdesk.messages import N_


class State(StrEnum):
    ISSUED = "issued"  # waiting in the hall
    CALLED = "called"  # called to a window, walking there
    SERVING = "serving"  # at the window
    DONE = "done"
    NO_SHOW = "no_show"  # called and recalled, never came; can be reactivated
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # still unfinished at day end


FINAL_STATES = frozenset({State.DONE, State.CANCELLED, State.EXPIRED})
UNFINISHED_STATES = frozenset(State) - FINAL_STATES
#: States in which a ticket occupies a window.
AT_WINDOW_STATES = frozenset({State.CALLED, State.SERVING})


class Priority(StrEnum):
    ELDERLY = "elderly"
    DISABLED = "disabled"
    MILITARY = "military"
    APPOINTMENT = "appointment"


#: An appointment code (预约码) as the booking system prints or shows it; the kiosk reads it by scanner.
_APPOINTMENT_CODE = re.compile(r"^[A-Za-z0-9-]{4,32}$")


def is_appointment_code(text: str) -> bool:
    return _APPOINTMENT_CODE.match(text) is not None


#: The names people read (N_: English source, Chinese in the catalogue), defined here only, for the
#: faces, the CLI and the slips alike.
PRIORITY_NAMES = {
    Priority.ELDERLY: N_("Elderly"),
    Priority.DISABLED: N_("Disabled"),
    Priority.MILITARY: N_("Military"),
    Priority.APPOINTMENT: N_("Appointment"),
}


class Outcome(StrEnum):
    HANDLED = "handled"  # 已办理（受理/办结）
    INCOMPLETE = "incomplete"  # 材料不全，一次性告知
    REFERRED = "referred"  # 引导到其他窗口或部门
    CONSULTATION = "consultation"  # 仅咨询
    REJECTED = "rejected"  # 不予受理
    OTHER = "other"


OUTCOME_NAMES = {
    Outcome.HANDLED: N_("Handled"),
    Outcome.INCOMPLETE: N_("Materials incomplete (one-time notice)"),
    Outcome.REFERRED: N_("Referred to another window or office"),
    Outcome.CONSULTATION: N_("Consultation only"),
    Outcome.REJECTED: N_("Not accepted"),
    Outcome.OTHER: N_("Other"),
}
#: A ticket's state as people read it.
STATE_NAMES = {
    "issued": N_("waiting"),
    "called": N_("called"),
    "serving": N_("serving"),
    "done": N_("done"),
    "no_show": N_("no-show"),
    "cancelled": N_("cancelled"),
    "expired": N_("expired"),
}


class Move(StrEnum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    REACTIVATE = "reactivate"
    TRANSFER = "transfer"
    CANCEL = "cancel"
    EXPIRE = "expire"


class IllegalMove(ValueError):
    """The move is not allowed from the ticket's current state (or its preconditions fail)."""

    def __init__(self, move: Move, state: State, reason: str = "") -> None:
        self.move = move
        self.state = state
        self.reason = reason
        super().__init__(
            f"cannot {move.value} a ticket that is {state.value}" + (f": {reason}" if reason else "")
        )


#: Where each move may start from.
ALLOWED_FROM: dict[Move, frozenset[State]] = {
    Move.CALL: frozenset({State.ISSUED}),
    Move.RECALL: frozenset({State.CALLED}),
    Move.START: frozenset({State.CALLED}),
    Move.FINISH: frozenset({State.SERVING}),
    Move.NO_SHOW: frozenset({State.CALLED}),
    Move.REACTIVATE: frozenset({State.NO_SHOW}),
    Move.TRANSFER: frozenset({State.ISSUED, State.CALLED, State.SERVING}),
    Move.CANCEL: UNFINISHED_STATES,
    Move.EXPIRE: UNFINISHED_STATES,
}


@dataclass(frozen=True)
class Period:
    """A closed stretch of time a ticket spent in one state (at one window, if any)."""

    state: State
    window_no: int | None
    started_at: dt.datetime
    ended_at: dt.datetime
    ended_by: Move

    @property
    def seconds(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()


@dataclass(frozen=True)
class TicketState:
    """What the rules need to know of a ticket."""

    state: State
    category: str
    arrival_at: dt.datetime
    state_since: dt.datetime
    window_no: int | None = None  # the window it is at (called/serving) or was last at
    target_window_no: int | None = None  # waiting for this window only (after a transfer)
    recall_count: int = 0
    outcome: Outcome | None = None
    transfer_reason: str | None = None


@dataclass(frozen=True)
class Step:
    """The result of a move: the new ticket state and the period the move closed."""

    ticket: TicketState
    period: Period


def issue(category: str, at: dt.datetime) -> TicketState:
    return TicketState(State.ISSUED, category, arrival_at=at, state_since=at)


def apply(
    ticket: TicketState,
    move: Move,
    at: dt.datetime,
    *,
    window_no: int | None = None,
    recalls_before_no_show: int = 0,
    outcome: Outcome | None = None,
    category: str | None = None,
    reason: str = "",
) -> Step:
    """Apply ``move`` at instant ``at`` and return the new state with the period it closed.

    ``window_no`` is the calling window (CALL) or the transfer target window (TRANSFER).
    Raises :class:`IllegalMove` when the move is not allowed now.
    """
    if ticket.state not in ALLOWED_FROM[move]:
        raise IllegalMove(move, ticket.state)
    if at < ticket.state_since:
        raise IllegalMove(move, ticket.state, "time runs backwards")
    changes: dict[str, object] = {}
    if move is Move.CALL:
        if window_no is None:
            raise IllegalMove(move, ticket.state, "a call needs a window")
        if ticket.target_window_no is not None and ticket.target_window_no != window_no:
            raise IllegalMove(move, ticket.state, f"it waits for window {ticket.target_window_no}")
        changes = {"state": State.CALLED, "window_no": window_no, "recall_count": 0}
    elif move is Move.RECALL:
        changes = {"recall_count": ticket.recall_count + 1}
    elif move is Move.START:
        changes = {"state": State.SERVING}
    elif move is Move.FINISH:
        if outcome is None:
            raise IllegalMove(move, ticket.state, "finishing needs an outcome")
        changes = {"state": State.DONE, "outcome": outcome}
    elif move is Move.NO_SHOW:
        if ticket.recall_count < recalls_before_no_show:
            raise IllegalMove(
                move, ticket.state, f"recalled {ticket.recall_count} of {recalls_before_no_show} times"
            )
        changes = {"state": State.NO_SHOW}
    elif move is Move.REACTIVATE:
        changes = {"state": State.ISSUED, "target_window_no": None, "recall_count": 0}
    elif move is Move.TRANSFER:
        if not reason.strip():
            raise IllegalMove(move, ticket.state, "a transfer needs a reason")
        if category is None and window_no is None:
            raise IllegalMove(move, ticket.state, "a transfer needs a category or a window")
        if (category or ticket.category) == ticket.category and window_no in (None, ticket.window_no):
            raise IllegalMove(move, ticket.state, "a transfer must go somewhere else")
        changes = {
            "state": State.ISSUED,
            "category": category or ticket.category,
            "target_window_no": window_no,
            "recall_count": 0,
            "transfer_reason": reason.strip(),
        }
    elif move is Move.CANCEL:
        changes = {"state": State.CANCELLED}
    elif move is Move.EXPIRE:
        changes = {"state": State.EXPIRED}
    period = Period(ticket.state, _period_window(ticket), ticket.state_since, at, move)
    return Step(replace(ticket, state_since=at, **changes), period)  # type: ignore[arg-type]


def _period_window(ticket: TicketState) -> int | None:
    return ticket.window_no if ticket.state in AT_WINDOW_STATES else None


@dataclass(frozen=True)
class Durations:
    """Seconds a ticket spent waiting (in the hall), walking (called) and at the window."""

    waiting: float
    walking: float
    serving: float


def durations(periods: list[Period]) -> Durations:
    total = {State.ISSUED: 0.0, State.CALLED: 0.0, State.SERVING: 0.0}
    for period in periods:
        if period.state in total:
            total[period.state] += period.seconds
    return Durations(total[State.ISSUED], total[State.CALLED], total[State.SERVING])
