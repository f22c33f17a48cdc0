"""Site settings: the one typed registry of what can be set (every capability's settings, declared
here), with defaults, stored per site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from windowdesk.errors import UserError
from windowdesk.services import clock
from windowdesk.services.context import ServiceContext, require_site, writes
from windowdesk.store.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label_zh: str
    label_en: str
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
                "Invalid value for '{label_en}': {value}",
                label=self.label_zh,
                label_en=self.label_en,
                value=value,
            ) from exc
        out_of_range = (self.minimum is not None and result < self.minimum) or (
            self.maximum is not None and result > self.maximum
        )
        if isinstance(result, int) and not isinstance(result, bool) and out_of_range:
            raise UserError(
                "'{label_en}' must be from {lo} to {hi}",
                label=self.label_zh,
                label_en=self.label_en,
                lo=self.minimum,
                hi=self.maximum,
            )
        return result


# -- the registry: every setting of every capability, declared here and nowhere else -----------
# Capabilities refer to a setting by its constant (``settings.TIMEZONE``) or its key; nothing adds
# to this list at import time, so ``windowdesk settings list`` shows all of them on a fresh store.

# site
OFFICE_PHONE = SettingSpec("office.phone", "", "咨询电话", "Enquiry phone")
OFFICE_ADDRESS = SettingSpec("office.address", "", "办公地址", "Office address")

# sign-in security (等保: lockout and idle timeout)
AUTH_MAX_FAILURES = SettingSpec(
    "auth.max_failures", 5, "连续登录失败几次后锁定账户", "Failed sign-ins before a login is locked", 3, 20
)
AUTH_LOCKOUT_MINUTES = SettingSpec(
    "auth.lockout_minutes", 15, "账户锁定时长（分钟）", "Minutes a locked login stays locked", 1, 1440
)
AUTH_IDLE_LOCK_MINUTES = SettingSpec(
    "auth.idle_lock_minutes", 10, "无操作几分钟后锁定窗口界面", "Minutes without input before the counter locks", 1, 120
)

# cases
NOTICE_LIMIT_WORKDAYS = SettingSpec(
    "notice.limit_workdays", 5, "补正告知期限（工作日）", "One-time notice limit (working days)", 1, 30
)
STATUTORY_WORKDAYS = SettingSpec(
    "deadline.statutory_workdays", 20, "法定办结时限（工作日）", "Statutory limit (working days)", 1, 120
)
PROGRESS_URL = SettingSpec(
    "progress.url", "", "办件进度查询网址（二维码前缀）", "Progress lookup address (QR code prefix)"
)

# supervision (电子监察); the yellow threshold was ``deadline.yellow_workdays`` (migration 0014)
YELLOW_WORKDAYS = SettingSpec(
    "supervision.yellow_workdays", 2, "黄牌预警剩余工作日", "Yellow card at working days left", 0, 30
)
LONG_CONSULTATION_MINUTES = SettingSpec(
    "supervision.long_consultation_minutes",
    20,
    "咨询超过该分钟数视为疑似办件未录入",
    "Consultation longer than this (minutes) may be an unrecorded case",
    1,
    480,
)
MAX_REPRINTS = SettingSpec(
    "supervision.max_reprints", 2, "受理通知书补打次数上限", "Most reprints of an acceptance notice", 0, 20
)

# ratings
RATING_FOLLOWUP_WORKDAYS = SettingSpec(
    "rating.followup_workdays", 15, "差评整改期限（工作日）", "Bad rating follow-up (working days)", 1, 60
)

# queue
RECALLS_BEFORE_NO_SHOW = SettingSpec(
    "queue.recalls_before_no_show", 2, "过号前须重呼次数", "Recalls before a no-show", 0, 9
)
ORDINARY_PER_PRIORITY = SettingSpec(
    "queue.ordinary_per_priority",
    2,
    "每叫一个优先号之间的普通号数",
    "Ordinary calls per priority call",
    1,
    20,
)
EXPIRE_AT_DAY_END = SettingSpec(
    "queue.expire_at_day_end", True, "日终未办结号自动作废", "Expire unfinished tickets at day end"
)
#: The hall's time zone: the clock's "today" (services/clock.py) is a day in this zone.
TIMEZONE = SettingSpec(clock.ZONE_SETTING, clock.DEFAULT_ZONE, "本地时区", "Local time zone")
SLIP_WIDTH_MM = SettingSpec("queue.slip_width_mm", 80, "取号单纸宽（毫米）", "Ticket slip width (mm)", 58, 80)
VOICE_REPEATS = SettingSpec("queue.voice_repeats", 2, "叫号语音播报次数", "Times each call is spoken", 1, 5)
DISPLAY_NOTICE = SettingSpec(
    "queue.display_notice",
    "请携带身份证件，按叫号顺序到对应窗口办理。",
    "叫号屏滚动通知",
    "Hall display scrolling notice",
)
RATING_TIMEOUT_SECONDS = SettingSpec(
    "rating.timeout_seconds",
    60,
    "评价器等待评价时间（秒）",
    "Rating pad waits for an answer (seconds)",
    10,
    600,
)

# backup
BACKUP_DIR = SettingSpec(
    "backup.dir",
    "",
    "自动备份目录（空则为数据目录下的 backups，可设为U盘）",
    "Automatic backup folder (empty: backups in the data folder; may be a USB disk)",
)
BACKUP_KEEP = SettingSpec("backup.keep", 7, "自动备份保留份数", "Automatic backups to keep", 1, 365)

# sync
SYNC_INTERVAL_SECONDS = SettingSpec(
    "sync.interval_seconds", 60, "后台同步间隔（秒）", "Background sync interval (s)", 10, 3600
)
OUTBOX_KEEP_DAYS = SettingSpec(
    "sync.outbox_keep_days",
    30,
    "已同步操作保留天数（中心库从备份恢复时重发）",
    "Days to keep synced ops (resent if central is restored)",
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
