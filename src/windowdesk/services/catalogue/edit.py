"""Editing the catalogue: departments, and matters, each save publishing a new version.

Only supervisors and administrators edit. A matter is validated by the domain rules before
anything is written; saving an unchanged matter publishes nothing. The publishing step is shared
with the file import so both produce the same versions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.domain.catalogue import (
    DepartmentSpec,
    MaterialSpec,
    MatterSpec,
    Problem,
    department_problems,
    matter_problems,
)
from windowdesk.errors import NotFound, UserError
from windowdesk.messages import Bilingual
from windowdesk.services.catalogue.browse import (
    DepartmentInfo,
    MatterVersionInfo,
    department_info,
    material_spec,
    matter_spec,
    matter_version,
)
from windowdesk.services.catalogue.rows import matter_to_dict
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Department, Material, Matter, MatterVersion
from windowdesk.store.uow import UnitOfWork


class InvalidEntry(UserError):
    """A matter or department that breaks the catalogue rules; ``problems`` names each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "Please correct: {problems}",
            problems=Bilingual(
                "；".join(f"{p.column} {p.zh}" for p in problems),
                "; ".join(f"{p.column}: {p.en}" for p in problems),
            ),
        )


@dataclass(frozen=True)
class PublishOutcome:
    matter_id: uuid.UUID
    code: str
    status: str  # added | updated | unchanged
    version_number: int


def current_specs(session: Session, codes: set[str] | None = None) -> dict[str, MatterSpec]:
    """The current value of every matter (or of those codes), materials included, in two queries."""
    query = (
        select(Matter, Department.code, MatterVersion.id)
        .join(Department, Matter.department_id == Department.id)
        .join(
            MatterVersion,
            (MatterVersion.matter_id == Matter.id) & (MatterVersion.number == Matter.current_version),
        )
    )
    materials_query = (
        select(Material)
        .join(MatterVersion, Material.version_id == MatterVersion.id)
        .join(
            Matter, (MatterVersion.matter_id == Matter.id) & (MatterVersion.number == Matter.current_version)
        )
        .order_by(Material.version_id, Material.position)
    )
    if codes is not None:
        query = query.where(Matter.code.in_(sorted(codes)))
        materials_query = materials_query.where(Matter.code.in_(sorted(codes)))
    materials: dict[uuid.UUID, list[MaterialSpec]] = {}
    for row in session.scalars(materials_query):
        materials.setdefault(row.version_id, []).append(material_spec(row))
    return {
        matter.code: matter_spec(matter, dept_code, tuple(materials.get(version_id, [])))
        for matter, dept_code, version_id in session.execute(query)
    }


def publish_matter(
    uow: UnitOfWork, spec: MatterSpec, department: Department, current: MatterSpec | None, at: dt.datetime
) -> PublishOutcome:
    """Write ``spec`` as the matter's new current text and a new version, unless nothing changed."""
    session = uow.session
    matter = session.scalars(select(Matter).where(Matter.code == spec.code)).one_or_none()
    if matter is not None and current == spec:
        return PublishOutcome(matter.id, spec.code, "unchanged", matter.current_version)
    status = "added" if matter is None else "updated"
    if matter is None:
        matter = uow.add(Matter(code=spec.code, current_version=0))
    number = matter.current_version + 1
    matter.name, matter.short_name = spec.name, spec.short_name
    matter.department_id = department.id
    matter.kind, matter.handling = spec.kind, spec.handling
    matter.legal_basis, matter.conditions = spec.legal_basis, spec.conditions
    matter.statutory_limit_days = spec.statutory_limit_days
    matter.promised_limit_days = spec.promised_limit_days
    matter.fee_cents = int(spec.fee * 100)
    matter.fee_basis = spec.fee_basis
    matter.delivery_modes = list(spec.delivery_modes)
    matter.queue_category = spec.queue_category
    matter.window, matter.notes, matter.active = spec.window, spec.notes, spec.active
    matter.extension_days, matter.silence_consent = spec.extension_days, spec.silence_consent
    matter.current_version = number
    matter.updated_at = at
    snapshot = matter_to_dict(spec, with_materials=False) | {"department_name": department.name}
    version = uow.add(
        MatterVersion(matter_id=matter.id, number=number, published_by=uow.actor.login, snapshot=snapshot)
    )
    for position, material in enumerate(spec.materials, start=1):
        uow.add(
            Material(
                version_id=version.id,
                position=position,
                name=material.name,
                requirement=material.requirement,
                condition=material.condition,
                form=material.form,
                count=material.count,
                format_notes=material.format_notes,
                source=material.source,
                template_ref=material.template_ref,
                reusable=material.reusable,
                validity_days=material.validity_days,
            )
        )
    return PublishOutcome(matter.id, spec.code, status, number)


def apply_department(session: Session, uow: UnitOfWork, spec: DepartmentSpec) -> tuple[Department, str]:
    dept = session.scalars(select(Department).where(Department.code == spec.code)).one_or_none()
    if dept is None:
        dept = uow.add(Department(code=spec.code, name=spec.name, phone=spec.phone, address=spec.address))
        return dept, "added"
    if (dept.name, dept.phone, dept.address) == (spec.name, spec.phone, spec.address):
        return dept, "unchanged"
    dept.name, dept.phone, dept.address = spec.name, spec.phone, spec.address
    return dept, "updated"


@writes("catalogue.save_department")
def save_department(ctx: ServiceContext, spec: DepartmentSpec) -> DepartmentInfo:
    """Add a department or change its name, phone or address."""
    spec = DepartmentSpec(
        spec.code.strip().upper(), spec.name.strip(), spec.phone.strip(), spec.address.strip()
    )
    problems = department_problems(spec)
    if problems:
        raise InvalidEntry(problems)
    with ctx.unit_of_work() as uow:
        dept, status = apply_department(uow.session, uow, spec)
        if status != "unchanged":
            uow.audit("catalogue.save_department", "department", dept.id, code=spec.code, status=status)
        return department_info(dept)


@writes("catalogue.save_matter")
def save_matter(ctx: ServiceContext, spec: MatterSpec) -> MatterVersionInfo:
    """Validate and publish a matter (new or edited) as a new version; return the version in force."""
    problems = matter_problems(spec)
    if problems:
        raise InvalidEntry(problems)
    with ctx.unit_of_work() as uow:
        department = uow.session.scalars(
            select(Department).where(Department.code == spec.department)
        ).one_or_none()
        if department is None:
            raise NotFound("No department with code {code}", code=spec.department)
        current = current_specs(uow.session, {spec.code}).get(spec.code)
        outcome = publish_matter(uow, spec, department, current, ctx.clock.now())
        if outcome.status != "unchanged":
            uow.audit(
                "catalogue.save_matter",
                "matter",
                outcome.matter_id,
                code=spec.code,
                status=outcome.status,
                version=outcome.version_number,
            )
    return matter_version(ctx, spec.code)
