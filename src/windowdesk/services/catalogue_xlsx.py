"""The catalogue as an Excel workbook (openpyxl): sheets 事项, 材料, 部门 and 说明.

One row per matter, one row per material (joined to its matter by 事项编码 and ordered by 序号),
one row per department. Headers are Chinese (the English field name of catalogue_schema.md is
accepted too); choices use their Chinese labels. The same layout, empty, with drop-down lists and
notes, is the template a department fills in (:func:`template_bytes`).

Saved workbooks are byte-for-byte reproducible: zip entry times and document dates are fixed, so
exporting the same catalogue twice gives the same file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from windowdesk.domain.catalogue import VOCABULARIES, label
from windowdesk.domain.catalogue_rows import (
    ParsedCatalogue,
    Row,
    RowError,
    parse_department,
    parse_material,
    parse_matter_fields,
)
from windowdesk.errors import UserError

DEPARTMENT_SHEET, MATTER_SHEET, MATERIAL_SHEET, README_SHEET = "部门", "事项", "材料", "说明"
DEPARTMENT_COLUMNS = {"code": "部门代码", "name": "部门名称", "phone": "咨询电话", "address": "办公地址"}
MATTER_COLUMNS = {
    "code": "事项编码",
    "name": "事项名称",
    "short_name": "简称",
    "department": "实施部门代码",
    "kind": "事项类型",
    "handling": "办件类型",
    "legal_basis": "设定依据",
    "conditions": "受理条件",
    "statutory_limit_days": "法定时限（工作日）",
    "promised_limit_days": "承诺时限（工作日）",
    "fee": "收费金额（元）",
    "fee_basis": "收费依据",
    "delivery_modes": "送达方式",
    "queue_category": "取号类别",
    "window": "办理窗口",
    "notes": "备注",
    "active": "是否启用",
}
MATERIAL_COLUMNS = {
    "matter_code": "事项编码",
    "position": "序号",
    "name": "材料名称",
    "requirement": "提交要求",
    "condition": "提交条件",
    "form": "原件/复印件",
    "count": "份数",
    "format_notes": "格式要求",
    "source": "材料来源",
    "template_ref": "空白表格/样表",
    "reusable": "可复用",
    "validity_days": "有效期（天）",
}
REQUIRED = {
    DEPARTMENT_SHEET: ("code", "name"),
    MATTER_SHEET: ("code", "name", "department"),
    MATERIAL_SHEET: ("matter_code", "name"),
}
SHEET_ALIASES = {"departments": DEPARTMENT_SHEET, "matters": MATTER_SHEET, "materials": MATERIAL_SHEET}
COLUMNS = {
    DEPARTMENT_SHEET: DEPARTMENT_COLUMNS,
    MATTER_SHEET: MATTER_COLUMNS,
    MATERIAL_SHEET: MATERIAL_COLUMNS,
}
#: What unpacks beyond this is not a catalogue but a zip bomb.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_ROWS = 200_000
_FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_FIXED_DOC_TIME = "2000-01-01T00:00:00Z"


def _bad_file(name: str, reason: object) -> UserError:
    return UserError(
        "{name} 不是可读取的 Excel（.xlsx）文件：{reason}",
        "{name} is not a readable Excel (.xlsx) file: {reason}",
        name=name,
        reason=reason,
    )


# -- reading ----------------------------------------------------------------------------------------


def read_workbook(path: Path) -> ParsedCatalogue:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _bad_file(path.name, "不是 zip 格式，或文件不完整 / not a zip archive, or truncated") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise _bad_file(path.name, f"解压后过大 / unpacks to {unpacked // 2**20} MB")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken package; all mean "bad file"
        raise _bad_file(path.name, type(exc).__name__ + (f": {exc}" if str(exc) else "")) from exc
    try:
        return _parse_workbook(workbook, path.name)
    except UserError:
        raise
    except Exception as exc:  # a damaged sheet is only read when iterated
        raise _bad_file(path.name, type(exc).__name__ + (f": {exc}" if str(exc) else "")) from exc
    finally:
        workbook.close()


def _sheets(workbook: Any) -> dict[str, Any]:
    found = {}
    for name in workbook.sheetnames:
        canonical = SHEET_ALIASES.get(name.strip().lower(), name.strip())
        if canonical in COLUMNS:
            found[canonical] = workbook[name]
    return found


def _rows(sheet: Any, sheet_name: str, file_name: str) -> Iterator[Row]:
    """Data rows as :class:`Row` keyed by field; the header row maps Chinese or English names."""
    columns = COLUMNS[sheet_name]
    by_header = {v: k for k, v in columns.items()} | {k: k for k in columns}
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    fields = [by_header.get(str(cell).strip()) if cell is not None else None for cell in header or ()]
    missing = [columns[f] for f in REQUIRED[sheet_name] if f not in fields]
    if missing:
        raise UserError(
            "{name} 的“{sheet}”表缺少列：{columns}（第 1 行应为表头）",
            "{name}: sheet '{sheet}' lacks the columns {columns} (row 1 is the header)",
            name=file_name,
            sheet=sheet_name,
            columns="、".join(missing),
        )
    header_names = {f: str(cell).strip() for f, cell in zip(fields, header or (), strict=False) if f}
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS:
            raise UserError(
                "{name} 的“{sheet}”表超过 {limit} 行",
                "{name}: sheet '{sheet}' has over {limit} rows",
                name=file_name,
                sheet=sheet_name,
                limit=MAX_ROWS,
            )
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        data = {f: v for f, v in zip(fields, values, strict=False) if f}
        yield Row(data, sheet_name, number, lambda f: header_names.get(f, columns.get(f, f)), lenient=True)


def _parse_workbook(workbook: Any, file_name: str) -> ParsedCatalogue:
    sheets = _sheets(workbook)
    for required in (MATTER_SHEET, MATERIAL_SHEET):
        if required not in sheets:
            raise UserError(
                "{name} 中没有“{sheet}”表（请使用导出的文件或模板）",
                "{name} has no sheet '{sheet}' (start from an export or the template)",
                name=file_name,
                sheet=required,
            )
    parsed = ParsedCatalogue()
    if DEPARTMENT_SHEET in sheets:
        for row in _rows(sheets[DEPARTMENT_SHEET], DEPARTMENT_SHEET, file_name):
            spec, errors = parse_department(row)
            if spec is None:
                parsed.reject(errors)
            else:
                parsed.departments.append((spec, row))
    # materials first, grouped by their matter's code
    materials: dict[str, list[tuple[int, int, Any, Row]]] = {}
    tainted: dict[str, int] = {}  # matter code -> first bad material row
    for row in _rows(sheets[MATERIAL_SHEET], MATERIAL_SHEET, file_name):
        code = str(row.values.get("matter_code") or "").strip().upper()
        material, errors = parse_material(row)
        position = row.values.get("position")
        if position is not None and not isinstance(position, int | float):
            try:
                position = int(str(position).strip())
            except ValueError:
                errors.append(row.error("position", "序号应为整数", "the number should be a whole number"))
        if errors or material is None:
            parsed.reject(errors)
            tainted.setdefault(code, row.row)
            continue
        order = int(position) if isinstance(position, int | float) else 10**9
        materials.setdefault(code, []).append((order, row.row, material, row))
    matter_rows = list(_rows(sheets[MATTER_SHEET], MATTER_SHEET, file_name))
    if not matter_rows:
        raise UserError(
            "{name} 的“事项”表是空的", "{name}: the sheet '事项' (matters) is empty", name=file_name
        )
    matter_codes = {str(r.values.get("code") or "").strip().upper() for r in matter_rows}
    for code, entries in materials.items():
        if code not in matter_codes:
            parsed.reject(
                [
                    r.error(
                        "matter_code", f"事项表中没有事项 {code}", f"no matter {code} on the matters sheet"
                    )
                    for _, _, _, r in entries
                ]
            )
    for row in matter_rows:
        code = str(row.values.get("code") or "").strip().upper()
        entries = sorted(materials.get(code, []), key=lambda e: (e[0], e[1]))
        errors: list[RowError] = []
        seen: set[str] = set()
        for _, _, material, material_row in entries:
            if material.name in seen:
                errors.append(
                    material_row.error(
                        "name",
                        f"材料“{material.name}”重复",
                        f"the material '{material.name}' is listed twice",
                    )
                )
            seen.add(material.name)
        if code in tainted:
            errors.append(
                row.error(
                    "",
                    f"其材料有误（见“材料”表第 {tainted[code]} 行）",
                    f"one of its materials is bad (materials sheet, row {tainted[code]})",
                )
            )
        spec, field_errors = parse_matter_fields(row, tuple(e[2] for e in entries))
        errors = field_errors + errors
        if errors or spec is None:
            parsed.reject(errors)
        else:
            parsed.matters.append((spec, row))
    return parsed


# -- writing ----------------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_YES, _NO = "是", "否"


def _matter_cells(matter: dict[str, Any]) -> list[Any]:
    values = dict(matter)
    values["kind"] = label("kind", matter["kind"])
    values["handling"] = label("handling", matter["handling"])
    values["fee"] = float(matter["fee"])
    values["delivery_modes"] = "、".join(label("delivery", m) for m in matter["delivery_modes"])
    values["active"] = _YES if matter["active"] else _NO
    return [values[field] for field in MATTER_COLUMNS]


def _material_cells(code: str, position: int, material: dict[str, Any]) -> list[Any]:
    values = dict(material, matter_code=code, position=position)
    for vocabulary in ("requirement", "form", "source"):
        values[vocabulary] = label(vocabulary, material[vocabulary])
    values["reusable"] = _YES if material["reusable"] else _NO
    return [values[field] for field in MATERIAL_COLUMNS]


def _choices(vocabulary: str) -> str:
    return ",".join(zh for zh, _ in VOCABULARIES[vocabulary].values())


NOTES = {
    (MATTER_SHEET, "code"): "必填。大写字母、数字，可用“-”分段，如 XK-SCJG-001",
    (MATTER_SHEET, "department"): "必填。“部门”表或系统中已有的部门代码",
    (MATTER_SHEET, "handling"): "即办件：承诺时限填 0；承诺件：承诺时限至少 1 个工作日",
    (MATTER_SHEET, "fee"): "不收费填 0；收费须填收费依据",
    (MATTER_SHEET, "delivery_modes"): "可填多项，用顿号分隔："
    + "、".join(zh for zh, _ in VOCABULARIES["delivery"].values()),
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
    _validate(matters, MATTER_COLUMNS, "active", values=f"{_YES},{_NO}")
    for field in ("requirement", "form", "source"):
        _validate(materials, MATERIAL_COLUMNS, field)
    _validate(materials, MATERIAL_COLUMNS, "reusable", values=f"{_YES},{_NO}")
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
