"""User roles and what each may do."""

from __future__ import annotations

from windowdesk.messages import N_

CLERK, SUPERVISOR, ADMIN = "clerk", "supervisor", "admin"
ROLES = (CLERK, SUPERVISOR, ADMIN)
ROLE_NAMES = {CLERK: N_("counter clerk"), SUPERVISOR: N_("supervisor"), ADMIN: N_("administrator")}

_RANK = {CLERK: 0, SUPERVISOR: 1, ADMIN: 2}


def at_least(role: str, needed: str) -> bool:
    """Supervisors can do what clerks can; admins can do everything."""
    return _RANK.get(role, -1) >= _RANK[needed]
