"""The four intake documents on A4: 受理通知书, 材料接收凭证, 补正材料一次性告知书, 不予受理通知书.

Each builder takes a :class:`CaseDocumentData` (plain values the services fill in from a case: the
identity number already masked) and returns PDF bytes; :func:`story` returns the flowables, so a
benchmark or a batch can reuse them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from windowdesk.documents.barcodes import code128, qr_code
from windowdesk.documents.fonts import cjk_font_name
from windowdesk.documents.layout import (
    build_a4_pdf,
    chinese_date,
    grid_table,
    key_value_table,
    para,
    seal_block,
    spacer,
    styles,
)

TITLES = {
    "acceptance": "受理通知书",
    "receipt": "材料接收凭证",
    "notice": "补正材料一次性告知书",
    "rejection": "不予受理通知书",
}
LICENSING_LAW = "《中华人民共和国行政许可法》"
FULL_SPACE = "\u3000"


@dataclass(frozen=True)
class MaterialLine:
    name: str
    form: str  # 原件 / 复印件 / 原件及复印件
    count: int
    status: str = ""  # 已收 / 当场补正 / …


@dataclass(frozen=True)
class NoticeLine:
    name: str
    problem: str  # 缺少 / 不符合要求
    reason: str
    requirement: str  # the standard it must meet, with form and count


@dataclass(frozen=True)
class CaseDocumentData:
    kind: str
    case_no: str
    progress_ref: str  # ASCII, for the QR code
    office: str
    window: str
    clerk: str
    date: dt.date  # the document's own date (acceptance, notice, decision)
    applicant_name: str
    applicant_id_label: str  # 居民身份证 / 统一社会信用代码 …
    applicant_masked_id: str
    matter_name: str
    matter_code: str
    department: str
    received_on: dt.date
    contact_phone: str = ""
    legal_representative: str = ""
    agent: str = ""  # "王五（护照 E1****78）"
    accepted_on: dt.date | None = None
    deemed_accepted: bool = False
    statutory_due: dt.date | None = None
    promised_due: dt.date | None = None
    statutory_workdays: int = 0
    promised_workdays: int = 0
    due_provisional: bool = False
    materials: tuple[MaterialLine, ...] = field(default_factory=tuple)
    notice_lines: tuple[NoticeLine, ...] = field(default_factory=tuple)
    rejection_reason: str = ""
    rejection_basis: str = ""
    competent_office: str = ""
    reprint: bool = False
    reprint_note: str = ""
    applicant_kind: str = "person"  # person | organisation: how the notices address the applicant

    @property
    def addressee(self) -> str:
        """你 to a person, 你单位 to an organisation (the notices' forms of address)."""
        return "你单位" if self.applicant_kind == "organisation" else "你"


def _head(d: CaseDocumentData) -> list[Flowable]:
    s = styles()
    return [
        para(d.office, s.subtitle),
        para(TITLES[d.kind], s.title),
        para(f"编号：{d.case_no}", s.subtitle),
    ]


def _codes_and_seal(d: CaseDocumentData) -> Table:
    """The case number as Code128 and the progress reference as a QR code (left), beside the seal
    area with the office and the date (right), so they share the last lines of the page."""
    s = styles()
    barcode = code128(d.case_no, module_dots=2, height_mm=12)
    qr = Table(
        [[qr_code(d.progress_ref, size_mm=22), para("扫码查询办理进度", s.small)]],
        colWidths=[24 * mm, 40 * mm],
        hAlign="LEFT",
    )
    qr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells()]))
    table = Table(
        [[[barcode, spacer(3), qr], seal_block(d.office, d.date)]],
        colWidths=[95 * mm, 75 * mm],
        hAlign="LEFT",
        spaceBefore=4 * mm,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *_plain_cells(),
            ]
        )
    )
    return table


def _plain_cells() -> list[tuple]:
    """No padding, and the CJK font for the table (a table sets Helvetica, not embedded, otherwise)."""
    return [
        ("FONT", (0, 0), (-1, -1), cjk_font_name(), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]


def _applicant_rows(d: CaseDocumentData) -> list[tuple]:
    rows: list[tuple] = [
        ("申请人", d.applicant_name),
        (d.applicant_id_label, d.applicant_masked_id),
    ]
    if d.legal_representative:
        rows.append(("法定代表人", d.legal_representative))
    if d.agent:
        rows.append(("代理人", d.agent, True))
    rows += [("申请事项", f"{d.matter_name}（{d.matter_code}）", True), ("承办部门", d.department, True)]
    return rows


def _materials_table(d: CaseDocumentData, with_status: bool) -> Table:
    header = ["序号", "材料名称", "原件/复印件", "份数"] + (["核验情况"] if with_status else [])
    widths = [12 * mm, None, 28 * mm, 14 * mm] + ([28 * mm] if with_status else [])
    align = ["center", "left", "center", "center"] + (["center"] if with_status else [])
    rows = [
        [str(n), m.name, m.form, str(m.count)] + ([m.status] if with_status else [])
        for n, m in enumerate(d.materials, start=1)
    ]
    return grid_table(header, rows, widths, align=align)


def _due_rows(d: CaseDocumentData) -> list[tuple]:
    rows: list[tuple] = []
    if d.accepted_on:
        accepted = chinese_date(d.accepted_on) + ("（视为受理）" if d.deemed_accepted else "")
        rows.append(("受理日期", accepted))
    if d.statutory_due:
        rows.append(("法定办结日期", f"{chinese_date(d.statutory_due)}（{d.statutory_workdays}个工作日）"))
    if d.promised_due:
        rows.append(("承诺办结日期", f"{chinese_date(d.promised_due)}（{d.promised_workdays}个工作日）"))
    return rows


def _footer(d: CaseDocumentData) -> list[Flowable]:
    rows = [("受理窗口", d.window), ("经办人", d.clerk)]
    if d.contact_phone:
        rows.append(("咨询电话", d.contact_phone))
    return [key_value_table(rows, pairs_per_row=2), _codes_and_seal(d)]


def _acceptance(d: CaseDocumentData) -> list[Flowable]:
    s = styles()
    deemed = (
        "；因未在法定期限内一次性告知补正内容，依法视为自收到申请材料之日起受理" if d.deemed_accepted else ""
    )
    text = (
        f"{d.addressee}于{chinese_date(d.received_on)}提交的“{d.matter_name}”申请，经审查，申请材料齐全、"
        f"符合法定形式，根据{LICENSING_LAW}第三十二条第一款第（五）项的规定，本机关决定予以受理{deemed}。"
        f"本机关将自受理之日起{d.statutory_workdays}个工作日内作出决定，承诺{d.promised_workdays}个工作日内办结"
        "（依法需要听证、检验、检测、鉴定和专家评审的，所需时间不计算在内）。"
    )
    story = [*_head(d), para(f"{d.applicant_name}：", s.body), para(text, s.body_indent)]
    story.append(key_value_table(_applicant_rows(d) + _due_rows(d), pairs_per_row=2))
    if d.due_provisional:
        story.append(para("注：办结日期所在年度的节假日安排尚未公布，日期可能调整。", s.small))
    story += [para("已接收的申请材料", s.heading), _materials_table(d, with_status=False)]
    return story + _footer(d)


def _receipt(d: CaseDocumentData) -> list[Flowable]:
    s = styles()
    story = [
        *_head(d),
        para(f"今收到{d.applicant_name}提交的“{d.matter_name}”申请材料如下：", s.body_indent),
        key_value_table([*_applicant_rows(d), ("接收日期", chinese_date(d.received_on))], pairs_per_row=2),
        _materials_table(d, with_status=True),
        para("本凭证仅证明已收到上列材料，不代表申请已被受理。请妥善保管，领取结果时出示。", s.small),
        spacer(4),
        para("申请人（代理人）签字：____________________", s.body),
    ]
    return story + _footer(d)


def _notice(d: CaseDocumentData) -> list[Flowable]:
    s = styles()
    text = (
        f"{d.addressee}于{chinese_date(d.received_on)}提交的“{d.matter_name}”申请，经审查，申请材料不齐全或者"
        f"不符合法定形式。根据{LICENSING_LAW}第三十二条第一款第（四）项的规定，现一次性告知{d.addressee}"
        "需要补正的全部内容如下："
    )
    rows = [
        [str(n), line.name, line.problem + (f"：{line.reason}" if line.reason else ""), line.requirement]
        for n, line in enumerate(d.notice_lines, start=1)
    ]
    story = [
        *_head(d),
        para(f"{d.applicant_name}：", s.body),
        para(text, s.body_indent),
        grid_table(
            ["序号", "材料名称", "存在问题", "补正要求"],
            rows,
            [12 * mm, 42 * mm, 50 * mm, None],
            align=["center", "left", "left", "left"],
        ),
        para(
            "请按上述要求一次性补正全部材料后，携带本告知书到受理窗口办理。补正材料齐全、符合法定形式的，"
            "本机关自收到全部补正材料之日起受理；本告知书所列以外的材料，本机关不再要求补正。",
            s.body_indent,
        ),
        key_value_table(_applicant_rows(d), pairs_per_row=2),
        spacer(4),
        para(
            f"申请人（代理人）签收：____________________{FULL_SPACE * 2}签收日期：______年____月____日",
            s.body,
        ),
    ]
    return story + _footer(d)


def _rejection(d: CaseDocumentData) -> list[Flowable]:
    s = styles()
    text = f"{d.addressee}于{chinese_date(d.received_on)}提交的“{d.matter_name}”申请，经审查，本机关决定不予受理。"
    rows: list[tuple] = [("不予受理理由", d.rejection_reason, True), ("法律依据", d.rejection_basis, True)]
    if d.competent_office:
        rows.append(("建议向以下机关申请", d.competent_office, True))
    story = [
        *_head(d),
        para(f"{d.applicant_name}：", s.body),
        para(text, s.body_indent),
        key_value_table(rows, label_width=36 * mm),
        para(
            "如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，"
            "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。",
            s.body_indent,
        ),
        key_value_table(_applicant_rows(d), pairs_per_row=2),
    ]
    return story + _footer(d)


BUILDERS: dict[str, Callable[[CaseDocumentData], list[Flowable]]] = {
    "acceptance": _acceptance,
    "receipt": _receipt,
    "notice": _notice,
    "rejection": _rejection,
}


def story(data: CaseDocumentData) -> list[Flowable]:
    return BUILDERS[data.kind](data)


def build_case_document(data: CaseDocumentData) -> bytes:
    return build_a4_pdf(
        story(data),
        title=TITLES[data.kind],
        office=data.office,
        subject=data.case_no,
        reprint=data.reprint,
        reprint_note=data.reprint_note,
    )
