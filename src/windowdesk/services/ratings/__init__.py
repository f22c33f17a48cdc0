"""好差评, the public API: the rating pad's reads and writes, ratings from scripts, the follow-up of
bad ratings, and the figures for the supervisor's desk.

A rating's subject is a kind and an id (:class:`Subject`): ``ticket`` (a queue visit,
:func:`ticket_subject`) or ``delivery`` (a case's result picked up at a window, its ``deliver``
history row, :func:`delivery_subject`). One rating per subject; no answer at the pad is recorded as
未评价 (:func:`record_unrated`).
"""

from windowdesk.services.ratings._figures import GROUPINGS, rating_figures
from windowdesk.services.ratings._followups import (
    followup_detail,
    list_followups,
    overdue_followups,
    record_step,
)
from windowdesk.services.ratings._pad import (
    VisitWatch,
    awaiting_rating,
    pad_context,
    pad_idle,
    set_staff_card,
    staff_card,
)
from windowdesk.services.ratings._record import (
    SOURCES,
    add_rating,
    delivery_subject,
    list_ratings,
    record_unrated,
    ticket_subject,
)
from windowdesk.services.ratings._types import (
    ApplicantContact,
    FollowupInfo,
    FollowupStepInfo,
    PadIdle,
    RatingFigures,
    RatingInfo,
    StaffCard,
    Subject,
    VisitToRate,
)

__all__ = [
    "GROUPINGS",
    "SOURCES",
    "ApplicantContact",
    "FollowupInfo",
    "FollowupStepInfo",
    "PadIdle",
    "RatingFigures",
    "RatingInfo",
    "StaffCard",
    "Subject",
    "VisitToRate",
    "VisitWatch",
    "add_rating",
    "awaiting_rating",
    "delivery_subject",
    "followup_detail",
    "list_followups",
    "list_ratings",
    "overdue_followups",
    "pad_context",
    "pad_idle",
    "rating_figures",
    "record_step",
    "record_unrated",
    "set_staff_card",
    "staff_card",
    "ticket_subject",
]
