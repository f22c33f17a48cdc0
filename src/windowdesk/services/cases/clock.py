"""A stored case's decision clock: its excluded periods, its due dates, recomputing them, and the
queries the supervisor's desk relies on (see ``src/windowdesk/README.md``, cases row).

What is stored on the case row (``statutory_due``/``promised_due``, ORM names ``statutory_due_date``/
``promised_due_date``) is the clock as of the last write. While a pause runs, the stored dates assume
it lasts its expected working days (or until today, if longer); on resume they are exact again.
Screens compute the clock as of today (:func:`live_clock`): a running pause then ends today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from windowdesk.domain import case_clock
from windowdesk.domain import case_stages as stages
from windowdesk.domain.matter_snapshot import snapshot_from_json
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.store.models import Case, CaseEvent, CaseNotice


def _day(value: str | None) -> dt.date | None:
    return None if not value else dt.date.fromisoformat(value)


def lifecycle_periods(case: Case) -> list[case_clock.Period]:
    """The art. 45 pauses recorded on the case, in order."""
    return [case_clock.Period(p["kind"], _day(p["start"]), _day(p.get("end"))) for p in case.pauses or []]


def periods_of(case: Case, notice: CaseNotice | None) -> list[case_clock.Period]:
    """Every period that does not count: the 补正 wait of a deemed-accepted case, then the pauses."""
    periods = []
    if case.deemed_accepted and notice is not None:
        periods.append(case_clock.Period("correction", notice.issued_on, case.completed_on))
    return periods + lifecycle_periods(case)


def _limits(case: Case, statutory_default: int) -> tuple[int, int]:
    matter = snapshot_from_json(case.matter)
    return matter.statutory_limit_workdays or statutory_default, matter.promised_limit_workdays


def live_clock(
    case: Case, notice: CaseNotice | None, calendar: WorkdayCalendar, today: dt.date, statutory_default: int
) -> case_clock.Clock | None:
    """The clock as of ``today`` (a running pause ends today), or None before the clock starts."""
    if case.accepted_on is None:
        return None
    statutory, promised = _limits(case, statutory_default)
    return case_clock.clock(
        calendar,
        case.accepted_on,
        statutory,
        promised,
        case.extension_workdays or 0,
        periods_of(case, notice),
        today,
    )


def _projected(
    periods: list[case_clock.Period], pauses: list[dict], calendar: WorkdayCalendar, today: dt.date
):
    """Periods with a running pause ending at its expected end (or today, if later)."""
    out = []
    expected = {p["start"]: int(p.get("expected_workdays") or 0) for p in pauses if not p.get("end")}
    for period in periods:
        if period.end is None and period.kind != "correction":
            days = expected.get(period.start.isoformat(), 0)
            end = max(today, calendar.add_working_days(period.start, days).day)
            period = case_clock.Period(period.kind, period.start, end)
        out.append(period)
    return out


def store_clock(
    case: Case, notice: CaseNotice | None, calendar: WorkdayCalendar, today: dt.date, statutory_default: int
) -> None:
    """Write the due dates onto the case row (see the module docstring for a running pause)."""
    if case.accepted_on is None:
        case.statutory_due = case.promised_due = None
        case.due_provisional = False
        return
    statutory, promised = _limits(case, statutory_default)
    periods = _projected(periods_of(case, notice), case.pauses or [], calendar, today)
    result = case_clock.clock(
        calendar, case.accepted_on, statutory, promised, case.extension_workdays or 0, periods, today
    )
    case.statutory_due = result.statutory.day
    case.promised_due = None if result.promised is None else result.promised.day
    if case.outcome == "on_the_spot":
        # 即办件: decided at the counter, so the promise was the day itself
        case.promised_due = case.accepted_on
    case.due_provisional = result.provisional


@dataclass(frozen=True)
class ClockView:
    """Both clocks of a case as of today, for the case page and the department desk."""

    start: dt.date
    statutory: case_clock.ClockUse
    promised: case_clock.ClockUse | None
    provisional: bool
    paused_since: dt.date | None
    deemed_approved_on: dt.date | None


def clock_view(
    case: Case, notice: CaseNotice | None, calendar: WorkdayCalendar, today: dt.date, statutory_default: int
) -> ClockView | None:
    live = live_clock(case, notice, calendar, today, statutory_default)
    if live is None or case.accepted_on is None:
        return None
    statutory, promised = _limits(case, statutory_default)
    periods = periods_of(case, notice)
    until = min(today, case.decided_on) if case.decided_on else today
    stat_use = case_clock.use(
        calendar,
        case.accepted_on,
        live.statutory.day,
        statutory + (case.extension_workdays or 0),
        periods,
        until,
    )
    limit = case_clock.promised_limit(statutory, promised)
    prom_use = None
    if live.promised is not None and limit is not None:
        prom_use = case_clock.use(calendar, case.accepted_on, live.promised.day, limit, periods, until)
    running = [p for p in lifecycle_periods(case) if p.end is None]
    deemed = case_clock.deemed_approved_on(
        case.silence_consent, case.decided_on is not None, live.statutory.day, today
    )
    if case.stage not in stages.OPEN_STAGES:
        deemed = None
    return ClockView(
        case.accepted_on, stat_use, prom_use, live.provisional, running[0].start if running else None, deemed
    )


def binding_due(case: Case) -> dt.date | None:
    """The date a case must be decided by: the promised one where the matter has one, else the
    statutory one (as stored on the row)."""
    return case.promised_due or case.statutory_due


def open_cases_query(site_id=None):
    """SELECT of open (undecided, clock running) cases ordered by binding due date: one indexed
    query over ``decided_on IS NULL`` and the due dates."""
    query = select(Case).where(
        Case.decided_on.is_(None),
        Case.stage.in_(stages.OPEN_STAGES),
        Case.statutory_due.is_not(None),
    )
    if site_id is not None:
        query = query.where(Case.site_id == site_id)
    return query


def recompute(
    session: Session,
    cases: list[Case],
    calendar: WorkdayCalendar,
    today: dt.date,
    now: dt.datetime,
    statutory_default: int,
    login: str,
    reason: str,
) -> list[tuple[str, dt.date | None, dt.date | None, dt.date | None, dt.date | None]]:
    """Recompute the stored due dates of ``cases``; each change is recorded on the case as a
    ``due_recomputed`` event. Returns (case_no, old statutory, new statutory, old promised, new promised)."""
    changed = []
    notices = {
        n.case_id: n
        for n in session.scalars(select(CaseNotice).where(CaseNotice.case_id.in_([c.id for c in cases])))
    }
    for case in cases:
        old = (case.statutory_due, case.promised_due)
        store_clock(case, notices.get(case.id), calendar, today, statutory_default)
        new = (case.statutory_due, case.promised_due)
        if new != old:
            case.updated_at = now
            session.add(
                CaseEvent(
                    site_id=case.site_id,
                    case_id=case.id,
                    kind="due_recomputed",
                    user_login=login,
                    detail={
                        "reason": reason,
                        "statutory_from": old[0] and old[0].isoformat(),
                        "statutory_to": new[0] and new[0].isoformat(),
                        "promised_from": old[1] and old[1].isoformat(),
                        "promised_to": new[1] and new[1].isoformat(),
                    },
                )
            )
            changed.append((case.case_no, old[0], new[0], old[1], new[1]))
    return changed


def deemed_approved_filter(today: dt.date):
    """Open cases of a 超时默许 matter past their statutory due date: deemed approved."""
    return and_(
        Case.silence_consent.is_(True),
        Case.decided_on.is_(None),
        Case.stage.in_(stages.OPEN_STAGES),
        or_(Case.statutory_due < today),
    )
