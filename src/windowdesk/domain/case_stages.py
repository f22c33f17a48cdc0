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
from windowdesk.messages import N_, Text, translate

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
    AWAITING_CORRECTION: N_("awaiting correction"),
    NOT_ACCEPTED: N_("not accepted"),
    ACCEPTED: N_("accepted"),
    HANDED_OVER: N_("handed over"),
    RECEIVED: N_("received by the department"),
    UNDER_REVIEW: N_("under review"),
    DECIDED: N_("decided"),
    RESULT_READY: N_("result ready"),
    DELIVERED: N_("delivered"),
    CLOSED: N_("closed"),
    WITHDRAWN: N_("withdrawn"),
    RETURNED: N_("returned"),
}
STAGES = tuple(STAGE_LABELS)

#: Undecided with a running decision clock: what the supervisor's cards watch.
OPEN_STAGES = (AWAITING_CORRECTION, ACCEPTED, HANDED_OVER, RECEIVED, UNDER_REVIEW)
#: Decided (approved or denied); a decided case has ``decided_on`` and ``decision``.
DECIDED_STAGES = (DECIDED, RESULT_READY, DELIVERED, CLOSED)
#: Nothing more happens to the case.
FINAL_STAGES = (NOT_ACCEPTED, CLOSED, WITHDRAWN, RETURNED)

APPROVED, DENIED = "approved", "denied"
DECISION_LABELS = {APPROVED: N_("approved"), DENIED: N_("denied")}

# Art. 45 periods that do not count (the 补正 wait is the counter's own pause, kind "correction").
PAUSE_KINDS = {
    "hearing": N_("hearing"),
    "tender": N_("tender"),
    "auction": N_("auction"),
    "inspection": N_("inspection"),
    "testing": N_("testing"),
    "quarantine": N_("quarantine"),
    "appraisal": N_("appraisal"),
    "expert_review": N_("expert review"),
}

@dataclass(frozen=True)
class Move:
    name: str
    action: str  # the write path's action: who may make the move is its rule in domain/roles.py
    label: Text  # what the move is called in messages (N_: English source, Chinese in the catalogue)
    from_stages: tuple[str, ...]

    @property
    def roles(self) -> frozenset[str]:
        return roles.PERMISSIONS[self.action]


_UNDECIDED = (HANDED_OVER, RECEIVED, UNDER_REVIEW)

MOVES = {
    m.name: m
    for m in (
        Move("handover", "case.handover", N_("hand over"), (ACCEPTED,)),
        Move("receive", "case.receive", N_("receive"), (HANDED_OVER,)),
        Move("review", "case.review", N_("start the review"), (RECEIVED,)),
        Move("pause", "case.pause", N_("pause the clock"), (UNDER_REVIEW,)),
        Move("resume", "case.resume", N_("resume the clock"), (UNDER_REVIEW,)),
        Move("request_extension", "case.request_extension", N_("ask for an extension"), _UNDECIDED),
        Move("extend", "case.extend", N_("approve an extension"), (ACCEPTED, *_UNDECIDED)),
        Move("refuse_extension", "case.refuse_extension", N_("refuse an extension"), (ACCEPTED, *_UNDECIDED)),
        Move("decide", "case.decision", N_("decide"), (UNDER_REVIEW,)),
        Move("ready", "case.ready", N_("make the result ready"), (DECIDED,)),
        Move("deliver", "case.deliver", N_("deliver"), (RESULT_READY,)),
        Move("close", "case.close", N_("close"), (DELIVERED,)),
        Move("withdraw", "case.withdraw", N_("withdraw"), (AWAITING_CORRECTION, ACCEPTED, *_UNDECIDED)),
        Move("return", "case.return", N_("return"), _UNDECIDED),
    )
}


def stage_label(stage: str, language: str = "zh_CN") -> str:
    return translate(STAGE_LABELS.get(stage, stage), language)


def check_move(move_name: str, stage: str, role: str, case_no: str) -> Move:
    """The move, if ``role`` may make it on a case in ``stage``; else a clear refusal."""
    move = MOVES[move_name]
    if role not in move.roles:
        source, values = roles.refusal(move.action)
        raise Forbidden(source, **values)
    if stage not in move.from_stages:
        raise Conflict(
            "Case {no} is {stage}; '{move}' is not possible at this stage",
            no=case_no,
            stage=STAGE_LABELS.get(stage, stage),
            move=move.label,
        )
    return move
