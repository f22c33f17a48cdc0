"""The data of the lifecycle documents (延期告知书, 特别程序告知书, 许可决定书, 送达回证) from a stored
case, and the hand-over list (流转单) of a batch, archived with each of its cases."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.documents.intake_docs import CaseDocumentData
from windowdesk.documents.lifecycle_docs import (
    LIFE_TITLES,
    HandoverData,
    HandoverLine,
    LifeDocumentData,
    build_handover_list,
    build_life_document,
)
from windowdesk.domain import case_stages as stages
from windowdesk.domain.matter_snapshot import snapshot_from_json
from windowdesk.errors import NotFound
from windowdesk.messages import chinese
from windowdesk.paths import data_dir
from windowdesk.services.cases.intake import add_event
from windowdesk.services.cases.kiosk import mask_name
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Case, CaseDocument, CaseHandover, Site

LIFE_KINDS = ("extension", "special", "decision", "delivery")


def life_kinds_for(case: Case) -> tuple[str, ...]:
    kinds = []
    if case.extension_workdays:
        kinds.append("extension")
    if case.pauses:
        kinds.append("special")
    if case.decision and case.outcome == "accepted":
        kinds.append("decision")
    if case.delivery:
        kinds.append("delivery")
    return tuple(kinds)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _pause(case: Case, pause: int | None) -> dict:
    return case.pauses[(pause or len(case.pauses)) - 1]


def life_document_date(case: Case, kind: str, pause: int | None = None) -> dt.date | None:
    """The date a lifecycle document bears; for the 特别程序告知书 that of pause number ``pause``
    (default: the latest)."""
    if kind == "extension":
        return _day((case.extension or {}).get("decided_on"))
    if kind == "special":
        return _day(_pause(case, pause)["start"]) if case.pauses else None
    if kind == "decision":
        return case.decided_on
    if kind == "delivery":
        return _day((case.delivery or {}).get("on"))
    return None


def render_life_document(case: Case, kind: str, base: CaseDocumentData, pause: int | None = None) -> bytes:
    """One lifecycle document; the 特别程序告知书 tells of pause number ``pause`` (default: the latest)."""
    matter = snapshot_from_json(case.matter)
    values: dict = {}
    if kind == "extension":
        ext = case.extension or {}
        values = {"extension_workdays": case.extension_workdays, "extension_reason": ext.get("reason", "")}
    elif kind == "special":
        chosen = _pause(case, pause)
        values = {
            "pause_kind": chinese(stages.PAUSE_KINDS.get(chosen["kind"], chosen["kind"])),
            "pause_reason": chosen.get("reason", ""),
            "pause_start": _day(chosen["start"]),
            "pause_expected_workdays": int(chosen.get("expected_workdays") or 0),
        }
    elif kind == "decision":
        values = {
            "approved": case.decision == stages.APPROVED,
            "decided_on": case.decided_on,
            "licence_no": case.licence_no,
            "decision_reason": case.decision_reason,
            "decision_basis": case.decision_basis,
            "legal_basis": matter.legal_basis,
        }
    elif kind == "delivery":
        delivery = case.delivery or {}
        role = {"applicant": "申请人", "agent": "代理人"}.get(delivery.get("to", ""), "")
        title = ("准予" if case.decision == stages.APPROVED else "不予") + LIFE_TITLES["decision"]
        if case.licence_no:
            title += f"、许可证件（{case.licence_no}）"
        values = {
            "delivery_how": delivery.get("how", ""),
            "delivery_to": f"{delivery.get('name', '')}（{role}）" if role else delivery.get("name", ""),
            "delivery_id_masked": delivery.get("id_masked", ""),
            "delivery_on": _day(delivery.get("on")),
            "carrier": delivery.get("carrier", ""),
            "tracking_no": delivery.get("tracking", ""),
            "delivered_document": title,
            "clerk": delivery.get("by_name") or delivery.get("by", ""),
        }
    return build_life_document(LifeDocumentData(base=base, kind=kind, **values))


# -- the hand-over list -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HandoverDocument:
    batch_no: str
    reprint: bool
    path: Path

    def read(self) -> bytes:
        return self.path.read_bytes()


def _handover_pdf(session: Session, batch: CaseHandover, reprint: bool, local_now: dt.datetime) -> bytes:
    site = session.get(Site, batch.site_id)
    rows = {c.case_no: c for c in session.scalars(select(Case).where(Case.case_no.in_(batch.case_nos)))}
    lines = tuple(
        HandoverLine(
            c.case_no,
            (c.matter or {}).get("name", ""),
            mask_name((c.applicant or {}).get("name", "")),
            c.accepted_on,
            c.statutory_due,
            c.promised_due,
        )
        for c in (rows[n] for n in batch.case_nos if n in rows)
    )
    return build_handover_list(
        HandoverData(
            batch.batch_no,
            site.name if site else "",
            f"{batch.department_name}（{batch.department_code}）"
            if batch.department_name
            else batch.department_code,
            batch.handed_on,
            batch.handed_by,
            lines,
            reprint,
            f"补打于 {local_now:%Y年%m月%d日 %H:%M}" if reprint else "",
        )
    )


@writes("case.print_handover")
def print_handover_list(ctx: ServiceContext, batch_no: str) -> HandoverDocument:
    """The 流转单 of a batch: archived and recorded with each of its cases; printed again, it is a
    补打 reprint, audited."""
    number = (batch_no or "").strip().upper()
    now = ctx.clock.now()
    with ctx.reading() as session:
        batch = session.scalars(select(CaseHandover).where(CaseHandover.batch_no == number)).one_or_none()
        if batch is None:
            raise NotFound("No hand-over list numbered {no}", no=number)
        case_ids = list(session.scalars(select(Case.id).where(Case.case_no.in_(batch.case_nos))))
        reprint = (
            session.scalar(
                select(CaseDocument.id).where(
                    CaseDocument.case_id.in_(case_ids), CaseDocument.kind == "handover"
                )
            )
            is not None
        )
        pdf = _handover_pdf(session, batch, reprint, ctx.clock.local(now))
    folder = data_dir() / "archive" / "handover"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{number}-{now:%Y%m%dT%H%M%S%f}{'-reprint' if reprint else ''}.pdf"
    target = folder / name
    temporary = target.with_suffix(".part")
    temporary.write_bytes(pdf)
    temporary.replace(target)
    digest = hashlib.sha256(pdf).hexdigest()
    with ctx.unit_of_work() as uow:
        for case in uow.session.scalars(select(Case).where(Case.id.in_(case_ids))):
            uow.add(
                CaseDocument(
                    site_id=case.site_id,
                    case_id=case.id,
                    kind="handover",
                    reprint=reprint,
                    path=f"handover/{name}",
                    sha256=digest,
                    size=len(pdf),
                    issued_by=uow.actor.login,
                )
            )
            add_event(
                uow,
                case,
                "document_reprinted" if reprint else "document_issued",
                kind="handover",
                path=f"handover/{name}",
            )
        uow.audit(
            "case.reprint" if reprint else "case.print_handover",
            "case_handover",
            None,
            batch_no=number,
            reprint=reprint,
        )
    return HandoverDocument(number, reprint, target)
