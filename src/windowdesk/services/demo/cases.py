"""Demo cases (``windowdesk demo --cases N``): mixed outcomes, made through the counter's own services.

Idempotent: it tops the site up to N cases, so a second run with the same N changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select

from windowdesk.domain.applicants import Applicant
from windowdesk.domain.identity import credit_code_check_char, resident_id_check_char
from windowdesk.domain.intake import MaterialCheck, Rejection
from windowdesk.services import cases
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.demo.model import DemoOptions, DemoReport
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case

CLERKS = (("clerk1", "王芳", 1), ("clerk2", "李强", 2), ("clerk3", "张敏", 3))
NAMES = ("赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七", "王八", "冯九", "陈十")
PLAN = ("accepted", "incomplete", "corrected", "rejected", "on_the_spot", "accepted", "incomplete")
#: Matters of the demo catalogue (resources/demo/catalogue.json): a licence, and an on-the-spot matter.
FOOD, ON_THE_SPOT = "XK-SCJG-001", "GF-RS-004"


def _person(n: int) -> Applicant:
    body = f"4403051990{(n % 12) + 1:02d}{(n % 28) + 1:02d}{n % 1000:03d}"
    return Applicant(
        "person", NAMES[n % len(NAMES)], "resident_id", body + resident_id_check_char(body), f"1380013{n:04d}"
    )


def _company(n: int) -> Applicant:
    body = f"91440300MA5F{n % 100000:05d}"
    return Applicant(
        "organisation",
        f"示范{NAMES[n % len(NAMES)][0]}记餐饮有限公司",
        "credit_code",
        body + credit_code_check_char(body),
        f"0755-8{n % 1000:03d}1234",
        legal_representative=NAMES[(n + 3) % len(NAMES)],
    )


def _checks(matter, broken: bool) -> tuple[MaterialCheck, ...]:
    rows = []
    for m in matter.materials:
        if m.requirement == "conditional":
            rows.append(MaterialCheck(m.key, "not_applicable", reason="不适用于本申请"))
        elif broken and m.requirement == "required" and len(rows) == 0:
            rows.append(MaterialCheck(m.key, "nonconforming", reason="未加盖公章"))
        elif broken and m.requirement == "required" and len(rows) == len(matter.materials) - 2:
            rows.append(MaterialCheck(m.key, "missing"))
        else:
            rows.append(MaterialCheck(m.key, "received", "copy" if m.form == "copy" else "original", m.count))
    return tuple(rows)


def make_demo_case(ctx: ServiceContext, n: int, today: dt.date) -> str:
    login, name, window = CLERKS[n % len(CLERKS)]
    clerk = ctx.as_actor(replace(ctx.actor, login=login, display_name=name, window_no=window, role="clerk"))
    plan = PLAN[n % len(PLAN)]
    received_on = today - dt.timedelta(days=(n * 3) % 20)
    calendar = load_calendar(ctx)
    while not calendar.is_workday(received_on):
        received_on -= dt.timedelta(days=1)
    if plan == "on_the_spot":
        matter = cases.matter_snapshot(ctx, ON_THE_SPOT)
        decision = cases.IntakeDecision(
            matter, _person(n), _checks(matter, False), "on_the_spot", result="当场办结，已发放就业创业证"
        )
    else:
        matter = cases.matter_snapshot(ctx, FOOD)
        outcome = "incomplete" if plan in ("incomplete", "corrected") else plan
        rejection = (
            Rejection(
                "申请事项依法不需要取得行政许可", "《中华人民共和国行政许可法》第三十二条第一款第（一）项"
            )
            if plan == "rejected"
            else None
        )
        applicant = _company(n) if n % 2 else _person(n)
        decision = cases.IntakeDecision(
            matter, applicant, _checks(matter, outcome == "incomplete"), outcome, rejection
        )
    case = cases.decide(clerk.on_day(received_on), decision)
    if plan == "corrected" and case.notice is not None:
        arrivals = tuple(MaterialCheck(i.key, "received", "original", 1) for i in case.notice.items)
        corrected_on = min(today, received_on + dt.timedelta(days=2))
        cases.record_correction(clerk.on_day(corrected_on), case.case_no, arrivals)
    cases.issue_documents(clerk, case.case_no)
    return case.case_no


def demo_cases(ctx: ServiceContext, options: DemoOptions, report: DemoReport) -> None:
    wanted = int(options.cases or 0)
    if wanted <= 0:
        return
    site_id = require_site(ctx)
    with ctx.reading() as session:
        existing = session.scalar(select(func.count()).select_from(Case).where(Case.site_id == site_id)) or 0
    today = ctx.clock.today()
    for n in range(existing, wanted):
        report.add(f"case {make_demo_case(ctx, n, today)}")
