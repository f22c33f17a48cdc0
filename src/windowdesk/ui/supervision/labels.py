"""How a card's level, an exception's kind and where one stands read on screen: the supervisor's
desk and the responsible person's own list say them alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    """An exception's kind."""
    return {
        "not_recorded": QCoreApplication.translate("AlertsPanel", "Possibly unrecorded case"),
        "no_one_time_notice": QCoreApplication.translate("AlertsPanel", "No one-time notice"),
        "rejected": QCoreApplication.translate("AlertsPanel", "Not accepted"),
        "returned": QCoreApplication.translate("AlertsPanel", "Returned or withdrawn"),
        "false_completion": QCoreApplication.translate("AlertsPanel", "Closed without decision or delivery"),
        "extra_material": QCoreApplication.translate("AlertsPanel", "Material not in the catalogue"),
        "overdue": QCoreApplication.translate("AlertsPanel", "Overdue"),
        "reprint": QCoreApplication.translate("AlertsPanel", "Notice reprinted often"),
        "bad_rating_overdue": QCoreApplication.translate("AlertsPanel", "Bad rating not followed up in time"),
    }.get(kind, kind)


def level_label(level: str) -> str:
    """A card's level."""
    return (
        QCoreApplication.translate("AlertsPanel", "Red")
        if level == "red"
        else QCoreApplication.translate("AlertsPanel", "Yellow")
    )


def state_label(state: str) -> str:
    """Where a card or exception stands: its last act."""
    return {
        "open": QCoreApplication.translate("AlertsPanel", "open"),
        "urged": QCoreApplication.translate("AlertsPanel", "urged"),
        "explained": QCoreApplication.translate("AlertsPanel", "explained"),
        "closed": QCoreApplication.translate("AlertsPanel", "closed"),
    }[state]
