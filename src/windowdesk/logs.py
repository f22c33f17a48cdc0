"""Logging to a rotating file in the data directory; the path is shown to users when things fail.

The log must never make a fault worse: when its file cannot be opened (a read-only or full disk,
no permission) logging goes to standard error for warnings and errors only, or nowhere in the GUI;
when a write fails later (the disk filled up) that record is dropped without the "--- Logging
error ---" traceback Python would print, and writing resumes once the file can be written again.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from windowdesk.paths import data_dir

_configured: Path | None = None
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_path() -> Path:
    return data_dir() / "logs" / "windowdesk.log"


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that drops a record it cannot write instead of printing a traceback."""

    dropped = 0

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        type(self).dropped += 1
        # Close the stream so the next record reopens the file (space may be back by then).
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass
        self.stream = None  # type: ignore[assignment]


def setup_logging(level: int | None = None, *, stderr_fallback: bool = True) -> Path | None:
    """Send windowdesk's log to a rotating file (5 × 2 MB). Idempotent. Returns the file, or None
    when it cannot be written (then warnings go to stderr, or nowhere without ``stderr_fallback``).
    The level: ``level``, else ``WINDOWDESK_LOG_LEVEL`` (e.g. DEBUG), else INFO."""
    global _configured
    if level is None:
        named = logging.getLevelName(os.environ.get("WINDOWDESK_LOG_LEVEL", "INFO").upper())
        level = named if isinstance(named, int) else logging.INFO
    root = logging.getLogger("windowdesk")
    root.setLevel(level)
    try:
        path = log_path()
    except OSError:
        path = None
    if path is not None and _configured == path:
        return path
    for old in [h for h in root.handlers if getattr(h, "_windowdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        if path is None:
            raise OSError("no data directory")
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        _configured = path
    except OSError:
        _configured = None
        path = None
        if stderr_fallback:
            handler = logging.StreamHandler(sys.stderr)
            handler.setLevel(logging.WARNING)
        else:
            handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._windowdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
