"""Move code written against the old time seams onto the hall clock of the service context.

    python tools/clock_codemod.py [--check] PATH...     (files or folders; rewrites in place)

Rewrites, where ``X`` is the context argument of the old call:

    clock.now() / now()                      -> ctx.clock.now()   (ctx: the enclosing function's
                                                 ServiceContext parameter, else ``ctx``)
    clock.local_today(X) / local_today(X)    -> X.clock.today()
    clock.today(X, at) / today(X, at)        -> X.clock.today(at)
    clock.local_zone(X) / local_zone(X)      -> X.clock.zone()
    decide(X, ..., today=D)  (and issue_notice, record_correction, show_case, list_cases,
    matter_guide_pdf, the lifecycle moves: handover_cases, receive_case, pause_clock, ...,
    deemed_approvals, recompute_due_dates; see TODAY_KEYWORD_CALLS)
                                             -> decide(X.on_day(D), ...)
    use_clock(monkeypatch[, start])          -> use_clock(ctx[, start])  (the tests' clock helper;
                                                 ctx: the test's first context-like parameter)

and drops the names it replaced from ``from windowdesk.services.clock import ...`` (and ``clock``
from ``from windowdesk.services import clock, ...`` when nothing uses it any more). It then lists,
without changing them, what still needs a person: ``date.today()``, ``datetime.now()``,
``QDate.currentDate()``, ``utcnow()`` outside the clock modules, monkeypatching of ``clock.utcnow``,
an old clock function handed on without a call (``tasks.run(clock.local_today, ctx)``), a ``now()``
with no context in scope, and ``use_clock(monkeypatch)`` in a test with no context parameter.
``--check`` changes nothing and exits 1 when something would change or is left. Afterwards run
``ruff check --fix src tests`` (imports left unused) and the tests.

A service function that still declares ``today: dt.date | None = None`` is not changed here: drop
the parameter by hand (``today = ctx.clock.today()``) and add its name to TODAY_KEYWORD_CALLS, then
run this again to move its callers.
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
    # the case's life after the counter
    "handover_cases",
    "receive_batch",
    "receive_case",
    "start_review",
    "pause_clock",
    "resume_clock",
    "record_decision",
    "mark_ready",
    "withdraw_case",
    "return_case",
    "request_extension",
    "extend_deadline",
    "approve_extension",
    "refuse_extension",
    "deliver_result",
    "close_case",
    "deemed_approvals",
    "recompute_due_dates",
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
        self.imported: dict[str, str] = {}  # local name -> old function imported by name
        self.unresolved: list[int] = []  # lines of now() calls with no context in scope
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
            self.imported |= {a.asname or a.name: a.name for a in node.names if a.name in OLD_FUNCTIONS}

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def context_name(self) -> str | None:
        """The enclosing function's ServiceContext parameter; None when there is none (the call is
        left for a person: inventing a ``ctx`` would not even compile)."""
        for function in reversed(self.functions):
            for arg in function.args.posonlyargs + function.args.args + function.args.kwonlyargs:
                annotation = ast.unparse(arg.annotation) if arg.annotation else ""
                if "ServiceContext" in annotation or arg.arg in CONTEXT_NAMES:
                    return arg.arg
        return None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        # an old function named but not called here (handed to a task runner, say)
        if isinstance(node.value, ast.Name) and node.value.id in self.module_alias and node.attr in OLD_FUNCTIONS:
            self.unresolved.append(node.lineno)
        self.generic_visit(node)

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
            return self.imported[func.id]
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = self.old_function(node.func)
        args = [self.text(a) for a in node.args]
        new = None
        if name == "now" and not args:
            context = self.context_name()
            if context is None:
                self.unresolved.append(node.lineno)
            else:
                new = f"{context}.clock.now()"
        elif name == "local_today" and len(args) == 1:
            new = f"{args[0]}.clock.today()"
        elif name == "today" and len(args) in (1, 2):
            new = f"{args[0]}.clock.today({args[1] if len(args) == 2 else ''})"
        elif name == "local_zone" and len(args) == 1:
            new = f"{args[0]}.clock.zone()"
        if new is not None:
            if isinstance(node.func, ast.Name):
                self.replaced.add(node.func.id)
            start, end = self.span(node)
            self.edits.append((start, end, new))
            return  # the arguments are kept as written
        self._today_keyword(node)
        self._use_clock(node)
        if name is not None:  # an old call it could not rewrite
            self.unresolved.append(node.lineno)
            for argument in [*node.args, *node.keywords]:
                self.visit(argument)
            return
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
            context = self.context_name_excluding("monkeypatch")
            if context is None:  # the test makes its contexts itself: a person picks the one
                self.unresolved.append(node.lineno)
                return
            start, end = self.span(first)
            self.edits.append((start, end, context))

    def context_name_excluding(self, skip: str) -> str | None:
        for function in reversed(self.functions):
            for arg in function.args.args:
                if arg.arg != skip and (arg.arg in CONTEXT_NAMES or arg.arg.endswith("ctx")):
                    return arg.arg
        return None


def _drop_imports(source: str, names: set[str]) -> str:
    def rewrite(match: re.Match[str]) -> str:
        kept = [n.strip() for n in match.group(1).strip("()\n ").split(",") if n.strip()]
        kept = [n for n in kept if n.split(" as ")[-1] not in names]
        return f"from {CLOCK_MODULE} import {', '.join(kept)}\n" if kept else ""

    pattern = re.compile(rf"^from {re.escape(CLOCK_MODULE)} import (\([^)]*\)|[^\n]*)\n", re.M)
    return pattern.sub(rewrite, source)


def _drop_unused_module(source: str, aliases: set[str]) -> str:
    """Drop ``clock`` from ``from windowdesk.services import clock, queue`` once nothing uses it."""
    used = {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name)}
    unused = {a for a in aliases if a not in used}
    if not unused:
        return source

    def rewrite(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(1).split(",") if n.strip()]
        kept = [n for n in names if n.split(" as ")[-1] not in unused]
        return f"from windowdesk.services import {', '.join(kept)}\n" if kept else ""

    return re.sub(r"^from windowdesk\.services import ([^\n(]*)\n", rewrite, source, flags=re.M)


def convert(source: str) -> str:
    out, _ = _convert(source)
    return out


def _convert(source: str) -> tuple[str, list[int]]:
    """The rewritten source, and the lines of the old calls it could not rewrite."""
    finder = _Finder(source)
    finder.visit(ast.parse(source))
    out = source
    for start, end, text in sorted(finder.edits, key=lambda e: e[0], reverse=True):
        out = out[:start] + text + out[end:]
    if finder.replaced:
        # an import is dropped only when no call of that name is left
        still_called = {
            node.func.id
            for node in ast.walk(ast.parse(out))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        out = _drop_imports(out, finder.replaced - still_called)
    if finder.module_alias and finder.edits:
        out = _drop_unused_module(out, finder.module_alias)
    return out, finder.unresolved


def leftovers(path: Path, source: str, unresolved: tuple[int, ...] = ()) -> list[str]:
    if path.name in ("clock.py", "system_clock.py", "context.py", "clock_codemod.py", "test_one_clock.py"):
        return []
    # the store and sync stamp record-keeping columns with the computer's clock (tests/test_one_clock.py)
    record_keeping = {"store", "sync"} & set(path.parts)
    return [
        f"{path}:{number}: {line.strip()}"
        for number, line in enumerate(source.splitlines(), 1)
        if number in unresolved
        or (
            (match := LEFT_FOR_A_PERSON.search(line))
            and not (record_keeping and "utcnow" in match.group(0) and "windowdesk" in path.parts)
        )
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
        new, unresolved = _convert(source)
        if new != source:
            changed.append(file)
            if not check:
                file.write_text(new, encoding="utf-8")
        left += leftovers(file, new, tuple(_convert(new)[1]) if unresolved else ())
    for file in changed:
        print(f"{'would rewrite' if check else 'rewrote'} {file}")
    if left:
        print("\nleft for a person (use ctx.clock / app.clock):")
        print("\n".join(left))
    return 1 if check and (changed or left) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
