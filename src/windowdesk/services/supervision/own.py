"""The cards and exceptions a staff member is responsible for (the counter clerk's, the department
handler's): what the supervisor urged and what they explained, so they can give their 说明."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import case, select

from windowdesk.domain.supervision import EXPLAIN, URGE
from windowdesk.services.context import ServiceContext
from windowdesk.services.supervision.handling import states_of
from windowdesk.services.supervision.views import _state_rank
from windowdesk.store.models import SupervisionAction, SupervisionCard, SupervisionException

#: the most items :func:`own_alerts` lists
OWN_LIMIT = 200


@dataclass(frozen=True)
class OwnAlert:
    id: uuid.UUID
    card: bool  # a yellow or red card, else an exception
    kind: str  # the card's level (yellow | red), or the exception's kind
    subject: str  # the case number, or the exception's case or ticket
    on: dt.date  # the day the card was issued or the exception found
    due_date: dt.date | None  # a card's binding due date
    detail: str  # an exception's detail
    state: str  # open | urged | explained (closed ones are not listed)
    urge_note: str  # the last 督办's note, "" when none
    urge_due: dt.date | None
    explanation: str  # the last 说明, "" when none
    responsible_login: str = ""

    @property
    def explainable(self) -> bool:
        """Not yet explained: nothing done, or urged (again) since the last explanation."""
        return self.state in ("open", "urged")


def own_alerts(ctx: ServiceContext, login: str | None = None, *, limit: int = OWN_LIMIT) -> list[OwnAlert]:
    """The cards and exceptions not yet closed that ``login`` (default: the acting user) is
    responsible for on this site: those still to explain first, then the newest first; at most
    ``limit`` (never more than :data:`OWN_LIMIT`)."""
    login = login or ctx.actor.login
    limit = max(1, min(int(limit), OWN_LIMIT))
    site_id = ctx.actor.site_id
    found: list[tuple[SupervisionCard | SupervisionException, bool]] = []
    with ctx.reading() as session:
        for model, day in (
            (SupervisionCard, SupervisionCard.issued_on),
            (SupervisionException, SupervisionException.found_on),
        ):
            rank = _state_rank(model.id)
            query = select(model).where(model.responsible_login == login, rank < 3)
            if site_id is not None:
                query = query.where(model.site_id == site_id)
            query = query.order_by(case((rank < 2, 0), else_=1), day.desc(), model.id).limit(limit)
            found.extend((row, model is SupervisionCard) for row in session.scalars(query))
        ids = [row.id for row, _card in found]
        states = states_of(session, ids)
        urges: dict[uuid.UUID, SupervisionAction] = {}
        explained: dict[uuid.UUID, str] = {}
        acts = session.scalars(
            select(SupervisionAction)
            .where(SupervisionAction.target_id.in_(ids), SupervisionAction.kind.in_((URGE, EXPLAIN)))
            .order_by(SupervisionAction.at, SupervisionAction.id)
        )
        for act in acts:  # the last of each kind wins
            if act.kind == URGE:
                urges[act.target_id] = act
            else:
                explained[act.target_id] = act.note
    alerts = []
    for row, card in found:
        urge = urges.get(row.id)
        alerts.append(
            OwnAlert(
                row.id,
                card,
                row.level if card else row.kind,
                row.case_no if card else row.subject,
                row.issued_on if card else row.found_on,
                row.due_date if card else None,
                "" if card else row.detail,
                states[row.id],
                urge.note if urge else "",
                urge.due_on if urge else None,
                explained.get(row.id, ""),
                row.responsible_login,
            )
        )
    alerts.sort(key=lambda a: (not a.explainable, -a.on.toordinal(), a.subject))
    return alerts[:limit]
