"""The documents of a case's life after the counter, in the house style of the intake notices:
延期告知书, 特别程序告知书, 准予行政许可决定书 / 不予行政许可决定书, 送达回证, and the hand-over list
(流转单) of a batch. Same A4 layout, embedded CJK font, Code128 of the case (or batch) number, QR of
the progress reference, seal area, 补打 stamp on reprints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from windowdesk.documents.barcodes import code128, qr_code
from windowdesk.documents.intake_docs import (
    LICENSING_LAW,
    CaseDocumentData,
    _applicant_rows,
    _codes_and_seal,
    _plain_cells,
)
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

LIFE_TITLES = {
    "extension": "延长行政许可期限告知书",
    "special": "特别程序告知书",
    "decision": "行政许可决定书",  # the kind of decision is put in front: 准予 / 不予
    "delivery": "送达回证",
    "handover": "办件流转单",
}
REMEDIES = (
    "如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，"
    "或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"
)


@dataclass(frozen=True)
class LifeDocumentData:
    """A case document of the life after the counter: the intake data plus what the move recorded."""

    base: CaseDocumentData
    kind: str
    # extension
    extension_workdays: int = 0
    extension_reason: str = ""
    # special procedure (pause)
    pause_kind: str = ""
    pause_reason: str = ""
    pause_start: dt.date | None = None
    pause_expected_workdays: int = 0
    # decision
    approved: bool = True
    decided_on: dt.date | None = None
    licence_no: str = ""
    decision_reason: str = ""
    decision_basis: str = ""
    legal_basis: str = ""
    # delivery
    delivery_how: str = ""  # pickup | express
    delivery_to: str = ""  # "张三（申请人）" / "李四（代理人）"
    delivery_id_masked: str = ""
    delivery_on: dt.date | None = None
    carrier: str = ""
    tracking_no: str = ""
    delivered_document: str = ""
    clerk: str = ""

    @property
    def title(self) -> str:
        if self.kind == "decision":
            return ("准予" if self.approved else "不予") + LIFE_TITLES["decision"]
        return LIFE_TITLES[self.kind]


def _head(d: LifeDocumentData) -> list[Flowable]:
    s = styles()
    return [
        para(d.base.office, s.subtitle),
        para(d.title, s.title),
        para(f"编号：{d.base.case_no}", s.subtitle),
    ]


def _end(d: LifeDocumentData) -> list[Flowable]:
    return [_codes_and_seal(d.base)]


def _extension(d: LifeDocumentData) -> list[Flowable]:
    s = styles()
    b = d.base
    text = (
        f"{b.addressee}于{chinese_date(b.received_on)}提出的“{b.matter_name}”申请，本机关已于"
        f"{chinese_date(b.accepted_on or b.received_on)}受理。因{d.extension_reason}，"
        f"{b.statutory_workdays}个工作日内不能作出决定，"
        f"经本机关负责人批准，根据{LICENSING_LAW}第四十二条第一款的规定，审查期限延长{d.extension_workdays}个工作日。"
    )
    rows = [
        ("延长期限", f"{d.extension_workdays}个工作日", True),
        ("延期理由", d.extension_reason, True),
        ("延长后的法定办结期限", chinese_date(b.statutory_due) if b.statutory_due else "—", True),
    ]
    return [
        *_head(d),
        para(f"{b.applicant_name}：", s.body),
        para(text, s.body_indent),
        key_value_table(_applicant_rows(b), pairs_per_row=2),
        key_value_table(rows, label_width=44 * mm),
        para("特此告知。", s.body_indent),
        *_end(d),
    ]


def _special(d: LifeDocumentData) -> list[Flowable]:
    s = styles()
    b = d.base
    text = (
        f"{b.addressee}申请的“{b.matter_name}”，依法需要{d.pause_kind}。根据{LICENSING_LAW}第四十五条的规定，"
        f"{d.pause_kind}所需时间不计算在行政许可期限内。自{chinese_date(d.pause_start or b.received_on)}"
        f"次日起至{d.pause_kind}结束之日止，审查期限中止计算，预计需要{d.pause_expected_workdays}个工作日；"
        "结束后恢复计算，办结期限相应顺延。"
    )
    rows = [
        ("特别程序", d.pause_kind),
        ("开始日期", chinese_date(d.pause_start) if d.pause_start else "—"),
        ("事由", d.pause_reason, True),
        ("预计所需时间", f"{d.pause_expected_workdays}个工作日（不计入办理时限）", True),
    ]
    return [
        *_head(d),
        para(f"{b.applicant_name}：", s.body),
        para(text, s.body_indent),
        key_value_table(_applicant_rows(b), pairs_per_row=2),
        key_value_table(rows, pairs_per_row=2),
        para("特此告知。", s.body_indent),
        *_end(d),
    ]


def _decision(d: LifeDocumentData) -> list[Flowable]:
    s = styles()
    b = d.base
    story = [*_head(d), para(f"{b.applicant_name}：", s.body)]
    if d.approved:
        text = (
            f"{b.addressee}于{chinese_date(b.received_on)}提出的“{b.matter_name}”申请，本机关已依法受理。经审查，"
            f"申请人的申请符合法定条件、标准，根据{LICENSING_LAW}第三十八条第一款"
            f"{'及' + d.legal_basis if d.legal_basis else ''}的规定，本机关决定准予行政许可。"
        )
        rows = [("决定日期", chinese_date(d.decided_on) if d.decided_on else "—")]
        if d.licence_no:
            rows.append(("许可证（批准文件）编号", d.licence_no))
        story += [para(text, s.body_indent), key_value_table(rows, label_width=44 * mm)]
        story.append(
            para(
                "请凭受理通知书和本人有效身份证件到出件窗口领取许可证件，或按约定方式邮寄送达。",
                s.body_indent,
            )
        )
    else:
        text = (
            f"{b.addressee}于{chinese_date(b.received_on)}提出的“{b.matter_name}”申请，本机关已依法受理。经审查，"
            f"根据{LICENSING_LAW}第三十八条第二款的规定，本机关决定不予行政许可。"
        )
        rows = [
            ("决定日期", chinese_date(d.decided_on) if d.decided_on else "—", True),
            ("不予许可的理由", d.decision_reason, True),
            ("法律依据", d.decision_basis, True),
        ]
        story += [
            para(text, s.body_indent),
            key_value_table(rows, label_width=36 * mm),
            para(REMEDIES, s.body_indent),
        ]
    story.append(key_value_table(_applicant_rows(b), pairs_per_row=2))
    return story + _end(d)


def _delivery(d: LifeDocumentData) -> list[Flowable]:
    s = styles()
    b = d.base
    how = "窗口领取" if d.delivery_how == "pickup" else "邮寄送达"
    rows: list[tuple] = [
        ("受送达人", b.applicant_name),
        (b.applicant_id_label, b.applicant_masked_id),
        ("送达文书", d.delivered_document, True),
        ("送达方式", how),
        ("送达日期", chinese_date(d.delivery_on) if d.delivery_on else "—"),
    ]
    if d.delivery_how == "pickup":
        rows += [("签收人", d.delivery_to), ("签收人证件号码", d.delivery_id_masked)]
    else:
        rows += [("快递公司", d.carrier), ("快递单号", d.tracking_no)]
    rows.append(("送达人", d.clerk))
    story = [
        *_head(d),
        key_value_table([("申请事项", f"{b.matter_name}（{b.matter_code}）", True)], label_width=36 * mm),
        key_value_table(rows, pairs_per_row=2, label_width=30 * mm),
        spacer(6),
        para("受送达人（签收人）签名：____________________　　签收日期：______年____月____日", s.body),
        spacer(4),
        para("备注：代理人签收的，应出示授权委托书和本人身份证件；邮寄送达的，以快递签收记录为准。", s.small),
    ]
    return story + _end(d)


LIFE_BUILDERS: dict[str, Callable[[LifeDocumentData], list[Flowable]]] = {
    "extension": _extension,
    "special": _special,
    "decision": _decision,
    "delivery": _delivery,
}


def build_life_document(data: LifeDocumentData) -> bytes:
    return build_a4_pdf(
        LIFE_BUILDERS[data.kind](data),
        title=data.title,
        office=data.base.office,
        subject=data.base.case_no,
        reprint=data.base.reprint,
        reprint_note=data.base.reprint_note,
    )


# -- the hand-over list of a batch ---------------------------------------------------------------------


@dataclass(frozen=True)
class HandoverLine:
    case_no: str
    matter_name: str
    applicant: str  # masked name
    accepted_on: dt.date | None
    statutory_due: dt.date | None
    promised_due: dt.date | None


@dataclass(frozen=True)
class HandoverData:
    batch_no: str
    office: str
    department: str
    handed_on: dt.date
    handed_by: str
    lines: tuple[HandoverLine, ...] = field(default_factory=tuple)
    reprint: bool = False
    reprint_note: str = ""


def _handover_story(d: HandoverData) -> list[Flowable]:
    s = styles()
    rows = [
        [
            str(n),
            line.case_no,
            line.matter_name,
            line.applicant,
            line.accepted_on.isoformat() if line.accepted_on else "—",
            line.statutory_due.isoformat() if line.statutory_due else "—",
            line.promised_due.isoformat() if line.promised_due else "—",
        ]
        for n, line in enumerate(d.lines, start=1)
    ]
    codes = Table(
        [[code128(d.batch_no, module_dots=2, height_mm=12), qr_code(d.batch_no, size_mm=20)]],
        colWidths=[75 * mm, 30 * mm],
        hAlign="LEFT",
    )
    codes.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_plain_cells()]))
    return [
        para(d.office, s.subtitle),
        para(LIFE_TITLES["handover"], s.title),
        para(f"批次：{d.batch_no}", s.subtitle),
        key_value_table(
            [
                ("移交单位", d.office),
                ("承办部门", d.department),
                ("移交日期", chinese_date(d.handed_on)),
                ("件数", f"{len(d.lines)} 件"),
            ],
            pairs_per_row=2,
        ),
        grid_table(
            ["序号", "受理编号", "事项", "申请人", "受理日期", "法定期限", "承诺期限"],
            rows,
            [10 * mm, 36 * mm, None, 18 * mm, 21 * mm, 21 * mm, 21 * mm],
            align=["center", "left", "left", "center", "center", "center", "center"],
        ),
        spacer(6),
        para(
            f"移交人：{d.handed_by}　　　　接收人（签字）：____________　　接收时间：______年____月____日",
            s.body,
        ),
        spacer(3),
        para("承办部门接收时扫描本单条码签收；签收后各案件进入承办环节，开始审查。", s.small),
        spacer(3),
        codes,
        seal_block(d.office, d.handed_on, label="（移交单位章）"),
    ]


def build_handover_list(data: HandoverData) -> bytes:
    return build_a4_pdf(
        _handover_story(data),
        title=LIFE_TITLES["handover"],
        office=data.office,
        subject=data.batch_no,
        reprint=data.reprint,
        reprint_note=data.reprint_note,
    )
