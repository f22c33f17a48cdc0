"""The follow-up of a bad rating (差评整改): verify → rectify → call back → close, due a number of
working days after the rating; who sees it, and which are overdue.

Supervisors record the steps and see every follow-up of their site with the applicant's name and
phone (for the call back). The staff member concerned sees their own follow-ups without them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.domain import ratings as rules
from windowdesk.domain import roles
from windowdesk.errors import NotFound
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.ratings import _links
from windowdesk.services.ratings._types import ApplicantContact, FollowupInfo, FollowupStepInfo
from windowdesk.store.models import Case, Rating, RatingFollowup, RatingFollowupStep


def _is_supervisor(ctx: ServiceContext) -> bool:
    return roles.at_least(ctx.actor.role, roles.SUPERVISOR)


def _site_filter(ctx: ServiceContext) -> uuid.UUID | None:
    """This site's follow-ups; on the central store (no home site) every site's."""
    return ctx.actor.site_id or ctx.home_site_id()


def _query(ctx: ServiceContext):
    query = select(RatingFollowup, Rating).join(Rating, Rating.id == RatingFollowup.rating_id)
    site_id = _site_filter(ctx)
    if site_id is not None:
        query = query.where(RatingFollowup.site_id == site_id)
    if not _is_supervisor(ctx):  # the staff member concerned: their own only
        query = query.where(RatingFollowup.staff_login == ctx.actor.login)
    return query


def _steps_of(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[RatingFollowupStep]]:
    steps: dict[uuid.UUID, list[RatingFollowupStep]] = defaultdict(list)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for step in session.scalars(
            select(RatingFollowupStep)
            .where(RatingFollowupStep.followup_id.in_(chunk))
            .order_by(RatingFollowupStep.at, RatingFollowupStep.id)
        ):
            steps[step.followup_id].append(step)
    return steps


def _info(
    followup: RatingFollowup,
    rating: Rating,
    steps: list[RatingFollowupStep],
    as_of: dt.date,
    applicant: ApplicantContact | None = None,
) -> FollowupInfo:
    done = [s.step for s in steps]
    nxt = rules.next_step(done)
    closed_on = None
    if nxt == rules.CLOSED:
        closed_on = next(s.on_day for s in steps if s.step == "close")
    return FollowupInfo(
        id=followup.id,
        number=followup.number,
        rating_id=rating.id,
        subject_label=rating.subject_label,
        service_day=rating.service_day,
        level=int(rating.level or 0),
        reasons=tuple(rating.reasons or ()),
        text=rating.text,
        window_no=rating.window_no,
        staff_login=rating.staff_login,
        staff_name=rating.staff_name,
        matter_code=rating.matter_code,
        opened_on=followup.opened_on,
        due_on=followup.due_on,
        due_provisional=followup.due_provisional,
        next_step=nxt,
        steps=tuple(
            FollowupStepInfo(s.step, s.note, s.satisfied, s.at, s.on_day, s.user_login) for s in steps
        ),
        overdue=closed_on is None and as_of > followup.due_on,
        closed_on=closed_on,
        applicant=applicant,
    )


def list_followups(
    ctx: ServiceContext, *, overdue_only: bool = False, as_of: dt.date | None = None
) -> list[FollowupInfo]:
    """Follow-ups by due date (a supervisor: all of the site; a clerk: their own), without the
    applicant's personal data. ``overdue_only``: open ones past their due date as of ``as_of``."""
    as_of = as_of or _links.hall_today(ctx)
    query = _query(ctx).order_by(RatingFollowup.due_on, RatingFollowup.number)
    if overdue_only:
        query = query.where(RatingFollowup.due_on < as_of)
    with ctx.reading() as session:
        rows = session.execute(query).all()
        steps = _steps_of(session, [f.id for f, _ in rows])
        found = [_info(f, r, steps.get(f.id, []), as_of) for f, r in rows]
    return [f for f in found if f.overdue] if overdue_only else found


def overdue_followups(ctx: ServiceContext, as_of: dt.date | None = None) -> list[FollowupInfo]:
    """Open follow-ups past their due date: the supervisor's desk and the ``bad_rating_overdue``
    exception read them here (the responsible person is ``staff_login``, the date ``due_on``)."""
    return list_followups(ctx, overdue_only=True, as_of=as_of)


def followup_detail(ctx: ServiceContext, number: str, as_of: dt.date | None = None) -> FollowupInfo:
    """One follow-up with its steps; the applicant's name and phone only for a supervisor."""
    as_of = as_of or _links.hall_today(ctx)
    with ctx.reading() as session:
        followup, rating = _find(session, ctx, number)
        steps = _steps_of(session, [followup.id]).get(followup.id, [])
        applicant = _applicant(session, rating) if _is_supervisor(ctx) else None
        return _info(followup, rating, steps, as_of, applicant)


def _find(session: Session, ctx: ServiceContext, number: str, *, lock: bool = False):
    number = (number or "").strip().upper()
    query = _query(ctx).where(RatingFollowup.number == number)
    if lock:
        query = query.with_for_update(of=RatingFollowup)
    row = session.execute(query).first()
    if row is None:
        raise NotFound("There is no follow-up {number}", number=number)
    return row[0], row[1]


def _applicant(session: Session, rating: Rating) -> ApplicantContact | None:
    if rating.case_id is None:
        return None
    case = session.get(Case, rating.case_id)
    if case is None:
        return None
    data = case.applicant or {}
    return ApplicantContact(str(data.get("name", "")), str(data.get("phone", "")))


@writes("rating.followup_step")
def record_step(
    ctx: ServiceContext, number: str, step: str, note: str, satisfied: bool | None = None
) -> FollowupInfo:
    """Record the next step of a follow-up (supervisors): verify, rectify, callback (with whether the
    applicant was satisfied), close — in that order; a step out of order is refused."""
    require_site(ctx)
    at = _links.hall_now(ctx)
    day = _links.hall_today(ctx, at)
    with ctx.unit_of_work() as uow:
        # The follow-up row is locked (PostgreSQL; SQLite writers take turns anyway), so two
        # supervisors cannot both record the same next step on this store.
        followup, rating = _find(uow.session, ctx, number, lock=True)
        steps = _steps_of(uow.session, [followup.id]).get(followup.id, [])
        note = rules.check_step(followup.number, [s.step for s in steps], step, note, satisfied)
        row = uow.add(
            RatingFollowupStep(
                site_id=followup.site_id,
                followup_id=followup.id,
                step=step,
                note=note,
                satisfied=satisfied,
                at=at,
                on_day=day,
                user_login=ctx.actor.login,
                device_no=ctx.actor.device_no,
            )
        )
        uow.audit(
            "rating.followup_step",
            "rating_followup",
            followup.id,
            number=followup.number,
            step=step,
            satisfied=satisfied,
        )
        uow.session.flush()
        return _info(followup, rating, [*steps, row], day)
