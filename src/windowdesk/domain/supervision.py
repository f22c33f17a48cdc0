"""The vocabulary of 电子监察 (supervision): card levels, exception kinds, how a card or exception
is handled, and how statistics are grouped. Pure names and labels (N_: English source, Chinese in the catalogue), so the CLI can offer
them as choices without loading the supervision services."""

from __future__ import annotations

from windowdesk.messages import N_

YELLOW, RED = "yellow", "red"
LEVELS = (YELLOW, RED)
LEVEL_LABELS = {YELLOW: N_("yellow card"), RED: N_("red card")}

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
    NOT_RECORDED: N_("possibly unrecorded case"),
    NO_ONE_TIME_NOTICE: N_("no one-time notice"),
    REJECTED: N_("rejected"),
    RETURNED: N_("returned or withdrawn"),
    FALSE_COMPLETION: N_("closed without decision or delivery"),
    EXTRA_MATERIAL: N_("material not in the catalogue"),
    OVERDUE: N_("overdue"),
    REPRINT: N_("acceptance notice reprinted often"),
    BAD_RATING_OVERDUE: N_("bad rating not followed up in time"),
}
KINDS = tuple(KIND_LABELS)

URGE, EXPLAIN, CLOSE = "urge", "explain", "close"
JUSTIFIED, UNJUSTIFIED = "justified", "unjustified"
CONCLUSIONS = {JUSTIFIED: N_("justified"), UNJUSTIFIED: N_("unjustified")}
#: where a card or exception stands, from its last act
STATE_LABELS = {
    "open": N_("open"),
    "urged": N_("urged"),
    "explained": N_("explained"),
    "closed": N_("closed"),
}

GROUPS = ("window", "staff", "matter", "department", "category", "site")
GROUP_LABELS = {
    "window": N_("window"),
    "staff": N_("staff"),
    "matter": N_("matter"),
    "department": N_("department"),
    "category": N_("category"),
    "site": N_("site"),
}
