"""Handling a card or exception: urge (督办), explanation (说明), close with a conclusion."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import String, cast, select

from windowdesk.domain import roles
from windowdesk.domain.supervision import (  # noqa: F401  (the vocabulary, defined in the domain)
    CLOSE,
    CONCLUSIONS,
    EXPLAIN,
    JUSTIFIED,
    STATE_LABELS,
    UNJUSTIFIED,
    URGE,
)
from windowdesk.errors import Forbidden, UserError
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Case, SupervisionAction, SupervisionCard, SupervisionException

_STATE_OF_ACT = {URGE: "urged", EXPLAIN: "explained", CLOSE: "closed"}


def _target(session, ref: str) -> SupervisionCard | SupervisionException:
    """A card or exception by id, an id's first characters (at least 6), a case number (its red
    card, else its yellow one), or the subject of exactly one exception."""
    ref = (ref or "").strip()
    try:
        wanted = uuid.UUID(ref)
    except ValueError:
        wanted = None
    for model in (SupervisionCard, SupervisionException):
        if wanted is not None:
            row = session.get(model, wanted)
            if row is not None:
                return row
        elif len(ref) >= 6:
            rows = session.scalars(select(model).where(cast(model.id, String).like(ref.lower() + "%"))).all()
            if len(rows) == 1:
                return rows[0]
    cards = session.scalars(select(SupervisionCard).where(SupervisionCard.case_no == ref.upper())).all()
    if cards:
        return sorted(cards, key=lambda c: c.level != "red")[0]
    # an exception by its subject (a follow-up's number, a case without a card) when it is the only one
    found = session.scalars(
        select(SupervisionException).where(SupervisionException.subject == ref.upper())
    ).all()
    if len(found) == 1:
        return found[0]
    raise UserError("There is no card or exception {ref}", ref=ref)


def _note(note: str) -> str:
    note = (note or "").strip()
    if not note:
        raise UserError("Please write a note")
    return note


def _act(
    ctx: ServiceContext, ref: str, kind: str, note: str, *, addressee_only: bool = False, **values
) -> uuid.UUID:
    with ctx.unit_of_work() as uow:
        target = _target(uow.session, ref)
        if (
            addressee_only
            and ctx.actor.login != target.responsible_login
            and not roles.at_least(ctx.actor.role, roles.SUPERVISOR)
        ):
            raise Forbidden(
                "Only {login}, who is responsible for it, or a supervisor may explain this",
                login=target.responsible_login,
            )
        if _state(uow.session, target.id) == "closed":
            raise UserError("This has been closed already")
        row = uow.add(
            SupervisionAction(
                site_id=target.site_id,
                target_id=target.id,
                kind=kind,
                note=note,
                addressee_login=target.responsible_login,
                by_login=ctx.actor.login,
                **values,
            )
        )
        entity = target.__tablename__
        uow.audit(f"supervision.{kind}", entity, target.id, note=note, **values)
        return row.target_id


def _state(session, target_id: uuid.UUID) -> str:
    last = session.scalars(
        select(SupervisionAction.kind)
        .where(SupervisionAction.target_id == target_id)
        .order_by(SupervisionAction.at.desc(), SupervisionAction.id.desc())
        .limit(1)
    ).first()
    return "open" if last is None else _STATE_OF_ACT[last]


def states_of(session, target_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Where each of a page of cards or exceptions stands (``open`` when nothing was done)."""
    out = dict.fromkeys(target_ids, "open")
    if not target_ids:
        return out
    rows = session.execute(
        select(SupervisionAction.target_id, SupervisionAction.kind)
        .where(SupervisionAction.target_id.in_(target_ids))
        .order_by(SupervisionAction.at, SupervisionAction.id)
    )
    for target_id, kind in rows:
        out[target_id] = _STATE_OF_ACT[kind]
    return out


@writes("supervision.urge")
def urge(ctx: ServiceContext, ref: str, note: str, due: dt.date) -> uuid.UUID:
    """督办: a note and a due date the responsible person sees until they answer."""
    ctx.require(roles.SUPERVISOR)
    if due is None:
        raise UserError("Please give the date it must be answered by")
    if due < ctx.clock.today():
        raise UserError("The date to answer by cannot be before today")
    return _act(ctx, ref, URGE, _note(note), due_on=due)


@writes("supervision.explain")
def explain(ctx: ServiceContext, ref: str, note: str) -> uuid.UUID:
    """说明: the responsible person's explanation (answers an urge); the addressee or a supervisor."""
    return _act(ctx, ref, EXPLAIN, _note(note), addressee_only=True)


@writes("supervision.close")
def close(ctx: ServiceContext, ref: str, conclusion: str, note: str) -> uuid.UUID:
    """Close a card or exception with a conclusion: justified (属实) or unjustified (不属实)."""
    ctx.require(roles.SUPERVISOR)
    if conclusion not in CONCLUSIONS:
        raise UserError(
            "The conclusion must be justified or unjustified, not {value}",
            value=conclusion,
        )
    return _act(ctx, ref, CLOSE, _note(note), conclusion=conclusion)


@dataclass(frozen=True)
class Urge:
    target_id: uuid.UUID
    subject: str  # a case number or a ticket
    note: str
    due_on: dt.date
    by_login: str


def pending_urges(ctx: ServiceContext, login: str | None = None) -> list[Urge]:
    """督办 addressed to ``login`` (default: the acting user) not yet answered: shown at sign-in
    and on their case list."""
    login = login or ctx.actor.login
    with ctx.reading() as session:
        urges = session.scalars(
            select(SupervisionAction)
            .where(SupervisionAction.addressee_login == login, SupervisionAction.kind == URGE)
            .order_by(SupervisionAction.due_on)
        ).all()
        states = states_of(session, [u.target_id for u in urges])
        subjects = {}
        for model in (SupervisionCard, SupervisionException):
            ids = [u.target_id for u in urges]
            subjects.update(
                list(
                    session.execute(
                        select(
                            model.id, model.subject if model is SupervisionException else model.case_no
                        ).where(model.id.in_(ids))
                    )
                )
            )
        return [
            Urge(u.target_id, subjects.get(u.target_id, ""), u.note, u.due_on, u.by_login)
            for u in urges
            if states[u.target_id] == "urged"
        ]


def urged_case_nos(ctx: ServiceContext, login: str | None = None) -> set[str]:
    """The case numbers with an open 督办 for ``login``, to mark them on the case list."""
    case_nos = {u.subject for u in pending_urges(ctx, login)}
    with ctx.reading() as session:
        known = set(session.scalars(select(Case.case_no).where(Case.case_no.in_(case_nos))))
    return known
