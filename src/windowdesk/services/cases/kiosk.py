"""The applicant's progress lookup (办件进度查询) at the kiosk: scan the notice's barcode or QR code,
see stage, department, due date and the department's phone — nothing personal beyond a masked name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from windowdesk.domain import case_stages as stages
from windowdesk.services.cases.clock import binding_due
from windowdesk.services.cases.views import load_case, normalise_case_no
from windowdesk.services.context import ServiceContext


@dataclass(frozen=True)
class Progress:
    """What an applicant sees at the kiosk: no personal data beyond a masked name."""

    case_no: str
    masked_name: str
    matter_name: str
    stage: str
    department: str
    department_phone: str
    due: dt.date | None  # the binding due date while undecided
    paused: bool


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; an organisation keeps its first two and last two characters."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    if len(name) > 6:
        return name[:2] + "*" * (len(name) - 4) + name[-2:]
    return name[0] + "*" * (len(name) - 1)


def progress_of(ctx: ServiceContext, scanned: str) -> Progress:
    """The progress of the case whose notice was scanned (its case number or its QR reference)."""
    text = (scanned or "").strip()
    number = normalise_case_no(text.rsplit("/", 1)[-1].rsplit("=", 1)[-1])
    with ctx.reading() as session:
        case = load_case(session, number)
        open_ = case.stage in stages.OPEN_STAGES and case.decided_on is None
        return Progress(
            case_no=case.case_no,
            masked_name=mask_name((case.applicant or {}).get("name", "")),
            matter_name=(case.matter or {}).get("name", ""),
            stage=case.stage,
            department=case.department_name or (case.matter or {}).get("department", ""),
            department_phone=(case.matter or {}).get("department_phone", ""),
            due=binding_due(case) if open_ else None,
            paused=any(not p.get("end") for p in case.pauses or []),
        )
