"""User roles and what each may do: ONE table of role × action, here and nowhere else.

Every service write path is marked ``@writes("action")`` (services/context.py); the mark refuses the
call unless the acting role is listed for that action in :data:`PERMISSIONS`. An action missing
from the table is refused for everyone, and tests/services/test_roles.py fails on it, so a new
write path cannot slip in without a rule. The UI asks :func:`may` to hide what a role cannot do.
"""

from __future__ import annotations

CLERK, HANDLER, SUPERVISOR, ADMIN = "clerk", "handler", "supervisor", "admin"
ROLES = (CLERK, HANDLER, SUPERVISOR, ADMIN)
ROLE_NAMES_ZH = {CLERK: "窗口工作人员", HANDLER: "承办人员", SUPERVISOR: "督查人员", ADMIN: "管理员"}
ROLE_NAMES_EN = {
    CLERK: "clerk",
    HANDLER: "department handler",
    SUPERVISOR: "supervisor",
    ADMIN: "administrator",
}

_EVERYONE = frozenset(ROLES)
_COUNTER = frozenset({CLERK, SUPERVISOR, ADMIN})  # who works a window
_CASE_PAPERS = frozenset({CLERK, HANDLER, SUPERVISOR, ADMIN})
_SUPERVISORS = frozenset({SUPERVISOR, ADMIN})
_ADMINS = frozenset({ADMIN})

#: action (the ``@writes`` name) -> the roles that may do it.
PERMISSIONS: dict[str, frozenset[str]] = {
    # signing in and one's own session: anyone with an account
    "user.login": _EVERYONE,
    "user.logout": _EVERYONE,
    "user.lock": _EVERYONE,
    "user.unlock": _EVERYONE,
    "user.change_password": _EVERYONE,
    # the queue at a counter (the kiosk runs under the signed-in counter user)
    "queue.take": _COUNTER,
    "queue.call": _COUNTER,
    "queue.call_chosen": _COUNTER,
    "queue.recall": _COUNTER,
    "queue.no_show": _COUNTER,
    "queue.start": _COUNTER,
    "queue.transfer": _COUNTER,
    "queue.reactivate": _COUNTER,
    "queue.cancel": _COUNTER,
    "queue.pause": _COUNTER,
    "queue.resume": _COUNTER,
    "queue.finish": _COUNTER,
    "queue.expire": _COUNTER,
    # intake at a counter
    "case.decide": _COUNTER,
    "case.issue_notice": _COUNTER,
    "case.correction": _COUNTER,
    "case.issue_documents": _CASE_PAPERS,
    "case.reprint": _CASE_PAPERS,
    # supervision and the catalogue
    "case.batch_print": _SUPERVISORS,
    "catalogue.save_department": _SUPERVISORS,
    "catalogue.save_matter": _SUPERVISORS,
    "catalogue.import": _SUPERVISORS,
    "sync.resolve_conflict": _SUPERVISORS,
    "queue.category_add": _SUPERVISORS,
    "queue.category_update": _SUPERVISORS,
    "queue.window_categories": _SUPERVISORS,
    # administration (系统管理)
    "site.init": _ADMINS,
    "window.add": _ADMINS,
    "window.update": _ADMINS,
    "user.add": _ADMINS,
    "user.update": _ADMINS,
    "user.passwd": _ADMINS,
    "user.set_active": _ADMINS,
    "user.unlock_login": _ADMINS,
    "setting.set": _ADMINS,
    "calendar.set_day": _ADMINS,
    "calendar.publish_year": _ADMINS,
    "calendar.import": _ADMINS,
}

#: What the faces show, by the same table (a face or a menu entry is hidden when its action is not allowed).
ADMINISTRATION = "window.update"


def may(role: str, action: str) -> bool:
    """May ``role`` do ``action``? Unknown actions and roles: no."""
    return role in PERMISSIONS.get(action, frozenset())


_RANK = {CLERK: 0, HANDLER: 0, SUPERVISOR: 1, ADMIN: 2}


def at_least(role: str, needed: str) -> bool:
    """Supervisors can open what clerks can; admins everything (for faces, not for writes)."""
    return _RANK.get(role, -1) >= _RANK[needed]
