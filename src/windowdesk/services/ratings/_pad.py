"""What the rating pad reads: the window and the staff member on duty, the visit to ask about now;
and the staff card (工号, photo) an administrator sets for it."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import re
import uuid
from dataclasses import replace

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from windowdesk.domain import roles
from windowdesk.domain.case_stages import CLOSED
from windowdesk.errors import NotFound, UserError
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.services.ratings import _links
from windowdesk.services.ratings._record import DELIVER_EVENT, _staff_name, site_name
from windowdesk.services.ratings._types import PadIdle, StaffCard, Subject, VisitToRate
from windowdesk.store.models import AuditEntry, Case, CaseEvent, Rating, Ticket, User, Window

PHOTO_BOX = (240, 320)  # width, height in pixels: plenty for a pad, small enough to sync
_STAFF_NO = re.compile(r"^[A-Za-z0-9-]{1,32}$")


def pad_context(ctx: ServiceContext, window_no: int) -> ServiceContext:
    """The pad acts as itself, not as the clerk who opened it: its ratings are the applicant's,
    recorded with this device's number (the counter's own context, signed in at a window, cannot rate)."""
    actor = replace(
        ctx.actor,
        login=f"pad:{window_no}",
        role=roles.CLERK,
        user_id=None,
        display_name="",
        window_no=None,
    )
    return ctx.as_actor(actor)


def awaiting_rating(ctx: ServiceContext, window_no: int) -> VisitToRate | None:
    """The visit finished at ``window_no`` within the last ``rating.timeout_seconds`` that has no
    rating yet (the newest), else None: a ticket finished there, or a case's result handed over
    there (picked up). The pad calls this whenever the queue changes, and every few seconds."""
    site_id = require_site(ctx)
    timeout = int(_links.get_setting(ctx, _links.TIMEOUT_SECONDS))
    since = _links.hall_now(ctx) - dt.timedelta(seconds=timeout)
    with ctx.reading() as session:
        found = [
            v
            for v in (
                _finished_ticket(session, site_id, window_no, since),
                _handed_over(session, site_id, window_no, since),
            )
            if v is not None
        ]
        if not found:
            return None
        kind, subject_id, label, login, at = max(found, key=lambda v: _aware(v[4]))
        return VisitToRate(
            subject=Subject(kind, subject_id),
            label=label,
            window_no=window_no,
            staff_name=_staff_name(session, site_id, login),
            finished_at=at,
            timeout_seconds=timeout,
        )


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def _finished_ticket(session: Session, site_id: uuid.UUID, window_no: int, since: dt.datetime):
    rated = exists().where(Rating.subject_kind == "ticket", Rating.subject_id == Ticket.id)
    ticket = session.scalars(
        select(Ticket)
        .where(
            Ticket.site_id == site_id,
            Ticket.window_no == window_no,
            Ticket.state == "done",
            Ticket.state_since >= since,
            ~rated,
        )
        .order_by(Ticket.state_since.desc())
        .limit(1)
    ).first()
    if ticket is None:
        return None
    return ("ticket", ticket.id, ticket.number, ticket.called_by or "", ticket.state_since)


def _handed_over(session: Session, site_id: uuid.UUID, window_no: int, since: dt.datetime):
    """The newest result picked up at the window: a pickup closes the case at once, so the case's
    stage time (the hall's clock) is the hand-over; an express delivery has no one at the window."""
    rated = exists().where(Rating.subject_kind == "delivery", Rating.subject_id == CaseEvent.id)
    rows = session.execute(
        select(CaseEvent, Case.case_no, Case.stage_changed_at)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            Case.site_id == site_id,
            Case.stage == CLOSED,
            Case.stage_changed_at >= since,
            CaseEvent.kind == DELIVER_EVENT,
            CaseEvent.window_no == window_no,
            ~rated,
        )
        .order_by(Case.stage_changed_at.desc())
        .limit(5)
    ).all()
    for event, case_no, at in rows:
        if (event.detail or {}).get("how") == "pickup":
            return ("delivery", event.id, case_no, event.user_login or "", at)
    return None


def pad_idle(ctx: ServiceContext, window_no: int) -> PadIdle:
    """The hall, the window and who is on duty there today: the last to sign in at that window,
    else whoever last called a ticket to it."""
    site_id = require_site(ctx)
    timeout = int(_links.get_setting(ctx, _links.TIMEOUT_SECONDS))
    day = _links.hall_today(ctx)
    with ctx.reading() as session:
        window = session.scalars(
            select(Window).where(Window.site_id == site_id, Window.number == window_no)
        ).one_or_none()
        login = _on_duty(session, site_id, window_no, day, ctx.clock.local_noon(day) - dt.timedelta(hours=12))
        staff = _card(session, site_id, login) if login else None
        return PadIdle(
            hall_name=site_name(session, site_id),
            window_no=window_no,
            window_name="" if window is None else window.name,
            window_exists=window is not None,
            staff=staff,
            timeout_seconds=timeout,
        )


def _on_duty(
    session: Session, site_id: uuid.UUID, window_no: int, day: dt.date, day_start: dt.datetime
) -> str | None:
    """Who signed in at the window today (yesterday's clerk is not on duty), else who called there."""
    signed_in = session.execute(
        select(AuditEntry.user_login, AuditEntry.at)
        .where(
            AuditEntry.action == "user.login",
            AuditEntry.site_id == site_id,
            AuditEntry.window_no == window_no,
            AuditEntry.at >= day_start.astimezone(dt.UTC),
        )
        .order_by(AuditEntry.at.desc())
        .limit(1)
    ).first()
    called = session.execute(
        select(Ticket.called_by, Ticket.called_at)
        .where(
            Ticket.site_id == site_id,
            Ticket.service_day == day,
            Ticket.window_no == window_no,
            Ticket.called_by.is_not(None),
        )
        .order_by(Ticket.called_at.desc())
        .limit(1)
    ).first()
    candidates = [row for row in (signed_in, called) if row is not None and row[1] is not None]
    if not candidates:
        return None
    login = max(candidates, key=lambda row: row[1])[0]
    return None if login.startswith(("cli:", "pad:")) else login


def _card(session: Session, site_id: uuid.UUID, login: str) -> StaffCard:
    user = session.scalars(
        select(User)
        .where(User.login == login, (User.site_id == site_id) | User.site_id.is_(None))
        .order_by(User.site_id.is_(None))
    ).first()
    if user is None:
        return StaffCard(login, _staff_name(session, site_id, login), "", None)
    photo = None
    if user.photo:
        try:
            photo = base64.b64decode(user.photo)
        except (binascii.Error, ValueError):
            photo = None
    return StaffCard(user.login, user.display_name, user.staff_no, photo)


def staff_card(ctx: ServiceContext, login: str) -> StaffCard:
    site_id = require_site(ctx)
    with ctx.reading() as session:
        if not session.scalars(select(User.id).where(User.login == login)).first():
            raise NotFound("No user {login}", login=login)
        return _card(session, site_id, login)


@writes("user.staff_card")
def set_staff_card(
    ctx: ServiceContext,
    login: str,
    *,
    staff_no: str | None = None,
    photo: bytes | None = None,
    clear_photo: bool = False,
) -> StaffCard:
    """Set a user's staff number (工号) and/or photo as the rating pad shows them (administrators).

    The photo may be any image Pillow reads; it is stored as a JPEG of at most 240 × 320 pixels.
    """
    site_id = require_site(ctx)
    if staff_no is not None:
        staff_no = staff_no.strip()
        if staff_no and not _STAFF_NO.match(staff_no):
            raise UserError(
                "A staff number is 1 to 32 letters, digits or -, not '{value}'",
                value=staff_no,
            )
    encoded = None if photo is None else _photo_jpeg(photo)
    with ctx.unit_of_work() as uow:
        user = uow.session.scalars(
            select(User)
            .where(User.login == login, (User.site_id == site_id) | User.site_id.is_(None))
            .order_by(User.site_id.is_(None))
        ).first()
        if user is None:
            raise NotFound("No user {login}", login=login)
        if staff_no is not None:
            user.staff_no = staff_no
        if encoded is not None:
            user.photo = encoded
        elif clear_photo:
            user.photo = None
        uow.audit(
            "user.staff_card",
            "app_user",
            user.id,
            login=login,
            staff_no=user.staff_no,
            photo="set" if encoded else ("cleared" if clear_photo else "kept"),
        )
        return _card(uow.session, site_id, login)


def _photo_jpeg(data: bytes) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image = image.convert("RGB")
            image.thumbnail(PHOTO_BOX)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise UserError("Cannot read the photo: {reason}", reason=exc) from exc
    return base64.b64encode(out.getvalue()).decode("ascii")


class VisitWatch:
    """``wait(timeout)`` is True when the queue of this site may have changed (a ticket finished,
    say): the pad then asks :func:`awaiting_rating` again. One per thread; ``close()`` when done."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._watch = _links.QueueWatch(ctx)

    def wait(self, timeout: float) -> bool:
        return self._watch.wait(timeout)

    def close(self) -> None:
        self._watch.close()
