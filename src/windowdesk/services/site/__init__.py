"""The site this store serves: its code and kind, windows, users and signing in, and the working-day
calendar (the official schedule with central's overrides).

Public API of the site capability; the modules inside are private to it.
"""

from windowdesk.services.site.calendar import (
    MAX_WORKDAYS,
    CalendarImport,
    CalendarMonthDay,
    CalendarOverride,
    central_owns_calendar,
    due_date,
    import_schedule,
    list_overrides,
    load_calendar,
    month_view,
    parse_schedule,
    publish_year,
    published_years,
    set_day,
)
from windowdesk.services.site.signin import (
    authenticate,
    change_own_password,
    lock_session,
    password_change_due,
    release_kiosk,
    sign_out,
    unlock_session,
)
from windowdesk.services.site.sites import (
    SITE_KINDS,
    SiteInfo,
    WindowInfo,
    add_window,
    current_site,
    init_site,
    list_windows,
    needs_setup,
    update_window,
    validate_site_code,
    validate_window_number,
)
from windowdesk.services.site.users import (
    KEEP,
    UserInfo,
    add_user,
    check_password,
    get_user,
    list_users,
    set_password,
    set_user_active,
    unlock_user,
    update_user,
    validate_login,
)

__all__ = [
    # site and windows
    "SITE_KINDS",
    "SiteInfo",
    "WindowInfo",
    "add_window",
    "current_site",
    "init_site",
    "list_windows",
    "needs_setup",
    "update_window",
    "validate_site_code",
    "validate_window_number",
    # users
    "KEEP",
    "UserInfo",
    "add_user",
    "check_password",
    "get_user",
    "list_users",
    "set_password",
    "set_user_active",
    "unlock_user",
    "update_user",
    "validate_login",
    # signing in
    "authenticate",
    "change_own_password",
    "lock_session",
    "password_change_due",
    "release_kiosk",
    "sign_out",
    "unlock_session",
    # working-day calendar
    "MAX_WORKDAYS",
    "CalendarImport",
    "CalendarMonthDay",
    "CalendarOverride",
    "central_owns_calendar",
    "due_date",
    "import_schedule",
    "list_overrides",
    "load_calendar",
    "month_view",
    "parse_schedule",
    "publish_year",
    "published_years",
    "set_day",
]
