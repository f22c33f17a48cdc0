"""The catalogue as an Excel workbook (openpyxl): sheets 事项, 材料, 部门 and 说明.

One row per matter, one row per material (joined to its matter by 事项编码 and ordered by 序号),
one row per department. Headers are Chinese (the English field name of catalogue_schema.md is
accepted too); choices use their Chinese labels. The same layout, empty, with drop-down lists and
notes, is the template a department fills in (``xlsx_writer.template_bytes``).

This module holds the layout and reads workbooks; :mod:`catalogue_xlsx_writer` writes them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl

from windowdesk.errors import UserError
from windowdesk.messages import N_
from windowdesk.services.catalogue.rows import (
    ParsedCatalogue,
    Row,
    RowError,
    parse_department,
    parse_material,
    parse_matter_fields,
)

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
    "extension_days": "可延长（工作日）",
    "silence_consent": "超时默许",
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
YES, NO = "是", "否"


def _bad_file(name: str, reason: object) -> UserError:
    return UserError(
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
            "{name}: sheet '{sheet}' lacks the columns {columns} (row 1 is the header)",
            name=file_name,
            sheet=sheet_name,
            columns="、".join(missing),
        )
    header_names = {f: str(cell).strip() for f, cell in zip(fields, header or (), strict=False) if f}
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS:
            raise UserError(
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
                errors.append(row.error("position", N_("the number should be a whole number")))
        if errors or material is None:
            parsed.reject(errors)
            tainted.setdefault(code, row.row)
            continue
        order = int(position) if isinstance(position, int | float) else 10**9
        materials.setdefault(code, []).append((order, row.row, material, row))
    matter_rows = list(_rows(sheets[MATTER_SHEET], MATTER_SHEET, file_name))
    if not matter_rows:
        raise UserError("{name}: the sheet '事项' (matters) is empty", name=file_name)
    matter_codes = {str(r.values.get("code") or "").strip().upper() for r in matter_rows}
    for code, entries in materials.items():
        if code not in matter_codes:
            parsed.reject(
                [
                    r.error("matter_code", N_("no matter {code} on the matters sheet"), code=code)
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
                        N_("the material '{name}' is listed twice"),
                        name=material.name,
                    )
                )
            seen.add(material.name)
        if code in tainted:
            errors.append(
                row.error(
                    "",
                    N_("one of its materials is bad (materials sheet, row {row})"),
                    row=tainted[code],
                )
            )
        spec, field_errors = parse_matter_fields(row, tuple(e[2] for e in entries))
        errors = field_errors + errors
        if errors or spec is None:
            parsed.reject(errors)
        else:
            parsed.matters.append((spec, row))
    return parsed
