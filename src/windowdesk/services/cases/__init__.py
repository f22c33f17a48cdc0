"""Cases: intake at the counter (decide a visit, the one-time notice, 补正 visits), the matter a case
is decided against (from the catalogue), reading cases, and their documents (issue, archive, reprint).

Public API of the cases capability; the modules inside are private to it. Finishing a visit with its
case is :func:`windowdesk.services.visit.finish`, which calls :func:`link_case_on_finish`.
"""

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
from windowdesk.services.cases.matters import matter_snapshot, search_matters, snapshot_from_version
from windowdesk.services.cases.tickets import CASE_OUTCOMES_OF, INTAKE_OUTCOMES, link_case_on_finish
from windowdesk.services.cases.views import (
    CaseDetail,
    CaseFilter,
    CaseSummary,
    DocumentView,
    DueState,
    EventView,
    NoticeView,
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
    "list_cases",
    "normalise_case_no",
    "show_case",
    # documents
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
