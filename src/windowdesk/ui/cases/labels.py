"""Translated names of stages, pause kinds, decisions and history events (source: English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage(code: str) -> str:
    return {
        "awaiting_correction": QCoreApplication.translate("CaseLabels", "awaiting correction"),
        "not_accepted": QCoreApplication.translate("CaseLabels", "not accepted"),
        "accepted": QCoreApplication.translate("CaseLabels", "accepted"),
        "handed_over": QCoreApplication.translate("CaseLabels", "handed over"),
        "received": QCoreApplication.translate("CaseLabels", "received by the department"),
        "under_review": QCoreApplication.translate("CaseLabels", "under review"),
        "decided": QCoreApplication.translate("CaseLabels", "decided"),
        "result_ready": QCoreApplication.translate("CaseLabels", "result ready"),
        "delivered": QCoreApplication.translate("CaseLabels", "delivered"),
        "closed": QCoreApplication.translate("CaseLabels", "closed"),
        "withdrawn": QCoreApplication.translate("CaseLabels", "withdrawn"),
        "returned": QCoreApplication.translate("CaseLabels", "returned"),
    }.get(code, code)


def pause_kind(code: str) -> str:
    return {
        "hearing": QCoreApplication.translate("CaseLabels", "hearing"),
        "tender": QCoreApplication.translate("CaseLabels", "tender"),
        "auction": QCoreApplication.translate("CaseLabels", "auction"),
        "inspection": QCoreApplication.translate("CaseLabels", "inspection"),
        "testing": QCoreApplication.translate("CaseLabels", "testing"),
        "quarantine": QCoreApplication.translate("CaseLabels", "quarantine"),
        "appraisal": QCoreApplication.translate("CaseLabels", "appraisal"),
        "expert_review": QCoreApplication.translate("CaseLabels", "expert review"),
        "correction": QCoreApplication.translate("CaseLabels", "correction wait"),
    }.get(code, code)


def decision(code: str | None) -> str:
    return {
        "approved": QCoreApplication.translate("CaseLabels", "approved"),
        "denied": QCoreApplication.translate("CaseLabels", "denied"),
    }.get(code or "", "—")


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
