"""The intake in progress at a window, kept as a local draft so a power cut or a killed program
loses none of it (issue 15): the matter, the applicant and the checklist marks.

A draft is a small JSON file in this PC's data directory (``drafts/``), one per store and window,
replaced atomically (written beside, flushed to disk, renamed), so after a crash it is either the
previous or the new draft, never half of one. It holds the applicant's identity number as typed,
like the local store does; the file is readable by its owner only and is deleted once the case is
recorded or the clerk starts afresh. The UI writes it off the UI thread, a moment after the last
change, and offers it again at the next start at that window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from windowdesk.paths import data_dir
from windowdesk.services.context import ServiceContext

FORMAT = 1


@dataclass(frozen=True)
class IntakeDraftState:
    window_no: int
    matter_code: str | None = None
    matter_name: str = ""
    applicant: dict[str, Any] = field(default_factory=dict)  # the applicant form's fields
    checks: tuple[dict[str, Any], ...] = ()  # MaterialCheck fields, per checked row
    outcome: str | None = None
    saved_at: dt.datetime | None = None

    @property
    def empty(self) -> bool:
        typed = any(v for k, v in self.applicant.items() if k not in ("kind", "id_type", "authorisation"))
        return self.matter_code is None and not typed and not self.checks


def _store_key(ctx: ServiceContext) -> str:
    """Drafts belong to the store they would be recorded in (the address without a password)."""
    url = make_url(ctx.store.url).set(password=None).render_as_string()
    return hashlib.sha256(url.encode()).hexdigest()[:12]


def draft_path(ctx: ServiceContext, window_no: int) -> Path:
    return data_dir() / "drafts" / f"intake-{_store_key(ctx)}-window{int(window_no)}.json"


def save_intake_draft(ctx: ServiceContext, state: IntakeDraftState) -> Path | None:
    """Replace the window's draft with ``state`` (an empty state removes it). Returns the file."""
    path = draft_path(ctx, state.window_no)
    if state.empty:
        discard_intake_draft(ctx, state.window_no)
        return None
    data = {**asdict(state), "format": FORMAT, "saved_at": ctx.clock.now().isoformat()}
    data["checks"] = list(state.checks)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # make the rename itself survive a power cut
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return path


def load_intake_draft(ctx: ServiceContext, window_no: int) -> IntakeDraftState | None:
    """The window's draft, or None. A file that cannot be read is set aside, never offered."""
    path = draft_path(ctx, window_no)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        state = IntakeDraftState(
            window_no=int(data["window_no"]),
            matter_code=data.get("matter_code"),
            matter_name=str(data.get("matter_name") or ""),
            applicant=dict(data.get("applicant") or {}),
            checks=tuple(dict(c) for c in data.get("checks") or ()),
            outcome=data.get("outcome"),
            saved_at=dt.datetime.fromisoformat(data["saved_at"]) if data.get("saved_at") else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".unreadable"))
        return None
    return None if state.empty else state


def discard_intake_draft(ctx: ServiceContext, window_no: int) -> None:
    draft_path(ctx, window_no).unlink(missing_ok=True)


__all__ = [
    "IntakeDraftState",
    "discard_intake_draft",
    "draft_path",
    "load_intake_draft",
    "save_intake_draft",
]
