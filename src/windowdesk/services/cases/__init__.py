"""Cases: intake at the counter (decide a visit, the one-time notice, 补正 visits), the matter a case
is decided against (from the catalogue), the case's life after the counter (hand-over, review,
pauses, extension, decision, result, delivery: issue 11), reading cases, and their documents (issue,
archive, reprint).

Public API of the cases capability; the modules inside are private to it. Finishing a visit with its
case is :func:`windowdesk.services.visit.finish`, which calls :func:`link_case_on_finish`.
"""

from windowdesk.services.cases.delivery import close_case, deliver_result
from windowdesk.services.cases.documents import (
    DOCUMENT_KINDS,
    IssuedDocument,
    archive_dir,
    batch_print,
    issue_documents,
    kinds_for,
    preview_document,
    print_document,
    reprint_document,
)
from windowdesk.services.cases.extension import (
    approve_extension,
    extend_deadline,
    refuse_extension,
    request_extension,
)
from windowdesk.services.cases.handover import (
    AWAITING_LIMIT,
    AwaitingHandover,
    HandoverBatch,
    awaiting_handover,
    find_batch,
    handover_cases,
    is_batch_no,
    list_batches,
    receive_batch,
)
from windowdesk.services.cases.intake import (
    IntakeDecision,
    IntakeDraft,
    ReturningApplicant,
    decide,
    find_applicant,
    issue_notice,
    record_correction,
    start_intake,
)
from windowdesk.services.cases.kiosk import Progress, mask_name, progress_of
from windowdesk.services.cases.life_docs import HandoverDocument, print_handover_list
from windowdesk.services.cases.lifecycle import (
    mark_ready,
    pause_clock,
    receive_case,
    record_decision,
    resume_clock,
    return_case,
    start_review,
    withdraw_case,
)
from windowdesk.services.cases.matters import matter_snapshot, search_matters, snapshot_from_version
from windowdesk.services.cases.progress import (
    DeemedApproval,
    ExtensionRequest,
    LifeView,
    OpenCase,
    PauseView,
    binding_due_date,
    deemed_approvals,
    extension_requests,
    open_cases,
)
from windowdesk.services.cases.recompute import recompute_due_dates, recompute_open_cases
from windowdesk.services.cases.tickets import CASE_OUTCOMES_OF, INTAKE_OUTCOMES, link_case_on_finish
from windowdesk.services.cases.views import (
    CaseDetail,
    CaseFilter,
    CaseSummary,
    DocumentView,
    DueState,
    EventView,
    NoticeView,
    count_cases,
    list_cases,
    normalise_case_no,
    show_case,
)

__all__ = [
    # intake
    "IntakeDecision",
    "IntakeDraft",
    "ReturningApplicant",
    "decide",
    "find_applicant",
    "issue_notice",
    "record_correction",
    "start_intake",
    # the matter a case is decided against
    "matter_snapshot",
    "search_matters",
    "snapshot_from_version",
    # reading cases
    "CaseDetail",
    "CaseFilter",
    "CaseSummary",
    "DocumentView",
    "DueState",
    "EventView",
    "NoticeView",
    "count_cases",
    "list_cases",
    "normalise_case_no",
    "show_case",
    # the life after the counter (stages: windowdesk.domain.case_stages)
    "AWAITING_LIMIT",
    "AwaitingHandover",
    "HandoverBatch",
    "approve_extension",
    "awaiting_handover",
    "close_case",
    "deliver_result",
    "extend_deadline",
    "find_batch",
    "handover_cases",
    "is_batch_no",
    "list_batches",
    "mark_ready",
    "pause_clock",
    "receive_batch",
    "receive_case",
    "record_decision",
    "recompute_due_dates",
    "recompute_open_cases",
    "refuse_extension",
    "request_extension",
    "resume_clock",
    "return_case",
    "start_review",
    "withdraw_case",
    # reading a case's life; the supervisor's desk (contract: progress.py, README)
    "DeemedApproval",
    "ExtensionRequest",
    "LifeView",
    "OpenCase",
    "PauseView",
    "binding_due_date",
    "deemed_approvals",
    "extension_requests",
    "open_cases",
    # the kiosk's progress lookup
    "Progress",
    "mask_name",
    "progress_of",
    # documents
    "HandoverDocument",
    "print_handover_list",
    "DOCUMENT_KINDS",
    "IssuedDocument",
    "archive_dir",
    "batch_print",
    "issue_documents",
    "kinds_for",
    "preview_document",
    "print_document",
    "reprint_document",
    # for services.visit: the ticket and its case
    "CASE_OUTCOMES_OF",
    "INTAKE_OUTCOMES",
    "link_case_on_finish",
]
