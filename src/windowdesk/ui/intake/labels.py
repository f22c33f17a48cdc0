"""User-facing names of intake codes (statuses, forms, outcomes…), translated at the moment of use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def check_status(code: str) -> str:
    return {
        "": QCoreApplication.translate("IntakeLabels", "— not checked —"),
        "received": QCoreApplication.translate("IntakeLabels", "received"),
        "fixed": QCoreApplication.translate("IntakeLabels", "fixed on the spot"),
        "missing": QCoreApplication.translate("IntakeLabels", "missing"),
        "nonconforming": QCoreApplication.translate("IntakeLabels", "non-conforming"),
        "not_applicable": QCoreApplication.translate("IntakeLabels", "not applicable"),
    }.get(code, code)


def requirement(code: str) -> str:
    return {
        "required": QCoreApplication.translate("IntakeLabels", "required"),
        "optional": QCoreApplication.translate("IntakeLabels", "optional"),
        "conditional": QCoreApplication.translate("IntakeLabels", "conditional"),
    }.get(code, code)


def form(code: str) -> str:
    return {
        "original": QCoreApplication.translate("IntakeLabels", "original"),
        "copy": QCoreApplication.translate("IntakeLabels", "copy"),
        "original_and_copy": QCoreApplication.translate("IntakeLabels", "original and copy"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "accepted": QCoreApplication.translate("IntakeLabels", "accept"),
        "incomplete": QCoreApplication.translate("IntakeLabels", "one-time notice (incomplete)"),
        "rejected": QCoreApplication.translate("IntakeLabels", "not accepted"),
        "on_the_spot": QCoreApplication.translate("IntakeLabels", "done on the spot"),
    }.get(code, code)


def case_status(code: str, deemed: bool = False) -> str:
    text = {
        "accepted": QCoreApplication.translate("IntakeLabels", "accepted"),
        "awaiting_correction": QCoreApplication.translate("IntakeLabels", "awaiting correction"),
        "rejected": QCoreApplication.translate("IntakeLabels", "not accepted"),
        "done": QCoreApplication.translate("IntakeLabels", "done"),
    }.get(code, code)
    return text + (QCoreApplication.translate("IntakeLabels", " (deemed accepted)") if deemed else "")


def id_type(code: str) -> str:
    return {
        "resident_id": QCoreApplication.translate("IntakeLabels", "resident ID card"),
        "passport": QCoreApplication.translate("IntakeLabels", "passport"),
        "other": QCoreApplication.translate("IntakeLabels", "other document"),
        "credit_code": QCoreApplication.translate("IntakeLabels", "unified social credit code"),
    }.get(code, code)


def document(code: str) -> str:
    return {
        "acceptance": QCoreApplication.translate("IntakeLabels", "acceptance notice"),
        "receipt": QCoreApplication.translate("IntakeLabels", "materials receipt"),
        "notice": QCoreApplication.translate("IntakeLabels", "one-time notice"),
        "rejection": QCoreApplication.translate("IntakeLabels", "non-acceptance notice"),
    }.get(code, code)
