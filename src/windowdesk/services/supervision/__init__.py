"""电子监察 and statistics (issue 14): yellow and red cards, exceptions and their handling (督办,
说明, conclusion), statistics for a date range, and the monthly performance report (效能月报).

Public API of the supervision capability; the modules inside are private to it.
"""

from windowdesk.services.supervision.cards import LEVEL_LABELS, LEVELS, level_for
from windowdesk.services.supervision.exports import Exported, export_cards, export_cases, export_exceptions
from windowdesk.services.supervision.findings import EXTRA_PREFIX, KIND_LABELS, KINDS
from windowdesk.services.supervision.handling import (
    CONCLUSIONS,
    STATE_LABELS,
    Urge,
    close,
    explain,
    pending_urges,
    urge,
    urged_case_nos,
)
from windowdesk.services.supervision.own import OWN_LIMIT, OwnAlert, own_alerts
from windowdesk.services.supervision.report import export_report, month_range
from windowdesk.services.supervision.run import RunResult, run
from windowdesk.services.supervision.scope import site_codes, site_scope
from windowdesk.services.supervision.staff import StaffMember, counter_staff
from windowdesk.services.supervision.stats import (
    GROUP_LABELS,
    GROUPS,
    DayRow,
    GroupRow,
    Stats,
    compute_stats,
    percentile,
)
from windowdesk.services.supervision.views import (
    CARD_SORTS,
    EXCEPTION_SORTS,
    CardView,
    ExceptionView,
    Page,
    list_cards,
    list_exceptions,
)

__all__ = [
    # cards and exceptions
    "EXTRA_PREFIX",
    "KINDS",
    "KIND_LABELS",
    "LEVELS",
    "LEVEL_LABELS",
    "RunResult",
    "level_for",
    "run",
    "CARD_SORTS",
    "EXCEPTION_SORTS",
    "CardView",
    "ExceptionView",
    "Page",
    "list_cards",
    "list_exceptions",
    # the lists as XLSX
    "Exported",
    "export_cards",
    "export_cases",
    "export_exceptions",
    # handling
    "CONCLUSIONS",
    "STATE_LABELS",
    "Urge",
    "close",
    "explain",
    "pending_urges",
    "urge",
    "urged_case_nos",
    # the responsible person's own cards and exceptions (to explain)
    "OWN_LIMIT",
    "OwnAlert",
    "own_alerts",
    # statistics and reports
    "GROUPS",
    "GROUP_LABELS",
    "DayRow",
    "GroupRow",
    "Stats",
    "compute_stats",
    "export_report",
    "month_range",
    "percentile",
    # who received the cases (the case list's filter)
    "StaffMember",
    "counter_staff",
    # which sites
    "site_codes",
    "site_scope",
]
