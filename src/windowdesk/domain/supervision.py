"""The vocabulary of 电子监察 (supervision): card levels, exception kinds, how a card or exception
is handled, and how statistics are grouped. Pure names and labels (zh, en), so the CLI can offer
them as choices without loading the supervision services."""

from __future__ import annotations

YELLOW, RED = "yellow", "red"
LEVELS = (YELLOW, RED)
LEVEL_LABELS = {YELLOW: ("黄牌", "yellow card"), RED: ("红牌", "red card")}

NOT_RECORDED = "not_recorded"
NO_ONE_TIME_NOTICE = "no_one_time_notice"
REJECTED = "rejected"
RETURNED = "returned"
FALSE_COMPLETION = "false_completion"
EXTRA_MATERIAL = "extra_material"
OVERDUE = "overdue"
REPRINT = "reprint"
BAD_RATING_OVERDUE = "bad_rating_overdue"

KIND_LABELS = {
    NOT_RECORDED: ("疑似办件未录入", "possibly unrecorded case"),
    NO_ONE_TIME_NOTICE: ("未一次性告知", "no one-time notice"),
    REJECTED: ("不予受理", "rejected"),
    RETURNED: ("中途退件", "returned or withdrawn"),
    FALSE_COMPLETION: ("疑似假办结", "closed without decision or delivery"),
    EXTRA_MATERIAL: ("擅自增加申报材料", "material not in the catalogue"),
    OVERDUE: ("超期办件", "overdue"),
    REPRINT: ("受理通知书多次补打", "acceptance notice reprinted often"),
    BAD_RATING_OVERDUE: ("差评整改超期", "bad rating not followed up in time"),
}
KINDS = tuple(KIND_LABELS)

URGE, EXPLAIN, CLOSE = "urge", "explain", "close"
JUSTIFIED, UNJUSTIFIED = "justified", "unjustified"
CONCLUSIONS = {JUSTIFIED: ("属实", "justified"), UNJUSTIFIED: ("不属实", "unjustified")}
#: where a card or exception stands, from its last act
STATE_LABELS = {
    "open": ("待处理", "open"),
    "urged": ("督办中", "urged"),
    "explained": ("已说明", "explained"),
    "closed": ("已办结", "closed"),
}

GROUPS = ("window", "staff", "matter", "department", "category", "site")
GROUP_LABELS = {
    "window": ("窗口", "window"),
    "staff": ("工作人员", "staff"),
    "matter": ("事项", "matter"),
    "department": ("部门", "department"),
    "category": ("排队类别", "category"),
    "site": ("站点", "site"),
}
