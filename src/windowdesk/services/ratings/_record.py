"""Recording a rating of a visit, once: by the applicant at the pad (or a script), or 未评价 when
the pad got no answer. A bad rating opens its follow-up in the same transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from windowdesk.domain import ratings as rules
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.ratings import _links
from windowdesk.services.ratings._types import RatingInfo, Subject
from windowdesk.store.models import Case, CaseEvent, Rating, RatingFollowup, Site, Ticket, User
from windowdesk.store.uow import UnitOfWork

#: Where a rating comes from: the pad beside the counter, or the command line (a pad that is
#: another program, scripts). The counter face has no way to rate.
SOURCES = ("pad", "cli")


@dataclass(frozen=True)
class _Visit:
    subject: Subject
    label: str
    service_day: dt.date
    ticket_id: uuid.UUID | None
    case_id: uuid.UUID | None
    window_no: int | None
    staff_login: str
    staff_name: str
    matter_code: str
    department: str


def ticket_subject(ctx: ServiceContext, number: str, day: dt.date | None = None) -> Subject:
    """The visit of ticket ``number`` on ``day`` (default: today in the hall)."""
    site_id = require_site(ctx)
    day = day or _links.hall_today(ctx)
    number = (number or "").strip().upper()
    with ctx.reading() as session:
        ticket_id = session.scalars(
            select(Ticket.id).where(
                Ticket.site_id == site_id, Ticket.number == number, Ticket.service_day == day
            )
        ).one_or_none()
    if ticket_id is None:
        raise NotFound(
            "There is no ticket {number} on {day}",
            number=number,
            day=day.isoformat(),
        )
    return Subject("ticket", ticket_id)


def _staff_name(session: Session, site_id: uuid.UUID, login: str) -> str:
    if not login:
        return ""
    name = session.scalars(
        select(User.display_name)
        .where(User.login == login, (User.site_id == site_id) | User.site_id.is_(None))
        .order_by(User.site_id.is_(None))
    ).first()
    return name or login


def _ticket_visit(session: Session, site_id: uuid.UUID, subject: Subject) -> _Visit:
    ticket = session.get(Ticket, subject.id)
    if ticket is None or ticket.site_id != site_id:
        raise NotFound("There is no such ticket")
    if ticket.state != "done":
        raise Conflict(
            "Ticket {number} is {state}, not finished, so it cannot be rated",
            number=ticket.number,
            state=_links.STATE_NAMES.get(ticket.state, ticket.state),
        )
    matter_code = department = ""
    if ticket.case_id is not None:
        case = session.get(Case, ticket.case_id)
        if case is not None:
            matter_code = case.matter_code
            department = str((case.matter or {}).get("department") or "")
    login = ticket.called_by or ""
    return _Visit(
        subject=subject,
        label=ticket.number,
        service_day=ticket.service_day,
        ticket_id=ticket.id,
        case_id=ticket.case_id,
        window_no=ticket.window_no,
        staff_login=login,
        staff_name=_staff_name(session, site_id, login),
        matter_code=matter_code,
        department=department,
    )


#: The case history's kind for a result handed over (``services.cases.deliver_result``).
DELIVER_EVENT = "deliver"


def delivery_subject(ctx: ServiceContext, case_no: str) -> Subject:
    """The hand-over of case ``case_no``'s result at a window (its ``deliver`` history row)."""
    require_site(ctx)
    number = _links.normalise_case_no(case_no)
    with ctx.reading() as session:
        case = session.scalars(select(Case).where(Case.case_no == number)).one_or_none()
        if case is None:
            raise NotFound("No case numbered {no}", no=number)
        event_id = session.scalars(
            select(CaseEvent.id)
            .where(CaseEvent.case_id == case.id, CaseEvent.kind == DELIVER_EVENT)
            .order_by(CaseEvent.at.desc())
        ).first()
        if event_id is None:
            raise Conflict(
                "The result of case {no} has not been handed over yet, so it cannot be rated",
                no=number,
            )
    return Subject("delivery", event_id)


def _delivery_visit(session: Session, site_id: uuid.UUID, subject: Subject) -> _Visit:
    """A result handed over at a window: the window and clerk who handed it over, the case's matter."""
    event = session.get(CaseEvent, subject.id)
    if event is None or event.kind != DELIVER_EVENT or event.site_id != site_id:
        raise NotFound("There is no such delivery")
    case = session.get(Case, event.case_id)
    if case is None:
        raise NotFound("There is no such delivery")
    if (event.detail or {}).get("how") != "pickup":
        raise Conflict(
            "The result of case {no} was sent by express: only a result handed over at a window is rated",
            no=case.case_no,
        )
    delivery = case.delivery or {}
    on = delivery.get("on")
    login = event.user_login or ""
    return _Visit(
        subject=subject,
        label=case.case_no,
        service_day=dt.date.fromisoformat(on) if on else event.at.date(),
        ticket_id=event.ticket_id,
        case_id=case.id,
        window_no=event.window_no,
        staff_login=login,
        staff_name=_staff_name(session, site_id, login),
        matter_code=case.matter_code,
        department=str((case.matter or {}).get("department") or ""),
    )


#: How each kind of subject is read: a queue visit, or a result handed over at a window.
_VISITS: dict[str, Callable[[Session, uuid.UUID, Subject], _Visit]] = {
    "ticket": _ticket_visit,
    "delivery": _delivery_visit,
}


def _visit(session: Session, site_id: uuid.UUID, subject: Subject) -> _Visit:
    reader = _VISITS.get(subject.kind)
    if reader is None:
        raise UserError(
            "A rating is of one of {kinds}, not {kind}",
            kinds=", ".join(rules.SUBJECT_KINDS),
            kind=subject.kind,
        )
    return reader(session, site_id, subject)


def _already_rated(visit: _Visit) -> Conflict:
    return Conflict(
        "{label} ({day}) has been rated already: one rating per visit",
        label=visit.label,
        day=visit.service_day.isoformat(),
    )


def _check_rater(ctx: ServiceContext, source: str) -> None:
    if source not in SOURCES:
        raise UserError(
            "The rating source is one of {choices}, not {source}",
            choices=", ".join(SOURCES),
            source=source,
        )
    if ctx.actor.window_no is not None:
        # Signed in at a counter window: the clerk, who must not rate in the applicant's place.
        raise Conflict(
            "Counter staff cannot rate in the applicant's place: the applicant rates on the rating pad",
        )


@writes("rating.add")
def add_rating(
    ctx: ServiceContext,
    subject: Subject,
    level: int,
    reasons: Iterable[str] = (),
    text: str = "",
    *,
    source: str = "cli",
) -> RatingInfo:
    """The applicant's rating of a finished visit. A bad rating opens a follow-up due
    ``rating.followup_workdays`` working days later. A second rating of the visit is refused."""
    _check_rater(ctx, source)
    checked = rules.check_rating(level, reasons, text)
    return _record(ctx, subject, checked, source)


@writes("rating.unrated")
def record_unrated(ctx: ServiceContext, subject: Subject, *, source: str = "pad") -> RatingInfo:
    """The pad asked and got no answer in time: 未评价, never a default good rating."""
    _check_rater(ctx, source)
    return _record(ctx, subject, None, source)


def _record(
    ctx: ServiceContext, subject: Subject, checked: rules.RatingInput | None, source: str
) -> RatingInfo:
    site_id = require_site(ctx)
    bad = checked is not None and rules.is_bad(checked.level)
    workdays = _links.get_setting(ctx, _links.FOLLOWUP_WORKDAYS) if bad else 0
    calendar = _links.calendar(ctx) if bad else None
    at = _links.hall_now(ctx)
    day = _links.hall_today(ctx, at)
    try:
        with ctx.unit_of_work() as uow:
            visit = _visit(uow.session, site_id, subject)
            if _rating_of(uow.session, subject) is not None:
                raise _already_rated(visit)
            rating = uow.add(
                Rating(
                    site_id=site_id,
                    subject_kind=subject.kind,
                    subject_id=subject.id,
                    ticket_id=visit.ticket_id,
                    case_id=visit.case_id,
                    service_day=visit.service_day,
                    subject_label=visit.label,
                    level=None if checked is None else checked.level,
                    reasons=[] if checked is None else list(checked.reasons),
                    text="" if checked is None else checked.text,
                    window_no=visit.window_no,
                    staff_login=visit.staff_login,
                    staff_name=visit.staff_name,
                    matter_code=visit.matter_code,
                    department=visit.department,
                    source=source,
                    device_no=ctx.actor.device_no,
                    recorded_by=ctx.actor.login,
                    rated_at=at,
                    rated_on=day,
                )
            )
            followup = None
            if bad:
                assert calendar is not None
                due = rules.followup_due(calendar, day, workdays)
                followup = uow.add(
                    RatingFollowup(
                        site_id=site_id,
                        rating_id=rating.id,
                        number=_followup_number(uow, site_id, day.year),
                        opened_on=day,
                        due_on=due.day,
                        due_provisional=due.provisional,
                        staff_login=visit.staff_login,
                    )
                )
            action = "rating.unrated" if checked is None else "rating.add"
            uow.audit(
                action,
                "rating",
                rating.id,
                subject=visit.label,
                day=visit.service_day,
                level=rating.level,
                reasons=rating.reasons,
                source=source,
                followup=None if followup is None else followup.number,
            )
            uow.session.flush()
            return rating_info(rating, None if followup is None else followup.number)
    except IntegrityError:
        # Another pad or script rated the same visit a moment before (the unique subject caught it).
        with ctx.reading() as session:
            visit = _visit(session, site_id, subject)
            if _rating_of(session, subject) is not None:
                raise _already_rated(visit) from None
        raise


def _rating_of(session: Session, subject: Subject) -> Rating | None:
    return session.scalars(
        select(Rating).where(Rating.subject_kind == subject.kind, Rating.subject_id == subject.id)
    ).one_or_none()


FOLLOWUP_PREFIX = "ZG"


def _followup_number(uow: UnitOfWork, site_id: uuid.UUID, year: int) -> str:
    """ZG + year + device + 4-digit sequence, from this device's counter (raised by sync after a
    restore) and never below a number this store already holds."""
    device = uow.actor.device_no
    prefix = f"{FOLLOWUP_PREFIX}{year}{device:02d}"
    counter = f"rating_followup:{year}:{device:02d}"
    sequence = uow.next_number(counter)
    highest = uow.session.scalar(
        select(func.max(RatingFollowup.number)).where(
            RatingFollowup.site_id == site_id, RatingFollowup.number.like(prefix + "%")
        )
    )
    if highest is not None and int(highest[len(prefix) :]) >= sequence:
        sequence = int(highest[len(prefix) :]) + 1
    return f"{prefix}{sequence:04d}"


def rating_info(row: Rating, followup_number: str | None) -> RatingInfo:
    return RatingInfo(
        id=row.id,
        subject=Subject(row.subject_kind, row.subject_id),
        subject_label=row.subject_label,
        service_day=row.service_day,
        level=row.level,
        reasons=tuple(row.reasons or ()),
        text=row.text,
        window_no=row.window_no,
        staff_login=row.staff_login,
        staff_name=row.staff_name,
        matter_code=row.matter_code,
        department=row.department,
        source=row.source,
        device_no=row.device_no,
        recorded_by=row.recorded_by,
        rated_at=row.rated_at,
        rated_on=row.rated_on,
        followup_number=followup_number,
    )


def list_ratings(ctx: ServiceContext, day: dt.date | None = None) -> list[RatingInfo]:
    """The ratings (and 未评价) of the visits of ``day`` (default today), in the order given."""
    site_id = require_site(ctx)
    day = day or _links.hall_today(ctx)
    with ctx.reading() as session:
        rows = session.execute(
            select(Rating, RatingFollowup.number)
            .outerjoin(RatingFollowup, RatingFollowup.rating_id == Rating.id)
            .where(Rating.site_id == site_id, Rating.service_day == day)
            .order_by(Rating.rated_at, Rating.id)
        ).all()
        return [rating_info(rating, number) for rating, number in rows]


def site_name(session: Session, site_id: uuid.UUID) -> str:
    site = session.get(Site, site_id)
    return "" if site is None else site.name
