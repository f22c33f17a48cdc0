"""Yellow and red cards (黄牌 / 红牌): issued as records, one per case and level on every store."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import load_only

from windowdesk.domain import case_stages as stages
from windowdesk.domain.supervision import (  # noqa: F401  (the vocabulary, defined in the domain)
    LEVEL_LABELS,
    LEVELS,
    RED,
    YELLOW,
)
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.store.models import Case, SupervisionCard
from windowdesk.store.models.supervision import card_id

#: ids asked for in one IN (...) list; well below SQLite's and PostgreSQL's parameter limits
_CHUNK = 500


def level_for(calendar: WorkdayCalendar, today: dt.date, due: dt.date, yellow_workdays: int) -> str | None:
    """The card an undecided case with binding due date ``due`` deserves today, if any."""
    left = calendar.working_days_left(today, due)
    if left < 0:
        return RED
    if left <= yellow_workdays:
        return YELLOW
    return None


def existing_ids(session, model, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


@dataclass(frozen=True)
class CardDue:
    case: Case
    level: str
    binding_due: dt.date


def cards_due(
    session, site_id: uuid.UUID | None, calendar: WorkdayCalendar, today: dt.date, yellow_workdays: int
) -> list[CardDue]:
    """Open cases that deserve a card today: one indexed range over the binding due date (only cases
    due within ``yellow_workdays`` working days are read, never every open case)."""
    horizon = calendar.add_working_days(today, yellow_workdays).day
    binding = func.coalesce(Case.promised_due, Case.statutory_due)
    columns = (
        Case.site_id,
        Case.case_no,
        Case.promised_due,
        Case.statutory_due,
        Case.matter_code,
        Case.department_code,
        Case.responsible_login,
        Case.clerk_login,
        Case.window_no,
    )
    query = (
        select(Case)
        .options(load_only(*columns, raiseload=True))
        .where(
            Case.decided_on.is_(None),
            Case.stage.in_(stages.OPEN_STAGES),
            Case.accepted_on.is_not(None),
            Case.statutory_due.is_not(None),
            binding <= horizon,
        )
    )
    if site_id is not None:
        query = query.where(Case.site_id == site_id)
    out = []
    for case in session.scalars(query):
        due = case.promised_due or case.statutory_due
        level = level_for(calendar, today, due, yellow_workdays)
        if level is not None:
            out.append(CardDue(case, level, due))
    return out


def new_cards(session, due: list[CardDue], today: dt.date) -> list[SupervisionCard]:
    """The cards not yet on file for ``due`` (made here; the caller adds them)."""
    wanted = {card_id(d.case.id, d.level): d for d in due}
    have = existing_ids(session, SupervisionCard, list(wanted))
    return [
        SupervisionCard(
            id=cid,
            site_id=d.case.site_id,
            case_id=d.case.id,
            case_no=d.case.case_no,
            level=d.level,
            issued_on=today,
            due_date=d.binding_due,
            past_statutory=d.case.statutory_due < today,
            matter_code=d.case.matter_code,
            department_code=d.case.department_code,
            responsible_login=d.case.responsible_login or d.case.clerk_login,
            window_no=d.case.window_no,
        )
        for cid, d in wanted.items()
        if cid not in have
    ]
