"""Where intake gets a matter from: the ONE adapter between the catalogue and a case's snapshot.

:func:`snapshot_from_version` converts the catalogue's published version (``MatterVersionInfo``:
``version_id``, ``matter`` spec, ``department_name``, ``materials`` of ``MaterialItem(id, position,
spec)``) into the frozen :class:`MatterSnapshot` a case keeps: material keys are the catalogue's
material ids in that version; the standard quoted on a one-time notice is the material's format notes.
"""

from __future__ import annotations

from windowdesk.domain.matter_snapshot import MatterSnapshot, SnapshotMaterial
from windowdesk.services import catalogue
from windowdesk.services.context import ServiceContext


def snapshot_from_version(info: catalogue.MatterVersionInfo, department_phone: str = "") -> MatterSnapshot:
    """The catalogue's published version as a case snapshot."""
    spec = info.matter
    return MatterSnapshot(
        code=spec.code,
        name=spec.name,
        department=info.department_name or spec.department,
        version_id=str(info.version_id),
        handling=spec.handling,
        statutory_limit_workdays=spec.statutory_limit_days,
        promised_limit_workdays=spec.promised_limit_days,
        legal_basis=spec.legal_basis,
        department_phone=department_phone,
        department_code=spec.department,
        extension_workdays=spec.extension_days,
        silence_consent=spec.silence_consent,
        materials=tuple(
            SnapshotMaterial(
                key=str(item.id),
                name=item.spec.name,
                requirement=item.spec.requirement,
                condition=item.spec.condition,
                form=item.spec.form,
                count=item.spec.count,
                standard=item.spec.format_notes,
            )
            for item in info.materials
        ),
    )


def matter_snapshot(ctx: ServiceContext, code: str) -> MatterSnapshot:
    """The version of matter ``code`` in force now, frozen for a new case."""
    info = catalogue.matter_version(ctx, code.strip().upper())
    phones = {d.code: d.phone for d in catalogue.list_departments(ctx)}
    return snapshot_from_version(info, phones.get(info.matter.department, ""))


def search_matters(ctx: ServiceContext, text: str, limit: int = 30) -> list[tuple[str, str]]:
    """(code, name) of active matters matching ``text`` (name, code or pinyin), best first."""
    return [(m.code, m.name) for m in catalogue.search_matters(ctx, text, limit)]
