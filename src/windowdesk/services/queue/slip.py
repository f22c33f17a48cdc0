"""Ticket slips: build the PDF for an issued ticket and keep it in the data directory.

The PDF toolkit (reportlab, fonts) is imported when a slip is made, not with the queue.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from windowdesk.domain.queue import PRIORITY_NAMES, Priority
from windowdesk.messages import message
from windowdesk.paths import data_dir
from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.queue.common import find_ticket
from windowdesk.services.queue.tickets import IssuedTicket, take_ticket, waiting_ahead
from windowdesk.services.settings import SLIP_WIDTH_MM, get_setting
from windowdesk.store.models import QueueCategory, Site

if TYPE_CHECKING:
    from windowdesk.documents.ticket_slip import TicketSlipData


def barcode_value(site_code: str, day: dt.date, number: str) -> str:
    """``SZ0120261123A012``: unique across sites and days, at most 18 characters."""
    return f"{site_code}{day:%Y%m%d}{number}"


def slip_paper_mm(ctx: ServiceContext) -> int:
    width = int(get_setting(ctx, SLIP_WIDTH_MM.key))
    return 58 if width < 80 else 80


def slip_data(ctx: ServiceContext, ticket_id: uuid.UUID) -> TicketSlipData:
    from windowdesk.documents.ticket_slip import TicketSlipData

    site_id = require_site(ctx)
    zone = ctx.clock.zone()
    with ctx.reading() as session:
        ticket = find_ticket(session, site_id, ticket_id, dt.date.min)  # by id: the day is not used
        site = session.get(Site, site_id)
        category_row = session.get(QueueCategory, ticket.category_id)
        ahead = waiting_ahead(session, ticket)
        return TicketSlipData(
            hall_name=site.name,
            number=ticket.number,
            category_name=category_row.name,
            priority_label=(
                message("{kind} priority", kind=PRIORITY_NAMES[Priority(ticket.priority_kind)])
                if ticket.priority_kind
                else ""
            ),
            waiting_ahead=ahead,
            issued_at=ticket.arrival_at.astimezone(zone),
            barcode_value=barcode_value(site.code, ticket.service_day, ticket.number),
        )


def slip_archive_path(data: TicketSlipData) -> Path:
    folder = data_dir() / "slips" / f"{data.issued_at:%Y-%m-%d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{data.barcode_value}.pdf"


def ticket_slip_pdf(
    ctx: ServiceContext, ticket_id: uuid.UUID, out: str | Path | None = None, *, paper_mm: int | None = None
) -> Path:
    """Write the slip PDF to the archive (and to ``out`` if given); returns where it is.

    ``paper_mm`` is the kiosk PC's own paper (80 or 58); without it the site setting decides.
    """
    from windowdesk.documents.ticket_slip import ticket_slip_pdf as build_pdf

    data = slip_data(ctx, ticket_id)
    pdf = build_pdf(data, paper_mm or slip_paper_mm(ctx))
    archived = slip_archive_path(data)
    archived.write_bytes(pdf)
    if out is None:
        return archived
    target = Path(out)
    shutil.copyfile(archived, target)
    return target


def take_ticket_with_slip(
    ctx: ServiceContext,
    category_prefix: str,
    *,
    priority: str | None = None,
    appointment_code: str | None = None,
    paper_mm: int | None = None,
) -> tuple[IssuedTicket, Path]:
    """The kiosk's whole action: issue the ticket, then build and keep its slip."""
    issued = take_ticket(ctx, category_prefix, priority=priority, appointment_code=appointment_code)
    return issued, ticket_slip_pdf(ctx, issued.ticket.id, paper_mm=paper_mm)
