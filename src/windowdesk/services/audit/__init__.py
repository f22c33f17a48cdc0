"""Audit you can trust (issue 15): verify the hash chains of audit entries, here and on central,
and reveal an applicant's full identity number only as a deliberate, audited act.

The chain itself is written by the unit of work (``store/uow.py``) with the rules of
``windowdesk.domain.audit_chain``; PostgreSQL stores refuse UPDATE and DELETE of audit entries
(migration ``0011_reliability``).
"""

from __future__ import annotations

from sqlalchemy import select

from windowdesk.domain import roles
from windowdesk.errors import NotFound, UserError
from windowdesk.services.cases import normalise_case_no
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Applicant, AuditChainBreak, AuditChainHead, AuditEntry, Case, CaseEvent
from windowdesk.store.uow import row_payload

from ._report import AuditReport, ChainBreakInfo, verify_rows


def verify_local(ctx: ServiceContext, *, record: bool = True) -> AuditReport:
    """Check every audit chain in this store (this PC's own, and those of other devices of the site
    that sync brought here). The head this store keeps for its own devices also finds a removed
    tail. Breaks are kept in ``audit_chain_break`` (once each) unless ``record`` is False."""
    ctx.require(roles.SUPERVISOR)
    with ctx.reading() as session:
        rows = [row_payload(e) for e in session.scalars(select(AuditEntry))]
        heads = {str(h.chain_id).lower(): int(h.seq) for h in session.scalars(select(AuditChainHead))}
    report = verify_rows(ctx.store.display_name, rows, heads)
    if record and report.breaks:
        _record_local(ctx, report.breaks)
    return report


def _record_local(ctx: ServiceContext, breaks: tuple[ChainBreakInfo, ...]) -> None:
    import uuid

    with ctx.unit_of_work() as uow:
        known = {
            (str(b.chain_id).lower(), int(b.chain_seq), b.problem)
            for b in uow.session.scalars(select(AuditChainBreak))
        }
        for found in breaks:
            if (found.chain_id, found.seq, found.problem) in known:
                continue
            uow.session.add(
                AuditChainBreak(
                    site_id=None if found.site_id is None else uuid.UUID(found.site_id),
                    device_no=found.device_no,
                    chain_id=uuid.UUID(found.chain_id),
                    chain_seq=found.seq,
                    entry_id=found.entry_id,
                    problem=found.problem,
                    detail=found.detail[:400],
                )
            )


def verify_central(central_url: str, *, record: bool = True) -> AuditReport:
    """Check the audit chains of every site and device held by the central store (connect as its
    owner, as ``windowdesk central init`` does) and record each break in central's
    ``audit_chain_break``. Not a site service: it runs against central only."""
    from windowdesk.sync.link import connect_admin, public_url

    from . import _central

    with connect_admin(central_url) as conn:
        report = _central.read_and_verify(conn, public_url(central_url))
        if record and report.breaks:
            _central.record_breaks(conn, report.breaks)
    return report


@writes("case.reveal_id")
def reveal_id_number(ctx: ServiceContext, case_no: str) -> str:
    """The applicant's full identity number, for a clerk who clicked to see it. The viewing itself
    is audited: who (the actor), whose (the applicant and case), when (the entry's time)."""
    number_asked = normalise_case_no(case_no)
    with ctx.unit_of_work() as uow:
        case = uow.session.scalars(select(Case).where(Case.case_no == number_asked)).one_or_none()
        if case is None:
            raise NotFound("No case {no}", no=number_asked)
        applicant = uow.session.get(Applicant, case.applicant_id)
        number = applicant.id_number if applicant is not None else str(case.applicant.get("id_number", ""))
        if not number:
            raise UserError("This case has no identity number")
        # On the case's own history too, so whoever reads the case sees that the number was viewed.
        uow.add(
            CaseEvent(
                site_id=case.site_id,
                case_id=case.id,
                kind="id_revealed",
                user_login=uow.actor.login,
                window_no=uow.actor.window_no,
                detail={},
            )
        )
        uow.audit(
            "case.reveal_id",
            "applicant",
            case.applicant_id,
            case_no=case.case_no,
            id_type=case.applicant.get("id_type"),
        )
    return number


__all__ = [
    "AuditReport",
    "ChainBreakInfo",
    "reveal_id_number",
    "verify_central",
    "verify_local",
    "verify_rows",
]
