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
_COUNTER = frozenset({CLERK, SUPERVISOR, ADMIN})  # who works a window (and the kiosk, the pad)
_DEPARTMENT = frozenset({HANDLER, ADMIN})  # the department's staff (承办)
_SUPERVISORS = frozenset({SUPERVISOR, ADMIN})
_ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Rule:
    zh: str  # what the action is called in a refusal: "当前用户无权{zh}"
    en: str
    roles: frozenset[str]


#: action (the ``@writes`` name) -> who may do it.
RULES: dict[str, Rule] = {
    # signing in and one's own session: anyone with an account
    "user.login": Rule("登录", "sign in", _EVERYONE),
    "user.logout": Rule("退出登录", "sign out", _EVERYONE),
    "user.lock": Rule("锁定屏幕", "lock the screen", _EVERYONE),
    "user.unlock": Rule("解锁屏幕", "unlock the screen", _EVERYONE),
    "user.change_password": Rule("修改本人密码", "change your password", _EVERYONE),
    # the kiosk runs under whoever is signed in on its PC; leaving it takes an administrator's
    # password, which the service checks itself
    "kiosk.release": Rule("退出取号机全屏", "leave the ticket kiosk", _EVERYONE),
    # the queue at a counter; the kiosk takes tickets under the clerk signed in on it
    "queue.take": Rule("取号", "issue a ticket", _COUNTER),
    "queue.call": Rule("叫号", "call a ticket", _COUNTER),
    "queue.call_chosen": Rule("选号呼叫", "call a chosen ticket", _COUNTER),
    "queue.recall": Rule("重呼", "call again", _COUNTER),
    "queue.no_show": Rule("过号", "mark a no-show", _COUNTER),
    "queue.start": Rule("开始办理", "start serving", _COUNTER),
    "queue.transfer": Rule("转窗口", "transfer a ticket", _COUNTER),
    "queue.reactivate": Rule("恢复过号", "bring back a no-show", _COUNTER),
    "queue.cancel": Rule("取消号码", "cancel a ticket", _COUNTER),
    "queue.pause": Rule("暂停服务", "pause the window", _COUNTER),
    "queue.resume": Rule("恢复服务", "resume the window", _COUNTER),
    "queue.finish": Rule("办结号码", "finish a ticket", _COUNTER),
    "queue.expire": Rule("作废过期号码", "expire old tickets", _COUNTER),
    # the rating pad (评价器) next to the counter
    "rating.add": Rule("记录评价", "record a rating", _COUNTER),
    "rating.unrated": Rule("记录未评价", "record a visit without rating", _COUNTER),
    "rating.followup_step": Rule("处理差评整改", "work on a bad-rating follow-up", _SUPERVISORS),
    # intake at the counter
    "case.decide": Rule("作出受理决定", "decide on acceptance", _COUNTER),
    "case.issue_notice": Rule("出具一次性告知书", "issue the one-time notice", _COUNTER),
    "case.correction": Rule("登记补正", "record a correction", _COUNTER),
    "case.reveal_id": Rule("查看完整证件号码", "see the full ID number", _COUNTER),
    "case.issue_documents": Rule("出具文书", "issue the documents", _EVERYONE),
    "case.reprint": Rule("补打文书", "reprint a document", _EVERYONE),
    "case.batch_print": Rule("批量打印文书", "print documents in batch", _SUPERVISORS),
    # the case after the counter (who may make which move from which stage: case_stages.MOVES)
    "case.handover": Rule("移交承办", "hand over", _COUNTER),
    "case.print_handover": Rule("打印流转单", "print a hand-over list", _EVERYONE),
    "case.receive": Rule("签收", "receive", _DEPARTMENT),
    "case.receive_batch": Rule("签收", "receive", _DEPARTMENT),
    "case.review": Rule("开始审查", "start the review", _DEPARTMENT),
    "case.pause": Rule("中止计时（特别程序）", "pause the clock", _DEPARTMENT),
    "case.resume": Rule("恢复计时", "resume the clock", _DEPARTMENT),
    "case.request_extension": Rule("申请延期", "ask for an extension", _DEPARTMENT),
    "case.extend": Rule("批准延期", "approve an extension", _SUPERVISORS),
    "case.approve_extension": Rule("批准延期", "approve an extension", _SUPERVISORS),
    "case.refuse_extension": Rule("不批准延期", "refuse an extension", _SUPERVISORS),
    "case.decision": Rule("作出决定", "decide", _DEPARTMENT),
    "case.ready": Rule("出件", "make the result ready", _DEPARTMENT),
    "case.deliver": Rule("送达", "deliver", _COUNTER),
    "case.close": Rule("办结", "close", _COUNTER),
    "case.withdraw": Rule("撤回", "withdraw", _EVERYONE),
    "case.return": Rule("退件", "return", _DEPARTMENT | {SUPERVISOR}),
    "case.recompute_due": Rule("重算办理期限", "recompute due dates", _SUPERVISORS),
    # supervision: the catalogue, sync conflicts, the queue's categories, backups
    "catalogue.save_department": Rule("编辑部门", "edit a department", _SUPERVISORS),
    "catalogue.save_matter": Rule("编辑事项", "edit a matter", _SUPERVISORS),
    "catalogue.import": Rule("导入事项目录", "import the catalogue", _SUPERVISORS),
    "sync.resolve_conflict": Rule("处理同步冲突", "resolve a sync conflict", _SUPERVISORS),
    "queue.category_add": Rule("新增排队类别", "add a queue category", _SUPERVISORS),
    "queue.category_update": Rule("修改排队类别", "change a queue category", _SUPERVISORS),
    "queue.window_categories": Rule("设置窗口办理的类别", "set a window's categories", _SUPERVISORS),
    # the daily backup runs on whoever is signed in at the PC (a township centre has only a clerk)
    "store.backup": Rule("备份数据库", "back up the store", _EVERYONE),
    # 电子监察: every client runs the card check (whoever is signed in); the responsible person explains
    "supervision.run": Rule("运行电子监察", "run the supervision check", _EVERYONE),
    "supervision.explain": Rule("说明情况", "explain", _EVERYONE),
    "supervision.urge": Rule("督办", "urge", _SUPERVISORS),
    "supervision.close": Rule("办结督办", "close a card or exception", _SUPERVISORS),
    # administration (系统管理)
    "store.allow_case_numbers": Rule("放行案件编号", "allow case numbers again", _ADMINS),
    "site.init": Rule("初始化站点", "set up the site", _ADMINS),
    "window.add": Rule("新增窗口", "add a window", _ADMINS),
    "window.update": Rule("修改窗口", "change a window", _ADMINS),
    "user.add": Rule("新增用户", "add a user", _ADMINS),
    "user.update": Rule("修改用户", "change a user", _ADMINS),
    "user.passwd": Rule("重置用户密码", "reset a password", _ADMINS),
    "user.set_active": Rule("停用或启用用户", "disable or enable a user", _ADMINS),
    "user.unlock_login": Rule("解除登录锁定", "unlock a login", _ADMINS),
    "user.staff_card": Rule("设置工号和照片", "set a staff card", _ADMINS),
    "setting.set": Rule("修改站点设置", "change a site setting", _ADMINS),
    "calendar.set_day": Rule("修改工作日历", "change the working-day calendar", _ADMINS),
    "calendar.publish_year": Rule("发布年度日历", "publish a year's calendar", _ADMINS),
    "calendar.import": Rule("导入工作日历", "import the working-day calendar", _ADMINS),
}

#: action -> the roles that may do it (the same table, as sets).
PERMISSIONS: dict[str, frozenset[str]] = {action: rule.roles for action, rule in RULES.items()}


def may(role: str, action: str) -> bool:
    """May ``role`` do ``action``? Unknown actions and roles: no."""
    return role in PERMISSIONS.get(action, frozenset())


def refusal(action: str) -> tuple[str, str, dict[str, str]]:
    """Chinese and English text (with its values) of refusing ``action`` to a role it leaves out."""
    rule = RULES.get(action)
    if rule is None:
        return (
            "当前用户无权进行此操作：{action}（未在权限表中登记）",
            "You may not do this: {action} (not in the table of permissions)",
            {"action": action},
        )
    allowed = [r for r in ROLES if r in rule.roles]
    return (
        "当前用户无权{what}（限{roles}）",
        "You may not {what_en} (only: {roles_en})",
        {
            "what": rule.zh,
            "what_en": rule.en,
            "roles": "、".join(ROLE_NAMES_ZH[r] for r in allowed),
            "roles_en": ", ".join(ROLE_NAMES_EN[r] for r in allowed),
        },
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
