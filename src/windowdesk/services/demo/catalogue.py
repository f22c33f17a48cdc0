"""The demo catalogue (resources/demo/catalogue.json)."""

from __future__ import annotations

from windowdesk.resources import resource_path
from windowdesk.services import catalogue
from windowdesk.services.context import ServiceContext
from windowdesk.services.demo.model import DemoOptions, DemoReport

DEMO_CATALOGUE = ("demo", "catalogue.json")


def demo_catalogue(ctx: ServiceContext, options: DemoOptions | None, report: DemoReport) -> None:
    """Load the demo catalogue; a second run changes nothing."""
    result = catalogue.import_catalogue(ctx, resource_path(*DEMO_CATALOGUE))
    if result.departments_added:
        report.add(f"{result.departments_added} catalogue departments")
    if result.matters_added or result.matters_updated:
        report.add(f"{result.matters_added + result.matters_updated} catalogue matters")
