"""The accepted cases waiting to be handed over (the supervisor's 移交承办 list), on SQLite and
PostgreSQL: only this site's accepted cases, of one department or all, the longest waiting first, a
page at a time with the count of all, the applicant's ID number masked; a case handed over leaves."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.services.intake_support import RESIDENT, decide
from tests.services.lifecycle_support import DEPT, LICENSED, accepted_case, clerk, walk
from windowdesk.services import cases

BUILDING = replace(LICENSED, code="ZJJ-JZGC-003", name="建筑工程施工许可证核发", department_code="ZJJ")


def numbers(page: cases.AwaitingHandover) -> list[str]:
    return [c.case_no for c in page.cases]


def test_the_accepted_cases_wait_oldest_first_a_page_at_a_time(ctx, monkeypatch):
    later = accepted_case(ctx, today=dt.date(2026, 3, 4))
    older = accepted_case(ctx, today=dt.date(2026, 3, 2))
    other_department = accepted_case(ctx, today=dt.date(2026, 3, 3), matter=BUILDING)
    gone = accepted_case(ctx, today=dt.date(2026, 3, 2))
    walk(ctx, gone, "handed_over")  # already on a list
    decide(clerk(ctx).on_day(dt.date(2026, 3, 2)), "incomplete", matter=LICENSED)  # waits for 补正

    scjg = cases.awaiting_handover(ctx, " scjg ")
    assert numbers(scjg) == [older, later] and scjg.total == 2
    first = scjg.cases[0]
    assert (first.stage, first.department_code, first.accepted_on) == ("accepted", DEPT, dt.date(2026, 3, 2))
    assert first.matter_name == LICENSED.name and first.applicant_name == "张三"
    assert first.applicant_masked_id != RESIDENT and first.applicant_masked_id.endswith(RESIDENT[-4:])
    assert first.promised_due == dt.date(2026, 3, 16)  # 10 working days after 3-2

    everyone = cases.awaiting_handover(ctx)
    assert numbers(everyone) == [older, other_department, later] and everyone.total == 3
    page = cases.awaiting_handover(ctx, limit=1, offset=1)
    assert numbers(page) == [other_department] and (page.total, page.offset) == (3, 1)
    monkeypatch.setattr("windowdesk.services.cases.handover.AWAITING_LIMIT", 2)
    assert numbers(cases.awaiting_handover(ctx, limit=10_000)) == [older, other_department]

    cases.handover_cases(clerk(ctx), DEPT, [older])
    left = cases.awaiting_handover(ctx, DEPT)
    assert numbers(left) == [later] and left.total == 1
    assert cases.awaiting_handover(ctx, "NOPE") == cases.AwaitingHandover((), 0, 0, ctx.clock.today())
