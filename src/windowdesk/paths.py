"""Where windowdesk keeps its files on this PC."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "windowdesk"


def data_dir() -> Path:
    """Where the embedded store, archived documents, slips, settings and logs live
    (``WINDOWDESK_HOME`` overrides)."""
    override = os.environ.get("WINDOWDESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
