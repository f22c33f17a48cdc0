"""Statistics for a date range, grouped by window, staff, matter, department, category or site.

Tickets are read as one row each, their waiting and serving seconds summed in SQL (never the
periods themselves); cases as a few columns each. Medians and the 90th percentile are computed here.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from windowdesk.domain import case_stages as stages
from windowdesk.domain.ratings import SATISFIED_LEVELS
from windowdesk.domain.supervision import (  # noqa: F401  (the vocabulary, defined in the domain)
    GROUP_LABELS,
    GROUPS,
)
from windowdesk.services.context import ServiceContext
from windowdesk.services.supervision.scope import site_codes
from windowdesk.store.models import (
    Case,
    CaseEvent,
    QueueCategory,
    Rating,
    RatingFollowup,
    RatingFollowupStep,
    SupervisionCard,
    SupervisionException,
    Ticket,
    TicketPeriod,
)


@dataclass
class GroupRow:
    key: str
    taken: int = 0
    served: int = 0
    no_shows: int = 0
    waits: list[float] = field(default_factory=list, repr=False)  # minutes, called tickets
    serves: list[float] = field(default_factory=list, repr=False)  # minutes, served tickets
    cases: int = 0
    decided: int = 0
    on_time: int = 0
    overdue: int = 0
    yellow: int = 0
    red: int = 0
    rated: int = 0  # 好差评 of the period's visits with a level (未评价 not counted)
    satisfied: int = 0
    bad: int = 0
    #: results picked up at a window: rated like a visit (counted by window, staff, site and in total)
    handed_over: int = 0
    followups_on_time: int = 0  # bad ratings' follow-ups closed on or before their due date
    followups_late: int = 0  # closed after it, or still open past it

    @property
    def wait_mean(self) -> float | None:
        return statistics.fmean(self.waits) if self.waits else None

    @property
    def wait_median(self) -> float | None:
        return statistics.median(self.waits) if self.waits else None

    @property
    def wait_p90(self) -> float | None:
        return percentile(self.waits, 90)

    @property
    def serve_mean(self) -> float | None:
        return statistics.fmean(self.serves) if self.serves else None

    @property
    def serve_median(self) -> float | None:
        return statistics.median(self.serves) if self.serves else None

    @property
    def serve_p90(self) -> float | None:
        return percentile(self.serves, 90)

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.decided if self.decided else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.rated if self.rated else None

    @property
    def rating_rate(self) -> float | None:
        """Rated over served (tickets finished and results picked up); None where no visit is
        counted under this key (a matter or department: tickets are not kept by matter)."""
        visits = self.served + self.handed_over
        return self.rated / visits if visits else None

    @property
    def followups_on_time_rate(self) -> float | None:
        judged = self.followups_on_time + self.followups_late
        return self.followups_on_time / judged if judged else None


def percentile(values: list[float], pct: int) -> float | None:
    """The nearest-rank percentile: the smallest value with at least ``pct`` % of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[rank - 1]


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    taken: int
    served: int
    no_shows: int
    wait_mean: float | None


@dataclass
class Stats:
    first: dt.date
    last: dt.date
    group_by: str
    site_code: str  # "" for every site
    total: GroupRow
    groups: list[GroupRow]
    windows: list[GroupRow]  # always by window, for the bar chart
    days: list[DayRow]
    heat: dict[tuple[int, int], int]  # (weekday 0=Mon, hour) -> arrivals
    outcomes: dict[str, int]
    stages: dict[str, int]
    exceptions: dict[str, int]


def _seconds(dialect: str, start, end):
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def _ticket_rows(session, dialect: str, site_id, first: dt.date, last: dt.date):
    """One row per ticket: its keys, state, and summed waiting and serving seconds."""
    seconds = _seconds(dialect, TicketPeriod.started_at, TicketPeriod.ended_at)
    per_ticket = (
        select(
            TicketPeriod.ticket_id.label("ticket_id"),
            func.sum(case((TicketPeriod.state == "issued", seconds), else_=0)).label("wait"),
            func.sum(case((TicketPeriod.state == "serving", seconds), else_=0)).label("serve"),
            func.max(
                case((and_(TicketPeriod.state == "issued", TicketPeriod.ended_by == "call"), 1), else_=0)
            ).label("called"),
            func.max(case((TicketPeriod.ended_by == "no_show", 1), else_=0)).label("no_show"),
        )
        .join(Ticket, Ticket.id == TicketPeriod.ticket_id)
        .where(Ticket.service_day.between(first, last))
        .group_by(TicketPeriod.ticket_id)
    )
    if site_id is not None:
        per_ticket = per_ticket.where(Ticket.site_id == site_id)
    per_ticket = per_ticket.subquery()
    query = (
        select(
            Ticket.site_id,
            Ticket.service_day,
            Ticket.arrival_at,
            Ticket.state,
            Ticket.window_no,
            Ticket.called_by,
            Ticket.category_id,
            per_ticket.c.wait,
            per_ticket.c.serve,
            per_ticket.c.called,
            per_ticket.c.no_show,
        )
        .outerjoin(per_ticket, per_ticket.c.ticket_id == Ticket.id)
        .where(Ticket.service_day.between(first, last))
    )
    if site_id is not None:
        query = query.where(Ticket.site_id == site_id)
    return session.execute(query)


def _case_rows(session, site_id, first: dt.date, last: dt.date):
    query = select(
        Case.id,
        Case.site_id,
        Case.window_no,
        Case.clerk_login,
        Case.matter_code,
        Case.department_code,
        Case.outcome,
        Case.stage,
        Case.received_on,
        Case.decided_on,
        Case.statutory_due,
        Case.promised_due,
    ).where(
        (Case.received_on.between(first, last))
        | (Case.decided_on.between(first, last))
        | (
            (Case.decided_on.is_(None) | (Case.decided_on > last))  # still open at the period's end
            & Case.statutory_due.is_not(None)
            & (Case.received_on < first)
        )
    )
    if site_id is not None:
        query = query.where(Case.site_id == site_id)
    return session.execute(query)


def _rating_rows(session, site_id, first: dt.date, last: dt.date):
    """The period's ratings with a level (by the day of the visit rated), with what groups them and,
    for a bad one, its follow-up's due date and the day it was closed."""
    closed = (
        select(RatingFollowupStep.followup_id, func.min(RatingFollowupStep.on_day).label("closed_on"))
        .where(RatingFollowupStep.step == "close")
        .group_by(RatingFollowupStep.followup_id)
        .subquery()
    )
    query = (
        select(
            RatingFollowup.due_on,
            closed.c.closed_on,
            Rating.level,
            Rating.window_no,
            Rating.staff_login,
            Rating.matter_code,
            Rating.site_id,
            Case.department_code,
            Ticket.category_id,
        )
        .outerjoin(Case, Case.id == Rating.case_id)
        .outerjoin(Ticket, Ticket.id == Rating.ticket_id)
        .outerjoin(RatingFollowup, RatingFollowup.rating_id == Rating.id)
        .outerjoin(closed, closed.c.followup_id == RatingFollowup.id)
        .where(Rating.service_day.between(first, last), Rating.level.is_not(None))
    )
    if site_id is not None:
        query = query.where(Rating.site_id == site_id)
    return session.execute(query)


def _pickup_rows(session, site_id, first: dt.date, last: dt.date):
    """Results picked up at a window in the period (by the day handed over): visits rated like tickets."""
    query = (
        select(CaseEvent.window_no, CaseEvent.user_login, Case.site_id)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            CaseEvent.kind == "deliver",
            CaseEvent.detail["how"].as_string() == "pickup",
            Case.delivery["on"].as_string().between(first.isoformat(), last.isoformat()),
        )
    )
    if site_id is not None:
        query = query.where(Case.site_id == site_id)
    return session.execute(query)


def compute_stats(
    ctx: ServiceContext,
    first: dt.date,
    last: dt.date,
    *,
    site_id: uuid.UUID | None,
    group_by: str = "window",
) -> Stats:
    """Statistics of ``first``..``last`` (both included) for one site or, with ``site_id`` None,
    every site in the store."""
    if group_by not in GROUPS:
        group_by = "window"
    zone = ctx.clock.zone()
    today = ctx.clock.today()
    codes = site_codes(ctx)
    dialect = ctx.store.dialect
    groups: dict[str, GroupRow] = {}
    windows: dict[str, GroupRow] = {}
    total = GroupRow("all")
    days: dict[dt.date, list] = defaultdict(lambda: [0, 0, 0, []])
    heat: Counter = Counter()
    with ctx.reading() as session:
        categories = {k: v for k, v in session.execute(select(QueueCategory.id, QueueCategory.name))}

        def window_of(row_site_id, window_no) -> str | None:
            """A window by its number; with every site, by its site's code and number (window 1 of
            two sites is two windows)."""
            if window_no is None:
                return None
            return str(window_no) if site_id is not None else f"{codes.get(row_site_id, '')} {window_no}"

        def ticket_key(row) -> str | None:
            if group_by == "window":
                return window_of(row.site_id, row.window_no)
            if group_by == "staff":
                return row.called_by
            if group_by == "category":
                return categories.get(row.category_id, "")
            if group_by == "site":
                return codes.get(row.site_id, "")
            return None  # matter, department: cases only

        for row in _ticket_rows(session, dialect, site_id, first, last):
            targets = [total]
            key = ticket_key(row)
            if key is not None:
                targets.append(groups.setdefault(key, GroupRow(key)))
            window = window_of(row.site_id, row.window_no)
            if window is not None:
                targets.append(windows.setdefault(window, GroupRow(window)))
            day = days[row.service_day]
            day[0] += 1
            local = row.arrival_at.astimezone(zone)
            heat[(local.weekday(), local.hour)] += 1
            served = row.state == "done"
            no_show = bool(row.no_show) and not served
            # seconds to the millisecond: SQLite's julianday() arithmetic is off by microseconds
            wait = round(row.wait or 0, 3) / 60 if row.called else None
            serve = round(row.serve or 0, 3) / 60 if served else None
            day[1] += served
            day[2] += no_show
            if wait is not None:
                day[3].append(wait)
            for g in targets:
                g.taken += 1
                g.served += served
                g.no_shows += no_show
                if wait is not None:
                    g.waits.append(wait)
                if serve is not None:
                    g.serves.append(serve)

        def case_key(row) -> str | None:
            return {
                "window": window_of(row.site_id, row.window_no),
                "staff": row.clerk_login,
                "matter": row.matter_code,
                "department": row.department_code or None,
                "site": codes.get(row.site_id, ""),
            }.get(group_by)

        outcomes: Counter = Counter()
        stage_counts: Counter = Counter()
        # 超期未决 as of the period's last day, or today while the period runs: a case decided since
        # then was still open that day, so a past period's figure does not change afterwards
        as_of = min(last, ctx.clock.today())
        for row in _case_rows(session, site_id, first, last):
            key = case_key(row)
            targets = [total] + ([groups.setdefault(key, GroupRow(key))] if key is not None else [])
            received = first <= row.received_on <= last
            if received:
                outcomes[row.outcome] += 1
                stage_counts[row.stage] += 1
            due = row.promised_due or row.statutory_due
            decided = row.decided_on is not None and first <= row.decided_on <= last
            open_then = row.decided_on > as_of if row.decided_on else row.stage in stages.OPEN_STAGES
            open_past = open_then and row.received_on <= as_of and due is not None and due < as_of
            for g in targets:
                g.cases += received
                if decided and due is not None and row.outcome == "accepted":
                    g.decided += 1
                    g.on_time += row.decided_on <= due
                g.overdue += open_past
        card_query = select(SupervisionCard.level, SupervisionCard).where(
            SupervisionCard.issued_on.between(first, last)
        )
        exc_query = (
            select(SupervisionException.kind, func.count())
            .where(SupervisionException.found_on.between(first, last))
            .group_by(SupervisionException.kind)
        )
        if site_id is not None:
            card_query = card_query.where(SupervisionCard.site_id == site_id)
            exc_query = exc_query.where(SupervisionException.site_id == site_id)
        for level, card in session.execute(card_query):
            key = {
                "window": window_of(card.site_id, card.window_no),
                "staff": card.responsible_login,
                "matter": card.matter_code,
                "department": card.department_code or None,
                "site": codes.get(card.site_id, ""),
            }.get(group_by)
            for g in [total] + ([groups.setdefault(key, GroupRow(key))] if key is not None else []):
                setattr(g, level, getattr(g, level) + 1)
        exceptions = {k: v for k, v in session.execute(exc_query)}
        for row in _rating_rows(session, site_id, first, last):
            key = {
                "window": window_of(row.site_id, row.window_no),
                "staff": row.staff_login or None,
                "matter": row.matter_code or None,
                "department": row.department_code or None,
                "category": categories.get(row.category_id) if row.category_id else None,
                "site": codes.get(row.site_id, ""),
            }.get(group_by)
            for g in [total] + ([groups.setdefault(key, GroupRow(key))] if key is not None else []):
                g.rated += 1
                g.satisfied += row.level in SATISFIED_LEVELS
                g.bad += row.level not in SATISFIED_LEVELS
                if row.due_on is not None:
                    if row.closed_on is not None:
                        on_time = row.closed_on <= row.due_on
                    else:
                        on_time = None if today <= row.due_on else False  # open: late once past due
                    g.followups_on_time += on_time is True
                    g.followups_late += on_time is False
        for row in _pickup_rows(session, site_id, first, last):
            key = {
                "window": window_of(row.site_id, row.window_no),
                "staff": row.user_login or None,
                "site": codes.get(row.site_id, ""),
            }.get(group_by)
            for g in [total] + ([groups.setdefault(key, GroupRow(key))] if key is not None else []):
                g.handed_over += 1
    day_rows = [
        DayRow(d, v[0], v[1], v[2], statistics.fmean(v[3]) if v[3] else None) for d, v in sorted(days.items())
    ]
    return Stats(
        first=first,
        last=last,
        group_by=group_by,
        site_code=codes.get(site_id, "") if site_id else "",
        total=total,
        groups=sorted(groups.values(), key=lambda g: _sort_key(g.key)),
        windows=sorted(windows.values(), key=lambda g: _sort_key(g.key)),
        days=day_rows,
        heat=dict(heat),
        outcomes=dict(outcomes),
        stages=dict(stage_counts),
        exceptions=exceptions,
    )


def _sort_key(key: str):
    site, _, number = key.rpartition(" ")  # "SZ01 2" before "SZ01 10" (windows of every site)
    if number.isdigit():
        return (0, site, int(number), "")
    return (1, "", 0, key)
