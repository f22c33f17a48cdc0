"""The figures of 好差评 for a period: satisfaction rate, bad ratings, rating rate (rated over
served) and follow-ups on time, per staff member, window, matter, department or site.

Served visits are the tickets finished in the period (by service day) and the results picked up at
a window (by the day handed over); ratings count by the day of the visit they rate, so the two always
cover the same visits.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select

from windowdesk.domain import ratings as rules
from windowdesk.errors import UserError, current_language
from windowdesk.services.context import ServiceContext
from windowdesk.services.ratings import _links
from windowdesk.services.ratings._followups import _info, _steps_of
from windowdesk.services.ratings._types import RatingFigures
from windowdesk.store.models import Case, CaseEvent, Matter, Rating, RatingFollowup, Site, Ticket, User

GROUPINGS = ("staff", "window", "matter", "department", "site")


def _ticket_key(by: str):
    return {
        "staff": Ticket.called_by,
        "window": Ticket.window_no,
        "matter": Case.matter_code,
        "department": Case.matter["department"].as_string(),
        "site": Ticket.site_id,
    }[by]


def _delivery_key(by: str):
    return {
        "staff": CaseEvent.user_login,
        "window": CaseEvent.window_no,
        "matter": Case.matter_code,
        "department": Case.matter["department"].as_string(),
        "site": Case.site_id,
    }[by]


def _rating_key(row: Rating, by: str) -> object:
    return {
        "staff": row.staff_login,
        "window": row.window_no,
        "matter": row.matter_code,
        "department": row.department,
        "site": row.site_id,
    }[by]


def _key(value: object) -> str:
    return "" if value is None else str(value)


def rating_figures(
    ctx: ServiceContext, date_from: dt.date, date_to: dt.date, by: str = "staff", as_of: dt.date | None = None
) -> list[RatingFigures]:
    """One :class:`RatingFigures` per group with any visit or rating in ``[date_from, date_to]``,
    sorted by key. Follow-ups are judged as of ``as_of`` (default today)."""
    if by not in GROUPINGS:
        raise UserError(
            "Group by one of {choices}, not {by}",
            choices=", ".join(GROUPINGS),
            by=by,
        )
    if date_to < date_from:
        raise UserError("The end date is before the start date")
    as_of = as_of or _links.hall_today(ctx)
    site_id = ctx.actor.site_id or ctx.home_site_id()
    served: dict[str, int] = defaultdict(int)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ctx.reading() as session:
        key = _ticket_key(by)
        query = (
            select(key, func.count())
            .select_from(Ticket)
            .outerjoin(Case, Case.id == Ticket.case_id)
            .where(Ticket.state == "done", Ticket.service_day.between(date_from, date_to))
            .group_by(key)
        )
        if site_id is not None:
            query = query.where(Ticket.site_id == site_id)
        for value, count in session.execute(query):
            served[_key(value)] += int(count)
        key = _delivery_key(by)
        handed = (
            select(key, func.count())
            .select_from(CaseEvent)
            .join(Case, Case.id == CaseEvent.case_id)
            .where(
                CaseEvent.kind == "deliver",
                CaseEvent.detail["how"].as_string() == "pickup",
                Case.delivery["on"].as_string().between(date_from.isoformat(), date_to.isoformat()),
            )
            .group_by(key)
        )
        if site_id is not None:
            handed = handed.where(Case.site_id == site_id)
        for value, count in session.execute(handed):
            served[_key(value)] += int(count)

        ratings_query = (
            select(Rating, RatingFollowup)
            .outerjoin(RatingFollowup, RatingFollowup.rating_id == Rating.id)
            .where(Rating.service_day.between(date_from, date_to))
        )
        if site_id is not None:
            ratings_query = ratings_query.where(Rating.site_id == site_id)
        rows = session.execute(ratings_query).all()
        steps = _steps_of(session, [f.id for _, f in rows if f is not None])
        for rating, followup in rows:
            group = counts[_key(_rating_key(rating, by))]
            if rating.level is None:
                group["unrated"] += 1
                continue
            group["rated"] += 1
            group[f"level{rating.level}"] += 1
            group["satisfied" if rating.level in rules.SATISFIED_LEVELS else "bad"] += 1
            if followup is not None:
                info = _info(followup, rating, steps.get(followup.id, []), as_of)
                group["followups"] += 1
                group[{True: "on_time", False: "late", None: "open"}[info.on_time]] += 1
        labels = _labels(session, by, set(served) | set(counts))
    result = []
    for key_value in sorted(set(served) | set(counts), key=_sort_key):
        c = counts.get(key_value, {})
        result.append(
            RatingFigures(
                key=key_value,
                label=labels.get(key_value, key_value),
                served=served.get(key_value, 0),
                rated=c.get("rated", 0),
                unrated=c.get("unrated", 0),
                satisfied=c.get("satisfied", 0),
                bad=c.get("bad", 0),
                by_level=tuple(c.get(f"level{level}", 0) for level in (5, 4, 3, 2, 1)),  # type: ignore[arg-type]
                followups=c.get("followups", 0),
                followups_on_time=c.get("on_time", 0),
                followups_late=c.get("late", 0),
                followups_open=c.get("open", 0),
            )
        )
    return result


def _sort_key(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (10**9, key)


def _labels(session, by: str, keys: set[str]) -> dict[str, str]:
    english = current_language() == "en"
    none = "(none)" if english else "（无）"
    labels: dict[str, str] = {"": none}
    if by == "window":
        for key in keys - {""}:
            labels[key] = f"Window {key}" if english else f"{key} 号窗口"
    elif by == "staff":
        for login, name in session.execute(select(User.login, User.display_name).where(User.login.in_(keys))):
            labels[login] = f"{name}（{login}）" if name and name != login else login
    elif by == "matter":
        for code, name in session.execute(select(Matter.code, Matter.name).where(Matter.code.in_(keys))):
            labels[code] = f"{name}（{code}）"
    elif by == "site":
        for site_id, name in session.execute(select(Site.id, Site.name)):
            labels[str(site_id)] = name
    return labels
