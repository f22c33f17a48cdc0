"""User roles and what each may do."""

from __future__ import annotations

CLERK, SUPERVISOR, ADMIN = "clerk", "supervisor", "admin"
ROLES = (CLERK, SUPERVISOR, ADMIN)
ROLE_NAMES_ZH = {CLERK: "窗口工作人员", SUPERVISOR: "督查人员", ADMIN: "管理员"}

_RANK = {CLERK: 0, SUPERVISOR: 1, ADMIN: 2}


def at_least(role: str, needed: str) -> bool:
    """Supervisors can do what clerks can; admins can do everything."""
    return _RANK.get(role, -1) >= _RANK[needed]
