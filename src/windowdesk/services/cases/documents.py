"""Issuing, archiving and reprinting a case's documents.

A document is rendered from the case's frozen snapshots, written under ``data_dir()/archive/<case_no>/``
and recorded in ``case_document`` (insert-only) with its hash, a history row and an audit entry. The
first print of a kind is the original; every later one is a reprint, stamped 补打 with when it was
reprinted, and audited as ``case.reprint``. The 特别程序告知书 is one document per pause: each pause
has its own original and its own reprints (the pause is named in the archive file name).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.documents.intake_docs import (
    TITLES,
    CaseDocumentData,
    MaterialLine,
    NoticeLine,
    build_case_document,
)
from windowdesk.documents.lifecycle_docs import LIFE_TITLES
from windowdesk.domain.applicants import ID_TYPES
from windowdesk.domain.intake import STATUS_LABELS, MaterialCheck
from windowdesk.domain.matter_snapshot import FORM_LABELS, snapshot_from_json
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import Conflict, UserError
from windowdesk.files import write_file_atomically
from windowdesk.messages import N_, Bilingual, chinese
from windowdesk.paths import data_dir
from windowdesk.services.cases.intake import add_event
from windowdesk.services.cases.life_docs import (
    LIFE_KINDS,
    life_document_date,
    life_kinds_for,
    render_life_document,
)
from windowdesk.services.cases.special_notice import special_file_stem, special_pause_of
from windowdesk.services.cases.views import due_state, load_case, masked_applicant, notice_of
from windowdesk.services.context import ServiceContext, writes
from windowdesk.services.settings import OFFICE_PHONE, PROGRESS_URL, STATUTORY_WORKDAYS, get_setting
from windowdesk.services.site import load_calendar
from windowdesk.store.models import Case, CaseDocument, Site, Window
from windowdesk.store.uow import UnitOfWork

DOCUMENT_KINDS = (*TITLES, *LIFE_KINDS)
ALL_TITLES = {**TITLES, **LIFE_TITLES}


@dataclass(frozen=True)
class IssuedDocument:
    id: uuid.UUID
    case_no: str
    kind: str
    reprint: bool
    path: Path  # absolute, in the archive
    pause: int | None = None  # the pause (1-based) a 特别程序告知书 is for

    def read(self) -> bytes:
        return self.path.read_bytes()


def archive_dir() -> Path:
    return data_dir() / "archive"


def kinds_for(case: Case, has_notice: bool) -> tuple[str, ...]:
    """The documents a case can have in its current state."""
    kinds = []
    if case.accepted_on is not None and case.outcome != "on_the_spot":
        kinds.append("acceptance")
    if case.outcome != "rejected":
        kinds.append("receipt")
    if has_notice:
        kinds.append("notice")
    if case.outcome == "rejected":
        kinds.append("rejection")
    return (*kinds, *life_kinds_for(case))


def _document_date(case: Case, kind: str, session: Session, pause: int | None) -> dt.date:
    if kind in LIFE_KINDS:
        return life_document_date(case, kind, pause) or case.received_on
    if kind == "acceptance":
        return case.completed_on if case.completed_on and not case.deemed_accepted else case.accepted_on
    if kind == "notice":
        notice = notice_of(session, case.id)
        return notice.issued_on if notice else case.received_on
    return case.received_on


def _data(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    kind: str,
    reprint: bool,
    now: dt.datetime,
    calendar: WorkdayCalendar,
    pause: int | None,
) -> CaseDocumentData:
    matter = snapshot_from_json(case.matter)
    applicant = masked_applicant(case.applicant)
    site = session.get(Site, case.site_id)
    window = session.scalars(
        select(Window).where(Window.site_id == case.site_id, Window.number == case.window_no)
    ).first()
    window_name = window.name if window else (f"{case.window_no}号窗口" if case.window_no else "")
    checks = {c["key"]: MaterialCheck(**c) for c in case.checks}
    arrived = case.correction or {}
    lines = []
    for material in matter.materials:
        check = checks.get(material.key)
        if check is None:
            continue
        if check.arrived:
            lines.append(
                MaterialLine(
                    material.name, chinese(FORM_LABELS[check.form]), check.count, chinese(STATUS_LABELS[check.status])
                )
            )
        elif arrived.get(material.key):
            lines.append(
                MaterialLine(
                    material.name,
                    chinese(FORM_LABELS[material.form]),
                    material.count,
                    f"补正（{arrived[material.key]}）",
                )
            )
    notice_lines = ()
    notice = notice_of(session, case.id)
    statutory_default = int(get_setting(ctx, STATUTORY_WORKDAYS.key))
    due = due_state(case, case.deemed_accepted, notice, calendar, ctx.clock.today(), statutory_default)
    if notice is not None:
        notice_lines = tuple(
            NoticeLine(
                item["name"],
                chinese(STATUS_LABELS[item["problem"]]),
                item["reason"],
                "；".join(
                    p for p in (item["standard"], f"{chinese(FORM_LABELS[item['form']])}{item['count']}份") if p
                ),
            )
            for item in notice.items
        )
    agent = ""
    if applicant.agent:
        agent = (
            f"{applicant.agent.name}（{chinese(ID_TYPES[applicant.agent.id_type])} {applicant.agent.id_number}）"
        )
    prefix = str(get_setting(ctx, PROGRESS_URL.key))
    return CaseDocumentData(
        kind=kind if kind in TITLES else "acceptance",  # a lifecycle document reuses the intake parts
        case_no=case.case_no,
        progress_ref=f"{prefix}{case.case_no}" if prefix else case.case_no,
        office=site.name if site else "",
        window=window_name,
        clerk=case.clerk_name or case.clerk_login,
        date=_document_date(case, kind, session, pause),
        applicant_name=applicant.name,
        applicant_kind=applicant.kind,
        applicant_id_label=chinese(ID_TYPES.get(applicant.id_type, N_("ID number"))),
        applicant_masked_id=applicant.id_number,
        legal_representative=applicant.legal_representative,
        agent=agent,
        matter_name=matter.name,
        matter_code=matter.code,
        department=case.department_name or matter.department,
        received_on=case.received_on,
        contact_phone=matter.department_phone or str(get_setting(ctx, OFFICE_PHONE.key)),
        accepted_on=due.accepted_on,
        deemed_accepted=case.deemed_accepted,
        statutory_due=due.statutory_due,
        promised_due=due.promised_due,
        statutory_workdays=matter.statutory_limit_workdays,
        promised_workdays=min(matter.promised_limit_workdays, matter.statutory_limit_workdays),
        due_provisional=due.provisional,
        materials=tuple(lines),
        notice_lines=notice_lines,
        rejection_reason=case.rejection_reason,
        rejection_basis=case.rejection_basis,
        competent_office=case.competent_office,
        reprint=reprint,
        reprint_note=f"补打于 {ctx.clock.local(now):%Y年%m月%d日 %H:%M}" if reprint else "",
    )


def _build(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    kind: str,
    pause: int | None,
    reprint: bool,
    now: dt.datetime,
    calendar: WorkdayCalendar,
) -> bytes:
    data = _data(session, ctx, case, kind, reprint, now, calendar, pause)
    if kind in LIFE_KINDS:
        return render_life_document(case, kind, data, pause)
    return build_case_document(data)


def _pause_of(case: Case, kind: str, pause: int | None) -> int | None:
    """Which pause a print of ``kind`` is for: the 特别程序告知书 names one (default: the latest);
    other documents none."""
    if kind != "special":
        if pause is not None:
            raise UserError("Only the special procedure notice is printed for one pause")
        return None
    count = len(case.pauses or ())
    number = count if pause is None else pause
    if not 1 <= number <= count:
        raise Conflict(
            "Case {no} has no pause number {pause} (it has {count})", no=case.case_no, pause=pause, count=count
        )
    return number


def _issued(session: Session, ctx: ServiceContext, case: Case) -> set[tuple[str, int | None]]:
    """What the case has been issued: (kind, pause) — the pause for a 特别程序告知书, else None."""
    issued = set()
    for document in session.scalars(select(CaseDocument).where(CaseDocument.case_id == case.id)):
        pause = None
        if document.kind == "special":
            pause = special_pause_of(case.pauses or [], document.path, ctx.clock.local(document.issued_at).date())
        issued.add((document.kind, pause))
    return issued


Rendered = tuple[str, int | None, bool, bytes]  # kind, pause, reprint, pdf


def _rendered(
    ctx: ServiceContext,
    case_no: str,
    kinds: tuple[str, ...] | None,
    reprint_kind: str | None,
    pause: int | None = None,
) -> list[Rendered]:
    """Render outside the write transaction: (kind, pause, reprint, pdf) for what is due."""
    now = ctx.clock.now()
    calendar = load_calendar(ctx)
    with ctx.reading() as session:
        case = load_case(session, case_no)
        has_notice = notice_of(session, case.id) is not None
        available = kinds_for(case, has_notice)
        issued = _issued(session, ctx, case)
        if reprint_kind is not None:
            _check_kind(case, reprint_kind, available)
            number = _pause_of(case, reprint_kind, pause)
            reprint = (reprint_kind, number) in issued
            return [
                (
                    reprint_kind,
                    number,
                    reprint,
                    _build(session, ctx, case, reprint_kind, number, reprint, now, calendar),
                )
            ]
        wanted = available if kinds is None else kinds
        for kind in wanted:
            _check_kind(case, kind, available)
        due = [(k, _pause_of(case, k, pause if k == "special" else None)) for k in wanted]
        return [
            (k, number, False, _build(session, ctx, case, k, number, False, now, calendar))
            for k, number in due
            if (k, number) not in issued
        ]


def _check_kind(case: Case, kind: str, available: tuple[str, ...]) -> None:
    if kind not in DOCUMENT_KINDS:
        raise UserError(
            "A document is one of {kinds}, not {kind}",
            kinds=", ".join(DOCUMENT_KINDS),
            kind=kind,
        )
    if kind not in available:
        raise Conflict(
            "Case {no} has no {document} document in its current state",
            no=case.case_no,
            document=Bilingual(ALL_TITLES[kind], kind),
        )


def _archive(
    uow: UnitOfWork, at: dt.datetime, case: Case, kind: str, pause: int | None, reprint: bool, pdf: bytes
) -> IssuedDocument:
    folder = archive_dir() / case.case_no
    folder.mkdir(parents=True, exist_ok=True)
    stamp = at.strftime("%Y%m%dT%H%M%S%f")
    stem = special_file_stem(pause) if pause is not None else kind
    name = f"{stem}-{stamp}{'-reprint' if reprint else ''}.pdf"
    target = folder / name
    copy = 1
    while target.exists():  # a clock that stands still (tests) must not overwrite an archived copy
        copy += 1
        name = f"{stem}-{stamp}-{copy}{'-reprint' if reprint else ''}.pdf"
        target = folder / name
    temporary = target.with_suffix(".part")
    with open(temporary, "wb") as handle:
        handle.write(pdf)
        handle.flush()
    temporary.replace(target)
    row = uow.add(
        CaseDocument(
            site_id=case.site_id,
            case_id=case.id,
            kind=kind,
            reprint=reprint,
            path=f"{case.case_no}/{name}",
            sha256=hashlib.sha256(pdf).hexdigest(),
            size=len(pdf),
            issued_by=uow.actor.login,
        )
    )
    detail = {"pause": pause} if pause is not None else {}
    add_event(
        uow, case, "document_reprinted" if reprint else "document_issued", kind=kind, path=row.path, **detail
    )
    return IssuedDocument(row.id, case.case_no, kind, reprint, target, pause)


@writes("case.issue_documents")
def issue_documents(
    ctx: ServiceContext, case_no: str, kinds: tuple[str, ...] | None = None, pause: int | None = None
) -> list[IssuedDocument]:
    """Issue and archive the documents the case has now and has not had yet (all, or ``kinds``);
    the 特别程序告知书 of pause number ``pause`` (default: the latest). Running it again issues
    nothing new."""
    rendered = _rendered(ctx, case_no, kinds, None, pause)
    if not rendered:
        return []
    with ctx.unit_of_work() as uow:
        case = load_case(uow.session, case_no, for_update=True)
        issued = [
            _archive(uow, ctx.clock.now(), case, kind, number, False, pdf) for kind, number, _, pdf in rendered
        ]
        uow.audit(
            "case.issue_documents",
            "intake_case",
            case.id,
            case_no=case.case_no,
            kinds=[d.kind for d in issued],
        )
    return issued


@writes("case.reprint")
def reprint_document(ctx: ServiceContext, case_no: str, kind: str, pause: int | None = None) -> IssuedDocument:
    """Print an issued document again, stamped 补打 with the time, archived and audited (the
    特别程序告知书 of pause number ``pause``, default the latest)."""
    [(kind, number, reprint, pdf)] = _rendered(ctx, case_no, None, kind, pause)
    if not reprint:
        raise Conflict(
            "The {document} document of case {no} has not been issued yet, so it cannot be reprinted",
            no=case_no,
            document=Bilingual(ALL_TITLES[kind], kind),
        )
    with ctx.unit_of_work() as uow:
        case = load_case(uow.session, case_no, for_update=True)
        document = _archive(uow, ctx.clock.now(), case, kind, number, True, pdf)
        detail = {"pause": number} if number is not None else {}
        uow.audit("case.reprint", "intake_case", case.id, case_no=case.case_no, kind=kind, **detail)
    return document


def preview_document(ctx: ServiceContext, case_no: str, kind: str, pause: int | None = None) -> bytes:
    """What :func:`print_document` would hand over now (补打 when issued before), without issuing it."""
    [(_, _, _, pdf)] = _rendered(ctx, case_no, None, kind, pause)
    return pdf


def print_document(ctx: ServiceContext, case_no: str, kind: str, pause: int | None = None) -> IssuedDocument:
    """The document to hand over now: the original the first time, a 补打 reprint after that. The
    特别程序告知书 is per pause: number ``pause`` (1-based), default the latest."""
    issued = issue_documents(ctx, case_no, (kind,), pause)
    return issued[0] if issued else reprint_document(ctx, case_no, kind, pause)


@writes("case.batch_print")
def batch_print(
    ctx: ServiceContext, case_nos: list[str], kind: str = "acceptance", save_to: Path | None = None
) -> bytes:
    """A supervisor prints one kind for many cases as one PDF (one print job); each copy is archived
    per case (补打 when it was issued before) and the batch is audited once. With ``save_to`` the PDF
    is also written there (atomically) before the batch commits: a failed write records nothing."""
    from pypdf import PdfReader, PdfWriter  # runtime dependency, only for batches

    numbers = list(dict.fromkeys(case_nos))
    if not numbers:
        raise UserError("Select some cases first")
    rendered = [(number, *_rendered(ctx, number, None, kind)[0]) for number in numbers]
    writer = PdfWriter()
    with ctx.unit_of_work() as uow:
        reprinted = []
        for number, kind_, pause, reprint, pdf in rendered:
            case = load_case(uow.session, number, for_update=True)
            _archive(uow, ctx.clock.now(), case, kind_, pause, reprint, pdf)
            if reprint:
                reprinted.append(case.case_no)
            for page in PdfReader(io.BytesIO(pdf)).pages:
                writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
        if save_to is not None:
            write_file_atomically(save_to, out.getvalue())
        uow.audit("case.batch_print", "intake_case", None, kind=kind, cases=numbers, reprinted=reprinted)
    return out.getvalue()
