"""What every demo step shares: the demo site, its users, the options and the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from windowdesk.domain import roles

DEMO_SITE_CODE = "SZ01"
DEMO_SITE_NAME = "示范市政务服务中心"
#: The one documented password of every demo user (README.md says so too).
DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("clerk1", roles.CLERK, "王芳"),
    ("clerk2", roles.CLERK, "李强"),
    ("clerk3", roles.CLERK, "张敏"),
    ("supervisor", roles.SUPERVISOR, "陈督查"),
    ("admin", roles.ADMIN, "系统管理员"),
)
DEMO_WINDOWS = 6


@dataclass
class DemoOptions:
    cases: int = 0


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)
