"""办事指南 (service guide): one matter as the applicant needs it, on A4.

Basis, conditions, the materials table, time limits, fee, delivery, where to go and whom to call.
The builder takes catalogue values only; the service gathers them (catalogue_guide).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from windowdesk.documents.layout import (
    build_a4_pdf,
    chinese_date,
    grid_table,
    key_value_table,
    para,
    spacer,
    styles,
)
from windowdesk.domain.catalogue import MaterialSpec, MatterSpec, label


@dataclass(frozen=True)
class GuideData:
    matter: MatterSpec
    department_name: str
    department_phone: str = ""
    department_address: str = ""
    office: str = ""  # the service hall printing it
    version_number: int = 1
    published_on: dt.date | None = None
    printed_on: dt.date | None = None


def _limit(days: int, handling: str) -> str:
    if days == 0:
        return "当场办结" if handling == "immediate" else "无"
    return f"{days} 个工作日"


def _fee(matter: MatterSpec) -> str:
    return "不收费" if matter.free else f"{matter.fee:.2f} 元"


def _requirement(material: MaterialSpec) -> str:
    text = label("requirement", material.requirement)
    return f"{text}：{material.condition}" if material.requirement == "conditional" else text


def _remarks(material: MaterialSpec) -> str:
    parts = [material.format_notes, material.template_ref]
    if material.reusable:
        parts.append(
            f"可复用，有效期 {material.validity_days} 天" if material.validity_days else "可复用，长期有效"
        )
    return "；".join(p for p in parts if p)


def guide_story(data: GuideData) -> list:
    s = styles()
    matter = data.matter
    story = [
        para("办事指南", s.title),
        para(f"{matter.name}（{matter.code}）", s.subtitle),
        key_value_table(
            [
                ("事项名称", matter.name, True),
                ("事项编码", matter.code),
                ("实施部门", data.department_name),
                ("事项类型", label("kind", matter.kind)),
                ("办件类型", label("handling", matter.handling)),
                ("法定办结时限", _limit(matter.statutory_limit_days, matter.handling)),
                ("承诺办结时限", _limit(matter.promised_limit_days, matter.handling)),
                ("收费标准", _fee(matter)),
                ("结果送达", "、".join(label("delivery", d) for d in matter.delivery_modes)),
                (
                    "办理窗口",
                    matter.window or f"{data.office or '政务服务中心'} 取号类别 {matter.queue_category}",
                ),
                ("咨询电话", data.department_phone or "—"),
                ("办公地址", data.department_address or "—", True),
            ],
            pairs_per_row=2,
            label_width=26 * mm,
        ),
        para("一、设定依据", s.heading),
        para(matter.legal_basis or "—", s.body_indent),
        para("二、受理条件", s.heading),
        para(matter.conditions or "—", s.body_indent),
        para("三、申请材料", s.heading),
        grid_table(
            ["序号", "材料名称", "提交要求", "原件/复印件", "来源", "格式要求及说明"],
            [
                (
                    str(number),
                    m.name,
                    _requirement(m),
                    m.describe_form(),
                    label("source", m.source),
                    _remarks(m),
                )
                for number, m in enumerate(matter.materials, start=1)
            ],
            [11 * mm, 42 * mm, 30 * mm, 22 * mm, 23 * mm, None],
            align=["center", "left", "left", "center", "center", "left"],
        ),
        para("四、办理时限", s.heading),
        para(
            f"法定办结时限：{_limit(matter.statutory_limit_days, matter.handling)}；"
            f"承诺办结时限：{_limit(matter.promised_limit_days, matter.handling)}。"
            "时限自受理之日起按工作日计算，依法需要听证、检验、检测、鉴定、专家评审及申请人补正材料的时间不计算在内。",
            s.body_indent,
        ),
        para("五、收费标准及依据", s.heading),
        para(
            "本事项不收费。" if matter.free else f"{matter.fee:.2f} 元。收费依据：{matter.fee_basis}",
            s.body_indent,
        ),
    ]
    if matter.notes:
        story += [para("六、温馨提示", s.heading), para(matter.notes, s.body_indent)]
    footer = f"本指南依据事项清单第 {data.version_number} 版"
    if data.published_on:
        footer += f"（{chinese_date(data.published_on)}发布）"
    if data.printed_on:
        footer += f"，打印于{chinese_date(data.printed_on)}"
    story += [spacer(4), para(footer + "。", s.small)]
    return story


def guide_pdf(data: GuideData) -> bytes:
    """The guide as an A4 PDF with the CJK font embedded."""
    return build_a4_pdf(
        guide_story(data),
        title=f"办事指南：{data.matter.name}",
        office=data.office or data.department_name,
        subject=data.matter.code,
    )
