"""Where a case stands after the counter, and which move takes it where (issue 11).

accepted (受理) → handed_over (移交承办, on a 流转单) → received (承办部门签收) → under_review (审查)
→ decided (准予 / 不予许可) → result_ready (出件) → delivered (送达, express) → closed (办结).
A pickup at the window is delivered and closed in one move. Withdrawn (撤回) and returned (退件) end
an open case mid-way. Before acceptance a case is awaiting_correction (待补正); the counter's other
outcomes are not_accepted (不予受理) and, for on-the-spot matters, closed at once.

:data:`MOVES` is the table of which move starts from which stage; who may make it is the move's rule
in the one role × action table (domain/roles.py). The services check a move with :func:`check_move`.
"""

from __future__ import annotations

from dataclasses import dataclass

from windowdesk.domain import roles
from windowdesk.errors import Conflict, Forbidden

AWAITING_CORRECTION = "awaiting_correction"
NOT_ACCEPTED = "not_accepted"
ACCEPTED = "accepted"
HANDED_OVER = "handed_over"
RECEIVED = "received"
UNDER_REVIEW = "under_review"
DECIDED = "decided"
RESULT_READY = "result_ready"
DELIVERED = "delivered"
CLOSED = "closed"
WITHDRAWN = "withdrawn"
RETURNED = "returned"

STAGE_LABELS = {
    AWAITING_CORRECTION: ("待补正", "awaiting correction"),
    NOT_ACCEPTED: ("不予受理", "not accepted"),
    ACCEPTED: ("已受理", "accepted"),
    HANDED_OVER: ("已移交承办", "handed over"),
    RECEIVED: ("承办部门已接收", "received by the department"),
    UNDER_REVIEW: ("审查中", "under review"),
    DECIDED: ("已作出决定", "decided"),
    RESULT_READY: ("待出件", "result ready"),
    DELIVERED: ("已送达", "delivered"),
    CLOSED: ("已办结", "closed"),
    WITHDRAWN: ("已撤回", "withdrawn"),
    RETURNED: ("已退件", "returned"),
}
STAGES = tuple(STAGE_LABELS)

#: Undecided with a running decision clock: what the supervisor's cards watch.
OPEN_STAGES = (AWAITING_CORRECTION, ACCEPTED, HANDED_OVER, RECEIVED, UNDER_REVIEW)
#: Decided (approved or denied); a decided case has ``decided_on`` and ``decision``.
DECIDED_STAGES = (DECIDED, RESULT_READY, DELIVERED, CLOSED)
#: Nothing more happens to the case.
FINAL_STAGES = (NOT_ACCEPTED, CLOSED, WITHDRAWN, RETURNED)

APPROVED, DENIED = "approved", "denied"
DECISION_LABELS = {APPROVED: ("准予许可", "approved"), DENIED: ("不予许可", "denied")}

# Art. 45 periods that do not count (the 补正 wait is the counter's own pause, kind "correction").
PAUSE_KINDS = {
    "hearing": ("听证", "hearing"),
    "tender": ("招标", "tender"),
    "auction": ("拍卖", "auction"),
    "inspection": ("检验", "inspection"),
    "testing": ("检测", "testing"),
    "quarantine": ("检疫", "quarantine"),
    "appraisal": ("鉴定", "appraisal"),
    "expert_review": ("专家评审", "expert review"),
}

@dataclass(frozen=True)
class Move:
    name: str
    action: str  # the write path's action: who may make the move is its rule in domain/roles.py
    zh: str  # what the move is called in messages
    en: str
    from_stages: tuple[str, ...]

    @property
    def roles(self) -> frozenset[str]:
        return roles.PERMISSIONS[self.action]


_UNDECIDED = (HANDED_OVER, RECEIVED, UNDER_REVIEW)

MOVES = {
    m.name: m
    for m in (
        Move("handover", "case.handover", "移交承办", "hand over", (ACCEPTED,)),
        Move("receive", "case.receive", "签收", "receive", (HANDED_OVER,)),
        Move("review", "case.review", "开始审查", "start the review", (RECEIVED,)),
        Move("pause", "case.pause", "中止计时（特别程序）", "pause the clock", (UNDER_REVIEW,)),
        Move("resume", "case.resume", "恢复计时", "resume the clock", (UNDER_REVIEW,)),
        Move("request_extension", "case.request_extension", "申请延期", "ask for an extension", _UNDECIDED),
        Move("extend", "case.extend", "批准延期", "approve an extension", (ACCEPTED, *_UNDECIDED)),
        Move("refuse_extension", "case.refuse_extension", "不批准延期", "refuse an extension", (ACCEPTED, *_UNDECIDED)),
        Move("decide", "case.decision", "作出决定", "decide", (UNDER_REVIEW,)),
        Move("ready", "case.ready", "出件", "make the result ready", (DECIDED,)),
        Move("deliver", "case.deliver", "送达", "deliver", (RESULT_READY,)),
        Move("close", "case.close", "办结", "close", (DELIVERED,)),
        Move("withdraw", "case.withdraw", "撤回", "withdraw", (AWAITING_CORRECTION, ACCEPTED, *_UNDECIDED)),
        Move("return", "case.return", "退件", "return", _UNDECIDED),
    )
}


def stage_label(stage: str, language: str = "zh_CN") -> str:
    zh, en = STAGE_LABELS.get(stage, (stage, stage))
    return en if language == "en" else zh


def check_move(move_name: str, stage: str, role: str, case_no: str) -> Move:
    """The move, if ``role`` may make it on a case in ``stage``; else a clear refusal."""
    move = MOVES[move_name]
    if role not in move.roles:
        zh, en, values = roles.refusal(move.action)
        raise Forbidden(zh, en, **values)
    if stage not in move.from_stages:
        raise Conflict(
            "Case {no} is {stage_en}; '{move_en}' is not possible at this stage",
            no=case_no,
            stage=stage_label(stage),
            stage_en=stage_label(stage, "en"),
            move=move.zh,
            move_en=move.en,
        )
    return move
