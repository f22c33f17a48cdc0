"""The catalogue belongs to central: imported and edited there, it reaches a site by pull, and a
site keeps every published version (so its cases keep theirs)."""

from __future__ import annotations

from dataclasses import replace

from tests.services.catalogue_support import small_document, write_json
from tests.sync.support import central_store, site_client
from windowdesk.services import catalogue
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context
from windowdesk.store.uow import Actor


def test_a_site_pulls_the_catalogue_and_every_version_from_central(sqlite_url, tmp_path):
    with central_store("TS01") as c:
        on_central = open_context(c.url, actor=Actor(login="central-admin", role="admin"))
        try:
            catalogue.import_catalogue(on_central, write_json(tmp_path / "c.json", small_document(60)))
            first = catalogue.matter_version(on_central, "XK-SCJG-001")
            site = site_client(c, "TS01", sqlite_url)
            summary = sync_service.run_sync(site)
            assert summary.rejected == 0
            assert catalogue.matter_version(site, "XK-SCJG-001") == first
            assert [m.code for m in catalogue.search_matters(site, "spjy")][0] == "XK-SCJG-001"

            catalogue.save_matter(on_central, replace(first.matter, promised_limit_days=2))
            sync_service.run_sync(site)
            assert catalogue.matter_version(site, "XK-SCJG-001").number == 2
            old = catalogue.matter_version(site, first.version_id)
            assert old.materials == first.materials and old.matter.promised_limit_days == 5
            site.store.dispose()
        finally:
            on_central.store.dispose()
