"""Catalogue services: browsing, search, editing with versions, and the write-path scenarios."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.services.catalogue_support import fingerprint, load_small, small_document, write_json
from tests.services.write_scenarios import scenario
from windowdesk.domain.catalogue import DepartmentSpec, MaterialSpec
from windowdesk.errors import NotFound, UserError
from windowdesk.services import catalogue
from windowdesk.store.uow import Actor


@scenario("catalogue.import")
def _import(ctx):
    catalogue.import_catalogue(ctx, write_json(_scratch() / "scenario.json", small_document(2)))


@scenario("catalogue.save_department")
def _save_department(ctx):
    catalogue.save_department(ctx, DepartmentSpec("TEST", "测试局", "0512-1234567"))


@scenario("catalogue.save_matter")
def _save_matter(ctx):
    _import(ctx)
    current = catalogue.matter_version(ctx, small_document(1)["matters"][0]["code"]).matter
    catalogue.save_matter(ctx, replace(current, notes="周六上午也可办理"))


def _scratch():
    return Path(tempfile.mkdtemp(prefix="catalogue-scenario-"))


def test_browse_departments_and_matters(ctx, tmp_path):
    document = load_small(ctx, tmp_path)
    departments = catalogue.list_departments(ctx)
    assert [d.code for d in departments] == sorted(d["code"] for d in document["departments"])
    counts = {d.code: d.matter_count for d in departments}
    assert sum(counts.values()) == 6
    first = document["matters"][0]
    in_dept = catalogue.list_matters(ctx, first["department"])
    assert first["code"] in [m.code for m in in_dept]
    assert all(m.department_code == first["department"] for m in in_dept)


def test_search_finds_food_licence_by_initials(ctx, tmp_path):
    load_small(ctx, tmp_path, matters=60)
    hits = catalogue.search_matters(ctx, "spjy")
    assert hits[0].name == "食品经营许可（新办）"
    assert catalogue.search_matters(ctx, "XK-SCJG-001")[0].code == "XK-SCJG-001"


def test_an_edit_publishes_a_version_and_old_versions_stay_frozen(ctx, tmp_path):
    load_small(ctx, tmp_path, matters=60)
    first = catalogue.matter_version(ctx, "XK-SCJG-001")
    assert first.number == 1 and first.is_current
    edited = replace(
        first.matter,
        promised_limit_days=3,
        materials=(*first.matter.materials[:2], MaterialSpec("食品安全承诺书")),
    )
    second = catalogue.save_matter(ctx, edited)
    assert second.number == 2 and [m.spec.name for m in second.materials][-1] == "食品安全承诺书"
    again = catalogue.matter_version(ctx, first.version_id)
    assert again.materials == first.materials and again.matter == first.matter and not again.is_current
    assert catalogue.matter_version(ctx, str(second.version_id)).version_id == second.version_id
    assert [v.number for v in catalogue.matter_versions(ctx, "XK-SCJG-001")] == [1, 2]
    # saving the same text again publishes nothing
    before = fingerprint(ctx)
    assert catalogue.save_matter(ctx, edited).number == 2
    assert fingerprint(ctx) == before


def test_a_new_matter_is_validated_before_anything_is_written(ctx, tmp_path):
    load_small(ctx, tmp_path)
    base = catalogue.matter_version(ctx, small_document(1)["matters"][0]["code"]).matter
    before = fingerprint(ctx)
    bad = replace(base, code="XK-NEW-001", fee=Decimal("20"), fee_basis="", materials=())
    with pytest.raises(catalogue.InvalidEntry) as caught:
        catalogue.save_matter(ctx, bad)
    assert sorted(p.column for p in caught.value.problems) == ["fee_basis", "materials"]
    with pytest.raises(NotFound, match="NOPE"):
        catalogue.save_matter(ctx, replace(base, code="XK-NEW-001", department="NOPE"))
    assert fingerprint(ctx) == before
    added = catalogue.save_matter(ctx, replace(base, code="XK-NEW-001", name="新的事项"))
    assert added.number == 1 and added.matter.name == "新的事项"


def test_clerks_cannot_edit(ctx, tmp_path):
    load_small(ctx, tmp_path)
    clerk = ctx.as_actor(Actor(login="clerk", role="clerk", site_id=ctx.actor.site_id))
    current = catalogue.matter_version(
        clerk, small_document(1)["matters"][0]["code"]
    ).matter  # reading is fine
    with pytest.raises(UserError, match="无权"):
        catalogue.save_matter(clerk, replace(current, notes="x"))
    with pytest.raises(UserError, match="无权"):
        catalogue.import_catalogue(clerk, tmp_path / "base.json")


def test_unknown_versions_and_codes_are_clear_errors(ctx):
    with pytest.raises(NotFound, match="找不到事项 XK-NONE-1"):
        catalogue.matter_version(ctx, "xk-none-1")
    with pytest.raises(NotFound):
        catalogue.matter_version(ctx, "01933b3c-0000-7000-8000-000000000000")


def test_department_edit(ctx):
    info = catalogue.save_department(ctx, DepartmentSpec("tq", " 体育局 ", "0512-1"))
    assert (info.code, info.name) == ("TQ", "体育局")
    with pytest.raises(catalogue.InvalidEntry):
        catalogue.save_department(ctx, DepartmentSpec("TQ", ""))
    catalogue.save_department(ctx, DepartmentSpec("TQ", "文化体育局"))
    assert [d.name for d in catalogue.list_departments(ctx)] == ["文化体育局"]
