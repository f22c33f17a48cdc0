"""Translated names of stages, pause kinds, decisions (defined once, in the domain), history events
and documents (the UI's own; intake uses these too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windowdesk.domain import case_deadlines
from windowdesk.domain import case_stages as stages
from windowdesk.messages import translate


def stage(code: str) -> str:
    return translate(stages.STAGE_LABELS.get(code, code))


def pause_kind(code: str) -> str:
    return translate(stages.PAUSE_KINDS.get(code) or case_deadlines.PAUSE_KINDS.get(code, code))


def decision(code: str | None) -> str:
    return translate(stages.DECISION_LABELS[code]) if code in stages.DECISION_LABELS else "—"


def event(code: str) -> str:
    return {
        "received": QCoreApplication.translate("CaseLabels", "received at the counter"),
        "notice_issued": QCoreApplication.translate("CaseLabels", "one-time notice issued"),
        "correction": QCoreApplication.translate("CaseLabels", "correction visit"),
        "document_issued": QCoreApplication.translate("CaseLabels", "document issued"),
        "document_reprinted": QCoreApplication.translate("CaseLabels", "document reprinted"),
        "handover": QCoreApplication.translate("CaseLabels", "handed over"),
        "receive": QCoreApplication.translate("CaseLabels", "signed for by the department"),
        "review": QCoreApplication.translate("CaseLabels", "review started"),
        "pause": QCoreApplication.translate("CaseLabels", "clock paused"),
        "resume": QCoreApplication.translate("CaseLabels", "clock resumed"),
        "request_extension": QCoreApplication.translate("CaseLabels", "extension requested"),
        "extend": QCoreApplication.translate("CaseLabels", "extension approved"),
        "refuse_extension": QCoreApplication.translate("CaseLabels", "extension refused"),
        "decide": QCoreApplication.translate("CaseLabels", "decided"),
        "ready": QCoreApplication.translate("CaseLabels", "result ready"),
        "deliver": QCoreApplication.translate("CaseLabels", "delivered"),
        "close": QCoreApplication.translate("CaseLabels", "closed"),
        "withdraw": QCoreApplication.translate("CaseLabels", "withdrawn by the applicant"),
        "return": QCoreApplication.translate("CaseLabels", "returned"),
        "due_recomputed": QCoreApplication.translate("CaseLabels", "due dates recomputed"),
    }.get(code, code)


def document(code: str) -> str:
    return {
        "acceptance": QCoreApplication.translate("CaseLabels", "acceptance notice"),
        "receipt": QCoreApplication.translate("CaseLabels", "materials receipt"),
        "notice": QCoreApplication.translate("CaseLabels", "one-time notice"),
        "rejection": QCoreApplication.translate("CaseLabels", "non-acceptance notice"),
        "extension": QCoreApplication.translate("CaseLabels", "extension notice"),
        "special": QCoreApplication.translate("CaseLabels", "special procedure notice"),
        "decision": QCoreApplication.translate("CaseLabels", "licensing decision"),
        "delivery": QCoreApplication.translate("CaseLabels", "delivery receipt"),
        "handover": QCoreApplication.translate("CaseLabels", "hand-over list"),
    }.get(code, code)
