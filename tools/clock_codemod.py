"""Move code written against the old time seams onto the hall clock of the service context.

    python tools/clock_codemod.py [--check] PATH...     (files or folders; rewrites in place)

Rewrites, where ``X`` is the context argument of the old call:

    clock.now() / now()                      -> ctx.clock.now()   (ctx: the enclosing function's
                                                 ServiceContext parameter, else ``ctx``)
    clock.local_today(X) / local_today(X)    -> X.clock.today()
    clock.today(X, at) / today(X, at)        -> X.clock.today(at)
    clock.local_zone(X) / local_zone(X)      -> X.clock.zone()
    decide(X, ..., today=D)  (and issue_notice, record_correction, show_case, list_cases,
    matter_guide_pdf, and the tests' decide helper)
                                             -> decide(X.on_day(D), ...)
    use_clock(monkeypatch[, start])          -> use_clock(ctx[, start])  (the tests' clock helper;
                                                 ctx: the test's first context-like parameter)

and drops the names it replaced from ``from windowdesk.services.clock import ...``. It then lists,
without changing them, what still needs a person: ``date.today()``, ``datetime.now()``,
``QDate.currentDate()``, ``utcnow()`` outside files named *clock*/*context*, and monkeypatching of
``clock.utcnow``. ``--check`` changes nothing and exits 1 when something would change or is left.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

CLOCK_MODULE = "windowdesk.services.clock"
OLD_FUNCTIONS = {"now", "local_today", "today", "local_zone"}
TODAY_KEYWORD_CALLS = {
    "decide",
    "issue_notice",
    "record_correction",
    "show_case",
    "list_cases",
    "matter_guide_pdf",
}
LEFT_FOR_A_PERSON = re.compile(
    r"(date|datetime)\.(today|now)\(|QDate\.currentDate\(|\butcnow\(\)|clock(_module)?\W+\"?utcnow"
)
CONTEXT_NAMES = ("ctx", "clerk", "pg_ctx", "sqlite_ctx", "demo_ctx", "context")


def _offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


class _Finder(ast.NodeVisitor):
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.starts = _offsets(source)
        self.edits: list[tuple[int, int, str]] = []
        self.module_alias: set[str] = set()  # names bound to windowdesk.services.clock
        self.imported: set[str] = set()  # old functions imported by name
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.replaced: set[str] = set()

    def pos(self, line: int, col: int) -> int:
        # ast columns count UTF-8 bytes
        return self.starts[line - 1] + len(self.lines[line - 1].encode()[:col].decode())

    def span(self, node: ast.AST) -> tuple[int, int]:
        return self.pos(node.lineno, node.col_offset), self.pos(node.end_lineno, node.end_col_offset)

    def text(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.source[start:end]

    # -- scope --------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == CLOCK_MODULE and alias.asname:
                self.module_alias.add(alias.asname)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module == "windowdesk.services":
            self.module_alias |= {a.asname or a.name for a in node.names if a.name == "clock"}
        if node.module == CLOCK_MODULE:
            self.imported |= {a.asname or a.name for a in node.names if a.name in OLD_FUNCTIONS}

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def context_name(self) -> str:
        for function in reversed(self.functions):
            for arg in function.args.posonlyargs + function.args.args + function.args.kwonlyargs:
                annotation = ast.unparse(arg.annotation) if arg.annotation else ""
                if "ServiceContext" in annotation or arg.arg in CONTEXT_NAMES:
                    return arg.arg
        return "ctx"

    # -- calls --------------------------------------------------------------------------------
    def old_function(self, func: ast.expr) -> str | None:
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.module_alias
            and func.attr in OLD_FUNCTIONS
        ):
            return func.attr
        if isinstance(func, ast.Name) and func.id in self.imported:
            self.replaced.add(func.id)
            return func.id
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = self.old_function(node.func)
        args = [self.text(a) for a in node.args]
        new = None
        if name == "now" and not args:
            new = f"{self.context_name()}.clock.now()"
        elif name == "local_today" and len(args) == 1:
            new = f"{args[0]}.clock.today()"
        elif name == "today" and len(args) in (1, 2):
            new = f"{args[0]}.clock.today({args[1] if len(args) == 2 else ''})"
        elif name == "local_zone" and len(args) == 1:
            new = f"{args[0]}.clock.zone()"
        if new is not None:
            start, end = self.span(node)
            self.edits.append((start, end, new))
            return  # the arguments are kept as written
        self._today_keyword(node)
        self._use_clock(node)
        self.generic_visit(node)

    def _today_keyword(self, node: ast.Call) -> None:
        called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        today = [k for k in node.keywords if k.arg == "today"]
        if called not in TODAY_KEYWORD_CALLS or not today or not node.args:
            return
        keyword = today[0]
        first = node.args[0]
        start, end = self.span(first)
        self.edits.append((start, end, f"{self.text(first)}.on_day({self.text(keyword.value)})"))
        # drop ", today=..." (with the comma before it)
        k_start, k_end = self.pos(keyword.lineno, keyword.col_offset), self.span(keyword.value)[1]
        before = self.source.rfind(",", 0, k_start)
        self.edits.append((before, k_end, ""))

    def _use_clock(self, node: ast.Call) -> None:
        if getattr(node.func, "id", "") != "use_clock" or not node.args:
            return
        first = node.args[0]
        if isinstance(first, ast.Name) and first.id == "monkeypatch":
            start, end = self.span(first)
            self.edits.append((start, end, self.context_name_excluding("monkeypatch")))

    def context_name_excluding(self, skip: str) -> str:
        for function in reversed(self.functions):
            for arg in function.args.args:
                if arg.arg != skip and (arg.arg in CONTEXT_NAMES or arg.arg.endswith("ctx")):
                    return arg.arg
        return "ctx"


def _drop_imports(source: str, names: set[str]) -> str:
    def rewrite(match: re.Match[str]) -> str:
        kept = [n.strip() for n in match.group(1).strip("()\n ").split(",") if n.strip()]
        kept = [n for n in kept if n.split(" as ")[-1] not in names]
        return f"from {CLOCK_MODULE} import {', '.join(kept)}\n" if kept else ""

    pattern = re.compile(rf"^from {re.escape(CLOCK_MODULE)} import (\([^)]*\)|[^\n]*)\n", re.M)
    return pattern.sub(rewrite, source)


def convert(source: str) -> str:
    finder = _Finder(source)
    finder.visit(ast.parse(source))
    out = source
    for start, end, text in sorted(finder.edits, key=lambda e: e[0], reverse=True):
        out = out[:start] + text + out[end:]
    if finder.replaced:
        out = _drop_imports(out, finder.replaced)
    return out


def leftovers(path: Path, source: str) -> list[str]:
    if "clock" in path.name or "context" in path.name:
        return []
    return [
        f"{path}:{number}: {line.strip()}"
        for number, line in enumerate(source.splitlines(), 1)
        if LEFT_FOR_A_PERSON.search(line)
    ]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"]
    if not paths:
        print(__doc__)
        return 2
    files = [f for p in paths for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]
    changed, left = [], []
    for file in files:
        source = file.read_text(encoding="utf-8")
        new = convert(source)
        if new != source:
            changed.append(file)
            if not check:
                file.write_text(new, encoding="utf-8")
        left += leftovers(file, new)
    for file in changed:
        print(f"{'would rewrite' if check else 'rewrote'} {file}")
    if left:
        print("\nleft for a person (use ctx.clock / app.clock):")
        print("\n".join(left))
    return 1 if check and (changed or left) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
