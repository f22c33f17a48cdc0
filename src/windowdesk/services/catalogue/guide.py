"""The 办事指南 (service guide) of a matter as an A4 PDF, for the counter to print or hand out."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from windowdesk.documents.guide import GuideData, guide_pdf
from windowdesk.services.catalogue.browse import matter_version
from windowdesk.services.context import HOME_SITE_KEY, ServiceContext
from windowdesk.store.models import Department, LocalState, Site


def matter_guide_pdf(ctx: ServiceContext, ref: str | uuid.UUID) -> bytes:
    """The guide of a matter's version in force (by code) or of one published version (by id).

    Department phone and address are the current ones: whom to call is always today's number.
    """
    version = matter_version(ctx, ref)
    with ctx.reading() as session:
        department = session.scalars(
            select(Department).where(Department.code == version.matter.department)
        ).one_or_none()
        office = _office_name(ctx, session)
    data = GuideData(
        matter=version.matter,
        department_name=version.department_name or (department.name if department else ""),
        department_phone=department.phone if department else "",
        department_address=department.address if department else "",
        office=office,
        version_number=version.number,
        published_on=ctx.clock.today(version.published_at),
        printed_on=ctx.clock.today(),
    )
    return guide_pdf(data)


def _office_name(ctx: ServiceContext, session: Session) -> str:
    site_id = ctx.actor.site_id
    if site_id is None:
        state = session.get(LocalState, HOME_SITE_KEY)
        site_id = uuid.UUID(state.value) if state else None
    site = session.get(Site, site_id) if site_id else None
    return site.name if site else ""
