"""The queue: taking tickets (and their slips), calling them, what a counter does with a called ticket,
setting up categories and windows, the status every face shows, daily statistics, and waking the
faces when the queue changes.

Public API of the queue capability; the modules inside are private to it. Finishing a visit (the ticket
and the case recorded at it) is :func:`windowdesk.services.visit.finish`; :func:`finish_ticket` is its
part inside the queue.
"""

from windowdesk.services.queue.common import TicketInfo, ticket_info
from windowdesk.services.queue.common import signal as wake_faces
from windowdesk.services.queue.moves import (
    cancel,
    expire_day_end,
    finish_ticket,
    no_show,
    parse_outcome,
    pause_window,
    reactivate,
    recall,
    resume_window,
    start_serving,
    transfer,
)
from windowdesk.services.queue.setup import (
    POLICY_NAMES,
    CategoryInfo,
    add_category,
    list_categories,
    set_window_categories,
    update_category,
    window_categories,
)
from windowdesk.services.queue.slip import (
    barcode_value,
    slip_archive_path,
    slip_data,
    slip_paper_mm,
    take_ticket_with_slip,
    ticket_slip_pdf,
)
from windowdesk.services.queue.tickets import IssuedTicket, call_next, call_ticket, take_ticket
from windowdesk.services.queue.views import (
    CategoryStatus,
    DayStats,
    QueueStats,
    QueueStatus,
    WindowStatus,
    daily_stats,
    queue_status,
)
from windowdesk.services.queue.watch import QueueWatch

__all__ = [
    "wake_faces",
    # tickets
    "IssuedTicket",
    "TicketInfo",
    "call_next",
    "call_ticket",
    "take_ticket",
    "take_ticket_with_slip",
    # slips
    "barcode_value",
    "slip_archive_path",
    "slip_data",
    "slip_paper_mm",
    "ticket_slip_pdf",
    # the counter's moves
    "cancel",
    "expire_day_end",
    "no_show",
    "pause_window",
    "reactivate",
    "recall",
    "resume_window",
    "start_serving",
    "transfer",
    # for services.visit: finishing inside the visit's own transaction
    "finish_ticket",
    "parse_outcome",
    "ticket_info",
    # setup
    "POLICY_NAMES",
    "CategoryInfo",
    "add_category",
    "list_categories",
    "set_window_categories",
    "update_category",
    "window_categories",
    # status and statistics
    "CategoryStatus",
    "DayStats",
    "QueueStats",
    "QueueStatus",
    "QueueWatch",
    "WindowStatus",
    "daily_stats",
    "queue_status",
]
