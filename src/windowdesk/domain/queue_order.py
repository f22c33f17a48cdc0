"""Ticket numbers and the order in which a window calls waiting tickets.

Numbers: a category's prefix letter and three digits (A001), counted per site per local service
day from the category's start number, up to its daily cap.

Call order for one window, best first:
1. tickets transferred to this very window (they already waited once);
2. the window's categories in its serving order; within a category, priority tickets (elderly,
   disabled, military, appointment) and ordinary ones are interleaved by the category's policy:
   ``interleave`` calls one priority ticket after every ``ordinary_per_priority`` ordinary calls at
   this window (so neither group starves), ``strict`` always calls priority first, ``none`` ignores
   priority; within a group by arrival.

The store turns :func:`call_plan` into one ``ORDER BY`` so the claim stays a single statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

MAX_NUMBER = 999
_PREFIX = re.compile(r"^[A-Z]$")


class PriorityPolicy(StrEnum):
    INTERLEAVE = "interleave"
    STRICT = "strict"
    NONE = "none"


def valid_prefix(prefix: str) -> bool:
    return bool(_PREFIX.match(prefix))


def format_number(prefix: str, number: int) -> str:
    if not valid_prefix(prefix):
        raise ValueError(f"a ticket prefix is one capital letter, not {prefix!r}")
    if not 0 <= number <= MAX_NUMBER:
        raise ValueError(f"ticket numbers have three digits, {number} does not fit")
    return f"{prefix}{number:03d}"


def nth_number(start: int, n: int) -> int:
    """The number of the ``n``-th ticket of the day (n from 1) for a category starting at ``start``."""
    return start + n - 1


def within_cap(start: int, daily_cap: int, n: int) -> bool:
    """May the ``n``-th ticket of the day be issued? Both the cap and the three digits limit it."""
    return n <= daily_cap and nth_number(start, n) <= MAX_NUMBER


def service_day(at: dt.datetime, zone: str) -> dt.date:
    """The local day a ticket belongs to; numbers reset at local midnight."""
    return at.astimezone(ZoneInfo(zone)).date()


def priority_first(policy: PriorityPolicy, ordinary_streak: int, ordinary_per_priority: int) -> bool:
    """Should this window prefer a priority ticket now (when both kinds wait)?

    ``ordinary_streak`` counts the ordinary calls this window made since its last priority call.
    """
    if policy is PriorityPolicy.NONE:
        return False
    if policy is PriorityPolicy.STRICT:
        return True
    return ordinary_streak >= ordinary_per_priority


def next_streak(ordinary_streak: int, called_priority: bool, policy: PriorityPolicy) -> int:
    if policy is PriorityPolicy.NONE:
        return ordinary_streak
    return 0 if called_priority else ordinary_streak + 1


@dataclass(frozen=True)
class Waiting:
    """A waiting ticket as the ordering sees it."""

    key: object
    category: str
    priority: bool
    arrival_at: dt.datetime
    number: int
    target_window_no: int | None = None


@dataclass(frozen=True)
class Plan:
    """How a window ranks waiting tickets right now."""

    window_no: int
    categories: tuple[str, ...]  # serving order
    priority_first: dict[str, bool]  # per category
    honour_priority: dict[str, bool]  # False when the category ignores priority

    def eligible(self, ticket: Waiting) -> bool:
        if ticket.target_window_no is not None:
            return ticket.target_window_no == self.window_no
        return ticket.category in self.categories

    def rank(self, ticket: Waiting) -> tuple:
        """Sort key: smaller is called first."""
        if ticket.target_window_no == self.window_no:
            return (0, 0, 0, ticket.arrival_at, ticket.number)
        category_rank = self.categories.index(ticket.category)
        is_priority = ticket.priority and self.honour_priority[ticket.category]
        group = 0 if is_priority == self.priority_first[ticket.category] else 1
        return (1, category_rank, group, ticket.arrival_at, ticket.number)


def call_plan(
    window_no: int,
    categories: Sequence[tuple[str, PriorityPolicy]],
    ordinary_streak: int,
    ordinary_per_priority: int,
) -> Plan:
    names = tuple(name for name, _ in categories)
    return Plan(
        window_no,
        names,
        {name: priority_first(p, ordinary_streak, ordinary_per_priority) for name, p in categories},
        {name: p is not PriorityPolicy.NONE for name, p in categories},
    )


def choose(plan: Plan, waiting: Sequence[Waiting]) -> Waiting | None:
    """The ticket ``plan``'s window calls next, or None. The reference the store's query follows."""
    eligible = [t for t in waiting if plan.eligible(t)]
    return min(eligible, key=plan.rank, default=None)
