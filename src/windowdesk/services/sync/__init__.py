"""Sync entry points for the GUI and the CLI: set a site up to sync, run it, its status, rejects and
conflicts; and administering the central store (create or upgrade it, add a site with its role).

Public API of the sync capability (the protocol itself is :mod:`windowdesk.sync`); the modules inside
are private to it.
"""

from windowdesk.services.sync.central import NewSite, add_central_site, init_central, site_role_name
from windowdesk.services.sync.site_sync import (
    KEEP_CENTRAL,
    KEEP_SITE,
    CentralUnavailable,
    ConflictInfo,
    PasswordNeeded,
    RejectInfo,
    SetupResult,
    SyncStatus,
    SyncSummary,
    check_central_ca,
    list_conflicts,
    list_rejects,
    resolve_conflict,
    run_sync,
    setup_sync,
    stored_password,
    sync_status,
)
from windowdesk.sync.credentials import keyring_available

__all__ = [
    # a site's sync
    "KEEP_CENTRAL",
    "KEEP_SITE",
    "CentralUnavailable",
    "ConflictInfo",
    "PasswordNeeded",
    "RejectInfo",
    "SetupResult",
    "SyncStatus",
    "SyncSummary",
    "check_central_ca",
    "list_conflicts",
    "list_rejects",
    "resolve_conflict",
    "run_sync",
    "setup_sync",
    "stored_password",
    "sync_status",
    "keyring_available",
    # the central store
    "NewSite",
    "add_central_site",
    "init_central",
    "site_role_name",
]
