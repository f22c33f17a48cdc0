"""The site this store serves: its code and kind, windows, users and signing in, and the working-day
calendar (the official schedule with central's overrides).

Public API of the site capability; the modules inside are private to it.
"""

from windowdesk.services.site.calendar import (
    MAX_WORKDAYS,
    CalendarOverride,
    due_date,
    list_overrides,
    load_calendar,
    publish_year,
    set_day,
)
from windowdesk.services.site.sites import (
    SITE_KINDS,
    SiteInfo,
    WindowInfo,
    add_window,
    current_site,
    init_site,
    list_windows,
    validate_site_code,
)
from windowdesk.services.site.users import UserInfo, add_user, authenticate, list_users, set_password

__all__ = [
    # site and windows
    "SITE_KINDS",
    "SiteInfo",
    "WindowInfo",
    "add_window",
    "current_site",
    "init_site",
    "list_windows",
    "validate_site_code",
    # users
    "UserInfo",
    "add_user",
    "authenticate",
    "list_users",
    "set_password",
    # working-day calendar
    "MAX_WORKDAYS",
    "CalendarOverride",
    "due_date",
    "list_overrides",
    "load_calendar",
    "publish_year",
    "set_day",
]
