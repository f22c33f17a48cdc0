"""Translations: keep resources/translations/*.ts current and compile them to .qm.

Source strings in code and forms are English; ``windowdesk_zh_CN.ts`` holds the Chinese, which is
the default UI language. Usage (from the repository root)::

    python -m windowdesk.ui.i18n_build            # compile .ts -> .qm (done by setup and at start-up)
    python -m windowdesk.ui.i18n_build update     # pyside6-lupdate: add new source strings to the .ts
    python -m windowdesk.ui.i18n_build missing    # list untranslated strings as TSV: context, source
    python -m windowdesk.ui.i18n_build fill F.tsv # apply "context<TAB>source<TAB>translation" lines
    python -m windowdesk.ui.i18n_build merge A.ts  # take A.ts's finished translations (after a git
                                                   # merge: keep either side, update, merge the other)

In the TSV, a newline inside a string is written as \\n. A test fails when a string has no Chinese
translation or when its placeholders (%1, {name}, %n) differ from the source.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from windowdesk.resources import resource_path

LANGUAGES = ("zh_CN",)
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_0-9]*\}")


def ts_path(language: str) -> Path:
    return resource_path("translations", f"windowdesk_{language}.ts")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def source_files(repo_root: Path) -> list[Path]:
    ui = repo_root / "src" / "windowdesk" / "ui"
    files = [p for p in sorted(ui.rglob("*.py")) if "generated" not in p.parts]
    return files + sorted((repo_root / "forms").glob("*.ui"))


def update(ts_file: Path, repo_root: Path) -> None:
    files = [str(p) for p in source_files(repo_root)]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> Path:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True
    )
    return qm_file


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_messages(ts_file: Path) -> list[Message]:
    root = ET.parse(ts_file).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            numerus = translation.findall("numerusform") if translation is not None else []
            if numerus:
                text = numerus[0].text or ""
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            messages.append(
                Message(name, message.findtext("source", ""), text, bool(text) and not unfinished)
            )
    return messages


def problems(messages: list[Message]) -> list[str]:
    found = []
    for m in messages:
        if not m.finished:
            found.append(f"untranslated: [{m.context}] {m.source!r}")
        elif sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            found.append(f"placeholders differ: [{m.context}] {m.source!r} -> {m.translation!r}")
    return found


def fill(ts_file: Path, tsv: Path) -> int:
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        context, source, translation = (part.replace("\\n", "\n") for part in line.split("\t", 2))
        wanted[(context, source)] = translation
    return apply_translations(ts_file, wanted)


def apply_translations(ts_file: Path, wanted: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts_file)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key in wanted:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                applied += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return applied


def compiled_qm(language: str, cache_dir: Path) -> Path | None:
    """The .qm for ``language``: the one built next to the .ts when current, else built in cache_dir."""
    ts_file = ts_path(language)
    if not ts_file.exists():
        return None
    beside = ts_file.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= ts_file.stat().st_mtime:
        return beside
    cached = cache_dir / beside.name
    if cached.exists() and cached.stat().st_mtime >= ts_file.stat().st_mtime:
        return cached
    return compile_qm(ts_file, cached)


def main(argv: list[str]) -> int:
    repo_root = Path(__file__).resolve().parents[3]
    command = argv[0] if argv else "build"
    for language in LANGUAGES:
        ts_file = ts_path(language)
        if command == "build":
            compile_qm(ts_file, ts_file.with_suffix(".qm"))
        elif command == "update":
            update(ts_file, repo_root)
            left = [m for m in read_messages(ts_file) if not m.finished]
            print(f"{ts_file.name}: {len(left)} untranslated")
        elif command == "missing":
            for m in read_messages(ts_file):
                if not m.finished:
                    print(f"{m.context}\t{m.source}".replace("\n", "\\n"))
        elif command == "fill":
            print(f"{ts_file.name}: {fill(ts_file, Path(argv[1]))} translations applied")
        elif command == "merge":
            other = {(m.context, m.source): m.translation for m in read_messages(Path(argv[1])) if m.finished}
            print(f"{ts_file.name}: {apply_translations(ts_file, other)} translations taken from {argv[1]}")
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
