"""User-facing names of intake codes (statuses, forms, outcomes…), translated at the moment of use.

Check statuses, requirements, forms, case statuses and ID types are defined once, in the domain
(shared with the CLI and the documents); the decision buttons' wording is the UI's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windowdesk.domain.applicants import ID_TYPES
from windowdesk.domain.catalogue import REQUIREMENT
from windowdesk.domain.intake import CASE_STATUS_LABELS, STATUS_LABELS
from windowdesk.domain.matter_snapshot import FORM_LABELS
from windowdesk.messages import translate
from windowdesk.ui.cases import labels


def check_status(code: str) -> str:
    if not code:
        return QCoreApplication.translate("IntakeLabels", "— not checked —")
    return translate(STATUS_LABELS.get(code, code))


def requirement(code: str) -> str:
    return translate(REQUIREMENT.get(code, code))


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


#: The documents' names: one table for intake and the case pages.
document = labels.document
