"""User roles and what each may do."""

from __future__ import annotations

CLERK, HANDLER, SUPERVISOR, ADMIN = "clerk", "handler", "supervisor", "admin"
ROLES = (CLERK, HANDLER, SUPERVISOR, ADMIN)
ROLE_NAMES_ZH = {CLERK: "窗口工作人员", HANDLER: "承办人员", SUPERVISOR: "督查人员", ADMIN: "管理员"}

# A handler (department staff, 承办) is no counter clerk: outside the clerk < supervisor < admin
# ladder, it may do only what a table names it for (the case moves: domain/case_stages.MOVES).
_RANK = {CLERK: 0, SUPERVISOR: 1, ADMIN: 2}


def at_least(role: str, needed: str) -> bool:
    """Supervisors can do what clerks can; admins can do everything. A handler is at least a
    handler only (and an admin is at least anything)."""
    if needed == HANDLER:
        return role in (HANDLER, ADMIN)
    return _RANK.get(role, -1) >= _RANK[needed]
