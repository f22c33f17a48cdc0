"""The counter staff a supervisor filters cases by: the site's users who may receive a case and everyone
who did (the clerk recorded on a case, also when the user row is elsewhere or gone), by name, with the
工号 (staff number) and what a filter box matches (name, pinyin, initials, 工号, login)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from windowdesk.domain import roles
from windowdesk.services.context import ServiceContext
from windowdesk.services.supervision.scope import site_scope
from windowdesk.store.models import Case, User


@dataclass(frozen=True)
class StaffMember:
    login: str  # what a case records (``Case.clerk_login``) and the filter matches
    name: str  # the display name; the login when no name is known
    staff_no: str  # 工号, "" when none was given
    active: bool  # False: a disabled user (their cases stay)
    search: str  # lower case: name, full pinyin, initials, 工号 and login, for "contains" matching


def _member(login: str, name: str, staff_no: str, active: bool) -> StaffMember:
    from windowdesk.domain.catalogue_search import pinyin_keys  # pypinyin: only when asked

    name = name or login
    full, initials = pinyin_keys(name)
    search = " ".join(dict.fromkeys(p.lower() for p in (name, full, initials, staff_no, login) if p))
    return StaffMember(login, name, staff_no, active, search)


def counter_staff(ctx: ServiceContext, site_code: str | None = None) -> list[StaffMember]:
    """Everyone who may receive or has received a case at the site (all sites on central), active
    people first, then by the pinyin of the name."""
    site_id = site_scope(ctx, site_code)
    users_query = select(User.login, User.display_name, User.staff_no, User.active, User.role)
    clerks_query = select(Case.clerk_login, func.max(Case.clerk_name)).group_by(Case.clerk_login)
    if site_id is not None:
        users_query = users_query.where(User.site_id == site_id)
        clerks_query = clerks_query.where(Case.site_id == site_id)
    with ctx.reading() as session:
        users = session.execute(users_query).all()
        clerks = dict(session.execute(clerks_query).all())
    people: dict[str, StaffMember] = {}
    for login, name, staff_no, active, role in users:
        if login in clerks or roles.may(role, "case.decide"):
            known = people.get(login)  # on central, one login may exist at two sites: keep an active one
            if known is None or (active and not known.active):
                people[login] = _member(login, name, staff_no or "", bool(active))
    for login, name in clerks.items():
        if login and login not in people:
            people[login] = _member(login, name or "", "", True)
    from windowdesk.domain.catalogue_search import pinyin_keys

    return sorted(people.values(), key=lambda p: (not p.active, pinyin_keys(p.name)[0], p.login))
