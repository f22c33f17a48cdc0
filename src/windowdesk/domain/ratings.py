"""好差评: the five levels, the standard reasons of a bad rating, and the order of its follow-up.

GB/T 39734-2020 and GB/T 39735-2020: one rating per visit (一次一评, 一事一评), five levels from
非常满意 (5) to 非常不满意 (1). Levels 1 and 2 are bad ratings: they need at least one standard
reason and open a follow-up — verify (核实), rectify (整改), call back (回访: was the applicant
satisfied?), close — due a number of working days after the rating. No answer at the pad is recorded
as 未评价 (no level), never as a default good rating.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from windowdesk.domain.workdays import DueDate, WorkdayCalendar
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import N_, Text, translate

#: level -> its name (N_: English source, Chinese in the catalogue), best first (the order of the pad's buttons).
LEVELS: dict[int, Text] = {
    5: N_("Very satisfied"),
    4: N_("Satisfied"),
    3: N_("Fairly satisfied"),
    2: N_("Dissatisfied"),
    1: N_("Very dissatisfied"),
}
BAD_LEVELS = frozenset({1, 2})
SATISFIED_LEVELS = frozenset({3, 4, 5})
UNRATED = N_("Not rated")

#: reason code -> its name (N_: English source, Chinese in the catalogue), in the order the pad shows them.
REASONS: dict[str, Text] = {
    "attitude": N_("Attitude"),
    "efficiency": N_("Efficiency"),
    "unclear_notice": N_("One-time notice unclear"),
    "repeated_visits": N_("Repeated visits"),
    "environment": N_("Environment and facilities"),
    "other": N_("Other"),
}
MAX_TEXT = 500

#: What a rating is about: a queue visit (ticket) or a result handed over at a window (delivery).
SUBJECT_KINDS = ("ticket", "delivery")

#: The follow-up of a bad rating, in the only order it may be recorded.
STEPS: tuple[str, ...] = ("verify", "rectify", "callback", "close")
STEP_NAMES: dict[str, Text] = {
    "verify": N_("verify"),
    "rectify": N_("rectify"),
    "callback": N_("call back"),
    "close": N_("close"),
}
CLOSED = "closed"


def level_name(level: int | None, language: str = "zh_CN") -> str:
    if level is None:
        return translate(UNRATED, language)
    return translate(LEVELS[level], language)


def is_bad(level: int | None) -> bool:
    return level in BAD_LEVELS


@dataclass(frozen=True)
class RatingInput:
    """A rating as the applicant gave it, checked: level 1..5, known reasons (only on a bad rating,
    at least one there), trimmed text."""

    level: int
    reasons: tuple[str, ...]
    text: str


def check_rating(level: object, reasons: Iterable[str] = (), text: str = "") -> RatingInput:
    """The rating, or a :class:`UserError` saying what is wrong with it."""
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        raise UserError(
            "The rating level must be a whole number from 1 to 5 (5 = very satisfied … 1 = very dissatisfied), not {level}",
            level=level,
        )
    codes: list[str] = []
    for code in reasons:
        code = str(code).strip()
        if code not in REASONS:
            raise UserError(
                "There is no rating reason '{code}'; the reasons are: {known}",
                code=code,
                known=", ".join(REASONS),
            )
        if code not in codes:
            codes.append(code)
    if level in BAD_LEVELS and not codes:
        raise UserError(
            "'{name}' is a bad rating: choose at least one reason ({known})",
            name=LEVELS[level],
            known=", ".join(REASONS),
        )
    if level not in BAD_LEVELS and codes:
        raise UserError(
            "Reasons are chosen only for a bad rating (dissatisfied or very dissatisfied)",
        )
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise UserError(
            "The comment may have at most {max} characters, not {n}",
            max=MAX_TEXT,
            n=len(text),
        )
    return RatingInput(level, tuple(sorted(codes, key=list(REASONS).index)), text)


def followup_due(calendar: WorkdayCalendar, rated_on: dt.date, workdays: int) -> DueDate:
    """The follow-up is due ``workdays`` working days after the day of the rating (which does not
    count), on the working-day calendar with its make-up workdays."""
    return calendar.add_working_days(rated_on, workdays)


def next_step(done: Sequence[str]) -> str:
    """The step to record next after the steps ``done`` (in the order recorded), or ``CLOSED``.

    Steps recorded twice (two devices that were apart, say) count once, where they first appear.
    """
    position = 0
    for step in done:
        if position < len(STEPS) and step == STEPS[position]:
            position += 1
    return STEPS[position] if position < len(STEPS) else CLOSED


def check_step(number: str, done: Sequence[str], step: str, note: str, satisfied: bool | None) -> str:
    """The trimmed note when ``step`` may be recorded now; a :class:`UserError` otherwise."""
    if step not in STEPS:
        raise UserError(
            "The follow-up step is one of {choices}, not {step}",
            choices=", ".join(STEPS),
            step=step,
        )
    expected = next_step(done)
    if expected == CLOSED:
        raise Conflict("Follow-up {number} is already closed", number=number)
    if step != expected:
        raise Conflict(
            "Follow-up {number} needs '{expected}' next, not '{step}' (order: verify, rectify, call back, close)",
            number=number,
            expected=STEP_NAMES[expected],
            step=STEP_NAMES[step],
        )
    if step == "callback" and satisfied is None:
        raise UserError(
            "A call back records whether the applicant was satisfied (--satisfied yes or no)",
        )
    if step != "callback" and satisfied is not None:
        raise UserError(
            "Only a call back records whether the applicant was satisfied"
        )
    note = (note or "").strip()
    if not note:
        raise UserError("Write a note on the {step}", step=STEP_NAMES[step])
    if len(note) > 2000:
        raise UserError("A note may have at most 2000 characters")
    return note


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by (shown as “—”, never as 0 %)."""
    return None if whole == 0 else part / whole
