"""Generate ui/generated/ui_*.py from forms/*.ui with pyside6-uic (the forms are the single source).

python -m windowdesk.ui.forms_build          # regenerate every form
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from windowdesk.ui.i18n_build import _tool

REPO = Path(__file__).resolve().parents[3]
FORMS = REPO / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"


def generated_name(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def generate(form: Path) -> str:
    result = subprocess.run(
        [_tool("pyside6-uic"), "--no-autoconnection", str(form)], check=True, capture_output=True, text=True
    )
    # uic stamps its own version into a comment; drop it so a PySide6 upgrade alone is not "stale".
    return (
        "\n".join(
            line
            for line in result.stdout.splitlines()
            if "Created by: Qt User Interface Compiler" not in line
        )
        + "\n"
    )


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        generated_name(form).write_text(generate(form), encoding="utf-8")
        print(f"{form.name} -> {generated_name(form).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
