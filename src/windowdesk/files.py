"""Writing files the user asked for (exports, saved PDFs) so a failure never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from windowdesk.errors import UserError


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` only once the whole file is written, so a failed export leaves no half file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(
            "Cannot write {path}: {reason}",
            path=path,
            reason=exc.strerror or exc,
        ) from exc
