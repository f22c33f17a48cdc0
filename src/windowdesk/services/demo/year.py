"""A year of a busy hall in minutes (``windowdesk demo --year``; the benchmarks' fixture): tickets
with their periods, cases at every stage with pauses and late decisions, the cards they earned, and
ratings with the follow-ups of the bad ones.

Rows are written with multi-row INSERTs in one unit of work per day, not through the per-action
services (a year of those would take hours): one audit entry per day, no outbox rows — generated
data is for trying the supervisor's desk and for measuring, never for sync. Deterministic per seed.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
import zlib
from dataclasses import dataclass

from sqlalchemy import insert, select

from windowdesk.domain import case_stages as stages
from windowdesk.domain.ids import uuid7
from windowdesk.domain.matter_snapshot import snapshot_to_json
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.services import cases, supervision
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.demo.year_queue import WEEKDAY, WINDOWS, day_tickets
from windowdesk.services.demo.year_ratings import YearRatings
from windowdesk.services.settings import RATING_FOLLOWUP_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import (
    Applicant,
    Case,
    CaseDocument,
    CaseNotice,
    QueueCategory,
    Rating,
    RatingFollowup,
    RatingFollowupStep,
    Site,
    SupervisionCard,
    Ticket,
    TicketPeriod,
)
from windowdesk.store.models.supervision import card_id

#: matters the generated cases are spread over (demo catalogue); on-the-spot ones among them
MATTERS = ("XK-SCJG-001", "XK-SCJG-002", "XK-JT-001", "XK-WJ-001", "XK-GA-001", "GF-RS-004", "GF-BDC-001")
NOTICE_WORKDAYS = 5  # the default one-time notice limit (the notices' deadline column only)
DEVICE_NO = 90  # case numbers of generated cases never meet a real device's


@dataclass(frozen=True)
class YearSize:
    days: int = 250  # working days
    tickets_per_day: int = 2000
    cases_per_day: int = 600


@dataclass(frozen=True)
class YearReport:
    first: dt.date
    last: dt.date
    days: int
    tickets: int
    cases: int
    cards: int
    ratings: int


def _working_days(calendar: WorkdayCalendar, last: dt.date, n: int) -> list[dt.date]:
    days, day = [], last
    while len(days) < n:
        if calendar.is_workday(day):
            days.append(day)
        day -= dt.timedelta(days=1)
    return days[::-1]


def _back(calendar: WorkdayCalendar, day: dt.date, n: int) -> dt.date:
    """The working day ``n`` working days before ``day``."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if calendar.is_workday(day):
            n -= 1
    return day


class _Year:
    def __init__(self, ctx: ServiceContext, size: YearSize, last: dt.date, seed: int) -> None:
        self.ctx, self.size, self.last = ctx, size, last
        self.rng = random.Random(seed)
        self.site_id = require_site(ctx)
        self.zone = ctx.clock.zone()
        self.calendar = load_calendar(ctx)
        self.ratings = YearRatings(
            seed, self.site_id, self.calendar, get_setting(ctx, RATING_FOLLOWUP_WORKDAYS.key), last
        )
        with ctx.reading() as session:
            self.site_code = session.scalar(select(Site.code).where(Site.id == self.site_id))
            self.categories = list(
                session.execute(
                    select(QueueCategory.id, QueueCategory.prefix).where(
                        QueueCategory.site_id == self.site_id
                    )
                )
            )
        self.matters = [cases.matter_snapshot(ctx, code) for code in MATTERS]
        self.matter_json = [snapshot_to_json(m) for m in self.matters]
        self.sequence: dict[int, int] = {}
        self.applicants: list[tuple[uuid.UUID, dict]] = []

    # -- cases -------------------------------------------------------------------------------------

    def _case_no(self, day: dt.date) -> str:
        seq = self.sequence[day.year] = self.sequence.get(day.year, 0) + 1
        return f"{self.site_code}{day.year:04d}{DEVICE_NO:02d}{seq:06d}"

    def _applicant(self) -> tuple[uuid.UUID, dict]:
        if len(self.applicants) < 400 or self.rng.random() < 0.1:
            n = len(self.applicants)
            data = {
                "kind": "person",
                "name": "申请人" + str(n),
                "id_type": "resident_id",
                "id_number": f"44030519900101{n:04d}",
                "phone": f"1380000{n:04d}",
                "legal_representative": "",
                "agent": None,
            }
            self.applicants.append((uuid7(), data))
            self.new_applicants.append(self.applicants[-1])
        return self.rng.choice(self.applicants)

    def cases(self, day: dt.date) -> tuple[list[dict], list[dict]]:
        rng = self.rng
        rows, cards = [], []
        n = int(self.size.cases_per_day * WEEKDAY[day.weekday()] / 1.05)
        for _ in range(n):
            index = rng.randrange(len(self.matters))
            matter, matter_json = self.matters[index], self.matter_json[index]
            applicant_id, applicant = self._applicant()
            window = rng.randrange(1, WINDOWS + 1)
            outcome = (
                "on_the_spot"
                if matter.on_the_spot
                else rng.choices(("accepted", "incomplete", "rejected"), (88, 7, 5))[0]
            )
            row = {
                "id": uuid7(),
                "version": 1,
                "site_id": self.site_id,
                "case_no": self._case_no(day),
                "applicant_id": applicant_id,
                "applicant": applicant,
                "matter_code": matter.code,
                "matter_version_id": matter.version_id,
                "matter": matter_json,
                "checks": [],
                "outcome": outcome,
                "received_on": day,
                "window_no": window,
                "device_no": DEVICE_NO,
                "clerk_login": f"clerk{window:02d}",
                "department_code": matter.department_code,
                "department_name": "",
                "responsible_login": f"clerk{window:02d}",
                "silence_consent": matter.silence_consent,
                "pauses": [],
                "extension": {},
                "delivery": {},
                "correction": {},
                "rejection_reason": "",
            }
            if outcome == "rejected":
                row.update(
                    status="rejected", stage=stages.NOT_ACCEPTED, rejection_reason="不属于本机关职权范围"
                )
            elif outcome == "on_the_spot":
                row.update(
                    status="done",
                    stage=stages.CLOSED,
                    accepted_on=day,
                    decided_on=day,
                    decision=stages.APPROVED,
                )
                row["delivery"] = {"how": "pickup", "on": day.isoformat()}
            elif outcome == "incomplete" and rng.random() < 0.6:
                row.update(status="awaiting_correction", stage=stages.AWAITING_CORRECTION)
            else:
                self._accepted(row, day, matter, cards)
            if rng.random() < 0.003:
                row["checks"] = [
                    {"key": "extra:房屋租赁合同公证书", "status": "received", "reason": "承办科室要求"}
                ]
            rows.append(row)
        return rows, cards

    def _accepted(self, row: dict, day: dt.date, matter, cards: list[dict]) -> None:
        rng, cal = self.rng, self.calendar
        deemed = rng.random() < 0.01
        pauses = []
        statutory = matter.statutory_limit_workdays or 20
        if rng.random() < 0.05:
            start = cal.add_working_days(day, rng.randrange(2, 6)).day
            end = cal.add_working_days(start, 5).day
            pauses.append(
                {
                    "kind": "expert",
                    "reason": "专家评审",
                    "expected_workdays": 5,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "by": "handler",
                }
            )
        spans = [(dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])) for p in pauses]
        statutory_due = cal.due_with_pauses(day, statutory, spans).day
        promised_due = (
            cal.due_with_pauses(day, matter.promised_limit_workdays, spans).day
            if matter.promised_limit_workdays
            else None
        )
        binding = promised_due or statutory_due
        limit = matter.promised_limit_workdays or statutory
        late = rng.random() < 0.04
        took = limit + rng.randrange(1, 4) if late else max(1, int(limit * rng.uniform(0.3, 1.0)))
        decided_on = cal.due_with_pauses(day, took, spans).day
        row.update(
            status="accepted",
            accepted_on=day,
            deemed_accepted=deemed,
            statutory_due=statutory_due,
            promised_due=promised_due,
            pauses=pauses,
        )
        ended = rng.random() < 0.02
        if decided_on <= self.last and not ended:
            closed = decided_on < self.last - dt.timedelta(days=5)
            row.update(
                decided_on=decided_on,
                decision=stages.APPROVED if rng.random() < 0.95 else stages.DENIED,
                stage=stages.CLOSED if closed else stages.RESULT_READY,
            )
            if closed and rng.random() > 0.01:
                row["delivery"] = {"how": "pickup", "on": decided_on.isoformat()}
        elif ended:
            row.update(
                stage=rng.choice((stages.WITHDRAWN, stages.RETURNED)), closing_note="申请人书面申请撤回"
            )
            row["stage_changed_at"] = dt.datetime.combine(min(decided_on, self.last), dt.time(3), dt.UTC)
        else:
            age = cal.working_days_between(day, self.last)
            row["stage"] = stages.ACCEPTED if age < 1 else stages.RECEIVED if age < 3 else stages.UNDER_REVIEW
            row["responsible_login"] = f"handler{rng.randrange(1, 6)}"
        until = row.get("decided_on") or self.last
        yellow_day = max(day, _back(cal, binding, 2))
        if row["stage"] in (stages.WITHDRAWN, stages.RETURNED) or until < yellow_day:
            return
        cards.append(self._card(row, "yellow", yellow_day, binding))
        if until > binding:
            cards.append(self._card(row, "red", binding + dt.timedelta(days=1), binding))

    def _card(self, row: dict, level: str, on: dt.date, binding: dt.date) -> dict:
        return {
            "id": card_id(row["id"], level),
            "version": 1,
            "site_id": self.site_id,
            "case_id": row["id"],
            "case_no": row["case_no"],
            "level": level,
            "issued_on": on,
            "due_date": binding,
            "past_statutory": row["statutory_due"] < on,
            "matter_code": row["matter_code"],
            "department_code": row["department_code"],
            "responsible_login": row["responsible_login"],
            "window_no": row["window_no"],
            "created_at": dt.datetime.combine(on, dt.time(1), dt.UTC),
        }

    def _notices(self, rows: list[dict], day: dt.date) -> list[dict]:
        """The one-time notice handed over at the counter with each incomplete case (its items not
        generated); one case in a hundred never gets one (the desk's no_one_time_notice)."""
        deadline = self.calendar.add_working_days(day, NOTICE_WORKDAYS).day
        return [
            {
                "site_id": r["site_id"],
                "case_id": r["id"],
                "issued_on": day,
                "deadline": deadline,
                "late": False,
                "items": [],
                "issued_by": r["clerk_login"],
                "issued_at": dt.datetime.combine(day, dt.time(2), dt.UTC),
                "version": 1,
            }
            for r in rows
            if r["outcome"] == "incomplete" and zlib.crc32(r["case_no"].encode()) % 100 != 1
        ]

    def day(self, day: dt.date) -> tuple[int, int, int, int]:
        self.new_applicants: list[tuple[uuid.UUID, dict]] = []
        tickets, periods = day_tickets(
            self.rng, self.zone, self.site_id, self.categories, self.size.tickets_per_day, day
        )
        rows, cards = self.cases(day)
        ratings, followups, steps = self.ratings.day(day, tickets)
        made = dt.datetime.combine(day, dt.time(2), dt.UTC)
        defaults = {
            "created_at": made,
            "updated_at": made,
            "result": "",
            "rejection_basis": "",
            "competent_office": "",
            "due_provisional": False,
            "licence_no": "",
            "decision_reason": "",
            "decision_basis": "",
            "handler_login": "",
            "extension_workdays": 0,
            "closing_note": "",
            "clerk_name": "",
        }
        rows = [{**defaults, **r} for r in rows]
        for r in rows:  # last changed when decided (the supervision run scans by that)
            if r.get("decided_on"):
                r["updated_at"] = dt.datetime.combine(r["decided_on"], dt.time(9), dt.UTC)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            if self.new_applicants:
                s.execute(
                    insert(Applicant),
                    [
                        {
                            "id": aid,
                            "version": 1,
                            "site_id": self.site_id,
                            "updated_at": made,
                            **{
                                k: a[k]
                                for k in (
                                    "kind",
                                    "name",
                                    "id_type",
                                    "id_number",
                                    "phone",
                                    "legal_representative",
                                )
                            },
                        }
                        for aid, a in self.new_applicants
                    ],
                )
            for chunk in range(0, len(tickets), 1000):
                s.execute(insert(Ticket), tickets[chunk : chunk + 1000])
            for chunk in range(0, len(periods), 1000):
                s.execute(insert(TicketPeriod), periods[chunk : chunk + 1000])
            for chunk in range(0, len(rows), 500):
                s.execute(insert(Case), rows[chunk : chunk + 500])
            if cards:
                s.execute(insert(SupervisionCard), cards)
            for model, batch in (
                (CaseDocument, _decision_documents(rows)),
                (CaseNotice, self._notices(rows, day)),
            ):
                for chunk in range(0, len(batch), 1000):
                    s.execute(insert(model), batch[chunk : chunk + 1000])
            for model, batch in ((Rating, ratings), (RatingFollowup, followups), (RatingFollowupStep, steps)):
                for chunk in range(0, len(batch), 1000):
                    s.execute(insert(model), batch[chunk : chunk + 1000])
            uow.audit("demo.year_day", "site", self.site_id, day=day, tickets=len(tickets), cases=len(rows))
        return len(tickets), len(rows), len(cards), len(ratings)


def _decision_documents(rows: list[dict]) -> list[dict]:
    """The decision document (决定书) issued for a decided case, as the case page prints it: the
    archive row only (no file). One case in a hundred has none (the desk's false completion); chosen
    by the case number, so the seeded sequence of everything else is unchanged."""
    return [
        {
            "site_id": r["site_id"],
            "case_id": r["id"],
            "kind": "decision",
            "reprint": False,
            "path": f"{r['case_no']}/decision-generated.pdf",
            "sha256": "",
            "size": 0,
            "issued_by": r["responsible_login"],
            "issued_at": dt.datetime.combine(r["decided_on"], dt.time(9), dt.UTC),
            "version": 1,
        }
        for r in rows
        if r.get("decided_on") and r["outcome"] == "accepted" and zlib.crc32(r["case_no"].encode()) % 100
    ]


def load_year(
    ctx: ServiceContext, last: dt.date, size: YearSize | None = None, *, seed: int = 14
) -> YearReport:
    """Generate ``size.days`` working days ending ``last`` on a demo site (``windowdesk demo`` first)."""
    size = size or YearSize()
    year = _Year(ctx, size, last, seed)
    days = _working_days(year.calendar, last, size.days)
    totals = [0, 0, 0, 0]
    for day in days:
        for i, n in enumerate(year.day(day)):
            totals[i] += n
    ctx.store.refresh_planner_statistics()
    # the exceptions of the whole year, found by the supervision run itself
    supervision.run(ctx, last, scan_days=(last - days[0]).days + 1)
    return YearReport(days[0], days[-1], len(days), *totals)
