"""Reading catalogue import rows (JSON strict, spreadsheet cells lenient), the canonical form, and
reading a stored version back without the import rules."""

from __future__ import annotations

from dataclasses import replace

from tests.domain.test_catalogue import LICENCE
from windowdesk.domain.catalogue import MaterialSpec, matter_problems
from windowdesk.services.catalogue.rows import (
    ParsedCatalogue,
    Row,
    matter_from_dict,
    matter_from_snapshot,
    matter_to_dict,
    parse_department,
    parse_json_matter,
    parse_material,
)


def test_canonical_form_round_trips():
    data = matter_to_dict(LICENCE)
    assert data["fee"] == "0.00" and data["materials"][2]["requirement"] == "conditional"
    assert matter_from_dict(data) == LICENCE


def test_json_row_errors_name_sheet_row_and_field():
    data = matter_to_dict(LICENCE)
    data["statutory_limit_days"] = "twenty"
    data["materials"][1]["count"] = 1.5
    data["materials"][2]["condition"] = ""
    spec, errors = parse_json_matter(Row(data, "matters", 7))
    assert spec is None
    assert [(e.sheet, e.row, e.column) for e in errors] == [
        ("matters", 7, "statutory_limit_days"),
        ("matters", 7, "materials[2].count"),
        ("matters", 7, "materials[3].condition"),
    ]
    assert "第 7 行" in errors[0].text() and "row 7" in errors[0].text("en")


def test_json_is_strict_about_types_but_spreadsheet_cells_are_lenient():
    strict, errors = parse_department(Row({"code": "GA", "name": "公安局", "phone": 110}, "departments", 1))
    assert strict is None and errors[0].column == "phone"
    lenient, errors = parse_department(
        Row({"code": "GA", "name": "公安局", "phone": 110}, "部门", 2, lenient=True)
    )
    assert errors == [] and lenient.phone == "110"
    material, errors = parse_material(
        Row(
            {"name": "体检证明", "reusable": "是", "validity_days": "365", "form": "复印件"},
            "材料",
            3,
            lenient=True,
        )
    )
    assert errors == [] and material == MaterialSpec(
        "体检证明", form="copy", reusable=True, validity_days=365
    )


def test_duplicate_codes_are_an_error_on_every_row_and_neither_is_kept():
    parsed = ParsedCatalogue()
    for number in (2, 5, 9):
        code = "XK-SCJG-001" if number != 5 else "XK-SCJG-002"
        parsed.matters.append((replace(LICENCE, code=code), Row({}, "事项", number)))
    parsed.drop_duplicates()
    assert [spec.code for spec, _ in parsed.matters] == ["XK-SCJG-002"]
    assert [(e.row, e.column) for e in parsed.errors] == [(2, "code"), (9, "code")]
    assert "2、9" in parsed.errors[0].zh


def test_a_matter_of_an_unknown_department_is_rejected():
    parsed = ParsedCatalogue()
    parsed.matters.append((LICENCE, Row({}, "matters", 1)))
    parsed.check_departments({"GA"})
    assert parsed.matters == [] and parsed.errors[0].column == "department"
    parsed = ParsedCatalogue(matters=[(LICENCE, Row({}, "matters", 1))])
    parsed.check_departments({"SCJG"})
    assert len(parsed.matters) == 1 and parsed.errors == []


def test_a_stored_version_reads_back_as_published():
    snapshot = matter_to_dict(LICENCE, with_materials=False)
    assert matter_from_snapshot(snapshot, LICENCE.materials) == LICENCE


def test_a_stored_version_is_not_checked_against_todays_import_rules():
    # Published before the short name was limited to 30 characters: today's rules refuse it, but
    # the stored version still reads exactly as it was.
    old = replace(LICENCE, short_name="短" * 31)
    assert matter_problems(old) != []
    snapshot = matter_to_dict(old, with_materials=False)
    spec, errors = parse_json_matter(Row(matter_to_dict(old), "snapshot", 0))
    assert spec is None and errors
    assert matter_from_snapshot(snapshot, old.materials) == old
