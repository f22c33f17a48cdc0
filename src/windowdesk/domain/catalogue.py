"""The service catalogue (事项清单): departments, matters and their materials, and the rules a
matter must satisfy before it can be published.

Everything here is a frozen value; the store keeps a published matter's materials immutable per
version, so a case always knows the exact list it was received under.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from windowdesk.messages import N_, Bilingual, Listing, Text, chinese, message, translate

# -- vocabularies: stable codes (JSON, store) with Chinese and English labels ---------------------

#: Kind of matter (事项类型).
KINDS: dict[str, Text] = {
    "licensing": N_("administrative licence"),
    "confirmation": N_("administrative confirmation"),
    "benefit": N_("administrative benefit"),
    "public_service": N_("public service"),
    "other": N_("other"),
}
#: How a matter is handled: on the spot (即办件) or with a promised deadline (承诺件).
HANDLING: dict[str, Text] = {
    "immediate": N_("done on the spot"),
    "promised": N_("with a promised deadline"),
}
#: How the result reaches the applicant.
DELIVERY: dict[str, Text] = {
    "window": N_("pickup at the window"),
    "express": N_("by express mail"),
    "online": N_("online"),
}
#: Whether a material must be handed in.
REQUIREMENT: dict[str, Text] = {
    "required": N_("required"),
    "optional": N_("optional"),
    "conditional": N_("conditional"),
}
#: Original, copy, or the original to check plus copies to keep.
FORMS: dict[str, Text] = {
    "original": N_("original"),
    "copy": N_("copy"),
    "original_and_copy": N_("original and copy"),
}
#: Who produces a material.
SOURCES: dict[str, Text] = {
    "applicant": N_("the applicant"),
    "authority": N_("a government authority"),
    "intermediary": N_("an intermediary"),
    "other": N_("other"),
}

VOCABULARIES: dict[str, dict[str, Text]] = {
    "kind": KINDS,
    "handling": HANDLING,
    "delivery": DELIVERY,
    "requirement": REQUIREMENT,
    "form": FORMS,
    "source": SOURCES,
}

CODE_PATTERN = re.compile(r"^[0-9A-Z]+(?:-[0-9A-Z]+)*$")
CODE_LENGTH = (4, 40)
DEPARTMENT_CODE_PATTERN = re.compile(r"^[0-9A-Z]{2,16}$")
QUEUE_CATEGORY_PATTERN = re.compile(r"^[A-Z]$")
PHONE_PATTERN = re.compile(r"^[0-9+()\- ]{3,40}$")
MAX_LIMIT_DAYS = 365
MAX_FEE = Decimal("1000000")
MAX_COUNT = 99
MAX_VALIDITY_DAYS = 3660
TEXT_LIMITS = {
    "name": 100,
    "short_name": 30,
    "legal_basis": 4000,
    "conditions": 4000,
    "fee_basis": 1000,
    "window": 100,
    "notes": 2000,
    "condition": 500,
    "format_notes": 500,
    "template_ref": 200,
    "address": 200,
}


def label(vocabulary: str, code: str, language: str = "zh_CN") -> str:
    """The user-facing label of a vocabulary code (the code itself when unknown)."""
    return translate(VOCABULARIES[vocabulary].get(code, code), language)


def code_from_label(vocabulary: str, text: str) -> str | None:
    """Accept a code (``licensing``) or either label (``行政许可``, ``administrative licence``)."""
    text = text.strip()
    table = VOCABULARIES[vocabulary]
    if text in table:
        return text
    lowered = text.lower()
    for code, name in table.items():
        if text == chinese(name) or lowered == name.lower():
            return code
    return None


# -- values ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    requirement: str = "required"
    condition: str = ""
    form: str = "original"
    count: int = 1
    format_notes: str = ""
    source: str = "applicant"
    template_ref: str = ""
    reusable: bool = False
    validity_days: int | None = None

    def describe_form(self, language: str = "zh_CN") -> str:
        """``原件1份`` / ``original ×1`` as printed on receipts and guides."""
        name = label("form", self.form, language)
        return f"{name} ×{self.count}" if language == "en" else f"{name}{self.count}份"


@dataclass(frozen=True)
class MatterSpec:
    code: str
    name: str
    department: str  # department code
    kind: str = "public_service"
    handling: str = "promised"
    short_name: str = ""
    legal_basis: str = ""
    conditions: str = ""
    statutory_limit_days: int = 20
    promised_limit_days: int = 10
    fee: Decimal = Decimal("0")
    fee_basis: str = ""
    delivery_modes: tuple[str, ...] = ("window",)
    queue_category: str = "A"
    window: str = ""
    notes: str = ""
    active: bool = True
    materials: tuple[MaterialSpec, ...] = field(default_factory=tuple)
    extension_days: int = 10  # working days an approved extension (延期) adds
    silence_consent: bool = False  # 超时默许: silence past the statutory limit counts as approval

    @property
    def free(self) -> bool:
        return self.fee == 0


@dataclass(frozen=True)
class Problem:
    """One broken rule: which field (``materials[2].condition`` for a material) and why, written once
    (an N_-marked English source and its values; the catalogue has the Chinese)."""

    column: str
    text: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def zh(self) -> str:
        return message(self.text, "zh_CN", **self.params)

    @property
    def en(self) -> str:
        return message(self.text, "en", **self.params)

def _choices(vocabulary: str) -> Bilingual:
    """A vocabulary's choices for a message: its Chinese labels, or its codes in English."""
    labels = VOCABULARIES[vocabulary]
    return Bilingual("、".join(chinese(label) for label in labels.values()), ", ".join(labels))


# -- rules ----------------------------------------------------------------------------------------


def _text_problems(values: dict[str, str], prefix: str = "") -> list[Problem]:
    problems = []
    for name, value in values.items():
        limit = TEXT_LIMITS.get(name)
        if limit is not None and len(value) > limit:
            problems.append(
                Problem(
                    prefix + name,
                    N_("must be at most {limit} characters (has {length})"),
                    {"limit": limit, "length": len(value)},
                )
            )
    return problems


def department_problems(dept: DepartmentSpec) -> list[Problem]:
    problems = []
    if not DEPARTMENT_CODE_PATTERN.match(dept.code):
        problems.append(
            Problem(
                "code",
                N_("a department code is 2 to 16 capital letters or digits, not '{code}'"),
                {"code": dept.code},
            )
        )
    if not dept.name.strip():
        problems.append(Problem("name", N_("the department name is empty")))
    if dept.phone and not PHONE_PATTERN.match(dept.phone):
        problems.append(
            Problem("phone", N_("not a phone number: '{phone}'"), {"phone": dept.phone})
        )
    problems += _text_problems({"name": dept.name, "address": dept.address})
    return problems


def material_problems(material: MaterialSpec, prefix: str = "") -> list[Problem]:
    problems = []

    def add(column: str, text: str, **params: object) -> None:
        problems.append(Problem(prefix + column, text, params))

    if not material.name.strip():
        add("name", N_("the material name is empty"))
    for vocabulary, value in (
        ("requirement", material.requirement),
        ("form", material.form),
        ("source", material.source),
    ):
        if value not in VOCABULARIES[vocabulary]:
            add(vocabulary, N_("must be one of {choices}"), choices=_choices(vocabulary))
    if material.requirement == "conditional" and not material.condition.strip():
        add("condition", N_("a conditional material needs its condition"))
    if material.requirement != "conditional" and material.condition.strip():
        add("condition", N_("only a conditional material has a condition"))
    if not 1 <= material.count <= MAX_COUNT:
        add("count", N_("the count must be from 1 to {max}"), max=MAX_COUNT)
    if material.validity_days is not None:
        if not material.reusable:
            add(
                "validity_days",
                N_("only a reusable material has a validity"),
            )
        elif not 1 <= material.validity_days <= MAX_VALIDITY_DAYS:
            add(
                "validity_days",
                N_("the validity must be from 1 to {max} days"),
                max=MAX_VALIDITY_DAYS,
            )
    problems += _text_problems(
        {
            "name": material.name,
            "condition": material.condition,
            "format_notes": material.format_notes,
            "template_ref": material.template_ref,
        },
        prefix,
    )
    return problems


def matter_field_problems(matter: MatterSpec) -> list[Problem]:
    """Rules on the matter's own fields (its materials are checked by material_list_problems)."""
    problems: list[Problem] = []

    def add(column: str, text: str, **params: object) -> None:
        problems.append(Problem(column, text, params))

    low, high = CODE_LENGTH
    if not (low <= len(matter.code) <= high and CODE_PATTERN.match(matter.code)):
        add(
            "code",
            N_("a matter code is {low} to {high} capital letters and digits, in parts joined by '-', not '{code}'"),
            low=low,
            high=high,
            code=matter.code,
        )
    if len(matter.name.strip()) < 2:
        add("name", N_("the matter name needs at least 2 characters"))
    if not matter.department:
        add("department", N_("the department is missing"))
    for vocabulary, column, value in (
        ("kind", "kind", matter.kind),
        ("handling", "handling", matter.handling),
    ):
        if value not in VOCABULARIES[vocabulary]:
            add(column, N_("must be one of {choices}"), choices=_choices(vocabulary))
    statutory, promised = matter.statutory_limit_days, matter.promised_limit_days
    for column, days in (("statutory_limit_days", statutory), ("promised_limit_days", promised)):
        if not 0 <= days <= MAX_LIMIT_DAYS:
            add(
                column,
                N_("a limit must be from 0 to {max} working days"),
                max=MAX_LIMIT_DAYS,
            )
    if matter.handling == "immediate" and promised != 0:
        add(
            "promised_limit_days",
            N_("a matter done on the spot has a promised limit of 0"),
        )
    if matter.handling == "promised":
        if promised < 1:
            add(
                "promised_limit_days",
                N_("a promised limit is at least 1 working day"),
            )
        if statutory and promised > statutory:
            add(
                "promised_limit_days",
                N_("the promised limit ({promised}) cannot exceed the statutory limit ({statutory})"),
                promised=promised,
                statutory=statutory,
            )
    if matter.fee < 0 or matter.fee > MAX_FEE or matter.fee != matter.fee.quantize(Decimal("0.01")):
        add(
            "fee",
            N_("the fee must be 0 to 1000000 yuan, at most 2 decimals"),
        )
    elif matter.fee > 0 and not matter.fee_basis.strip():
        add("fee_basis", N_("a fee needs its legal basis"))
    if not matter.delivery_modes:
        add("delivery_modes", N_("choose at least one delivery mode"))
    unknown = [m for m in matter.delivery_modes if m not in DELIVERY]
    if unknown:
        add(
            "delivery_modes",
            N_("unknown delivery mode: {modes}"),
            modes=Listing(unknown),
        )
    if len(set(matter.delivery_modes)) != len(matter.delivery_modes):
        add("delivery_modes", N_("a delivery mode is repeated"))
    if not QUEUE_CATEGORY_PATTERN.match(matter.queue_category):
        add(
            "queue_category",
            N_("the queue category is one capital letter, not '{category}'"),
            category=matter.queue_category,
        )
    problems += _text_problems(
        {
            "name": matter.name,
            "short_name": matter.short_name,
            "legal_basis": matter.legal_basis,
            "conditions": matter.conditions,
            "fee_basis": matter.fee_basis,
            "window": matter.window,
            "notes": matter.notes,
        }
    )
    if not matter.materials:
        add("materials", N_("a matter needs at least one material"))
    return problems


def material_list_problems(materials: tuple[MaterialSpec, ...]) -> list[tuple[int, Problem]]:
    """Problems of each material (by 0-based position), including a name listed twice."""
    found: list[tuple[int, Problem]] = []
    seen: set[str] = set()
    for index, material in enumerate(materials):
        found += [(index, problem) for problem in material_problems(material)]
        key = material.name.strip()
        if key and key in seen:
            found.append(
                (index, Problem("name", N_("the material '{name}' is listed twice"), {"name": key}))
            )
        seen.add(key)
    return found


def matter_problems(matter: MatterSpec) -> list[Problem]:
    """Every rule the matter breaks, its materials' too (empty when it can be published)."""
    problems = matter_field_problems(matter)
    for index, problem in material_list_problems(matter.materials):
        problems.append(Problem(f"materials[{index + 1}].{problem.column}", problem.text, problem.params))
    return problems
