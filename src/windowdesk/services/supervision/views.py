"""Reading cards and exceptions one page at a time (the desk never loads them all)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, select

from windowdesk.domain.supervision import CLOSE, EXPLAIN, KINDS, RED, URGE
from windowdesk.errors import UserError
from windowdesk.services.site import load_calendar
from windowdesk.services.supervision.handling import states_of
from windowdesk.services.supervision.scope import site_codes
from windowdesk.store.models import Case, Site, SupervisionAction, SupervisionCard, SupervisionException

#: the columns a list can be sorted by, in the query (the whole result, not one page)
CARD_SORTS = (
    "site",
    "case_no",
    "level",
    "issued_on",
    "due_date",
    "workdays_left",
    "department",
    "responsible",
    "state",
)
EXCEPTION_SORTS = ("site", "kind", "subject", "found_on", "responsible", "state", "detail")


def _state_rank(target_id):  # type: ignore[no-untyped-def]
    """Where a card or exception stands as a number (open 0, urged 1, explained 2, closed 3): its
    last act, read in the query."""
    last = (
        select(SupervisionAction.kind)
        .where(SupervisionAction.target_id == target_id)
        .order_by(SupervisionAction.at.desc(), SupervisionAction.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return case({URGE: 1, EXPLAIN: 2, CLOSE: 3}, value=last, else_=0)


def _site_code_of(site_id):  # type: ignore[no-untyped-def]
    return select(Site.code).where(Site.id == site_id).scalar_subquery()


def _sorted(column, descending: bool):  # type: ignore[no-untyped-def]
    return column.desc() if descending else column.asc()


@dataclass(frozen=True)
class CardView:
    id: uuid.UUID
    site_code: str
    case_no: str
    level: str
    issued_on: dt.date
    due_date: dt.date
    workdays_left: int  # as of today; negative once past the due date
    past_statutory: bool
    decided: bool
    department_code: str
    responsible_login: str
    state: str  # open | urged | explained | closed


@dataclass(frozen=True)
class ExceptionView:
    id: uuid.UUID
    site_code: str
    kind: str
    subject: str
    found_on: dt.date
    responsible_login: str
    department_code: str
    detail: str
    state: str


@dataclass(frozen=True)
class Page:
    rows: list
    total: int


def list_cards(
    ctx,
    today: dt.date,
    *,
    site_id: uuid.UUID | None = None,
    level: str | None = None,
    undecided_only: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    sort: str | None = None,
    descending: bool = False,
) -> Page:
    """One page of cards by due date and case number, or sorted by ``sort`` (one of
    :data:`CARD_SORTS`) then so; ``undecided_only``: of cases still without a decision (the desk's
    default: what needs acting on now)."""
    query = select(SupervisionCard)
    if undecided_only:
        query = query.join(Case, Case.id == SupervisionCard.case_id).where(Case.decided_on.is_(None))
    elif sort == "workdays_left":  # whether decided is read from the case
        query = query.outerjoin(Case, Case.id == SupervisionCard.case_id)
    if site_id is not None:
        query = query.where(SupervisionCard.site_id == site_id)
    if level:
        query = query.where(SupervisionCard.level == level)
    calendar = load_calendar(ctx)
    codes = site_codes(ctx)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        page = query.order_by(
            *_card_order(sort, descending),
            SupervisionCard.due_date,
            SupervisionCard.case_no,
            SupervisionCard.level,
            SupervisionCard.id,
        )
        cards = session.scalars(page.offset(offset).limit(limit)).all()
        states = states_of(session, [c.id for c in cards])
        # decided, and past the statutory limit as of the decision or (still open) today: the case's
        # figures now, not those of the day the card was issued
        of_case = {
            case_id: (decided_on, statutory_due)
            for case_id, decided_on, statutory_due in session.execute(
                select(Case.id, Case.decided_on, Case.statutory_due).where(
                    Case.id.in_([c.case_id for c in cards])
                )
            )
        }

        def past_statutory(card: SupervisionCard) -> bool:
            decided_on, statutory_due = of_case.get(card.case_id, (None, None))
            if statutory_due is None:
                return card.past_statutory
            return statutory_due < (decided_on or today)

        rows = [
            CardView(
                c.id,
                codes.get(c.site_id, ""),
                c.case_no,
                c.level,
                c.issued_on,
                c.due_date,
                calendar.working_days_left(today, c.due_date),
                past_statutory(c),
                of_case.get(c.case_id, (None, None))[0] is not None,
                c.department_code,
                c.responsible_login,
                states[c.id],
            )
            for c in cards
        ]
    return Page(rows, total)


def _card_order(sort: str | None, descending: bool) -> list:
    if sort is None:
        return []
    if sort not in CARD_SORTS:
        raise UserError("Cannot sort by {column}", column=sort)
    c = SupervisionCard
    if sort == "workdays_left":  # the days left follow the due date; decided cases (no days) last
        return [Case.decided_on.is_not(None), _sorted(c.due_date, descending)]
    column = {
        "site": _site_code_of(c.site_id),
        "case_no": c.case_no,
        "level": case((c.level == RED, 1), else_=0),  # yellow before red
        "issued_on": c.issued_on,
        "due_date": c.due_date,
        "department": c.department_code,
        "responsible": c.responsible_login,
        "state": _state_rank(c.id),
    }[sort]
    return [_sorted(column, descending)]


def _exception_order(sort: str | None, descending: bool) -> list:
    if sort is None:
        return []
    if sort not in EXCEPTION_SORTS:
        raise UserError("Cannot sort by {column}", column=sort)
    e = SupervisionException
    column = {
        "site": _site_code_of(e.site_id),
        "kind": case({k: i for i, k in enumerate(KINDS)}, value=e.kind, else_=len(KINDS)),  # as listed
        "subject": e.subject,
        "found_on": e.found_on,
        "responsible": e.responsible_login,
        "state": _state_rank(e.id),
        "detail": e.detail,
    }[sort]
    return [_sorted(column, descending)]


def list_exceptions(
    ctx,
    *,
    site_id: uuid.UUID | None = None,
    kind: str | None = None,
    offset: int = 0,
    limit: int | None = 200,
    sort: str | None = None,
    descending: bool = False,
) -> Page:
    """One page of exceptions, newest first, or sorted by ``sort`` (one of :data:`EXCEPTION_SORTS`)
    then so."""
    query = select(SupervisionException)
    if site_id is not None:
        query = query.where(SupervisionException.site_id == site_id)
    if kind:
        query = query.where(SupervisionException.kind == kind)
    codes = site_codes(ctx)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        page = query.order_by(
            *_exception_order(sort, descending),
            SupervisionException.found_on.desc(),
            SupervisionException.kind,
            SupervisionException.subject,
            SupervisionException.id,
        )
        found = session.scalars(page.offset(offset).limit(limit)).all()
        states = states_of(session, [e.id for e in found])
        rows = [
            ExceptionView(
                e.id,
                codes.get(e.site_id, ""),
                e.kind,
                e.subject,
                e.found_on,
                e.responsible_login,
                e.department_code,
                e.detail,
                states[e.id],
            )
            for e in found
        ]
    return Page(rows, total)
