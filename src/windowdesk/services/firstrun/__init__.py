"""First-run set-up of an empty store: the site, its first administrator, windows, queue categories,
the catalogue and optionally the link to central, ending signed in as that administrator.

Public API of the first-run capability (the GUI's set-up wizard; ``windowdesk init`` and the other
CLI commands do the same steps one by one). Each step is an ordinary audited write path of its own
capability; the whole plan is checked before the first step runs, so bad input writes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from windowdesk.domain import roles
from windowdesk.domain.opening_hours import parse_hours
from windowdesk.domain.queue_order import valid_prefix
from windowdesk.errors import Conflict, UserError
from windowdesk.messages import message
from windowdesk.resources import resource_path
from windowdesk.services import catalogue, queue, site, sync
from windowdesk.services.context import ServiceContext
from windowdesk.store.uow import Actor

log = logging.getLogger(__name__)

__all__ = [
    "CATALOGUE_DEMO",
    "CATALOGUE_EMPTY",
    "CATALOGUE_FILE",
    "DEFAULT_CATEGORIES",
    "FirstRunPlan",
    "FirstRunResult",
    "NewCategory",
    "NewWindow",
    "check_central",
    "check_plan",
    "first_run",
    "needs_setup",
]

CATALOGUE_EMPTY, CATALOGUE_DEMO, CATALOGUE_FILE = "empty", "demo", "file"
DEMO_CATALOGUE = ("demo", "catalogue.json")


@dataclass(frozen=True)
class NewWindow:
    number: int
    name: str = ""
    department: str = ""


@dataclass(frozen=True)
class NewCategory:
    prefix: str
    name: str
    hours: str = ""


#: The categories the wizard offers (an admin unticks or renames what the site does not need).
DEFAULT_CATEGORIES = (
    NewCategory("A", "综合受理"),
    NewCategory("B", "企业开办"),
    NewCategory("C", "社保医保"),
    NewCategory("D", "不动产登记"),
    NewCategory("E", "民政事务"),
)


@dataclass(frozen=True)
class FirstRunPlan:
    site_code: str
    site_name: str
    site_kind: str
    admin_login: str
    admin_name: str
    admin_password: str
    windows: tuple[NewWindow, ...]
    categories: tuple[NewCategory, ...]
    catalogue: str = CATALOGUE_EMPTY  # empty | demo | file
    catalogue_file: str = ""
    central_url: str = ""  # empty: no central link now (`windowdesk sync setup` later)
    central_password: str = field(default="", repr=False)
    central_ca_file: str = ""  # central's CA certificate (PEM): required with a central address


@dataclass(frozen=True)
class FirstRunResult:
    actor: Actor  # the administrator, signed in
    notes: tuple[str, ...]  # how the link to central went (linked, or why not), shown after Finish


def needs_setup(ctx: ServiceContext) -> bool:
    return site.needs_setup(ctx)


def check_plan(plan: FirstRunPlan) -> None:
    """Every rule the steps would apply, checked before anything is written."""
    site.validate_site_code(plan.site_code)
    if not plan.site_name.strip():
        raise UserError("The site name must not be empty")
    if plan.site_kind not in site.SITE_KINDS:
        raise UserError("Choose the kind of site")
    login = site.validate_login(plan.admin_login)
    site.check_password(plan.admin_password, login)
    if not plan.windows:
        raise UserError("A site needs at least one window")
    numbers = [site.validate_window_number(w.number) for w in plan.windows]
    if len(set(numbers)) != len(numbers):
        raise UserError("A window number is given twice")
    if not plan.categories:
        raise UserError("A site needs at least one queue category")
    prefixes = [c.prefix.strip().upper() for c in plan.categories]
    for category, prefix in zip(plan.categories, prefixes, strict=True):
        if not valid_prefix(prefix):
            raise UserError(
                "A category prefix is one capital letter, not '{prefix}'",
                prefix=category.prefix,
            )
        if not category.name.strip():
            raise UserError("The category name must not be empty")
        parse_hours(category.hours)
    if len(set(prefixes)) != len(prefixes):
        raise UserError("A category prefix is given twice")
    if plan.catalogue not in {CATALOGUE_EMPTY, CATALOGUE_DEMO, CATALOGUE_FILE}:
        raise UserError("Choose where the catalogue comes from")
    if plan.catalogue == CATALOGUE_FILE and not Path(plan.catalogue_file).is_file():
        raise UserError(
            "The catalogue file is not there: {path}", path=plan.catalogue_file
        )
    check_central(plan)


def check_central(plan: FirstRunPlan) -> None:
    """The central page: no address is fine (offline); an address needs the site's password and
    central's CA certificate, which the link verifies the server with."""
    if not plan.central_url.strip():
        return
    if not plan.central_password:
        raise UserError("Enter this site's password for the central store")
    sync.check_central_ca(plan.central_ca_file.strip() or None)


def first_run(ctx: ServiceContext, plan: FirstRunPlan) -> FirstRunResult:
    """Set up an empty store as ``plan`` says and sign its administrator in."""
    if not site.needs_setup(ctx):
        raise Conflict("This store already has a site")
    check_plan(plan)
    if plan.catalogue == CATALOGUE_FILE:
        parsed = catalogue.read_catalogue_file(Path(plan.catalogue_file))
        if parsed.errors:
            raise catalogue.CatalogueFileError(Path(plan.catalogue_file), parsed.sorted_errors())
    info = site.init_site(ctx, plan.site_code, plan.site_name, plan.site_kind)
    setup = ctx.as_actor(replace(ctx.actor, site_id=info.id))
    site.add_user(
        setup,
        plan.admin_login,
        roles.ADMIN,
        plan.admin_password,
        plan.admin_name,
        must_change_password=False,  # they chose it themselves, twice
    )
    for window in plan.windows:
        site.add_window(setup, window.number, window.name, window.department)
    for category in plan.categories:
        queue.add_category(setup, category.prefix, category.name, hours=category.hours)
    prefixes = [c.prefix.strip().upper() for c in plan.categories]
    for window in plan.windows:
        queue.set_window_categories(setup, window.number, prefixes)
    if plan.catalogue == CATALOGUE_DEMO:
        catalogue.import_catalogue(setup, resource_path(*DEMO_CATALOGUE))
    elif plan.catalogue == CATALOGUE_FILE:
        catalogue.import_catalogue(setup, plan.catalogue_file)
    notes: list[str] = []
    if plan.central_url.strip():
        notes.append(_link_central(setup, plan, info.code))
        # a link takes central's record of the site, whose id replaces the one made above
        setup = ctx.as_actor(replace(ctx.actor, site_id=site.current_site(ctx).id))
    actor = site.authenticate(setup, plan.admin_login, plan.admin_password, window_no=plan.windows[0].number)
    return FirstRunResult(actor, tuple(notes))


def _link_central(ctx: ServiceContext, plan: FirstRunPlan, code: str) -> str:
    """Set up the link to central; the site is made already and works offline whatever happens here,
    so a failure becomes a note for the administrator, never a failed set-up."""
    try:
        linked = sync.setup_sync(
            ctx, plan.central_url.strip(), code, plan.central_password, plan.central_ca_file.strip()
        )
    except UserError as exc:
        reason = exc.message
    except Exception as exc:  # noqa: BLE001 (the site stands; the cause goes to the log)
        log.warning("the first-run link to central failed", exc_info=exc)
        reason = f"{type(exc).__name__}: {exc}"
    else:
        return message(
            "Linked to the central store {url} as site {code} (device {device}).",
            url=linked.central_url,
            code=linked.site_code,
            device=linked.device_no,
        )
    return message(
        "The link to the central store was not set up: {reason} The site works offline; an "
        "administrator can link it later with `windowdesk sync setup --central URL --site {code} "
        "--ca FILE`.",
        reason=reason,
        code=code,
    )
