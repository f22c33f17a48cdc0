"""The catalogue adapter: a case freezes the matter version in force, and a later catalogue edit
changes neither the case nor its documents."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.services.intake_support import PERSON, at_window
from tests.support.pdf import pdf_text
from windowdesk.domain.intake import MaterialCheck
from windowdesk.services import cases, catalogue, demo
from windowdesk.services.cases import matter_snapshot, search_matters
from windowdesk.services.demo import DemoReport


def test_a_case_keeps_the_version_it_was_received_under(ctx):
    demo.demo_catalogue(ctx, None, DemoReport())
    assert search_matters(ctx, "XK-SCJG-001")[0] == ("XK-SCJG-001", "食品经营许可（新办）")
    snapshot = matter_snapshot(ctx, "xk-scjg-001")
    version = catalogue.matter_version(ctx, "XK-SCJG-001")
    assert snapshot.version_id == str(version.version_id)
    assert [m.key for m in snapshot.materials] == [str(item.id) for item in version.materials]
    assert snapshot.materials[0].standard == "申请人签字或盖章"
    assert snapshot.department_phone  # the department's phone, printed as the contact
    checks = tuple(
        MaterialCheck(m.key, "not_applicable", reason="不适用")
        if m.requirement == "conditional"
        else MaterialCheck(m.key, "received", "original", 1)
        for m in snapshot.materials
    )
    clerk = at_window(ctx)
    case = cases.decide(
        clerk.on_day(dt.date(2026, 3, 2)), cases.IntakeDecision(snapshot, PERSON, checks, "accepted")
    )

    renamed = dataclasses.replace(
        version.matter,
        name="食品经营许可（新办，新版）",
        materials=tuple(dataclasses.replace(m, name=m.name + "（新）") for m in version.matter.materials),
    )
    catalogue.save_matter(ctx, renamed)
    assert matter_snapshot(ctx, "XK-SCJG-001").version_id != snapshot.version_id
    again = cases.show_case(ctx, case.case_no)
    assert again.matter == snapshot
    receipt = pdf_text(cases.preview_document(clerk, case.case_no, "receipt"))
    assert "食品经营许可申请书" in receipt and "（新）" not in receipt and "新版" not in receipt
