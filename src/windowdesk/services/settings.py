"""Site settings: a typed registry of what can be set, with defaults, stored per site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from windowdesk.errors import UserError
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
                "设置“{label}”的值无效：{value}",
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
                "设置“{label}”须在 {lo} 到 {hi} 之间",
                "'{label_en}' must be from {lo} to {hi}",
                label=self.label_zh,
                label_en=self.label_en,
                lo=self.minimum,
                hi=self.maximum,
            )
        return result


SPECS: dict[str, SettingSpec] = {}


def register(spec: SettingSpec) -> SettingSpec:
    SPECS[spec.key] = spec
    return spec


register(SettingSpec("office.phone", "", "咨询电话", "Enquiry phone"))
register(SettingSpec("office.address", "", "办公地址", "Office address"))
register(
    SettingSpec(
        "notice.limit_workdays", 5, "补正告知期限（工作日）", "One-time notice limit (working days)", 1, 30
    )
)
register(
    SettingSpec(
        "deadline.statutory_workdays", 20, "法定办结时限（工作日）", "Statutory limit (working days)", 1, 120
    )
)
register(
    SettingSpec(
        "deadline.yellow_workdays", 3, "黄牌预警剩余工作日", "Yellow card at working days left", 0, 30
    )
)
register(
    SettingSpec(
        "rating.followup_workdays", 15, "差评整改期限（工作日）", "Bad rating follow-up (working days)", 1, 60
    )
)
register(
    SettingSpec(
        "backup.dir",
        "",
        "自动备份目录（空则为数据目录下的 backups，可设为U盘）",
        "Automatic backup folder (empty: backups in the data folder; may be a USB disk)",
    )
)
register(SettingSpec("backup.keep", 7, "自动备份保留份数", "Automatic backups to keep", 1, 365))


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise UserError("没有名为 {key} 的设置", "There is no setting named {key}", key=key)
    return spec


def get_setting(ctx: ServiceContext, key: str) -> Any:
    spec = _spec(key)
    site_id = ctx.actor.site_id or ctx.home_site_id()
    with ctx.reading() as session:
        rows = session.scalars(
            select(Setting).where(
                Setting.key == key, Setting.site_id.is_(None) | (Setting.site_id == site_id)
            )
        ).all()
    # A site's own value beats the global one from central.
    rows = sorted(rows, key=lambda row: row.site_id is not None)
    return spec.coerce(rows[-1].value) if rows else spec.default


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
