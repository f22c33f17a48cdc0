"""The command line speaks through the one message catalogue (issue 9): no Chinese literal is left in
``src/windowdesk/cli`` (its Chinese is in the ``.ts``, looked up from the English source), the default
language prints the Chinese lines scripts parse, and ``WINDOWDESK_LANG=en`` prints English."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import windowdesk.cli

CLI = Path(windowdesk.cli.__file__).parent
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
#: Documented exceptions: (file name, the literal). Docstrings are for developers and need none.
ALLOWED: set[tuple[str, str]] = set()


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the docstring nodes of the module, its classes and functions."""
    owners = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef))]
    found = set()
    for owner in owners:
        body = owner.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def chinese_literals(source: str, name: str) -> list[str]:
    """``name:line: text`` of every string literal (f-string parts too) with Chinese in it, docstrings
    and the allowed exceptions aside."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""
        if CJK.search(text) and id(node) not in skip and (name, text) not in ALLOWED:
            found.append(f"{name}:{node.lineno}: {text}")
    return sorted(found, key=lambda hit: int(hit.split(":")[1]))


def test_no_chinese_literal_in_the_cli():
    found = [
        hit
        for path in sorted(CLI.glob("*.py"))
        for hit in chinese_literals(path.read_text("utf-8"), path.name)
    ]
    assert found == [], (
        "write the English source with message()/N_() and its Chinese in the .ts:\n" + "\n".join(found)
    )


def test_the_check_finds_a_chinese_literal_but_not_a_docstring():
    source = '"""好差评 module."""\n\ndef f():\n    """说明"""\n    print(f"已办结 {x}")\n    return "空闲"\n'
    assert chinese_literals(source, "x.py") == ["x.py:5: 已办结 ", "x.py:6: 空闲"]


def run(*args: str, db: str, language: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("WINDOWDESK_LANG", None)
    if language:
        env["WINDOWDESK_LANG"] = language
    cmd = [sys.executable, "-m", "windowdesk", "--db", db, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_commands_speak_english_with_windowdesk_lang_en(sqlite_url):
    init = run("init", "--site-code", "XZ03", "--site-name", "Test town", db=sqlite_url, language="en")
    assert init.returncode == 0, init.stderr
    assert init.stdout.startswith("Site XZ03 Test town is ready (")
    assert run("queue", "add-category", "A", "Licences", db=sqlite_url).returncode == 0
    status = run("queue", "status", db=sqlite_url, language="en")
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[1:3] == [
        "Category\tName\tWaiting\tOf them priority\tTaken today",
        "A\tLicences\t0\t0\t0",
    ]
    bad = run("calendar", "due", "2026-13-01", "3", db=sqlite_url, language="en")
    assert bad.returncode == 2 and "A date is written YYYY-MM-DD, not '2026-13-01'" in bad.stderr
    helped = run("queue", "call", "--help", db=sqlite_url, language="en")
    assert "Call this ticket instead of the next one" in helped.stdout
    for out in (init, status, bad, helped):
        assert not CJK.search(out.stdout + out.stderr), out.stdout + out.stderr


def test_the_default_language_prints_the_chinese_lines(sqlite_url):
    assert run("init", "--site-code", "XZ03", "--site-name", "Test town", db=sqlite_url).returncode == 0
    assert run("queue", "add-category", "A", "Licences", db=sqlite_url).returncode == 0
    status = run("queue", "status", db=sqlite_url)
    assert status.stdout.splitlines()[1] == "类别\t名称\t等候\t其中优先\t今日取号"
    bad = run("calendar", "due", "2026-13-01", "3", db=sqlite_url)
    assert "日期格式应为 YYYY-MM-DD，而不是 '2026-13-01'" in bad.stderr
