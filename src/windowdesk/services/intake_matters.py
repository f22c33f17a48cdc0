"""Where intake gets a matter from: the ONE adapter between the catalogue and a case's snapshot.

:func:`snapshot_from_version` converts the catalogue's published version (``MatterVersionInfo``:
``version_id``, ``matter`` spec, ``department_name``, ``materials`` of ``MaterialItem(id, position,
spec)``) into the frozen :class:`MatterSnapshot` a case keeps. Until the catalogue service is on this
branch, :data:`SAMPLE_MATTERS` stands in for it (same shape of data), so intake, its documents and
its demo work end to end.
"""

from __future__ import annotations

import importlib
from typing import Any

from windowdesk.domain.matter_snapshot import MatterSnapshot, SnapshotMaterial
from windowdesk.errors import NotFound
from windowdesk.services.context import ServiceContext


def snapshot_from_version(info: Any, department_phone: str = "") -> MatterSnapshot:
    """The catalogue's ``MatterVersionInfo`` as a case snapshot (material keys = catalogue ids)."""
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


def _catalogue() -> Any | None:
    try:
        return importlib.import_module("windowdesk.services.catalogue")
    except ModuleNotFoundError:
        return None


def matter_snapshot(ctx: ServiceContext, code: str) -> MatterSnapshot:
    """The version of matter ``code`` in force now, frozen for a new case."""
    catalogue = _catalogue()
    if catalogue is not None:
        return snapshot_from_version(catalogue.matter_version(ctx, code))
    for matter in SAMPLE_MATTERS:
        if matter.code == code.strip().upper():
            return matter
    raise NotFound("找不到事项 {code}", "No matter with code {code}", code=code)


def search_matters(ctx: ServiceContext, text: str, limit: int = 30) -> list[tuple[str, str]]:
    """(code, name) of active matters matching ``text``, best first."""
    catalogue = _catalogue()
    if catalogue is not None:
        return [(m.code, m.name) for m in catalogue.search_matters(ctx, text, limit)]
    text = text.strip().upper()
    return [(m.code, m.name) for m in SAMPLE_MATTERS if text in m.code or text in m.name.upper()][:limit]


def _m(
    key: str, name: str, requirement: str = "required", form: str = "original", **kw: Any
) -> SnapshotMaterial:
    return SnapshotMaterial(key, name, requirement, form=form, **kw)


SAMPLE_MATTERS: tuple[MatterSnapshot, ...] = (
    MatterSnapshot(
        code="SCJG-SPJY-001",
        name="食品经营许可（新办）",
        department="示范市市场监督管理局",
        version_id="sample-1",
        handling="promised",
        statutory_limit_workdays=20,
        promised_limit_workdays=10,
        legal_basis="《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
        department_phone="0755-12345678",
        materials=(
            _m("m1", "食品经营许可申请书", standard="法定代表人（负责人）签字并加盖公章"),
            _m("m2", "营业执照", "required", "copy", standard="加盖公章，与原件一致"),
            _m("m3", "法定代表人身份证明", "required", "original_and_copy", count=1),
            _m("m4", "经营场所使用证明", "conditional", "copy", condition="租用场所的提供租赁合同"),
            _m("m5", "食品安全管理制度", standard="包含进货查验、从业人员健康管理等制度"),
            _m("m6", "授权委托书", "conditional", condition="委托他人办理的提供"),
        ),
    ),
    MatterSnapshot(
        code="RSJ-SBKA-002",
        name="社会保障卡补领",
        department="示范市人力资源和社会保障局",
        version_id="sample-2",
        handling="immediate",
        statutory_limit_workdays=1,
        promised_limit_workdays=0,
        legal_basis="《社会保障卡管理办法》",
        department_phone="12333",
        materials=(
            _m("m1", "居民身份证", "required", "original"),
            _m("m2", "近期免冠照片", "optional", count=1, standard="一寸白底彩色"),
        ),
    ),
    MatterSnapshot(
        code="ZJJ-JZGC-003",
        name="建筑工程施工许可证核发",
        department="示范市住房和城乡建设局",
        version_id="sample-3",
        handling="promised",
        statutory_limit_workdays=20,
        promised_limit_workdays=7,
        legal_basis="《中华人民共和国建筑法》第八条；《建筑工程施工许可管理办法》",
        department_phone="0755-87654321",
        materials=(
            _m("m1", "建筑工程施工许可证申请表"),
            _m("m2", "建设工程规划许可证", "required", "copy"),
            _m("m3", "施工合同", "required", "copy", standard="双方盖章"),
            _m("m4", "施工图设计文件审查合格书", "required", "copy"),
        ),
    ),
)
