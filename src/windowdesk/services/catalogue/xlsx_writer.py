"""Writing the catalogue workbook and the blank template (layout: :mod:`xlsx_reader`).

Saved workbooks are byte-for-byte reproducible: zip entry times and document dates are fixed, so
exporting the same catalogue twice gives the same file.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from windowdesk.domain.catalogue import VOCABULARIES, label
from windowdesk.messages import chinese
from windowdesk.services.catalogue.xlsx_reader import (
    DEPARTMENT_COLUMNS,
    DEPARTMENT_SHEET,
    MATERIAL_COLUMNS,
    MATERIAL_SHEET,
    MATTER_COLUMNS,
    MATTER_SHEET,
    NO,
    README_SHEET,
    YES,
)

_FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_FIXED_DOC_TIME = "2000-01-01T00:00:00Z"

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _matter_cells(matter: dict[str, Any]) -> list[Any]:
    values = dict(matter)
    values["kind"] = label("kind", matter["kind"])
    values["handling"] = label("handling", matter["handling"])
    values["fee"] = float(matter["fee"])
    values["delivery_modes"] = "、".join(label("delivery", m) for m in matter["delivery_modes"])
    values["active"] = YES if matter["active"] else NO
    # written only when set in the document (see rows.matter_to_dict); the sheet shows every value
    values["extension_days"] = matter.get("extension_days", 10)
    values["silence_consent"] = YES if matter.get("silence_consent") else NO
    return [values[field] for field in MATTER_COLUMNS]


def _material_cells(code: str, position: int, material: dict[str, Any]) -> list[Any]:
    values = dict(material, matter_code=code, position=position)
    for vocabulary in ("requirement", "form", "source"):
        values[vocabulary] = label(vocabulary, material[vocabulary])
    values["reusable"] = YES if material["reusable"] else NO
    return [values[field] for field in MATERIAL_COLUMNS]


def _choices(vocabulary: str) -> str:
    return ",".join(chinese(label) for label in VOCABULARIES[vocabulary].values())


NOTES = {
    (MATTER_SHEET, "code"): "必填。大写字母、数字，可用“-”分段，如 XK-SCJG-001",
    (MATTER_SHEET, "department"): "必填。“部门”表或系统中已有的部门代码",
    (MATTER_SHEET, "handling"): "即办件：承诺时限填 0；承诺件：承诺时限至少 1 个工作日",
    (MATTER_SHEET, "fee"): "不收费填 0；收费须填收费依据",
    (MATTER_SHEET, "delivery_modes"): "可填多项，用顿号分隔："
    + "、".join(chinese(label) for label in VOCABULARIES["delivery"].values()),
    (MATTER_SHEET, "extension_days"): "批准延期时可延长的工作日数，一般为 10",
    (MATTER_SHEET, "silence_consent"): "“是”：超过法定时限未作决定的，视为准予（超时默许）",
    (MATTER_SHEET, "queue_category"): "取号类别字母，如 A 综合受理",
    (MATERIAL_SHEET, "matter_code"): "必填。该材料所属事项的编码，每个事项至少一项材料",
    (MATERIAL_SHEET, "condition"): "提交要求为“按条件”时必填，如：委托他人办理的",
    (MATERIAL_SHEET, "validity_days"): "仅可复用的材料填写；空白表示长期有效",
}

README = [
    "事项清单导入模板 / catalogue import template",
    "",
    "1. “部门”表：每行一个实施部门；事项引用的部门须在此表或系统中已存在。",
    "2. “事项”表：每行一个事项；事项编码不可重复。",
    "3. “材料”表：每行一项申请材料，用“事项编码”对应到事项，“序号”决定顺序。",
    "4. 带下拉框的列请从列表中选择；表头批注说明了各列的要求。",
    "5. 导入时会检查每一行：有任何错误则整个文件不导入，并列出每个错误所在的表、行、列和原因；",
    "   使用 windowdesk catalogue import 文件 --skip-invalid 可只导入正确的行。",
    "6. 已存在的事项（同一编码）内容有变化时，导入会发布该事项的新版本；已受理的办件仍按原版本。",
    "",
    "Sheets 部门 (departments), 事项 (matters), 材料 (materials). Column meanings: catalogue_schema.md.",
]


def _sheet(workbook: Any, title: str, columns: dict[str, str], widths: dict[str, int]) -> Any:
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns.values()))
    for index, field in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        note = NOTES.get((title, field))
        if note:
            cell.comment = Comment(note, "windowdesk")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = widths.get(field, 14)
    sheet.freeze_panes = "A2"
    return sheet


def _validate(
    sheet: Any, columns: dict[str, str], field: str, vocabulary: str | None = None, values: str = ""
) -> None:
    letter = openpyxl.utils.get_column_letter(list(columns).index(field) + 1)
    formula = f'"{values or _choices(vocabulary or field)}"'
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.add(f"{letter}2:{letter}5000")
    sheet.add_data_validation(validation)


def _set(sheet: Any, row: int, values: list[Any]) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula stays text
        if isinstance(value, float):
            cell.number_format = "0.00"
        if isinstance(value, str) and "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _workbook(document: dict[str, Any] | None) -> Any:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    matters = _sheet(
        workbook, MATTER_SHEET, MATTER_COLUMNS, {"name": 28, "legal_basis": 40, "conditions": 40}
    )
    materials = _sheet(
        workbook, MATERIAL_SHEET, MATERIAL_COLUMNS, {"name": 32, "condition": 24, "format_notes": 24}
    )
    departments = _sheet(workbook, DEPARTMENT_SHEET, DEPARTMENT_COLUMNS, {"name": 24, "address": 36})
    for field, vocabulary in (("kind", "kind"), ("handling", "handling")):
        _validate(matters, MATTER_COLUMNS, field, vocabulary)
    for field in ("active", "silence_consent"):
        _validate(matters, MATTER_COLUMNS, field, values=f"{YES},{NO}")
    for field in ("requirement", "form", "source"):
        _validate(materials, MATERIAL_COLUMNS, field)
    _validate(materials, MATERIAL_COLUMNS, "reusable", values=f"{YES},{NO}")
    readme = workbook.create_sheet(README_SHEET)
    for line in README:
        readme.append([line])
    readme.column_dimensions["A"].width = 110
    if document is not None:
        for number, dept in enumerate(document["departments"], start=2):
            _set(departments, number, [dept[f] for f in DEPARTMENT_COLUMNS])
        material_row = 2
        for number, matter in enumerate(document["matters"], start=2):
            _set(matters, number, _matter_cells(matter))
            for position, material in enumerate(matter["materials"], start=1):
                _set(materials, material_row, _material_cells(matter["code"], position, material))
                material_row += 1
    return workbook


def _reproducible(data: bytes) -> bytes:
    """The same workbook bytes whenever the content is the same: fixed entry times and doc dates."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    rb"\g<1>" + _FIXED_DOC_TIME.encode() + rb"\g<3>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def _save(workbook: Any) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _reproducible(buffer.getvalue())


def workbook_bytes(document: dict[str, Any]) -> bytes:
    """The canonical catalogue document (see catalogue_io) as an .xlsx file."""
    return _save(_workbook(document))


def template_bytes() -> bytes:
    """An empty workbook with headers, notes and drop-down lists, for a department to fill in."""
    return _save(_workbook(None))
