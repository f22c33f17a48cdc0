"""Demo data: a complete small site to try every face. Running it again changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from windowdesk.domain import roles
from windowdesk.services import catalogue_io, queue_setup, sites, users
from windowdesk.services.context import ServiceContext

DEMO_SITE_CODE = "SZ01"
DEMO_SITE_NAME = "示范市政务服务中心"
#: The one documented password of every demo user (README.md says so too).
DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("clerk1", roles.CLERK, "王芳"),
    ("clerk2", roles.CLERK, "李强"),
    ("clerk3", roles.CLERK, "张敏"),
    ("supervisor", roles.SUPERVISOR, "陈督查"),
    ("admin", roles.ADMIN, "系统管理员"),
)
DEMO_WINDOWS = 6


@dataclass
class DemoOptions:
    cases: int = 0


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def _base(ctx: ServiceContext, options: DemoOptions, report: DemoReport) -> ServiceContext:
    site = sites.init_site(ctx, DEMO_SITE_CODE, DEMO_SITE_NAME, "hall")
    ctx = ctx.as_actor(replace(ctx.actor, site_id=site.id))
    existing_windows = {w.number for w in sites.list_windows(ctx)}
    for number in range(1, DEMO_WINDOWS + 1):
        if number not in existing_windows:
            sites.add_window(ctx, number, f"{number}号窗口")
            report.add(f"window {number}")
    existing_users = {u.login for u in users.list_users(ctx)}
    for login, role, name in DEMO_USERS:
        if login not in existing_users:
            users.add_user(ctx, login, role, DEMO_PASSWORD, name)
            report.add(f"user {login}")
    return ctx


#: Later capabilities append their demo step: ``step(ctx, options, report)``.
DEMO_STEPS: list[Callable[[ServiceContext, DemoOptions, DemoReport], None]] = [
    queue_setup.demo_step,
    catalogue_io.demo_step,
]


def load_demo(ctx: ServiceContext, options: DemoOptions | None = None) -> DemoReport:
    options = options or DemoOptions()
    report = DemoReport()
    ctx = _base(ctx, options, report)
    for step in DEMO_STEPS:
        step(ctx, options, report)
    return report


from windowdesk.services.case_demo import demo_cases  # noqa: E402  (needs DemoOptions above)

DEMO_STEPS.append(demo_cases)
