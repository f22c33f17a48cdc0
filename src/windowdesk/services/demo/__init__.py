"""Demo data: a complete small site to try every face. Running it again changes nothing.

Public API of the demo capability. The steps are listed here, in order, and nowhere else; each is
``step(ctx, options, report)`` and works through the other capabilities' public services.
"""

from __future__ import annotations

from windowdesk.services.context import ServiceContext
from windowdesk.services.demo.cases import demo_cases
from windowdesk.services.demo.catalogue import demo_catalogue
from windowdesk.services.demo.model import (
    DEMO_PASSWORD,
    DEMO_SITE_CODE,
    DEMO_SITE_NAME,
    DEMO_USERS,
    DEMO_WINDOWS,
    DemoOptions,
    DemoReport,
)
from windowdesk.services.demo.queue import demo_queue
from windowdesk.services.demo.site import demo_site
from windowdesk.services.demo.year import YearReport, YearSize, load_year

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_SITE_CODE",
    "DEMO_SITE_NAME",
    "DEMO_STEPS",
    "DEMO_USERS",
    "DEMO_WINDOWS",
    "DemoOptions",
    "DemoReport",
    "YearReport",
    "YearSize",
    "load_year",
    "demo_catalogue",
    "load_demo",
]

#: Every demo step after the site itself (:func:`demo_site`), in the order they run.
DEMO_STEPS = (demo_queue, demo_catalogue, demo_cases)


def load_demo(ctx: ServiceContext, options: DemoOptions | None = None) -> DemoReport:
    options = options or DemoOptions()
    report = DemoReport()
    ctx = demo_site(ctx, options, report)
    for step in DEMO_STEPS:
        step(ctx, options, report)
    return report
