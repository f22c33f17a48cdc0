"""The message catalogue: keep resources/translations/*.ts current and compile the shipped .qm.

Source strings are English everywhere. The UI's come from ``tr()`` in ui/ and forms/ (pyside6-lupdate);
those of every other layer from ``UserError("…")`` (and its subclasses), ``N_("…")``,
``message("…")`` and ``translate("…")`` calls, read from the source by AST (one ``<context>`` per
package, named ``windowdesk.<package>``). Both land in ``windowdesk_zh_CN.ts``; Chinese is the
default language. ``windowdesk_en.ts`` holds only the English plural forms of the UI's ``%n``
messages. Usage (from the repository root)::

    python -m windowdesk.ui.i18n_build             # compile each .ts -> .qm next to it (commit both)
    python -m windowdesk.ui.i18n_build update      # collect new source strings into the .ts files
    python -m windowdesk.ui.i18n_build missing     # list untranslated strings as TSV: context, source
    python -m windowdesk.ui.i18n_build fill F.tsv  # apply "context<TAB>source<TAB>translation" lines
    python -m windowdesk.ui.i18n_build merge A.ts  # take A.ts's finished translations (after a git
                                                   # merge: keep either side, update, merge the other)
    … missing --lang en / fill F.tsv --lang en     # the English plural forms: "%n case|%n cases"
    python -m windowdesk.ui.i18n_build adopt PATH… # rewrite UserError("中文", "English", **p) pairs
                                                   # into UserError("English", **p) and put the
                                                   # Chinese into the .ts (then update, build)
    python -m windowdesk.ui.i18n_build adopt --labels PATH…  # also ("中文", "English") label pairs
                                                   # -> N_("English"); fix their readers by hand

In the TSV, a newline inside a string is written as \\n; a plural message (``%n``) takes its one
Chinese form, or its two English forms separated by ``|``. A test fails when a string has no
Chinese translation, when its placeholders (%1, {name}, %n) differ from the source, when a count is
shown without a plural form (or a plural has no English forms), when one source below the UI has
two translations, when code still writes a zh/en pair, and when a committed .qm differs from what
its .ts compiles to. The application only loads the .qm: it never compiles at start-up.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from windowdesk.messages import CONTEXT_PREFIX, catalogue_path

LANGUAGES = ("zh_CN", "en")
#: English is the source language: its file holds only the plural forms of the UI's %n messages
#: ("%n case" / "%n cases"), which Qt needs a translation for; Chinese has one form.
PLURALS_ONLY = {"en": 2}
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{([a-z_0-9]*)(?:![rsa])?(?::[^{}]*)?\}")
#: A count shown with an English "(s)" is a plural in disguise: it must be a %n numerus message.
FAKE_PLURAL = re.compile(r"\w\(s\)|\w\(es\)")
#: Calls whose first argument is a catalogue string, below the UI.
MARKERS = {"N_", "message", "translate"}
ERROR_BASES = {"UserError", "NotFound", "Conflict", "Forbidden"}
#: Chinese text; a literal with it next to one without it (and with Latin letters) is a zh/en pair.
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")

def placeholders(text: str) -> list[str]:
    """%1, %n and {name} (a conversion or format spec does not count: {char!r} is {char})."""
    return sorted(m.group(0) if m.group(1) is None else "{" + m.group(1) + "}" for m in PLACEHOLDER.finditer(text))


def ts_path(language: str) -> Path:
    return catalogue_path(language)


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")  # = ui.i18n.qm_path, which start-up uses


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


def python_files(repo_root: Path) -> list[Path]:
    """Every module read by AST: the layers below the UI, and the UI's own errors and marks (its
    ``tr()`` strings are lupdate's); generated form code has none."""
    package = repo_root / "src" / "windowdesk"
    return [p for p in sorted(package.rglob("*.py")) if "generated" not in p.relative_to(package).parts]


# -- extraction below the UI -------------------------------------------------------------------


def context_of(path: Path, repo_root: Path) -> str:
    """``windowdesk.services.queue`` for services/queue/moves.py, ``windowdesk.errors`` for errors.py."""
    parts = path.relative_to(repo_root / "src").with_suffix("").parts
    return ".".join(parts[:-1] if len(parts) > 2 else parts)


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    names = set(ERROR_BASES)
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    return names


def _called(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _literal_text(node: ast.expr) -> str | None:
    """A string literal's text; an f-string's fixed parts."""
    if _is_text(node):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if _is_text(v))
    return None


@dataclass
class Extracted:
    messages: dict[str, list[str]] = field(default_factory=dict)  # context -> sources, in order
    problems: list[str] = field(default_factory=list)


def _is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and getattr(func.value.func, "id", "") == "super"
    )


def _calls(tree: ast.Module) -> Iterable[tuple[ast.Call, str | None]]:
    """Every call in ``tree`` with the name of the class it is written in (``None`` outside one)."""

    def visit(node: ast.AST, cls: str | None) -> Iterable[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                yield child, cls
            yield from visit(child, inner)

    return visit(tree, None)


def _message_call(node: ast.Call, cls: str | None, errors: set[str]) -> bool:
    """A call whose first argument is a catalogue source: an error, a marker, or an error class
    handing its message to ``super().__init__``."""
    name = _called(node)
    # a marker is called by its bare name (QCoreApplication.translate is Qt's: lupdate reads it)
    marker = name in MARKERS and isinstance(node.func, ast.Name)
    return name in errors or marker or (_is_super_init(node) and cls in errors)


def is_pair(zh: ast.expr, en: ast.expr) -> bool:
    """Two literals (or two f-strings), Chinese then English: the same text written twice (the old
    way). ``Bilingual`` values are data that comes in both languages and say so."""
    zh_text, en_text = _literal_text(zh), _literal_text(en)
    if zh_text is None or en_text is None or isinstance(zh, ast.JoinedStr) != isinstance(en, ast.JoinedStr):
        return False
    return bool(CJK.search(zh_text)) and not CJK.search(en_text) and bool(re.search("[A-Za-z]", en_text))


def pairs_in(tree: ast.Module) -> list[int]:
    """Line numbers of every zh-then-en literal pair: in a call's arguments or a tuple."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) == "Bilingual":
            continue
        items = node.args if isinstance(node, ast.Call) else node.elts if isinstance(node, ast.Tuple) else []
        lines += [a.lineno for a, b in zip(items, items[1:], strict=False) if is_pair(a, b)]
    return sorted(lines)


def extract(repo_root: Path) -> Extracted:
    files = python_files(repo_root)
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    errors = _error_classes(trees.values())
    out = Extracted()
    for path, tree in trees.items():
        context = context_of(path, repo_root)
        where = path.relative_to(repo_root)
        for line in pairs_in(tree):
            out.problems.append(
                f"zh/en pair: {where}:{line}: write the English once "
                f"(python -m windowdesk.ui.i18n_build adopt {where})"
            )
        for node, cls in _calls(tree):
            if not node.args or not _message_call(node, cls, errors):
                continue
            if len(node.args) >= 2 and is_pair(node.args[0], node.args[1]):
                continue  # reported above: its Chinese is no source
            first = node.args[0]
            if _is_text(first):
                sources = out.messages.setdefault(context, [])
                if first.value not in sources:
                    sources.append(first.value)
            elif isinstance(first, ast.JoinedStr):
                out.problems.append(f"f-string message: {where}:{node.lineno}: use {{placeholders}}")
    return out


# -- the .ts file ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool = False
    forms: tuple[str, ...] = ()  # a plural message's forms (Chinese has one, English two)


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
                Message(
                    name,
                    message.findtext("source", ""),
                    text,
                    bool(text) and not unfinished,
                    message.get("numerus") == "yes",
                    tuple(form.text or "" for form in numerus),
                )
            )
    return messages


def problems(messages: list[Message], plural_forms: int = 1) -> list[str]:
    """What is wrong with a catalogue's messages; ``plural_forms``: how many forms its language's
    plural messages need."""
    found = []
    for m in messages:
        if not m.finished:
            found.append(f"untranslated: [{m.context}] {m.source!r}")
        elif placeholders(m.source) != placeholders(m.translation):
            found.append(f"placeholders differ: [{m.context}] {m.source!r} -> {m.translation!r}")
        elif m.numerus and (len(m.forms) < plural_forms or any(
            placeholders(m.source) != placeholders(form) for form in m.forms
        )):
            found.append(f"plural forms: [{m.context}] {m.source!r} -> {list(m.forms)!r}")
        if (FAKE_PLURAL.search(m.source) or "%n" in m.source) and not m.numerus:
            found.append(f"count without a plural form (use %n, tr(text, '', n)): [{m.context}] {m.source!r}")
    # below the UI a message is looked up by its source alone: one source, one translation
    seen: dict[str, Message] = {}
    for m in messages:
        if not m.context.startswith(CONTEXT_PREFIX) or not m.finished:
            continue
        first = seen.setdefault(m.source, m)
        if first.translation != m.translation:
            found.append(
                f"two translations of {m.source!r}: [{first.context}] {first.translation!r}, "
                f"[{m.context}] {m.translation!r}"
            )
    return found


def _finished(ts_file: Path) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_key, by_source = {}, {}
    if ts_file.exists():
        for m in read_messages(ts_file):
            if m.finished:
                by_key[(m.context, m.source)] = m.translation
                by_source.setdefault(m.source, m.translation)
    return by_key, by_source


def _lay_out(context: ET.Element) -> None:
    """Indent a context written here the way lupdate writes its own (so the file reads, and merges,
    as one)."""
    context.text = "\n    "
    context.tail = "\n"
    children = list(context)
    for index, child in enumerate(children):
        child.tail = "\n    " if index < len(children) - 1 else "\n"
        if child.tag == "message":
            child.text = "\n        "
            parts = list(child)
            for k, part in enumerate(parts):
                part.tail = "\n        " if k < len(parts) - 1 else "\n    "


def write_python_contexts(ts_file: Path, extracted: dict[str, list[str]], keep: tuple[dict, dict]) -> None:
    """Replace the ``windowdesk.*`` contexts of ``ts_file`` by ``extracted``, keeping every finished
    translation (by context and source, else by source: a string that moved keeps its Chinese)."""
    by_key, by_source = keep
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in list(root.findall("context")):
        if context.findtext("name", "").startswith(CONTEXT_PREFIX):
            root.remove(context)
    for name in sorted(extracted):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in extracted[name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            done = by_key.get((name, source)) or by_source.get(source)
            if done:
                translation.text = done
            else:
                translation.set("type", "unfinished")
        _lay_out(context)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update(ts_file: Path, repo_root: Path, plurals_only: bool = False) -> list[str]:
    """Collect every source string (UI by lupdate, the rest by AST); returns extraction problems.
    ``plurals_only``: the English file, the UI's plural messages alone."""
    keep = _finished(ts_file)
    files = [str(p) for p in source_files(repo_root)]
    extra = ["-pluralonly", "-target-language", "en"] if plurals_only else []
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *extra, *files, "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )
    if plurals_only:
        return []
    extracted = extract(repo_root)
    write_python_contexts(ts_file, extracted.messages, keep)
    return extracted.problems


def compile_qm(ts_file: Path, qm_file: Path) -> Path:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )
    return qm_file


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
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    for form in forms:
                        translation.remove(form)
                    translation.text = None
                    for text in wanted[key].split("|"):  # Chinese: one form; English: "one|many"
                        ET.SubElement(translation, "numerusform").text = text.strip()
                else:
                    translation.text = wanted[key]
                translation.attrib.pop("type", None)
                applied += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return applied


# -- adopt: zh/en pairs -> English source + catalogue ------------------------------------------


def _literal(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def adopt_source(
    source: str, error_names: set[str], labels: bool = False
) -> tuple[str, list[tuple[str, str, int]]]:
    """Rewrite ``Name("中文", "English", …)`` calls of ``error_names`` (and ``_say``-style helpers
    taking ``zh, en``), and ``super().__init__("中文", "English", …)`` in those classes, in
    ``source``; returns the new source and (English, 中文, line) pairs. With ``labels``, every other
    pair (a tuple ``("中文", "English")``, a label argument) becomes ``N_("English")``; the code that
    read ``[0]``/``[1]`` or ``.zh``/``.en`` of it is then the person's to fix."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def pos(line: int, col: int) -> int:
        return starts[line - 1] + len(lines[line - 1].encode()[:col].decode())

    edits, pairs = [], []
    for node, cls in _calls(tree):
        if not _message_call(node, cls, error_names) or len(node.args) < 2:
            continue
        zh, en = node.args[0], node.args[1]
        if not (is_pair(zh, en) and _is_text(zh)):  # an f-string pair is the person's to rewrite
            continue
        start = pos(zh.lineno, zh.col_offset)
        end = pos(en.end_lineno, en.end_col_offset)
        edits.append((start, end, _literal(en.value)))
        pairs.append((en.value, zh.value, node.lineno))
    done = {start for start, _end, _new in edits}
    for node in ast.walk(tree) if labels else ():
        items = node.args if isinstance(node, ast.Call) else node.elts if isinstance(node, ast.Tuple) else []
        for zh, en in zip(items, items[1:], strict=False):
            if not (is_pair(zh, en) and _is_text(zh)) or pos(zh.lineno, zh.col_offset) in done:
                continue
            whole = isinstance(node, ast.Tuple) and len(items) == 2
            first, last = (node, node) if whole else (zh, en)
            start = pos(first.lineno, first.col_offset)
            end = pos(last.end_lineno, last.end_col_offset)
            edits.append((start, end, f"N_({_literal(en.value)})"))
            done.add(pos(zh.lineno, zh.col_offset))
            pairs.append((en.value, zh.value, zh.lineno))
    for start, end, new in sorted(edits, reverse=True):
        source = source[:start] + new + source[end:]
    return source, pairs


def adopt(paths: list[Path], ts_file: Path, repo_root: Path, labels: bool = False) -> list[str]:
    """Convert the pairs in ``paths`` (files or folders) and add their Chinese to ``ts_file``;
    returns a report line per file and per placeholder mismatch to fix by hand."""
    files = [f for p in paths for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]
    all_trees = [ast.parse(p.read_text(encoding="utf-8")) for p in python_files(repo_root)]
    names = _error_classes(all_trees) | {"_say"}
    report, wanted = [], {}
    for file in files:
        source = file.read_text(encoding="utf-8")
        new, pairs = adopt_source(source, names, labels)
        if not pairs:
            continue
        file.write_text(new, encoding="utf-8")
        context = context_of(file.resolve(), repo_root)
        report.append(f"{file}: {len(pairs)} message(s) adopted into [{context}]")
        for en, zh, line in pairs:
            wanted.setdefault(context, {})[en] = zh
            if placeholders(en) != placeholders(zh):
                report.append(f"  {file}:{line}: placeholders differ, fix by hand: {en!r} / {zh!r}")
    if wanted:
        by_key, by_source = _finished(ts_file)
        for context, items in wanted.items():
            for en, zh in items.items():
                by_key[(context, en)] = zh
        current = {m.context: [] for m in read_messages(ts_file) if m.context.startswith(CONTEXT_PREFIX)}
        for m in read_messages(ts_file):
            if m.context.startswith(CONTEXT_PREFIX):
                current[m.context].append(m.source)
        for context, items in wanted.items():
            sources = current.setdefault(context, [])
            sources += [en for en in items if en not in sources]
        write_python_contexts(ts_file, current, (by_key, by_source))
    return report


def main(argv: list[str]) -> int:
    repo_root = Path(__file__).resolve().parents[3]
    command, args = (argv[0], argv[1:]) if argv else ("build", [])
    language = "zh_CN"
    if "--lang" in args:  # missing / fill / merge of another language's file
        at = args.index("--lang")
        language = args[at + 1]
        del args[at : at + 2]
    ts_file = ts_path(language)
    status = 0
    if command == "build":
        for each in LANGUAGES:
            compile_qm(ts_path(each), qm_path(each))
    elif command == "update":
        for each in LANGUAGES:
            found = update(ts_path(each), repo_root, plurals_only=each in PLURALS_ONLY)
            left = [m for m in read_messages(ts_path(each)) if not m.finished]
            print(f"{ts_path(each).name}: {len(left)} untranslated")
            for problem in found:
                print(problem)
            status = status or (1 if found else 0)
    elif command == "missing":
        for m in read_messages(ts_file):
            if not m.finished:
                print(f"{m.context}\t{m.source}".replace("\n", "\\n"))
    elif command == "fill" and args:
        print(f"{ts_file.name}: {fill(ts_file, Path(args[0]))} translations applied")
    elif command == "merge" and args:
        other = {(m.context, m.source): m.translation for m in read_messages(Path(args[0])) if m.finished}
        print(f"{ts_file.name}: {apply_translations(ts_file, other)} translations taken from {args[0]}")
    elif command == "adopt" and args:
        labels = "--labels" in args
        paths = [Path(a) for a in args if a != "--labels"]
        for line in adopt(paths, ts_path("zh_CN"), repo_root, labels):
            print(line)
    else:
        print(__doc__)
        return 2
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
