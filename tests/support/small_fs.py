"""A small file system the tests fill up, make read-only and free again while windowdesk runs.

Why a tmpfs mount: the kernel itself then answers ENOSPC and EROFS, exactly as a full data disk or
a USB disk switched to read-only would, for every file windowdesk writes (the SQLite file, its WAL
and shared memory, the log, backups) — no stand-in inside the code under test. CI runs as root,
which may mount; elsewhere the test fails with this explanation (never skipped).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallFilesystem:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.balloon = root / "balloon.bin"

    def fill(self) -> int:
        """Write a balloon file until the disk refuses (ENOSPC); returns its size."""
        block = b"\0" * 4096
        with open(self.balloon, "ab", buffering=0) as handle:
            while True:
                try:
                    handle.write(block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
        # Small writes may still fit in a partly used block: take those bytes too.
        with open(self.balloon, "ab", buffering=0) as handle:
            for _ in range(4096):
                try:
                    handle.write(b"\0")
                except OSError:
                    break
        return self.balloon.stat().st_size

    def free(self) -> None:
        self.balloon.unlink(missing_ok=True)

    def free_bytes(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True, capture_output=True)

    def read_write(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(self.root)], check=True, capture_output=True)


@contextlib.contextmanager
def small_filesystem(path: Path, size_kb: int = 8192) -> Iterator[SmallFilesystem]:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(
            "these fault tests mount a small tmpfs and need root (CI runs as root): "
            + (done.stderr.strip() or f"mount exited {done.returncode}")
        )
    try:
        yield SmallFilesystem(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)
