"""Translated names of stages, pause kinds, decisions and history events (source: English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseLabels", text)


def stage(code: str) -> str:
    return {
        "awaiting_correction": _t("awaiting correction"),
        "not_accepted": _t("not accepted"),
        "accepted": _t("accepted"),
        "handed_over": _t("handed over"),
        "received": _t("received by the department"),
        "under_review": _t("under review"),
        "decided": _t("decided"),
        "result_ready": _t("result ready"),
        "delivered": _t("delivered"),
        "closed": _t("closed"),
        "withdrawn": _t("withdrawn"),
        "returned": _t("returned"),
    }.get(code, code)


def pause_kind(code: str) -> str:
    return {
        "hearing": _t("hearing"),
        "tender": _t("tender"),
        "auction": _t("auction"),
        "inspection": _t("inspection"),
        "testing": _t("testing"),
        "quarantine": _t("quarantine"),
        "appraisal": _t("appraisal"),
        "expert_review": _t("expert review"),
        "correction": _t("correction wait"),
    }.get(code, code)


def decision(code: str | None) -> str:
    return {"approved": _t("approved"), "denied": _t("denied")}.get(code or "", "—")


def event(code: str) -> str:
    return {
        "received": _t("received at the counter"),
        "notice_issued": _t("one-time notice issued"),
        "correction": _t("correction visit"),
        "document_issued": _t("document issued"),
        "document_reprinted": _t("document reprinted"),
        "handover": _t("handed over"),
        "receive": _t("signed for by the department"),
        "review": _t("review started"),
        "pause": _t("clock paused"),
        "resume": _t("clock resumed"),
        "request_extension": _t("extension requested"),
        "extend": _t("extension approved"),
        "refuse_extension": _t("extension refused"),
        "decide": _t("decided"),
        "ready": _t("result ready"),
        "deliver": _t("delivered"),
        "close": _t("closed"),
        "withdraw": _t("withdrawn by the applicant"),
        "return": _t("returned"),
        "due_recomputed": _t("due dates recomputed"),
    }.get(code, code)


def document(code: str) -> str:
    return {
        "acceptance": _t("acceptance notice"),
        "receipt": _t("materials receipt"),
        "notice": _t("one-time notice"),
        "rejection": _t("non-acceptance notice"),
        "extension": _t("extension notice"),
        "special": _t("special procedure notice"),
        "decision": _t("licensing decision"),
        "delivery": _t("delivery receipt"),
        "handover": _t("hand-over list"),
    }.get(code, code)
