"""Turning rows of an import file (JSON or a spreadsheet, with its leniency) into catalogue values,
and values into the canonical JSON form; and reading a stored version back as it was published.

Both import formats end up here: JSON objects and XLSX rows are plain ``{field: value}`` dicts with
a location (sheet, row) and a function naming a field the way the file names it, so every problem
is reported as (sheet, row, column, reason) in Chinese and English. Nothing is imported from a file
until every row has been read (see :class:`ParsedCatalogue`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from windowdesk.domain.catalogue import (
    DepartmentSpec,
    MaterialSpec,
    MatterSpec,
    Problem,
    code_from_label,
    department_problems,
    material_problems,
    matter_field_problems,
)
from windowdesk.messages import N_, Bilingual, Listing, message

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RowError:
    """One bad cell or row of an import file."""

    sheet: str
    row: int
    column: str
    problem: str  # an N_-marked English source, with its values
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def zh(self) -> str:
        return message(self.problem, "zh_CN", **self.params)

    @property
    def en(self) -> str:
        return message(self.problem, "en", **self.params)

    def text(self, language: str = "zh_CN") -> str:
        where = message(
            "{sheet}, row {row}{column}",
            language,
            sheet=self.sheet,
            row=self.row,
            column=Bilingual(f" {self.column}", f", {self.column}") if self.column else "",
        )
        return message("{where}: {problem}", language, where=where, problem=message(self.problem, language, **self.params))


@dataclass(frozen=True)
class Row:
    """A raw row: field name -> value as read, where it is, and how the file names each field."""

    values: Mapping[str, Any]
    sheet: str
    row: int
    column_name: Callable[[str], str] = str
    #: True for spreadsheet cells, whose numbers and text are loosely typed (a phone read as 1234).
    lenient: bool = False

    def error(self, column: str, problem: str, **params: Any) -> RowError:
        return RowError(self.sheet, self.row, self.column_name(column) if column else "", problem, params)


class _Reader:
    """Reads typed fields of one row, collecting a problem per bad cell instead of stopping."""

    def __init__(self, row: Row) -> None:
        self.row = row
        self.errors: list[RowError] = []

    def fail(self, column: str, problem: str, **params: Any) -> None:
        self.errors.append(self.row.error(column, problem, **params))

    def raw(self, name: str) -> Any:
        value = self.row.values.get(name)
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def text(self, name: str, default: str = "") -> str:
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, str):
            if _CONTROL.search(value):
                self.fail(name, N_("contains invisible control characters"))
                return default
            return value.strip()
        if self.row.lenient and isinstance(value, int | float) and not isinstance(value, bool):
            return str(int(value)) if float(value).is_integer() else str(value)
        self.fail(name, N_("should be text"))
        return default

    def integer(self, name: str, default: int | None) -> int | None:
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, bool):
            self.fail(name, N_("should be a whole number"))
            return default
        if isinstance(value, int):
            return value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        if self.row.lenient and isinstance(value, str) and re.fullmatch(r"-?\d{1,9}", value.strip()):
            return int(value.strip())
        self.fail(name, N_("should be a whole number, not '{value}'"), value=value)
        return default

    def decimal(self, name: str, default: Decimal) -> Decimal:
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.fail(name, N_("should be an amount"))
            return default
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            amount = Decimal("NaN")
        if not amount.is_finite():
            self.fail(name, N_("should be an amount, not '{value}'"), value=value)
            return default
        if abs(amount) >= 10**12:
            return amount  # out of range: the domain rule says so
        cents = amount.quantize(Decimal("0.01"))
        return cents if cents == amount else amount

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if self.row.lenient:
            text = str(value).strip().lower()
            if text in {"是", "y", "yes", "true", "1", "1.0"}:
                return True
            if text in {"否", "n", "no", "false", "0", "0.0"}:
                return False
        self.fail(name, N_("should be yes/no, not '{value}'"), value=value)
        return default

    def choice(self, name: str, vocabulary: str, default: str) -> str:
        text = self.text(name)
        if not text:
            return default
        code = code_from_label(vocabulary, text)
        if code is None:
            return text  # the domain rule names the choices
        return code

    def choices(self, name: str, vocabulary: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.raw(name)
        if value is None:
            return default
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            items = value
        elif isinstance(value, str) and self.row.lenient:
            items = [v for v in re.split(r"[、,，;；/\s]+", value) if v]
        else:
            self.fail(name, N_("should be a list"))
            return default
        return tuple(code_from_label(vocabulary, v) or v.strip() for v in items)


def _problems(row: Row, problems: list[Problem], prefix: str = "") -> list[RowError]:
    return [row.error(prefix + p.column, p.text, **p.params) for p in problems]


def parse_department(row: Row) -> tuple[DepartmentSpec | None, list[RowError]]:
    read = _Reader(row)
    spec = DepartmentSpec(
        code=read.text("code").upper(),
        name=read.text("name"),
        phone=read.text("phone"),
        address=read.text("address"),
    )
    errors = read.errors + _problems(row, department_problems(spec))
    return (None if errors else spec), errors


def parse_material(row: Row, prefix: str = "") -> tuple[MaterialSpec | None, list[RowError]]:
    """A material, from its own row (XLSX) or nested in a matter (JSON, ``prefix`` = ``materials[2].``)."""
    scoped = Row(
        {prefix + k: v for k, v in row.values.items()}, row.sheet, row.row, row.column_name, row.lenient
    )
    read = _Reader(scoped)
    spec = MaterialSpec(
        name=read.text(prefix + "name"),
        requirement=read.choice(prefix + "requirement", "requirement", "required"),
        condition=read.text(prefix + "condition"),
        form=read.choice(prefix + "form", "form", "original"),
        count=read.integer(prefix + "count", 1) or 0,
        format_notes=read.text(prefix + "format_notes"),
        source=read.choice(prefix + "source", "source", "applicant"),
        template_ref=read.text(prefix + "template_ref"),
        reusable=read.boolean(prefix + "reusable", False),
        validity_days=read.integer(prefix + "validity_days", None),
    )
    errors = read.errors + _problems(scoped, material_problems(spec), prefix)
    return (None if errors else spec), errors


def parse_matter_fields(
    row: Row, materials: tuple[MaterialSpec, ...]
) -> tuple[MatterSpec | None, list[RowError]]:
    """A matter's own fields; its materials are parsed (and located) by the caller."""
    read = _Reader(row)
    spec = MatterSpec(
        code=read.text("code").upper(),
        name=read.text("name"),
        department=read.text("department").upper(),
        kind=read.choice("kind", "kind", "public_service"),
        handling=read.choice("handling", "handling", "promised"),
        short_name=read.text("short_name"),
        legal_basis=read.text("legal_basis"),
        conditions=read.text("conditions"),
        statutory_limit_days=read.integer("statutory_limit_days", 20) or 0,
        promised_limit_days=read.integer("promised_limit_days", 0) or 0,
        fee=read.decimal("fee", Decimal("0.00")),
        fee_basis=read.text("fee_basis"),
        delivery_modes=read.choices("delivery_modes", "delivery", ("window",)),
        queue_category=read.text("queue_category", "A").upper(),
        window=read.text("window"),
        notes=read.text("notes"),
        active=read.boolean("active", True),
        materials=materials,
        extension_days=read.integer("extension_days", 10) or 0,
        silence_consent=read.boolean("silence_consent", False),
    )
    errors = read.errors + _problems(row, matter_field_problems(spec))
    return (None if errors else spec), errors


def parse_json_matter(row: Row) -> tuple[MatterSpec | None, list[RowError]]:
    """A matter object of the JSON format, with its ``materials`` list nested."""
    raw = row.values.get("materials")
    errors: list[RowError] = []
    materials: list[MaterialSpec] = []
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        errors.append(row.error("materials", N_("should be a list")))
        raw = []
    for index, item in enumerate(raw, start=1):
        prefix = f"materials[{index}]."
        if not isinstance(item, dict):
            errors.append(row.error(prefix.rstrip("."), N_("should be an object")))
            continue
        material, material_errors = parse_material(
            Row(item, row.sheet, row.row, row.column_name, row.lenient), prefix
        )
        errors += material_errors
        if material is not None:
            if any(m.name == material.name for m in materials):
                errors.append(
                    row.error(
                        prefix + "name",
                        N_("the material '{name}' is listed twice"),
                        name=material.name,
                    )
                )
            materials.append(material)
    spec, field_errors = parse_matter_fields(row, tuple(materials))
    errors = field_errors + errors
    return (None if errors else spec), errors


# -- a whole file ---------------------------------------------------------------------------------


@dataclass
class ParsedCatalogue:
    """Everything read from one file: the good values with where they came from, and every error."""

    departments: list[tuple[DepartmentSpec, Row]] = field(default_factory=list)
    matters: list[tuple[MatterSpec, Row]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: Rows (sheet, row) that had an error, so --skip-invalid can tell how many were dropped.
    rejected_rows: set[tuple[str, int]] = field(default_factory=set)

    def reject(self, errors: list[RowError]) -> None:
        self.errors += errors
        self.rejected_rows |= {(e.sheet, e.row) for e in errors}

    def drop_duplicates(self) -> None:
        """A code given twice is an error on every row that gives it: which one is meant is unknown."""
        for attr, what in (
            ("departments", N_("department code")),
            ("matters", N_("matter code")),
        ):
            entries = getattr(self, attr)
            rows_by_code: dict[str, list[Row]] = {}
            for spec, row in entries:
                rows_by_code.setdefault(spec.code, []).append(row)
            duplicated = {code: rows for code, rows in rows_by_code.items() if len(rows) > 1}
            for code, rows in duplicated.items():
                self.reject(
                    [
                        r.error(
                            "code",
                            N_("the {what} {code} appears more than once (rows {numbers})"),
                            what=what,
                            code=code,
                            numbers=Listing(str(r.row) for r in rows),
                        )
                        for r in rows
                    ]
                )
            setattr(self, attr, [(s, r) for s, r in entries if s.code not in duplicated])

    def check_departments(self, known: set[str]) -> None:
        """Every matter's department must be in the file or already in the store."""
        available = known | {d.code for d, _ in self.departments}
        kept = []
        for spec, row in self.matters:
            if spec.department in available:
                kept.append((spec, row))
            else:
                self.reject(
                    [
                        row.error(
                            "department",
                            N_("department {code} is neither in the file (or its row is bad) nor in the store"),
                            code=spec.department,
                        )
                    ]
                )
        self.matters = kept

    def sorted_errors(self) -> list[RowError]:
        return sorted(self.errors, key=lambda e: (e.sheet, e.row, e.column))


# -- canonical JSON form --------------------------------------------------------------------------


def department_to_dict(dept: DepartmentSpec) -> dict[str, Any]:
    return {"code": dept.code, "name": dept.name, "phone": dept.phone, "address": dept.address}


def material_to_dict(material: MaterialSpec) -> dict[str, Any]:
    return {
        "name": material.name,
        "requirement": material.requirement,
        "condition": material.condition,
        "form": material.form,
        "count": material.count,
        "format_notes": material.format_notes,
        "source": material.source,
        "template_ref": material.template_ref,
        "reusable": material.reusable,
        "validity_days": material.validity_days,
    }


def matter_to_dict(matter: MatterSpec, *, with_materials: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": matter.code,
        "name": matter.name,
        "short_name": matter.short_name,
        "department": matter.department,
        "kind": matter.kind,
        "handling": matter.handling,
        "legal_basis": matter.legal_basis,
        "conditions": matter.conditions,
        "statutory_limit_days": matter.statutory_limit_days,
        "promised_limit_days": matter.promised_limit_days,
        "fee": f"{matter.fee:.2f}",
        "fee_basis": matter.fee_basis,
        "delivery_modes": list(matter.delivery_modes),
        "queue_category": matter.queue_category,
        "window": matter.window,
        "notes": matter.notes,
        "active": matter.active,
    }
    # The lifecycle's two fields are written only when a matter departs from the default, so files
    # made before them stay canonical and read back unchanged.
    if matter.extension_days != 10:
        data["extension_days"] = matter.extension_days
    if matter.silence_consent:
        data["silence_consent"] = True
    if with_materials:
        data["materials"] = [material_to_dict(m) for m in matter.materials]
    return data


def matter_from_dict(data: Mapping[str, Any]) -> MatterSpec:
    """A matter from its canonical form (a stored snapshot); a bad one is a bug, not user input."""
    spec, errors = parse_json_matter(Row(data, "snapshot", 0))
    if spec is None:
        raise ValueError(f"invalid matter snapshot: {errors}")
    return spec


def matter_from_snapshot(snapshot: Mapping[str, Any], materials: tuple[MaterialSpec, ...]) -> MatterSpec:
    """A published version's matter exactly as it was stored (``matter_to_dict`` without materials).

    It was validated when it was published; reading it back does not run today's import rules
    again, so a version published under older rules still reads as it was.
    """
    known = {f.name for f in fields(MatterSpec)} - {"fee", "delivery_modes", "materials"}
    values = {name: snapshot[name] for name in known if name in snapshot}
    return MatterSpec(
        **values,
        fee=Decimal(str(snapshot.get("fee", "0"))),
        delivery_modes=tuple(snapshot.get("delivery_modes", ("window",))),
        materials=materials,
    )
