"""The materials checklist and the clerk's decision at the counter.

A checklist has one row per material of the matter snapshot. A row says what happened to that item:

* ``received``: handed in (form and count as received);
* ``fixed``: it did not conform but the applicant fixed it at the counter (counts as received);
* ``missing``: not handed in;
* ``nonconforming``: handed in but not acceptable (the reason is required);
* ``not_applicable``: a conditional or optional item whose condition does not apply (reason required).

A *blocking* row is a required or conditional item that is missing or non-conforming. Blocking rows
are exactly what a one-time notice must list (every one of them, at once: 行政许可法 art. 32).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from windowdesk.domain.matter_snapshot import FORMS, MatterSnapshot
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import N_

STATUSES = ("received", "fixed", "missing", "nonconforming", "not_applicable")
STATUS_LABELS = {
    "received": N_("received"),
    "fixed": N_("fixed on the spot"),
    "missing": N_("missing"),
    "nonconforming": N_("non-conforming"),
    "not_applicable": N_("not applicable"),
}
RECEIVED_STATUSES = ("received", "fixed")
BLOCKING_STATUSES = ("missing", "nonconforming")
MAX_COUNT = 99

OUTCOMES = ("accepted", "incomplete", "rejected", "on_the_spot")
OUTCOME_LABELS = {
    "accepted": N_("acceptance"),
    "incomplete": N_("incomplete"),
    "rejected": N_("not accepted"),
    "on_the_spot": N_("done at once"),
}
#: The status a case has right after each outcome.
STATUS_AFTER = {
    "accepted": "accepted",
    "incomplete": "awaiting_correction",
    "rejected": "rejected",
    "on_the_spot": "done",
}
CASE_STATUS_LABELS = {
    "accepted": N_("accepted"),
    "awaiting_correction": N_("awaiting correction"),
    "rejected": N_("not accepted"),
    "done": N_("done"),
}


@dataclass(frozen=True)
class MaterialCheck:
    key: str
    status: str
    form: str = ""  # as received (received/fixed only)
    count: int = 0  # as received (received/fixed only)
    reason: str = ""  # why non-conforming / not applicable / what was fixed

    @property
    def arrived(self) -> bool:
        return self.status in RECEIVED_STATUSES


@dataclass(frozen=True)
class Rejection:
    reason: str
    legal_basis: str
    competent_office: str = ""  # the right office, where known


#: A checklist row for a material the matter's catalogue version does not list (``extra:名称``): the
#: clerk may record one only with the reason it was asked for; supervision lists it (擅自增加申报材料).
EXTRA_PREFIX = "extra:"


def _extra_checks(by_key: dict[str, MaterialCheck]) -> tuple[MaterialCheck, ...]:
    extra = []
    for key, check in by_key.items():
        if not key.startswith(EXTRA_PREFIX):
            continue
        name = key[len(EXTRA_PREFIX) :].strip()
        if not name or not check.reason.strip():
            raise UserError(
                "A material not in the catalogue ('{name}') needs its name and the reason it is asked for",
                name=name,
            )
        if check.status not in STATUSES:
            raise UserError(
                "Material '{name}' has an invalid status: {status}",
                name=name,
                status=check.status,
            )
        extra.append(check)
    return tuple(extra)


def validate_checklist(
    snapshot: MatterSnapshot, checks: Iterable[MaterialCheck]
) -> tuple[MaterialCheck, ...]:
    """Checks in the snapshot's order, one per material, then any material not in the catalogue
    (``extra:…``, each with its reason); refuses anything incomplete or inconsistent."""
    by_key: dict[str, MaterialCheck] = {}
    for check in checks:
        if check.key in by_key:
            raise UserError("Material '{key}' is recorded twice", key=check.key)
        by_key[check.key] = check
    extra = _extra_checks(by_key)
    known = {m.key for m in snapshot.materials} | {c.key for c in extra}
    unknown = sorted(set(by_key) - known)
    if unknown:
        raise UserError(
            "These materials are not on the matter's list: {keys}",
            keys=", ".join(unknown),
        )
    ordered = []
    for material in snapshot.materials:
        check = by_key.get(material.key)
        if check is None:
            raise UserError(
                "Material '{name}' has not been checked",
                name=material.name,
            )
        validate_row(material.name, material.requirement, check)
        ordered.append(check)
    return tuple(ordered) + extra


def validate_row(name: str, requirement: str, check: MaterialCheck) -> None:
    if check.status not in STATUSES:
        raise UserError(
            "Material '{name}' has an invalid status: {status}",
            name=name,
            status=check.status,
        )
    if check.arrived:
        if check.form not in FORMS:
            raise UserError(
                "Say whether '{name}' was received as original or copy",
                name=name,
            )
        if not 1 <= check.count <= MAX_COUNT:
            raise UserError(
                "The count of '{name}' must be from 1 to {max}",
                name=name,
                max=MAX_COUNT,
            )
    elif check.form or check.count:
        raise UserError(
            "'{name}' was not received, so it has no form or count",
            name=name,
        )
    if check.status in ("nonconforming", "not_applicable", "fixed") and not check.reason.strip():
        raise UserError(
            "Give the reason why '{name}' is {what}",
            name=name,
            what=STATUS_LABELS[check.status],
        )
    if check.status == "not_applicable" and requirement == "required":
        raise UserError(
            "'{name}' is required and cannot be marked not applicable",
            name=name,
        )


def is_blocking(requirement: str, status: str) -> bool:
    return requirement != "optional" and status in BLOCKING_STATUSES


def blocking_keys(snapshot: MatterSnapshot, checks: Iterable[MaterialCheck]) -> tuple[str, ...]:
    by_key = {c.key: c for c in checks}
    return tuple(
        m.key
        for m in snapshot.materials
        if m.key in by_key and is_blocking(m.requirement, by_key[m.key].status)
    )


def check_decision(
    snapshot: MatterSnapshot,
    checks: tuple[MaterialCheck, ...],
    outcome: str,
    rejection: Rejection | None = None,
    result: str = "",
) -> None:
    """Refuse an outcome the checklist does not support. ``checks`` must be validated already,
    except for a rejection, which needs no checklist at all."""
    if outcome not in OUTCOMES:
        raise UserError("Invalid outcome: {o}", o=outcome)
    if outcome == "rejected":
        if rejection is None or not rejection.reason.strip():
            raise UserError("Give the reason for not accepting")
        if not rejection.legal_basis.strip():
            raise UserError("Give the legal basis for not accepting")
        return
    blocking = blocking_keys(snapshot, checks)
    if outcome == "incomplete":
        if not blocking:
            raise Conflict(
                "All materials are complete and conforming: accept instead of issuing a notice",
            )
        return
    if blocking:
        names = "、".join(snapshot.material(k).name for k in blocking)
        raise Conflict(
            "Materials are missing or non-conforming ({names}): issue a one-time notice instead",
            names=names,
        )
    if outcome == "on_the_spot":
        if not snapshot.on_the_spot:
            raise Conflict(
                "Matter '{name}' is not done on the spot",
                name=snapshot.name,
            )
        if not result.strip():
            raise UserError("Give the result of the on-the-spot matter")
