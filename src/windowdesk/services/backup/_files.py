"""Backup files on disk: their names, the manifest beside each one, and rotation."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

PREFIX = "windowdesk-"
SUFFIXES = {"sqlite": ".sqlite3", "postgresql": ".dump"}
MANIFEST_SUFFIX = ".json"


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, written beside it once it has been verified."""

    taken_at: dt.datetime
    dialect: str
    site_code: str
    source: str  # the store as a person names it (no password)
    counts: dict[str, int]
    sha256: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "taken_at": self.taken_at.isoformat(),
                "dialect": self.dialect,
                "site_code": self.site_code,
                "source": self.source,
                "counts": self.counts,
                "sha256": self.sha256,
            },
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        return cls(
            dt.datetime.fromisoformat(data["taken_at"]),
            data["dialect"],
            data.get("site_code", ""),
            data.get("source", ""),
            {str(k): int(v) for k, v in data["counts"].items()},
            data["sha256"],
        )


def backup_name(site_code: str, dialect: str, taken_at: dt.datetime) -> str:
    stamp = taken_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{PREFIX}{site_code or 'store'}-{stamp}{SUFFIXES[dialect]}"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> Manifest | None:
    path = manifest_path(backup)
    if not path.is_file():
        return None
    try:
        return Manifest.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError):
        return None


def private(path: Path) -> None:
    """Readable by this account only: a backup holds every full ID number and the password hashes."""
    os.chmod(path, 0o600)


def create_private(path: Path) -> None:
    """An empty file only this account can read, for a copy to be written into (its rights stay)."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def write_manifest(backup: Path, manifest: Manifest) -> None:
    path = manifest_path(backup)
    temp = path.with_name(path.name + ".part")
    temp.unlink(missing_ok=True)  # a .part left behind may have other rights
    with open(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as handle:
        handle.write(manifest.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a power cut right after must not lose the file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the data itself was fsynced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verified_backups(folder: Path) -> list[Path]:
    """This folder's backups that have a manifest (i.e. were verified), oldest first."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.name.startswith(PREFIX) and path.suffix in SUFFIXES.values() and manifest_path(path).is_file()
    ]
    return sorted(found, key=lambda p: p.name)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest verified backups beyond ``keep``; returns what was deleted."""
    backups = verified_backups(folder)
    doomed = backups[: max(0, len(backups) - keep)]
    for path in doomed:
        manifest_path(path).unlink(missing_ok=True)
        path.unlink(missing_ok=True)
    return doomed
