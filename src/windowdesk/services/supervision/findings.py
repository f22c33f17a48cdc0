"""Exceptions (电子监察的异常): what the supervision run looks for, each with its kind code.

Each finder reads a bounded slice (tickets of the scanned days, cases changed since the scan
began) and returns the exceptions it finds; the id of an exception is derived from its kind and
subject, so finding it again (or on central) adds nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import load_only

from windowdesk.domain import case_deadlines as deadlines
from windowdesk.domain import case_stages as stages
from windowdesk.domain.intake import EXTRA_PREFIX
from windowdesk.domain.supervision import (  # noqa: F401  (the vocabulary, defined in the domain)
    BAD_RATING_OVERDUE,
    EXTRA_MATERIAL,
    FALSE_COMPLETION,
    KIND_LABELS,
    KINDS,
    NO_ONE_TIME_NOTICE,
    NOT_RECORDED,
    OVERDUE,
    REJECTED,
    REPRINT,
    RETURNED,
)
from windowdesk.messages import chinese
from windowdesk.store.models import (
    Case,
    CaseDocument,
    CaseNotice,
    Rating,
    RatingFollowup,
    RatingFollowupStep,
    SupervisionCard,
    SupervisionException,
    Ticket,
    TicketPeriod,
)
from windowdesk.store.models.supervision import exception_id


@dataclass(frozen=True)
class Scan:
    site_id: uuid.UUID | None
    first_day: dt.date  # tickets of these days; cases changed since the start of the first
    last_day: dt.date
    since: dt.datetime
    long_consultation_minutes: int
    max_reprints: int
    calendar: object  # the hall's WorkdayCalendar: the one-time notice's deadline
    notice_limit_workdays: int


def _exception(kind: str, subject_id: uuid.UUID, site_id, **values) -> SupervisionException:
    return SupervisionException(id=exception_id(kind, subject_id), site_id=site_id, kind=kind, **values)


def _case_exception(kind: str, case: Case, on: dt.date, detail: str) -> SupervisionException:
    return _exception(
        kind,
        case.id,
        case.site_id,
        case_id=case.id,
        subject=case.case_no,
        found_on=on,
        responsible_login=case.responsible_login or case.clerk_login,
        department_code=case.department_code,
        detail=detail[:500],
    )


def _sited(query, model, scan: Scan):
    return query if scan.site_id is None else query.where(model.site_id == scan.site_id)


def long_consultations(session, scan: Scan) -> list[SupervisionException]:
    """Tickets finished as consultation after more than the allowed minutes at the window."""
    query = (
        select(Ticket, TicketPeriod.started_at, TicketPeriod.ended_at)
        .join(TicketPeriod, TicketPeriod.ticket_id == Ticket.id)
        .where(
            Ticket.service_day.between(scan.first_day, scan.last_day),
            Ticket.outcome == "consultation",
            TicketPeriod.state == "serving",
        )
    )
    served: dict[uuid.UUID, float] = defaultdict(float)
    tickets: dict[uuid.UUID, Ticket] = {}
    for ticket, start, end in session.execute(_sited(query, Ticket, scan)):
        served[ticket.id] += (end - start).total_seconds() / 60
        tickets[ticket.id] = ticket
    out = []
    for ticket_id, minutes in served.items():
        if minutes > scan.long_consultation_minutes:
            t = tickets[ticket_id]
            out.append(
                _exception(
                    NOT_RECORDED,
                    t.id,
                    t.site_id,
                    ticket_id=t.id,
                    subject=f"{t.service_day.isoformat()} {t.number}",
                    found_on=t.service_day,
                    responsible_login=t.called_by or "",
                    detail=f"咨询 {minutes:.1f} 分钟（窗口 {t.window_no or '-'}）",
                )
            )
    return out


#: what the finders read of a case (never the matter and applicant snapshots, the bulk of a row)
_CASE_COLUMNS = (
    Case.site_id,
    Case.case_no,
    Case.responsible_login,
    Case.clerk_login,
    Case.department_code,
    Case.received_on,
    Case.accepted_on,
    Case.decided_on,
    Case.stage,
    Case.stage_changed_at,
    Case.closing_note,
    Case.rejection_reason,
    Case.delivery,
)


def _changed_cases(session, scan: Scan, *conditions, checks: bool = False):
    columns = (*_CASE_COLUMNS, Case.checks) if checks else _CASE_COLUMNS
    query = (
        select(Case)
        .options(load_only(*columns, raiseload=True))
        .where(Case.updated_at >= scan.since, *conditions)
    )
    return session.scalars(_sited(query, Case, scan))


def notices_never_issued(session, scan: Scan) -> list[SupervisionException]:
    """Incomplete cases whose one-time notice was never issued, past its deadline on the scanned
    day: deemed accepted (行政许可法 art. 32) though nothing in the case changed, however old. There
    are few: a notice is normally issued at the counter. (A notice issued late sets deemed_accepted.)"""
    has_notice = select(CaseNotice.id).where(CaseNotice.case_id == Case.id)
    query = (
        select(Case)
        .options(load_only(*_CASE_COLUMNS, raiseload=True))
        .where(
            Case.outcome == "incomplete",
            Case.deemed_accepted.is_(False),
            Case.received_on <= scan.last_day,
            ~has_notice.exists(),
        )
    )
    out = []
    for case in session.scalars(_sited(query, Case, scan)):
        deadline = deadlines.notice_deadline(scan.calendar, case.received_on, scan.notice_limit_workdays).day
        if deadline >= scan.last_day:
            continue
        changed = case.stage_changed_at
        if case.stage == stages.WITHDRAWN and changed is not None and changed.date() <= deadline:
            continue  # withdrawn while a notice could still be issued
        detail = f"应于 {deadline.isoformat()} 前出具一次性告知书，未出具，视为受理"
        out.append(_case_exception(NO_ONE_TIME_NOTICE, case, deadline + dt.timedelta(days=1), detail))
    return out


def case_exceptions(session, scan: Scan) -> list[SupervisionException]:
    out = notices_never_issued(session, scan)
    for case in _changed_cases(session, scan, Case.deemed_accepted.is_(True)):
        out.append(
            _case_exception(
                NO_ONE_TIME_NOTICE,
                case,
                case.accepted_on or case.received_on,
                "未按期出具一次性告知书，视为受理",
            )
        )
    for case in _changed_cases(session, scan, Case.outcome == "rejected"):
        out.append(_case_exception(REJECTED, case, case.received_on, case.rejection_reason or ""))
    for case in _changed_cases(session, scan, Case.stage.in_((stages.RETURNED, stages.WITHDRAWN))):
        on = case.stage_changed_at.date() if case.stage_changed_at else case.received_on
        label = chinese(stages.STAGE_LABELS[case.stage])
        out.append(_case_exception(RETURNED, case, on, f"{label}：{case.closing_note}"))
    out.extend(_false_completions(session, scan))
    pattern = f'%"{EXTRA_PREFIX}%'
    for case in _changed_cases(session, scan, cast(Case.checks, String).like(pattern), checks=True):
        extra = [c for c in case.checks or [] if str(c.get("key", "")).startswith(EXTRA_PREFIX)]
        detail = "；".join(f"{c['key'][len(EXTRA_PREFIX) :]}（{c.get('reason', '')}）" for c in extra)
        out.append(_case_exception(EXTRA_MATERIAL, case, case.received_on, detail))
    out.extend(_reprints(session, scan))
    return out


def _false_completions(session, scan: Scan) -> list[SupervisionException]:
    closed = list(_changed_cases(session, scan, Case.stage == stages.CLOSED, Case.outcome == "accepted"))
    if not closed:
        return []
    with_decision = set(
        session.scalars(
            select(CaseDocument.case_id).where(
                CaseDocument.kind == "decision", CaseDocument.case_id.in_([c.id for c in closed])
            )
        )
    )
    out = []
    for case in closed:  # closed without a decision document issued, or without a delivery record
        missing = [
            text
            for text, lacking in (
                ("无决定文书", case.id not in with_decision),
                ("无送达记录", not case.delivery),
            )
            if lacking
        ]
        if missing:
            on = case.decided_on or case.received_on
            out.append(_case_exception(FALSE_COMPLETION, case, on, "已办结，但" + "、".join(missing)))
    return out


def _reprints(session, scan: Scan) -> list[SupervisionException]:
    query = (
        select(CaseDocument.case_id, func.count(), func.max(CaseDocument.issued_at))
        .where(
            CaseDocument.kind == "acceptance",
            CaseDocument.reprint.is_(True),
            CaseDocument.issued_at >= scan.since,
        )
        .group_by(CaseDocument.case_id)
        .having(func.count() > scan.max_reprints)
    )
    counts = {case_id: (n, last) for case_id, n, last in session.execute(_sited(query, CaseDocument, scan))}
    if not counts:
        return []
    cases = session.scalars(
        select(Case).options(load_only(*_CASE_COLUMNS, raiseload=True)).where(Case.id.in_(list(counts)))
    )
    return [
        _case_exception(REPRINT, c, counts[c.id][1].date(), f"受理通知书补打 {counts[c.id][0]} 次")
        for c in cases
    ]


def overdue_followups(session, scan: Scan) -> list[SupervisionException]:
    """Follow-ups of bad ratings (差评整改) past their due date without a close step, however old:
    there are few, and one forgotten for months is the one to see."""
    closed = select(RatingFollowupStep.id).where(
        RatingFollowupStep.followup_id == RatingFollowup.id, RatingFollowupStep.step == "close"
    )
    query = (
        select(RatingFollowup, Rating.subject_label, Rating.service_day, Rating.level)
        .join(Rating, Rating.id == RatingFollowup.rating_id)
        .where(RatingFollowup.due_on < scan.last_day, ~closed.exists())
    )
    return [
        _exception(
            BAD_RATING_OVERDUE,
            followup.id,
            followup.site_id,
            subject=followup.number,
            found_on=followup.due_on,
            responsible_login=followup.staff_login,
            detail=f"应于 {followup.due_on.isoformat()} 前整改完毕（{day.isoformat()} {label}，{level or 0} 星）",
        )
        for followup, label, day, level in session.execute(_sited(query, RatingFollowup, scan))
    ]


def red_cards(session, scan: Scan) -> list[SupervisionCard]:
    """Red cards issued in the scanned days (each is also an ``overdue`` exception)."""
    query = select(SupervisionCard).where(
        SupervisionCard.level == "red", SupervisionCard.issued_on.between(scan.first_day, scan.last_day)
    )
    return list(session.scalars(_sited(query, SupervisionCard, scan)))


def overdue_from_cards(cards) -> list[SupervisionException]:
    """Every red card is also an ``overdue`` exception."""
    return [
        _exception(
            OVERDUE,
            card.case_id,
            card.site_id,
            case_id=card.case_id,
            subject=card.case_no,
            found_on=card.issued_on,
            responsible_login=card.responsible_login,
            department_code=card.department_code,
            detail=f"应于 {card.due_date.isoformat()} 前办结"
            + ("，已超法定时限" if card.past_statutory else ""),
        )
        for card in cards
        if card.level == "red"
    ]
