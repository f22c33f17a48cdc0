"""Which site a supervision query or run covers: this site, or — on central — one or every site."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from windowdesk.errors import UserError
from windowdesk.services.context import ServiceContext
from windowdesk.store.models import Site


def site_scope(ctx: ServiceContext, site_code: str | None = None) -> uuid.UUID | None:
    """The site to cover: the one named by ``site_code``, else the acting (home) site; None on
    central without a code (every site)."""
    if site_code:
        with ctx.reading() as session:
            site_id = session.scalar(select(Site.id).where(Site.code == site_code.strip().upper()))
        if site_id is None:
            raise UserError(
                "There is no site with the code {code}", code=site_code
            )
        return site_id
    return ctx.actor.site_id or ctx.home_site_id()


def site_codes(ctx: ServiceContext) -> dict[uuid.UUID, str]:
    with ctx.reading() as session:
        return {k: v for k, v in session.execute(select(Site.id, Site.code))}
