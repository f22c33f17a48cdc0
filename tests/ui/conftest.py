"""GUI fixtures: a signed-in AppContext on a real store, with synchronous tasks and recorded dialogs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from windowdesk.domain import roles
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.tasks import SynchronousTaskRunner


@pytest.fixture
def local_settings(tmp_path) -> LocalSettings:
    return LocalSettings(str(tmp_path / "windowdesk.ini"))


def make_app_context(ctx, settings, role: str = roles.CLERK, window_no: int = 3) -> AppContext:
    actor = replace(ctx.actor, login=f"ui-{role}", role=role, display_name="王芳", window_no=window_no)
    return AppContext(ctx.as_actor(actor), SynchronousTaskRunner(), settings, RecordingDialogService())


@pytest.fixture
def app_context(qapp, sqlite_ctx, local_settings) -> AppContext:
    """A clerk at window 3 on a fresh SQLite site store."""
    return make_app_context(sqlite_ctx, local_settings)


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):
    """The UI speaks Chinese by default, as on a counter PC."""
    from windowdesk.ui.i18n import install_language

    install_language(qapp, "zh_CN")
    yield
