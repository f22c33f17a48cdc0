"""The service catalogue (事项清单): departments, matters and their materials, and the rules a
matter must satisfy before it can be published.

Everything here is a frozen value; the store keeps a published matter's materials immutable per
version, so a case always knows the exact list it was received under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

# -- vocabularies: stable codes (JSON, store) with Chinese and English labels ---------------------

#: Kind of matter (事项类型).
KINDS: dict[str, tuple[str, str]] = {
    "licensing": ("行政许可", "administrative licence"),
    "confirmation": ("行政确认", "administrative confirmation"),
    "benefit": ("行政给付", "administrative benefit"),
    "public_service": ("公共服务", "public service"),
    "other": ("其他", "other"),
}
#: How a matter is handled: on the spot (即办件) or with a promised deadline (承诺件).
HANDLING: dict[str, tuple[str, str]] = {
    "immediate": ("即办件", "done on the spot"),
    "promised": ("承诺件", "with a promised deadline"),
}
#: How the result reaches the applicant.
DELIVERY: dict[str, tuple[str, str]] = {
    "window": ("窗口领取", "pickup at the window"),
    "express": ("邮寄送达", "by express mail"),
    "online": ("网上送达", "online"),
}
#: Whether a material must be handed in.
REQUIREMENT: dict[str, tuple[str, str]] = {
    "required": ("必需", "required"),
    "optional": ("可选", "optional"),
    "conditional": ("按条件", "conditional"),
}
#: Original, copy, or the original to check plus copies to keep.
FORMS: dict[str, tuple[str, str]] = {
    "original": ("原件", "original"),
    "copy": ("复印件", "copy"),
    "original_and_copy": ("原件及复印件", "original and copy"),
}
#: Who produces a material.
SOURCES: dict[str, tuple[str, str]] = {
    "applicant": ("申请人自备", "the applicant"),
    "authority": ("政府部门核发", "a government authority"),
    "intermediary": ("中介机构出具", "an intermediary"),
    "other": ("其他", "other"),
}

VOCABULARIES: dict[str, dict[str, tuple[str, str]]] = {
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
    zh, en = VOCABULARIES[vocabulary].get(code, (code, code))
    return en if language == "en" else zh


def code_from_label(vocabulary: str, text: str) -> str | None:
    """Accept a code (``licensing``) or either label (``行政许可``, ``administrative licence``)."""
    text = text.strip()
    table = VOCABULARIES[vocabulary]
    if text in table:
        return text
    lowered = text.lower()
    for code, (zh, en) in table.items():
        if text == zh or lowered == en.lower():
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
    """One broken rule: which field (``materials[2].condition`` for a material), in both languages."""

    column: str
    zh: str
    en: str


# -- rules ----------------------------------------------------------------------------------------


def _text_problems(values: dict[str, str], prefix: str = "") -> list[Problem]:
    problems = []
    for name, value in values.items():
        limit = TEXT_LIMITS.get(name)
        if limit is not None and len(value) > limit:
            problems.append(
                Problem(
                    prefix + name,
                    f"不能超过 {limit} 个字符（现有 {len(value)} 个）",
                    f"must be at most {limit} characters (has {len(value)})",
                )
            )
    return problems


def department_problems(dept: DepartmentSpec) -> list[Problem]:
    problems = []
    if not DEPARTMENT_CODE_PATTERN.match(dept.code):
        problems.append(
            Problem(
                "code",
                f"部门代码须为 2 到 16 位大写字母或数字，而不是“{dept.code}”",
                f"a department code is 2 to 16 capital letters or digits, not '{dept.code}'",
            )
        )
    if not dept.name.strip():
        problems.append(Problem("name", "部门名称不能为空", "the department name is empty"))
    if dept.phone and not PHONE_PATTERN.match(dept.phone):
        problems.append(
            Problem("phone", f"电话号码无效：“{dept.phone}”", f"not a phone number: '{dept.phone}'")
        )
    problems += _text_problems({"name": dept.name, "address": dept.address})
    return problems


def material_problems(material: MaterialSpec, prefix: str = "") -> list[Problem]:
    problems = []

    def add(column: str, zh: str, en: str) -> None:
        problems.append(Problem(prefix + column, zh, en))

    if not material.name.strip():
        add("name", "材料名称不能为空", "the material name is empty")
    for vocabulary, value in (
        ("requirement", material.requirement),
        ("form", material.form),
        ("source", material.source),
    ):
        if value not in VOCABULARIES[vocabulary]:
            choices = "、".join(zh for zh, _ in VOCABULARIES[vocabulary].values())
            add(vocabulary, f"须为 {choices} 之一", f"must be one of {', '.join(VOCABULARIES[vocabulary])}")
    if material.requirement == "conditional" and not material.condition.strip():
        add("condition", "按条件提交的材料须写明条件", "a conditional material needs its condition")
    if material.requirement != "conditional" and material.condition.strip():
        add("condition", "只有“按条件”的材料才写条件", "only a conditional material has a condition")
    if not 1 <= material.count <= MAX_COUNT:
        add("count", f"份数须在 1 到 {MAX_COUNT} 之间", f"the count must be from 1 to {MAX_COUNT}")
    if material.validity_days is not None:
        if not material.reusable:
            add(
                "validity_days",
                "只有可复用的材料才有有效期",
                "only a reusable material has a validity",
            )
        elif not 1 <= material.validity_days <= MAX_VALIDITY_DAYS:
            add(
                "validity_days",
                f"有效期须在 1 到 {MAX_VALIDITY_DAYS} 天之间",
                f"the validity must be from 1 to {MAX_VALIDITY_DAYS} days",
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

    def add(column: str, zh: str, en: str) -> None:
        problems.append(Problem(column, zh, en))

    low, high = CODE_LENGTH
    if not (low <= len(matter.code) <= high and CODE_PATTERN.match(matter.code)):
        add(
            "code",
            f"事项编码须为 {low} 到 {high} 位大写字母、数字，可用“-”分段，而不是“{matter.code}”",
            f"a matter code is {low} to {high} capital letters and digits, in parts joined by '-', "
            f"not '{matter.code}'",
        )
    if len(matter.name.strip()) < 2:
        add("name", "事项名称至少 2 个字", "the matter name needs at least 2 characters")
    if not matter.department:
        add("department", "须指定实施部门", "the department is missing")
    for vocabulary, column, value in (
        ("kind", "kind", matter.kind),
        ("handling", "handling", matter.handling),
    ):
        if value not in VOCABULARIES[vocabulary]:
            choices = "、".join(zh for zh, _ in VOCABULARIES[vocabulary].values())
            add(column, f"须为 {choices} 之一", f"must be one of {', '.join(VOCABULARIES[vocabulary])}")
    statutory, promised = matter.statutory_limit_days, matter.promised_limit_days
    for column, days in (("statutory_limit_days", statutory), ("promised_limit_days", promised)):
        if not 0 <= days <= MAX_LIMIT_DAYS:
            add(
                column,
                f"时限须在 0 到 {MAX_LIMIT_DAYS} 个工作日之间",
                f"a limit must be from 0 to {MAX_LIMIT_DAYS} working days",
            )
    if matter.handling == "immediate" and promised != 0:
        add(
            "promised_limit_days",
            "即办件的承诺时限应为 0",
            "a matter done on the spot has a promised limit of 0",
        )
    if matter.handling == "promised":
        if promised < 1:
            add(
                "promised_limit_days",
                "承诺件的承诺时限至少 1 个工作日",
                "a promised limit is at least 1 working day",
            )
        if statutory and promised > statutory:
            add(
                "promised_limit_days",
                f"承诺时限（{promised}）不能超过法定时限（{statutory}）",
                f"the promised limit ({promised}) cannot exceed the statutory limit ({statutory})",
            )
    if matter.fee < 0 or matter.fee > MAX_FEE or matter.fee != matter.fee.quantize(Decimal("0.01")):
        add(
            "fee",
            "收费金额须为 0 到 1000000 元，最多两位小数",
            "the fee must be 0 to 1000000 yuan, at most 2 decimals",
        )
    elif matter.fee > 0 and not matter.fee_basis.strip():
        add("fee_basis", "收费事项须写明收费依据", "a fee needs its legal basis")
    if not matter.delivery_modes:
        add("delivery_modes", "至少选择一种送达方式", "choose at least one delivery mode")
    unknown = [m for m in matter.delivery_modes if m not in DELIVERY]
    if unknown:
        add(
            "delivery_modes",
            f"未知的送达方式：{'、'.join(unknown)}",
            f"unknown delivery mode: {', '.join(unknown)}",
        )
    if len(set(matter.delivery_modes)) != len(matter.delivery_modes):
        add("delivery_modes", "送达方式有重复", "a delivery mode is repeated")
    if not QUEUE_CATEGORY_PATTERN.match(matter.queue_category):
        add(
            "queue_category",
            f"取号类别须为一个大写字母，而不是“{matter.queue_category}”",
            f"the queue category is one capital letter, not '{matter.queue_category}'",
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
        add("materials", "至少要有一项申请材料", "a matter needs at least one material")
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
                (index, Problem("name", f"材料“{key}”重复", f"the material '{key}' is listed twice"))
            )
        seen.add(key)
    return found


def matter_problems(matter: MatterSpec) -> list[Problem]:
    """Every rule the matter breaks, its materials' too (empty when it can be published)."""
    problems = matter_field_problems(matter)
    for index, problem in material_list_problems(matter.materials):
        problems.append(Problem(f"materials[{index + 1}].{problem.column}", problem.zh, problem.en))
    return problems
