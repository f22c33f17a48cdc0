"""Shared helpers for intake tests: a clerk at window 3, frozen sample matters (the value a case keeps,
as the catalogue adapter makes it), applicants, checklists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from windowdesk.domain.applicants import Applicant
from windowdesk.domain.intake import MaterialCheck, Rejection
from windowdesk.domain.matter_snapshot import MatterSnapshot, SnapshotMaterial
from windowdesk.services import cases


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

MATTER = SAMPLE_MATTERS[0]  # 食品经营许可（新办）: m1..m6, m4 and m6 conditional
IMMEDIATE = SAMPLE_MATTERS[1]
RESIDENT = "11010519491231002X"
PERSON = Applicant("person", "张三", "resident_id", RESIDENT, "13800138000")


def at_window(ctx, window_no: int = 3, login: str = "clerk1", name: str = "王芳"):
    return ctx.as_actor(replace(ctx.actor, window_no=window_no, login=login, display_name=name))


def received(key: str, form: str = "original", count: int = 1) -> MaterialCheck:
    return MaterialCheck(key, "received", form, count)


def complete_checks(matter=MATTER) -> tuple[MaterialCheck, ...]:
    rows = []
    for m in matter.materials:
        if m.requirement == "conditional":
            rows.append(
                MaterialCheck(m.key, "not_applicable", reason="自有场所" if m.key == "m4" else "本人办理")
            )
        else:
            rows.append(received(m.key, "copy" if m.form == "copy" else "original", m.count))
    return tuple(rows)


def incomplete_checks() -> tuple[MaterialCheck, ...]:
    rows = {c.key: c for c in complete_checks()}
    rows["m1"] = MaterialCheck("m1", "nonconforming", reason="未加盖公章")
    rows["m5"] = MaterialCheck("m5", "missing")
    return tuple(rows.values())


def decide(ctx, outcome: str = "accepted", checks=None, **kw):
    if checks is None:
        checks = incomplete_checks() if outcome == "incomplete" else complete_checks()
    if outcome == "rejected":
        kw.setdefault(
            "rejection",
            Rejection(
                "不属于本机关职权范围", "《行政许可法》第三十二条第一款第（二）项", "示范市卫生健康委员会"
            ),
        )
    matter = kw.pop("matter", MATTER)
    decision = cases.IntakeDecision(matter, kw.pop("applicant", PERSON), checks, outcome, **kw)
    return cases.decide(ctx, decision)
