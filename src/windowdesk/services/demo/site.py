"""The demo site with its windows and users: the step every other demo step builds on."""

from __future__ import annotations

from dataclasses import replace

from windowdesk.services import site
from windowdesk.services.context import ServiceContext
from windowdesk.services.demo.model import (
    DEMO_PASSWORD,
    DEMO_SITE_CODE,
    DEMO_SITE_NAME,
    DEMO_USERS,
    DEMO_WINDOWS,
    DemoOptions,
    DemoReport,
)


def demo_site(ctx: ServiceContext, options: DemoOptions, report: DemoReport) -> ServiceContext:
    """The demo site, windows 1–6 and the demo users; returns the context acting at that site."""
    info = site.init_site(ctx, DEMO_SITE_CODE, DEMO_SITE_NAME, "hall")
    ctx = ctx.as_actor(replace(ctx.actor, site_id=info.id))
    existing_windows = {w.number for w in site.list_windows(ctx)}
    for number in range(1, DEMO_WINDOWS + 1):
        if number not in existing_windows:
            site.add_window(ctx, number, f"{number}号窗口")
            report.add(f"window {number}")
    existing_users = {u.login for u in site.list_users(ctx)}
    for login, role, name in DEMO_USERS:
        if login not in existing_users:
            site.add_user(ctx, login, role, DEMO_PASSWORD, name, must_change_password=False)  # demo only
            report.add(f"user {login}")
    return ctx
