"""The cards and exceptions a staff member is responsible for, on SQLite and PostgreSQL: listed for
them only, with the supervisor's urge and their own explanation; explained ones after those still to
explain, closed ones gone."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.services.intake_support import decide
from tests.services.lifecycle_support import accepted_case, clerk, supervisor
from tests.services.queue_support import use_clock
from windowdesk.services import supervision


def test_own_cards_and_exceptions_with_urge_and_explanation(ctx):
    late = accepted_case(ctx, today=dt.date(2026, 11, 2))  # promised 11-16: red by 11-17
    decide(clerk(ctx).on_day(dt.date(2026, 11, 5)), "rejected", checks=())  # a 不予受理 exception
    supervision.run(ctx, dt.date(2026, 11, 17))
    use_clock(ctx, dt.datetime(2026, 11, 18, 2, tzinfo=dt.UTC))
    mine = supervision.own_alerts(clerk(ctx))
    red = next(a for a in mine if a.card and a.kind == "red")
    rejected = next(a for a in mine if not a.card and a.kind == "rejected")
    assert red.subject == late and red.due_date == dt.date(2026, 11, 16) and red.on == dt.date(2026, 11, 17)
    assert rejected.detail and rejected.due_date is None and rejected.subject != late
    assert all(a.state == "open" and a.explainable and not a.explanation for a in mine)
    assert {a.responsible_login for a in mine} == {"clerk1"}
    someone_else = ctx.as_actor(replace(clerk(ctx).actor, login="clerk9"))
    assert supervision.own_alerts(someone_else) == []

    boss = supervisor(ctx)
    supervision.urge(boss, str(red.id), "请说明超期原因", dt.date(2026, 11, 20))
    supervision.explain(clerk(ctx), str(red.id), "申请人补交材料延误")
    supervision.urge(boss, str(rejected.id), "请说明不予受理的依据", dt.date(2026, 11, 20))
    mine = {a.id: a for a in supervision.own_alerts(clerk(ctx))}
    assert (mine[red.id].state, mine[red.id].explanation) == ("explained", "申请人补交材料延误")
    assert not mine[red.id].explainable and mine[red.id].urge_note == "请说明超期原因"
    assert (mine[rejected.id].state, mine[rejected.id].urge_due) == ("urged", dt.date(2026, 11, 20))
    order = [a.explainable for a in supervision.own_alerts(clerk(ctx))]
    assert order == sorted(order, reverse=True)  # those still to explain first
    assert len(supervision.own_alerts(clerk(ctx), limit=1)) == 1

    supervision.close(boss, str(red.id), "justified", "已约谈")
    assert red.id not in {a.id for a in supervision.own_alerts(clerk(ctx))}
