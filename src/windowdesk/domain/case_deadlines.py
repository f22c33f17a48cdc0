"""Case deadlines in working days (行政许可法 art. 42, 45, 82) and deemed acceptance (art. 32).

* The decision clock starts on the acceptance date (the start day itself never counts).
* A one-time notice must be issued on the spot or within ``limit`` working days of receipt; if it is
  not, the application counts as accepted from the receipt date (*deemed acceptance*), and the clock
  starts on the receipt date.
* Days that do not count (art. 45: hearing, testing, expert review, and the 补正 wait) are pauses:
  closed day intervals. A running pause is closed at ``today`` and the due date moves on with it.
  The 补正 wait of a deemed-accepted case runs from the day after the notice to the day the last
  listed item arrives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from windowdesk.domain.workdays import DueDate, WorkdayCalendar
from windowdesk.messages import N_

PAUSE_KINDS = {
    "correction": N_("correction wait"),
    "hearing": N_("hearing"),
    "testing": N_("inspection and testing"),
    "expert_review": N_("expert review"),
}


@dataclass(frozen=True)
class Pause:
    kind: str
    first: dt.date
    last: dt.date | None  # None: still running

    def closed(self, today: dt.date) -> tuple[dt.date, dt.date] | None:
        last = self.last if self.last is not None else today
        return (self.first, last) if last >= self.first else None


@dataclass(frozen=True)
class CaseDueDates:
    statutory: DueDate
    promised: DueDate


def notice_deadline(calendar: WorkdayCalendar, received_on: dt.date, limit_workdays: int) -> DueDate:
    """The last day the one-time notice may be issued."""
    return calendar.add_working_days(received_on, limit_workdays)


def is_deemed_accepted(
    calendar: WorkdayCalendar,
    received_on: dt.date,
    limit_workdays: int,
    notice_issued_on: dt.date | None,
    today: dt.date,
) -> bool:
    """Whether an incomplete application counts as accepted from ``received_on``: its notice came (or,
    not issued yet, would come) after the deadline."""
    deadline = notice_deadline(calendar, received_on, limit_workdays).day
    issued_or_today = notice_issued_on if notice_issued_on is not None else today
    return issued_or_today > deadline


def correction_pause(notice_issued_on: dt.date, completed_on: dt.date | None) -> Pause:
    return Pause("correction", notice_issued_on + dt.timedelta(days=1), completed_on)


def due_dates(
    calendar: WorkdayCalendar,
    clock_start: dt.date,
    statutory_workdays: int,
    promised_workdays: int,
    pauses: Iterable[Pause] = (),
    today: dt.date | None = None,
    extension_workdays: int = 0,
) -> CaseDueDates:
    """Statutory (plus an approved extension) and promised due dates, skipping paused days."""
    today = today or clock_start
    closed = [c for c in (p.closed(today) for p in pauses) if c is not None]
    statutory = calendar.due_with_pauses(clock_start, statutory_workdays + extension_workdays, closed)
    promised = calendar.due_with_pauses(clock_start, min(promised_workdays, statutory_workdays), closed)
    return CaseDueDates(statutory, promised)
