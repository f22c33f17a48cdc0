"""Shared helpers for intake tests: a clerk at window 3, a sample matter, applicants, checklists."""

from __future__ import annotations

from dataclasses import replace

from windowdesk.domain.applicants import Applicant
from windowdesk.domain.intake import MaterialCheck, Rejection
from windowdesk.services import cases
from windowdesk.services.intake_matters import SAMPLE_MATTERS

MATTER = SAMPLE_MATTERS[0]  # 食品经营许可（新办）: m1..m6, m4 and m6 conditional
IMMEDIATE = SAMPLE_MATTERS[1]
RESIDENT = "11010519491231002X"
PERSON = Applicant("person", "张三", "resident_id", RESIDENT, "13800138000")


def at_window(ctx, window_no: int = 3, login: str = "clerk1", name: str = "王芳"):
    return ctx.as_actor(replace(ctx.actor, window_no=window_no, login=login, display_name=name))


def received(key: str, form: str = "original", count: int = 1) -> MaterialCheck:
    return MaterialCheck(key, "received", form, count)


def complete_checks(matter=MATTER) -> tuple[MaterialCheck, ...]:
    rows = []
    for m in matter.materials:
        if m.requirement == "conditional":
            rows.append(
                MaterialCheck(m.key, "not_applicable", reason="自有场所" if m.key == "m4" else "本人办理")
            )
        else:
            rows.append(received(m.key, "copy" if m.form == "copy" else "original", m.count))
    return tuple(rows)


def incomplete_checks() -> tuple[MaterialCheck, ...]:
    rows = {c.key: c for c in complete_checks()}
    rows["m1"] = MaterialCheck("m1", "nonconforming", reason="未加盖公章")
    rows["m5"] = MaterialCheck("m5", "missing")
    return tuple(rows.values())


def decide(ctx, outcome: str = "accepted", checks=None, today=None, **kw):
    if checks is None:
        checks = incomplete_checks() if outcome == "incomplete" else complete_checks()
    if outcome == "rejected":
        kw.setdefault(
            "rejection",
            Rejection(
                "不属于本机关职权范围", "《行政许可法》第三十二条第一款第（二）项", "示范市卫生健康委员会"
            ),
        )
    matter = kw.pop("matter", MATTER)
    decision = cases.IntakeDecision(matter, kw.pop("applicant", PERSON), checks, outcome, **kw)
    return cases.decide(ctx, decision, today=today)
