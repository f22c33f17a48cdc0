"""Catalogue values, their rules, and reading import rows."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from windowdesk.domain.catalogue import (
    DepartmentSpec,
    MaterialSpec,
    MatterSpec,
    code_from_label,
    department_problems,
    matter_problems,
)
from windowdesk.domain.catalogue_rows import (
    ParsedCatalogue,
    Row,
    matter_from_dict,
    matter_to_dict,
    parse_department,
    parse_json_matter,
    parse_material,
)

LICENCE = MatterSpec(
    code="XK-SCJG-001",
    name="食品经营许可（新办）",
    department="SCJG",
    kind="licensing",
    handling="promised",
    legal_basis="《中华人民共和国食品安全法》第三十五条",
    statutory_limit_days=20,
    promised_limit_days=10,
    materials=(
        MaterialSpec("食品经营许可申请书"),
        MaterialSpec("营业执照", form="copy"),
        MaterialSpec("授权委托书", requirement="conditional", condition="委托他人办理的"),
    ),
)


def columns(problems):
    return sorted(p.column for p in problems)


def test_a_good_matter_has_no_problems():
    assert matter_problems(LICENCE) == []


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"code": "xk 001"}, "code"),
        ({"code": "X1"}, "code"),
        ({"name": "证"}, "name"),
        ({"kind": "permit"}, "kind"),
        ({"handling": "immediate"}, "promised_limit_days"),  # on the spot, but a 10-day promise
        ({"promised_limit_days": 25}, "promised_limit_days"),  # longer than the statutory 20
        ({"statutory_limit_days": 400}, "statutory_limit_days"),
        ({"fee": Decimal("12.345")}, "fee"),
        ({"fee": Decimal("-1")}, "fee"),
        ({"fee": Decimal("50")}, "fee_basis"),  # a fee needs its basis
        ({"delivery_modes": ()}, "delivery_modes"),
        ({"delivery_modes": ("window", "pigeon")}, "delivery_modes"),
        ({"queue_category": "AB"}, "queue_category"),
        ({"materials": ()}, "materials"),
        ({"short_name": "短" * 31}, "short_name"),
    ],
)
def test_each_broken_rule_is_named_by_its_field(change, column):
    assert columns(matter_problems(replace(LICENCE, **change))) == [column]


@pytest.mark.parametrize(
    ("material", "column"),
    [
        (MaterialSpec(""), "materials[1].name"),
        (MaterialSpec("委托书", requirement="conditional"), "materials[1].condition"),
        (MaterialSpec("身份证", condition="委托时"), "materials[1].condition"),
        (MaterialSpec("身份证", count=0), "materials[1].count"),
        (MaterialSpec("身份证", form="scan"), "materials[1].form"),
        (MaterialSpec("体检证明", validity_days=365), "materials[1].validity_days"),  # not reusable
        (MaterialSpec("体检证明", reusable=True, validity_days=0), "materials[1].validity_days"),
    ],
)
def test_material_rules(material, column):
    assert columns(matter_problems(replace(LICENCE, materials=(material,)))) == [column]


def test_a_material_listed_twice_is_refused():
    twice = replace(LICENCE, materials=(MaterialSpec("营业执照"), MaterialSpec("营业执照", form="copy")))
    assert columns(matter_problems(twice)) == ["materials[2].name"]


def test_an_on_the_spot_matter_promises_zero_days():
    assert matter_problems(replace(LICENCE, handling="immediate", promised_limit_days=0)) == []


def test_department_rules():
    assert department_problems(DepartmentSpec("SCJG", "市场监督管理局", "0755-12345678")) == []
    assert columns(department_problems(DepartmentSpec("s", "", "call me"))) == ["code", "name", "phone"]


def test_labels_and_codes_are_both_accepted():
    assert code_from_label("kind", "行政许可") == "licensing"
    assert code_from_label("kind", "licensing") == "licensing"
    assert code_from_label("form", "Original and Copy") == "original_and_copy"
    assert code_from_label("kind", "许可") is None


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
