"""Where the shipped resources (fonts, translations, demo catalogue, icons) are found.

In a source checkout or an editable install they are the repository's top-level ``resources/``;
a wheel or a PyInstaller bundle carries them as ``windowdesk/_resources``. Never relative to the
working directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / "windowdesk" / "_resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir / "_resources", package_dir.parents[1] / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"windowdesk resources not found in {', '.join(map(str, candidates))}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
