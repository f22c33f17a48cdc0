"""What intake needs of a matter, frozen on the case when it is received.

The catalogue may be edited later (a new version, a renamed material); a case keeps the exact list it
was received under, so its checklist, its one-time notice and every reprint stay as they were. The
snapshot is stored as JSON on the case (:func:`snapshot_to_json` / :func:`snapshot_from_json`).

Vocabularies follow the catalogue's: handling ``immediate`` (即办件) | ``promised`` (承诺件);
requirement ``required`` | ``optional`` | ``conditional``; form ``original`` | ``copy`` |
``original_and_copy``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from windowdesk.messages import N_

HANDLING_TYPES = ("immediate", "promised")
REQUIREMENTS = ("required", "optional", "conditional")
FORMS = ("original", "copy", "original_and_copy")
FORM_LABELS = {
    "original": N_("original"),
    "copy": N_("copy"),
    "original_and_copy": N_("original and copy"),
}


@dataclass(frozen=True)
class SnapshotMaterial:
    key: str  # stable within the matter version (the catalogue's material id, or its position)
    name: str
    requirement: str = "required"
    condition: str = ""
    form: str = "original"
    count: int = 1
    standard: str = ""  # the standard/format it must meet, quoted on the one-time notice


@dataclass(frozen=True)
class MatterSnapshot:
    code: str
    name: str
    department: str
    version_id: str
    handling: str = "promised"
    statutory_limit_workdays: int = 20
    promised_limit_workdays: int = 10
    legal_basis: str = ""
    department_phone: str = ""
    materials: tuple[SnapshotMaterial, ...] = field(default_factory=tuple)
    department_code: str = ""  # who handles it after acceptance (承办)
    extension_workdays: int = 10  # what an approved extension adds
    silence_consent: bool = False  # 超时默许

    def material(self, key: str) -> SnapshotMaterial:
        for item in self.materials:
            if item.key == key:
                return item
        raise KeyError(key)

    @property
    def on_the_spot(self) -> bool:
        return self.handling == "immediate"


def snapshot_to_json(snapshot: MatterSnapshot) -> dict[str, Any]:
    data = asdict(snapshot)
    data["materials"] = [asdict(m) for m in snapshot.materials]
    return data


def snapshot_from_json(data: dict[str, Any]) -> MatterSnapshot:
    values = dict(data)
    values["materials"] = tuple(SnapshotMaterial(**m) for m in values.get("materials", ()))
    return MatterSnapshot(**values)
