"""Names of queue states, priorities and outcomes in the UI language (defined once, in the domain)."""

from __future__ import annotations

from windowdesk.domain.queue import OUTCOME_NAMES, PRIORITY_NAMES, STATE_NAMES
from windowdesk.messages import translate


def state_name(state: str) -> str:
    return translate(STATE_NAMES.get(state, state))


def priority_name(kind: str | None) -> str:
    return translate(PRIORITY_NAMES.get(kind or "", kind or ""))


def outcome_name(outcome: str) -> str:
    return translate(OUTCOME_NAMES.get(outcome, outcome))
