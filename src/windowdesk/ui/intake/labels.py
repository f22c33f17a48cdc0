"""User-facing names of intake codes (statuses, forms, outcomes…), translated at the moment of use.

Statuses, forms and case statuses are defined once, in the domain (shared with the CLI and the
documents); the decision buttons' wording and the UI-only codes are the UI's own ``tr`` strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windowdesk.domain.applicants import ID_TYPES
from windowdesk.domain.intake import CASE_STATUS_LABELS, STATUS_LABELS
from windowdesk.domain.matter_snapshot import FORM_LABELS
from windowdesk.messages import translate


def check_status(code: str) -> str:
    if not code:
        return QCoreApplication.translate("IntakeLabels", "— not checked —")
    return translate(STATUS_LABELS.get(code, code))


def requirement(code: str) -> str:
    return {
        "required": QCoreApplication.translate("IntakeLabels", "required"),
        "optional": QCoreApplication.translate("IntakeLabels", "optional"),
        "conditional": QCoreApplication.translate("IntakeLabels", "conditional"),
    }.get(code, code)


def form(code: str) -> str:
    return translate(FORM_LABELS.get(code, code))


def outcome(code: str) -> str:
    return {
        "accepted": QCoreApplication.translate("IntakeLabels", "accept"),
        "incomplete": QCoreApplication.translate("IntakeLabels", "one-time notice (incomplete)"),
        "rejected": QCoreApplication.translate("IntakeLabels", "not accepted"),
        "on_the_spot": QCoreApplication.translate("IntakeLabels", "done on the spot"),
    }.get(code, code)


def case_status(code: str, deemed: bool = False) -> str:
    text = translate(CASE_STATUS_LABELS.get(code, code))
    return text + (QCoreApplication.translate("IntakeLabels", " (deemed accepted)") if deemed else "")


def id_type(code: str) -> str:
    return translate(ID_TYPES.get(code, code))


def document(code: str) -> str:
    return {
        "acceptance": QCoreApplication.translate("IntakeLabels", "acceptance notice"),
        "receipt": QCoreApplication.translate("IntakeLabels", "materials receipt"),
        "notice": QCoreApplication.translate("IntakeLabels", "one-time notice"),
        "rejection": QCoreApplication.translate("IntakeLabels", "non-acceptance notice"),
    }.get(code, code)
