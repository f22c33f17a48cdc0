"""User roles and what each may do: ONE table of role × action, here and nowhere else.

Every service write path is marked ``@writes("action")`` (services/context.py); the mark refuses the
call unless the acting role is listed for that action in :data:`RULES`. An action missing from the
table is refused for everyone, and tests/services/test_roles.py fails on it, so a new write path
cannot slip in without a rule. The case moves (domain/case_stages.py) take their roles from here
and add only the stages they start from. The UI asks :func:`may` to hide what a role cannot do.

The CLI acts as an administrator (services/context.py: ``system_actor``), so an administrator is in
every rule. The ticket kiosk runs under the user signed in on its PC; the rating pad acts as itself
with the clerk's role (services/ratings: ``pad_context``).
"""

from __future__ import annotations

from dataclasses import dataclass

from windowdesk.messages import N_, Listing, Text

CLERK, HANDLER, SUPERVISOR, ADMIN = "clerk", "handler", "supervisor", "admin"
ROLES = (CLERK, HANDLER, SUPERVISOR, ADMIN)
#: The roles as people read them (N_: English source, Chinese in the catalogue), defined here only.
ROLE_NAMES = {
    CLERK: N_("clerk"),
    HANDLER: N_("department handler"),
    SUPERVISOR: N_("supervisor"),
    ADMIN: N_("administrator"),
}

_EVERYONE = frozenset(ROLES)
_COUNTER = frozenset({CLERK, SUPERVISOR, ADMIN})  # who works a window (and the kiosk, the pad)
_DEPARTMENT = frozenset({HANDLER, ADMIN})  # the department's staff (承办)
_SUPERVISORS = frozenset({SUPERVISOR, ADMIN})
_ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Rule:
    label: Text  # what the action is called in a refusal: "You may not {what}" (N_-marked)
    roles: frozenset[str]


#: action (the ``@writes`` name) -> who may do it.
RULES: dict[str, Rule] = {
    # signing in and one's own session: anyone with an account
    "user.login": Rule(N_("sign in"), _EVERYONE),
    "user.logout": Rule(N_("sign out"), _EVERYONE),
    "user.lock": Rule(N_("lock the screen"), _EVERYONE),
    "user.unlock": Rule(N_("unlock the screen"), _EVERYONE),
    "user.change_password": Rule(N_("change your password"), _EVERYONE),
    # the kiosk runs under whoever is signed in on its PC; leaving it takes an administrator's
    # password, which the service checks itself
    "kiosk.release": Rule(N_("leave the ticket kiosk"), _EVERYONE),
    # the queue at a counter; the kiosk takes tickets under the clerk signed in on it
    "queue.take": Rule(N_("issue a ticket"), _COUNTER),
    "queue.call": Rule(N_("call a ticket"), _COUNTER),
    "queue.call_chosen": Rule(N_("call a chosen ticket"), _COUNTER),
    "queue.recall": Rule(N_("call again"), _COUNTER),
    "queue.no_show": Rule(N_("mark a no-show"), _COUNTER),
    "queue.start": Rule(N_("start serving"), _COUNTER),
    "queue.transfer": Rule(N_("transfer a ticket"), _COUNTER),
    "queue.reactivate": Rule(N_("bring back a no-show"), _COUNTER),
    "queue.cancel": Rule(N_("cancel a ticket"), _COUNTER),
    "queue.pause": Rule(N_("pause the window"), _COUNTER),
    "queue.resume": Rule(N_("resume the window"), _COUNTER),
    "queue.finish": Rule(N_("finish a ticket"), _COUNTER),
    "queue.expire": Rule(N_("expire old tickets"), _COUNTER),
    # the rating pad (评价器) next to the counter
    "rating.add": Rule(N_("record a rating"), _COUNTER),
    "rating.unrated": Rule(N_("record a visit without rating"), _COUNTER),
    "rating.followup_step": Rule(N_("work on a bad-rating follow-up"), _SUPERVISORS),
    # intake at the counter
    "case.decide": Rule(N_("decide on acceptance"), _COUNTER),
    "case.issue_notice": Rule(N_("issue the one-time notice"), _COUNTER),
    "case.correction": Rule(N_("record a correction"), _COUNTER),
    "case.reveal_id": Rule(N_("see the full ID number"), _COUNTER),
    "case.issue_documents": Rule(N_("issue the documents"), _EVERYONE),
    "case.reprint": Rule(N_("reprint a document"), _EVERYONE),
    "case.batch_print": Rule(N_("print documents in batch"), _SUPERVISORS),
    # the case after the counter (who may make which move from which stage: case_stages.MOVES)
    "case.handover": Rule(N_("hand over"), _COUNTER),
    "case.print_handover": Rule(N_("print a hand-over list"), _EVERYONE),
    "case.receive": Rule(N_("receive"), _DEPARTMENT),
    "case.receive_batch": Rule(N_("receive"), _DEPARTMENT),
    "case.review": Rule(N_("start the review"), _DEPARTMENT),
    "case.pause": Rule(N_("pause the clock"), _DEPARTMENT),
    "case.resume": Rule(N_("resume the clock"), _DEPARTMENT),
    "case.request_extension": Rule(N_("ask for an extension"), _DEPARTMENT),
    "case.extend": Rule(N_("approve an extension"), _SUPERVISORS),
    "case.approve_extension": Rule(N_("approve an extension"), _SUPERVISORS),
    "case.refuse_extension": Rule(N_("refuse an extension"), _SUPERVISORS),
    "case.decision": Rule(N_("decide"), _DEPARTMENT),
    "case.ready": Rule(N_("make the result ready"), _DEPARTMENT),
    "case.deliver": Rule(N_("deliver"), _COUNTER),
    "case.close": Rule(N_("close"), _COUNTER),
    "case.withdraw": Rule(N_("withdraw"), _EVERYONE),
    "case.return": Rule(N_("return"), _DEPARTMENT | {SUPERVISOR}),
    "case.recompute_due": Rule(N_("recompute due dates"), _SUPERVISORS),
    # supervision: the catalogue, sync conflicts, the queue's categories, backups
    "catalogue.save_department": Rule(N_("edit a department"), _SUPERVISORS),
    "catalogue.save_matter": Rule(N_("edit a matter"), _SUPERVISORS),
    "catalogue.import": Rule(N_("import the catalogue"), _SUPERVISORS),
    "sync.resolve_conflict": Rule(N_("resolve a sync conflict"), _SUPERVISORS),
    "queue.category_add": Rule(N_("add a queue category"), _SUPERVISORS),
    "queue.category_update": Rule(N_("change a queue category"), _SUPERVISORS),
    "queue.window_categories": Rule(N_("set a window's categories"), _SUPERVISORS),
    # the daily backup runs on whoever is signed in at the PC (a township centre has only a clerk)
    "store.backup": Rule(N_("back up the store"), _EVERYONE),
    # 电子监察: every client runs the card check (whoever is signed in); the responsible person explains
    "supervision.run": Rule(N_("run the supervision check"), _EVERYONE),
    "supervision.explain": Rule(N_("explain"), _EVERYONE),
    "supervision.urge": Rule(N_("urge"), _SUPERVISORS),
    "supervision.close": Rule(N_("close a card or exception"), _SUPERVISORS),
    # administration (系统管理)
    "store.allow_case_numbers": Rule(N_("allow case numbers again"), _ADMINS),
    "site.init": Rule(N_("set up the site"), _ADMINS),
    "window.add": Rule(N_("add a window"), _ADMINS),
    "window.update": Rule(N_("change a window"), _ADMINS),
    "user.add": Rule(N_("add a user"), _ADMINS),
    "user.update": Rule(N_("change a user"), _ADMINS),
    "user.passwd": Rule(N_("reset a password"), _ADMINS),
    "user.set_active": Rule(N_("disable or enable a user"), _ADMINS),
    "user.unlock_login": Rule(N_("unlock a login"), _ADMINS),
    "user.staff_card": Rule(N_("set a staff card"), _ADMINS),
    "setting.set": Rule(N_("change a site setting"), _ADMINS),
    "calendar.set_day": Rule(N_("change the working-day calendar"), _ADMINS),
    "calendar.publish_year": Rule(N_("publish a year's calendar"), _ADMINS),
    "calendar.import": Rule(N_("import the working-day calendar"), _ADMINS),
}

#: action -> the roles that may do it (the same table, as sets).
PERMISSIONS: dict[str, frozenset[str]] = {action: rule.roles for action, rule in RULES.items()}


def may(role: str, action: str) -> bool:
    """May ``role`` do ``action``? Unknown actions and roles: no."""
    return role in PERMISSIONS.get(action, frozenset())


def refusal(action: str) -> tuple[str, dict[str, object]]:
    """The message (English source, with its values) of refusing ``action`` to a role it leaves out."""
    rule = RULES.get(action)
    if rule is None:
        return (
            N_("You may not do this: {action} (not in the table of permissions)"),
            {"action": action},
        )
    allowed = [r for r in ROLES if r in rule.roles]
    return (
        N_("You may not {what} (only: {roles})"),
        {"what": rule.label, "roles": Listing(ROLE_NAMES[r] for r in allowed)},
    )


# A handler (department staff, 承办) is no counter clerk: outside the clerk < supervisor < admin
# ladder, it may do only what a rule names it for.
_RANK = {CLERK: 0, SUPERVISOR: 1, ADMIN: 2}


def at_least(role: str, needed: str) -> bool:
    """Which faces a role opens: supervisors what clerks can, admins everything. A handler is at
    least a handler only (and an admin is at least anything). Writes go by :data:`RULES`."""
    if needed == HANDLER:
        return role in (HANDLER, ADMIN)
    return _RANK.get(role, -1) >= _RANK[needed]
