"""The plain results of the ratings services."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from windowdesk.domain.ratings import REASONS, is_bad, level_name
from windowdesk.errors import current_language
from windowdesk.messages import translate


@dataclass(frozen=True)
class Subject:
    """What is rated: ``kind`` ``ticket`` (a queue visit) or ``delivery`` (a result handed over)."""

    kind: str
    id: uuid.UUID


@dataclass(frozen=True)
class RatingInfo:
    id: uuid.UUID
    subject: Subject
    subject_label: str  # the ticket number (A012), or the case number of a delivery
    service_day: dt.date
    level: int | None  # None: 未评价
    reasons: tuple[str, ...]
    text: str
    window_no: int | None
    staff_login: str
    staff_name: str
    matter_code: str
    department: str
    source: str  # pad | cli
    device_no: int  # the device it came from
    recorded_by: str  # pad:<window> on a pad, cli:<user> from the command line
    rated_at: dt.datetime
    rated_on: dt.date
    followup_number: str | None

    @property
    def is_bad(self) -> bool:
        return is_bad(self.level)

    @property
    def level_name(self) -> str:
        return level_name(self.level, current_language())

    @property
    def reason_names(self) -> tuple[str, ...]:
        return tuple(translate(REASONS[code]) for code in self.reasons)


@dataclass(frozen=True)
class VisitToRate:
    """A visit the pad should ask about now."""

    subject: Subject
    label: str  # A012, or the case number of a result handed over
    window_no: int
    staff_name: str
    finished_at: dt.datetime
    timeout_seconds: int


@dataclass(frozen=True)
class StaffCard:
    login: str
    name: str
    staff_no: str
    photo_jpeg: bytes | None


@dataclass(frozen=True)
class PadIdle:
    """What the pad shows between visits: the hall, its window, the staff member on duty."""

    hall_name: str
    window_no: int
    window_name: str
    window_exists: bool
    staff: StaffCard | None
    timeout_seconds: int


@dataclass(frozen=True)
class FollowupStepInfo:
    step: str
    note: str
    satisfied: bool | None
    at: dt.datetime
    on_day: dt.date
    user_login: str


@dataclass(frozen=True)
class ApplicantContact:
    """Shown to supervisors only (for the call back); the staff member concerned never sees it."""

    name: str
    phone: str


@dataclass(frozen=True)
class FollowupInfo:
    id: uuid.UUID
    number: str
    rating_id: uuid.UUID
    subject_label: str
    service_day: dt.date
    level: int
    reasons: tuple[str, ...]
    text: str
    window_no: int | None
    staff_login: str
    staff_name: str
    matter_code: str
    opened_on: dt.date
    due_on: dt.date
    due_provisional: bool
    next_step: str  # verify | rectify | callback | close | closed
    steps: tuple[FollowupStepInfo, ...]
    overdue: bool  # not closed and past its due date (as of the day asked)
    closed_on: dt.date | None
    applicant: ApplicantContact | None = None

    @property
    def closed(self) -> bool:
        return self.closed_on is not None

    @property
    def on_time(self) -> bool | None:
        """Closed on or before the due date; None while open and not yet due."""
        if self.closed_on is not None:
            return self.closed_on <= self.due_on
        return False if self.overdue else None


@dataclass(frozen=True)
class RatingFigures:
    """One group's figures for a period (per staff member, window, matter, department or site)."""

    key: str
    label: str
    served: int  # visits finished (tickets done) and results picked up at a window
    rated: int  # visits with a level 1..5
    unrated: int  # recorded 未评价 at the pad
    satisfied: int  # 非常满意 + 满意 + 基本满意
    bad: int  # 不满意 + 非常不满意
    by_level: tuple[int, int, int, int, int]  # count of levels 5, 4, 3, 2, 1
    followups: int
    followups_on_time: int  # closed on or before due
    followups_late: int  # closed after due, or open past due
    followups_open: int  # open and not yet due

    @property
    def satisfaction_rate(self) -> float | None:
        return None if self.rated == 0 else self.satisfied / self.rated

    @property
    def rating_rate(self) -> float | None:
        return None if self.served == 0 else self.rated / self.served

    @property
    def followups_on_time_rate(self) -> float | None:
        decided = self.followups_on_time + self.followups_late
        return None if decided == 0 else self.followups_on_time / decided
