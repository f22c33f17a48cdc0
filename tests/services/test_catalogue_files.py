"""Catalogue import and export: round trips, all-or-nothing, --skip-invalid, and every kind of bad file.

Each bad file is tried on both stores, each already holding a catalogue, and must leave that store
exactly as it was (row counts, journal and the exported catalogue).
"""

from __future__ import annotations

import copy
import io
import os
import random

import openpyxl
import pytest

from tests.conftest import make_site_ctx
from tests.services.catalogue_support import (
    demo_document,
    fingerprint,
    load_small,
    small_document,
    write_json,
)
from tests.support.postgres import temporary_pg_database
from windowdesk.errors import UserError
from windowdesk.resources import resource_path
from windowdesk.services import catalogue
from windowdesk.services.catalogue import CatalogueFileError, xlsx_writer


def test_demo_catalogue_is_canonical_json(ctx, tmp_path):
    report = catalogue.import_catalogue(ctx, resource_path("demo", "catalogue.json"))
    assert report.matters_added >= 40 and report.departments_added >= 8 and report.errors == ()
    catalogue.export_catalogue(ctx, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == resource_path(
        "demo", "catalogue.json"
    ).read_bytes()
    again = catalogue.import_catalogue(ctx, tmp_path / "out.json")
    assert (again.matters_added, again.matters_updated, again.matters_unchanged) == (
        0,
        0,
        report.matters_added,
    )
    assert not again.changed


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_export_import_export_across_stores_gives_the_same_file(sqlite_ctx, tmp_path, suffix):
    catalogue.import_catalogue(sqlite_ctx, resource_path("demo", "catalogue.json"))
    first = tmp_path / f"first{suffix}"
    catalogue.export_catalogue(sqlite_ctx, first)
    with temporary_pg_database() as url:
        empty = make_site_ctx(url)
        try:
            catalogue.import_catalogue(empty, first)
            second = tmp_path / f"second{suffix}"
            catalogue.export_catalogue(empty, second)
        finally:
            empty.store.dispose()
    assert first.read_bytes() == second.read_bytes()


def test_xlsx_export_holds_the_same_catalogue_as_json(sqlite_ctx, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    catalogue.export_catalogue(sqlite_ctx, tmp_path / "c.xlsx")
    parsed = catalogue.read_catalogue_file(tmp_path / "c.xlsx")
    document = demo_document()
    assert parsed.errors == []
    from windowdesk.services.catalogue.rows import matter_to_dict

    assert [matter_to_dict(spec) for spec, _ in parsed.matters] == document["matters"]
    workbook = openpyxl.load_workbook(tmp_path / "c.xlsx")
    assert workbook.sheetnames == ["事项", "材料", "部门", "说明"]
    assert workbook["事项"]["E2"].value in {"行政许可", "行政确认", "行政给付", "公共服务", "其他"}


def test_extension_days_and_silence_consent_survive_the_workbook(sqlite_ctx, tmp_path):
    document = small_document(3)
    document["matters"][0] |= {"extension_days": 5, "silence_consent": True}
    catalogue.import_catalogue(sqlite_ctx, write_json(tmp_path / "set.json", document))
    catalogue.export_catalogue(sqlite_ctx, tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx")["事项"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    first, second = document["matters"][0]["code"], document["matters"][1]["code"]
    assert (rows[first]["可延长（工作日）"], rows[first]["超时默许"]) == (5, "是")
    assert (rows[second]["可延长（工作日）"], rows[second]["超时默许"]) == (10, "否")
    parsed = catalogue.read_catalogue_file(tmp_path / "c.xlsx")
    specs = {spec.code: spec for spec, _ in parsed.matters}
    assert (specs[first].extension_days, specs[first].silence_consent) == (5, True)
    assert (specs[second].extension_days, specs[second].silence_consent) == (10, False)
    # a workbook from before the two columns reads with their defaults
    sheet.delete_cols(header.index("可延长（工作日）") + 1, 2)
    sheet.parent.save(tmp_path / "old.xlsx")
    old = {spec.code: spec for spec, _ in catalogue.read_catalogue_file(tmp_path / "old.xlsx").matters}
    assert (old[first].extension_days, old[first].silence_consent) == (10, False)


def test_template_is_an_importable_empty_workbook_with_choices(tmp_path):
    catalogue.export_template(tmp_path / "t.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "t.xlsx")
    matters = workbook["事项"]
    assert [c.value for c in matters[1]][:4] == ["事项编码", "事项名称", "简称", "实施部门代码"]
    lists = [v.formula1 for v in matters.data_validations.dataValidation]
    assert any("行政许可" in f for f in lists) and any("即办件" in f for f in lists)
    assert matters["A1"].comment is not None
    # filling one matter and its material into the template makes an importable file
    matters.append(["XK-TEST-001", "测试许可", "", "SCJG", "行政许可", "承诺件", "", "", 20, 5, 0])
    workbook["材料"].append(["XK-TEST-001", 1, "申请书", "必需", "", "原件", 1])
    workbook.save(tmp_path / "filled.xlsx")
    parsed = catalogue.read_catalogue_file(tmp_path / "filled.xlsx")
    assert parsed.errors == [] and parsed.matters[0][0].name == "测试许可"


def test_bad_rows_refuse_the_whole_file_and_name_every_problem(ctx, tmp_path):
    load_small(ctx, tmp_path)
    before = fingerprint(ctx)
    document = small_document(8)
    document["matters"][0]["name"] = "改了名字但不会导入"
    document["matters"][6]["statutory_limit_days"] = "二十"
    document["matters"][7]["materials"][0]["requirement"] = "conditional"
    with pytest.raises(CatalogueFileError) as caught:
        catalogue.import_catalogue(ctx, write_json(tmp_path / "bad.json", document))
    assert [(e.sheet, e.row, e.column) for e in caught.value.errors] == [
        ("matters", 7, "statutory_limit_days"),
        ("matters", 8, "materials[1].condition"),
    ]
    assert "2 处错误" in str(caught.value)
    assert fingerprint(ctx) == before


def test_skip_invalid_imports_the_good_rows_and_reports_the_rest(ctx, tmp_path):
    load_small(ctx, tmp_path)
    document = small_document(8)
    document["matters"][0]["name"] = "食品经营许可（新办，已修订）"
    document["matters"][6]["statutory_limit_days"] = "二十"
    report = catalogue.import_catalogue(
        ctx, write_json(tmp_path / "mixed.json", document), skip_invalid=True
    )
    assert (report.matters_added, report.matters_updated, report.matters_unchanged) == (1, 1, 5)
    assert report.skipped_rows == 1 and report.errors[0].row == 7
    assert catalogue.matter_version(ctx, document["matters"][0]["code"]).number == 2
    with pytest.raises(Exception, match="找不到"):
        catalogue.matter_version(ctx, document["matters"][6]["code"])


def _xlsx_bytes(document) -> bytes:
    return xlsx_writer.workbook_bytes(document)


def _xlsx_with(document, change) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(_xlsx_bytes(document)))
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _empty_matter_sheet(workbook):
    sheet = workbook["事项"]
    sheet.delete_rows(2, sheet.max_row)


def _no_header(workbook):
    sheet = workbook["事项"]
    sheet.delete_rows(1, sheet.max_row)


def _bad_material_row(workbook):
    workbook["材料"]["G3"] = "两份"  # count of the second material


def _junk(size: int) -> bytes:
    return random.Random(7).randbytes(size)


def _json_text(document) -> bytes:
    import json

    return json.dumps(document, ensure_ascii=False).encode()


def _duplicate(document):
    document["matters"].append(copy.deepcopy(document["matters"][2]))
    return document


def _wrong_types(document):
    document["matters"][1]["active"] = "yes"
    document["matters"][2]["materials"] = "营业执照"
    document["matters"][3]["fee"] = [80]
    return document


def _unknown_department(document):
    document["matters"][0]["department"] = "NOPE"
    return document


def _with_control_char(document):
    document["matters"][0]["materials"][0]["name"] = "申请书\x00"
    return document


BAD_FILES = {
    # name: (suffix, bytes, expected message fragment or None for a row report)
    "truncated json": (".json", lambda: _json_text(small_document(8))[:1500], "可能不完整"),
    "truncated xlsx": (".xlsx", lambda: _xlsx_bytes(small_document(8))[:3000], "不是 zip"),
    "10 MB of junk as json": (".json", lambda: _junk(10 * 2**20), "UTF-8"),
    "10 MB of junk as xlsx": (".xlsx", lambda: _junk(10 * 2**20), "不是 zip"),
    "text renamed to xlsx": (".xlsx", lambda: "事项编码,事项名称\n".encode(), "不是 zip"),
    "empty file": (".json", lambda: b"", "是空的"),
    "gbk encoded json": (".json", lambda: _json_text(small_document(2)).decode().encode("gbk"), "UTF-8"),
    "json list at top": (".json", lambda: b"[1, 2, 3]", "最外层应为对象"),
    "json without matters": (".json", lambda: b'{"departments": [], "matters": []}', "没有任何部门或事项"),
    "json of another format": (".json", lambda: b'{"format": "other", "matters": []}', "本程序只读"),
    "empty matter sheet": (".xlsx", lambda: _xlsx_with(small_document(4), _empty_matter_sheet), "是空的"),
    "matter sheet without header": (".xlsx", lambda: _xlsx_with(small_document(4), _no_header), "缺少列"),
    "xlsx without materials sheet": (
        ".xlsx",
        lambda: _xlsx_with(small_document(4), lambda wb: wb.remove(wb["材料"])),
        "没有“材料”表",
    ),
    "unsupported suffix": (".csv", lambda: b"code,name\n", "不支持的文件类型"),
    "duplicate codes": (".json", lambda: _json_text(_duplicate(small_document(8))), None),
    "wrong types": (".json", lambda: _json_text(_wrong_types(small_document(8))), None),
    "unknown department": (".json", lambda: _json_text(_unknown_department(small_document(8))), None),
    "control characters": (".json", lambda: _json_text(_with_control_char(small_document(8))), None),
    "bad material cell in xlsx": (".xlsx", lambda: _xlsx_with(small_document(8), _bad_material_row), None),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_a_clear_error_and_changes_nothing(ctx, tmp_path, case):
    suffix, make, fragment = BAD_FILES[case]
    load_small(ctx, tmp_path)
    before = fingerprint(ctx)
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(make())
    with pytest.raises(UserError) as caught:
        catalogue.import_catalogue(ctx, path)
    if fragment is None:
        assert isinstance(caught.value, CatalogueFileError) and caught.value.errors
        for error in caught.value.errors:
            assert error.sheet and error.row >= 1 and error.zh and error.en
    else:
        assert fragment in caught.value.zh, caught.value.zh
        assert caught.value.en and caught.value.en != caught.value.zh
    assert fingerprint(ctx) == before


def test_duplicate_codes_are_reported_on_both_rows(sqlite_ctx, tmp_path):
    path = tmp_path / "dup.json"
    path.write_bytes(_json_text(_duplicate(small_document(8))))
    with pytest.raises(CatalogueFileError) as caught:
        catalogue.import_catalogue(sqlite_ctx, path)
    assert [(e.row, e.column) for e in caught.value.errors] == [(3, "code"), (9, "code")]


def test_bad_xlsx_material_is_reported_on_its_sheet_and_its_matter(sqlite_ctx, tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(_xlsx_with(small_document(8), _bad_material_row))
    with pytest.raises(CatalogueFileError) as caught:
        catalogue.import_catalogue(sqlite_ctx, path)
    where = [(e.sheet, e.row, e.column) for e in caught.value.errors]
    assert ("材料", 3, "份数") in where and ("事项", 2, "") in where
    assert any(e.text() == "材料 第 3 行 份数：应为整数，而不是“两份”" for e in caught.value.errors)


def test_export_to_an_unwritable_place_is_a_clear_error(sqlite_ctx, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="无法写入"):
        catalogue.export_catalogue(sqlite_ctx, blocker / "out.json")
    (out / "dir.json").mkdir()  # a directory where the file should go: the partial file is removed
    with pytest.raises(UserError, match="无法写入"):
        catalogue.export_catalogue(sqlite_ctx, out / "dir.json")
    assert sorted(os.listdir(out)) == ["dir.json", "file"]
