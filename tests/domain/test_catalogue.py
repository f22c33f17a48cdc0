"""Catalogue values and their rules (reading import rows: tests/services/test_catalogue_rows.py)."""

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
