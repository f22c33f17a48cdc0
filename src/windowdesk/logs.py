"""Logging to a rotating file in the data directory; the path is shown to users when things fail."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from windowdesk.paths import data_dir

_configured: Path | None = None


def log_path() -> Path:
    return data_dir() / "logs" / "windowdesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send windowdesk's log to a rotating file (5 × 2 MB). Idempotent."""
    global _configured
    path = log_path()
    if _configured == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger("windowdesk")
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_windowdesk", False)]:
        root.removeHandler(old)
    handler._windowdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    _configured = path
    return path
