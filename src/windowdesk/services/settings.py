"""Site settings: the one typed registry of what can be set (every capability's settings, declared
here), with defaults, stored per site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from windowdesk.errors import UserError
from windowdesk.messages import N_, Text
from windowdesk.services import clock
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.store.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: Text  # N_: English source, Chinese in the catalogue
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        kind = type(self.default)
        try:
            if kind is bool and isinstance(value, str):
                if value.lower() not in {"true", "false", "1", "0", "yes", "no"}:
                    raise ValueError(value)
                result: Any = value.lower() in {"true", "1", "yes"}
            else:
                result = kind(value)
        except (TypeError, ValueError) as exc:
            raise UserError(
                "Invalid value for '{label}': {value}",
                label=self.label,
                value=value,
            ) from exc
        out_of_range = (self.minimum is not None and result < self.minimum) or (
            self.maximum is not None and result > self.maximum
        )
        if isinstance(result, int) and not isinstance(result, bool) and out_of_range:
            raise UserError(
                "'{label}' must be from {lo} to {hi}",
                label=self.label,
                lo=self.minimum,
                hi=self.maximum,
            )
        return result


# -- the registry: every setting of every capability, declared here and nowhere else -----------
# Capabilities refer to a setting by its constant (``settings.TIMEZONE``) or its key; nothing adds
# to this list at import time, so ``windowdesk settings list`` shows all of them on a fresh store.

# site
OFFICE_PHONE = SettingSpec("office.phone", "", N_("Enquiry phone"))
OFFICE_ADDRESS = SettingSpec("office.address", "", N_("Office address"))

# sign-in security (等保: lockout and idle timeout)
AUTH_MAX_FAILURES = SettingSpec(
    "auth.max_failures", 5, N_("Failed sign-ins before a login is locked"), 3, 20
)
AUTH_LOCKOUT_MINUTES = SettingSpec(
    "auth.lockout_minutes", 15, N_("Minutes a locked login stays locked"), 1, 1440
)
AUTH_IDLE_LOCK_MINUTES = SettingSpec(
    "auth.idle_lock_minutes", 10, N_("Minutes without input before the counter locks"), 1, 120
)

# cases
NOTICE_LIMIT_WORKDAYS = SettingSpec(
    "notice.limit_workdays", 5, N_("One-time notice limit (working days)"), 1, 30
)
STATUTORY_WORKDAYS = SettingSpec(
    "deadline.statutory_workdays", 20, N_("Statutory limit (working days)"), 1, 120
)
PROGRESS_URL = SettingSpec(
    "progress.url", "", N_("Progress lookup address (QR code prefix)")
)

# supervision (电子监察); the yellow threshold was ``deadline.yellow_workdays`` (migration 0014)
YELLOW_WORKDAYS = SettingSpec(
    "supervision.yellow_workdays", 2, N_("Yellow card at working days left"), 0, 30
)
LONG_CONSULTATION_MINUTES = SettingSpec(
    "supervision.long_consultation_minutes",
    20,
    N_("Consultation longer than this (minutes) may be an unrecorded case"),
    1,
    480,
)
MAX_REPRINTS = SettingSpec(
    "supervision.max_reprints", 2, N_("Most reprints of an acceptance notice"), 0, 20
)

# ratings
RATING_FOLLOWUP_WORKDAYS = SettingSpec(
    "rating.followup_workdays", 15, N_("Bad rating follow-up (working days)"), 1, 60
)

# queue
RECALLS_BEFORE_NO_SHOW = SettingSpec(
    "queue.recalls_before_no_show", 2, N_("Recalls before a no-show"), 0, 9
)
ORDINARY_PER_PRIORITY = SettingSpec(
    "queue.ordinary_per_priority",
    2,
    N_("Ordinary calls per priority call"),
    1,
    20,
)
EXPIRE_AT_DAY_END = SettingSpec(
    "queue.expire_at_day_end", True, N_("Expire unfinished tickets at day end")
)
#: The hall's time zone: the clock's "today" (services/clock.py) is a day in this zone.
TIMEZONE = SettingSpec(clock.ZONE_SETTING, clock.DEFAULT_ZONE, N_("Local time zone"))
SLIP_WIDTH_MM = SettingSpec("queue.slip_width_mm", 80, N_("Ticket slip width (mm)"), 58, 80)
VOICE_REPEATS = SettingSpec("queue.voice_repeats", 2, N_("Times each call is spoken"), 1, 5)
DISPLAY_NOTICE = SettingSpec(
    "queue.display_notice",
    "请携带身份证件，按叫号顺序到对应窗口办理。",
    N_("Hall display scrolling notice"),
)
RATING_TIMEOUT_SECONDS = SettingSpec(
    "rating.timeout_seconds",
    60,
    N_("Rating pad waits for an answer (seconds)"),
    10,
    600,
)

# backup
BACKUP_DIR = SettingSpec(
    "backup.dir",
    "",
    N_("Automatic backup folder (empty: backups in the data folder; may be a USB disk)"),
)
BACKUP_KEEP = SettingSpec("backup.keep", 7, N_("Automatic backups to keep"), 1, 365)

# sync
SYNC_INTERVAL_SECONDS = SettingSpec(
    "sync.interval_seconds", 60, N_("Background sync interval (s)"), 10, 3600
)
OUTBOX_KEEP_DAYS = SettingSpec(
    "sync.outbox_keep_days",
    30,
    N_("Days to keep synced ops (resent if central is restored)"),
    1,
    3650,
)

#: The settings the queue reads together in one statement (services/queue).
QUEUE_SETTINGS = (
    RECALLS_BEFORE_NO_SHOW,
    ORDINARY_PER_PRIORITY,
    EXPIRE_AT_DAY_END,
    TIMEZONE,
    SLIP_WIDTH_MM,
    VOICE_REPEATS,
    DISPLAY_NOTICE,
)

#: Every setting by key, in the order ``settings list`` shows them.
SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        OFFICE_PHONE,
        OFFICE_ADDRESS,
        AUTH_MAX_FAILURES,
        AUTH_LOCKOUT_MINUTES,
        AUTH_IDLE_LOCK_MINUTES,
        NOTICE_LIMIT_WORKDAYS,
        STATUTORY_WORKDAYS,
        YELLOW_WORKDAYS,
        LONG_CONSULTATION_MINUTES,
        MAX_REPRINTS,
        RATING_FOLLOWUP_WORKDAYS,
        RATING_TIMEOUT_SECONDS,
        *QUEUE_SETTINGS,
        PROGRESS_URL,
        SYNC_INTERVAL_SECONDS,
        OUTBOX_KEEP_DAYS,
        BACKUP_DIR,
        BACKUP_KEEP,
    )
}


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise UserError("There is no setting named {key}", key=key)
    return spec


def get_setting(ctx: ServiceContext, key: str) -> Any:
    spec = _spec(key)
    value = ctx.stored_setting(key)  # a site's own value beats the global one from central
    return spec.default if value is None else spec.coerce(value)


def all_settings(ctx: ServiceContext) -> dict[str, Any]:
    return {key: get_setting(ctx, key) for key in SPECS}


@writes("setting.set")
def set_setting(ctx: ServiceContext, key: str, value: Any) -> Any:
    spec = _spec(key)
    value = spec.coerce(value)
    site_id = require_site(ctx)
    with ctx.unit_of_work() as uow:
        row = uow.session.scalars(
            select(Setting).where(Setting.key == key, Setting.site_id == site_id)
        ).one_or_none()
        old = None if row is None else row.value
        if row is None:
            row = uow.add(Setting(site_id=site_id, key=key, value=value))
        else:
            row.value = value
        uow.audit("setting.set", "setting", row.id, key=key, old=old, new=value)
    return value
