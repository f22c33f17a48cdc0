"""Names of queue states, priorities and outcomes in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def state_name(state: str) -> str:
    return {
        "issued": QCoreApplication.translate("QueueLabels", "waiting"),
        "called": QCoreApplication.translate("QueueLabels", "called"),
        "serving": QCoreApplication.translate("QueueLabels", "serving"),
        "done": QCoreApplication.translate("QueueLabels", "done"),
        "no_show": QCoreApplication.translate("QueueLabels", "no-show"),
        "cancelled": QCoreApplication.translate("QueueLabels", "cancelled"),
        "expired": QCoreApplication.translate("QueueLabels", "expired"),
    }.get(state, state)


def priority_name(kind: str | None) -> str:
    return {
        "elderly": QCoreApplication.translate("QueueLabels", "Elderly"),
        "disabled": QCoreApplication.translate("QueueLabels", "Disabled"),
        "military": QCoreApplication.translate("QueueLabels", "Military"),
        "appointment": QCoreApplication.translate("QueueLabels", "Appointment"),
    }.get(kind or "", kind or "")


def outcome_name(outcome: str) -> str:
    return {
        "handled": QCoreApplication.translate("QueueLabels", "Handled"),
        "incomplete": QCoreApplication.translate("QueueLabels", "Materials incomplete (one-time notice)"),
        "referred": QCoreApplication.translate("QueueLabels", "Referred to another window or office"),
        "consultation": QCoreApplication.translate("QueueLabels", "Consultation only"),
        "rejected": QCoreApplication.translate("QueueLabels", "Not accepted"),
        "other": QCoreApplication.translate("QueueLabels", "Other"),
    }.get(outcome, outcome)
