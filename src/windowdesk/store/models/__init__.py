"""All mapped tables. Importing this package registers every table on ``Base.metadata``.

Each capability keeps its tables in a module of its own; list it here.
"""

from windowdesk.store.base import Base
from windowdesk.store.models.calendar import CalendarDay, CalendarYear
from windowdesk.store.models.catalogue import Department, Material, Matter, MatterVersion
from windowdesk.store.models.core import Device, Setting, Site, User, Window
from windowdesk.store.models.intake import (
    Applicant,
    Case,
    CaseDocument,
    CaseEvent,
    CaseHandover,
    CaseNotice,
)
from windowdesk.store.models.journal import (
    AuditChainBreak,
    AuditChainHead,
    AuditEntry,
    LocalState,
    NumberCounter,
    OutboxOp,
    StoreEvent,
)
from windowdesk.store.models.queue import (
    QueueCategory,
    Ticket,
    TicketPeriod,
    WindowCategory,
    WindowQueueState,
)
from windowdesk.store.models.ratings import Rating, RatingFollowup, RatingFollowupStep
from windowdesk.store.models.supervision import (
    SupervisionAction,
    SupervisionCard,
    SupervisionException,
)
from windowdesk.store.models.sync import SyncConflict, SyncReject

__all__ = [
    "Applicant",
    "Case",
    "CaseDocument",
    "CaseEvent",
    "CaseHandover",
    "CaseNotice",
    "AuditChainBreak",
    "AuditChainHead",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Department",
    "Device",
    "LocalState",
    "Material",
    "Matter",
    "MatterVersion",
    "NumberCounter",
    "OutboxOp",
    "QueueCategory",
    "Rating",
    "RatingFollowup",
    "RatingFollowupStep",
    "Setting",
    "Site",
    "StoreEvent",
    "SupervisionAction",
    "SupervisionCard",
    "SupervisionException",
    "SyncConflict",
    "SyncReject",
    "Ticket",
    "TicketPeriod",
    "User",
    "Window",
    "WindowCategory",
    "WindowQueueState",
]
