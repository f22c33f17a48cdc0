"""``windowdesk demo --cases``, ``case list``, ``case show`` and ``print`` as real processes."""

from __future__ import annotations

import re

from tests.cli.test_cli import run
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text

LINE = re.compile(r"^(SZ01\d{12})\t([a-z_]+)\t([A-Z0-9-]+)\t(\d{4}-\d\d-\d\d)\t(\S+)$")
STAGE_NAMES = {"accepted": "已受理", "awaiting_correction": "待补正", "not_accepted": "不予受理", "closed": "已办结"}


def test_demo_cases_list_show_and_print(store_url, tmp_path):
    first = run("demo", "--cases", "7", db=store_url)
    assert first.returncode == 0, first.stderr
    again = run("demo", "--cases", "7", db=store_url)
    assert "无需更改" in again.stdout
    listing = run("case", "list", db=store_url)
    assert listing.returncode == 0, listing.stderr
    rows = [LINE.match(line) for line in listing.stdout.splitlines()]
    assert len(rows) == 7 and all(rows), listing.stdout
    assert {m.group(2) for m in rows} >= set(STAGE_NAMES)  # the stage, in code and in Chinese
    assert all(m.group(5).startswith(STAGE_NAMES[m.group(2)]) for m in rows if m.group(2) in STAGE_NAMES)
    rejected = next(m.group(1) for m in rows if m.group(2) == "not_accepted")
    assert run("case", "list", "--outcome", "rejected", db=store_url).stdout.split("\t")[0] == rejected

    accepted = next(m.group(1) for m in rows if m.group(2) == "accepted")
    shown = run("case", "show", accepted.lower(), db=store_url)
    assert shown.returncode == 0, shown.stderr
    assert f"受理编号\t{accepted}" in shown.stdout and "********" in shown.stdout
    lines = shown.stdout.splitlines()
    for head in ("阶段：", "法定办结期限：", "承诺办结期限："):  # each once; the old rows are gone
        assert len([line for line in lines if line.startswith(head)]) == 1, (head, shown.stdout)
    assert "阶段：已受理" in lines and re.search(r"^法定办结期限：\d{4}-\d\d-\d\d$", shown.stdout, re.M)
    assert not [line for line in lines if line.split("\t")[0] in ("状态", "法定办结日期", "承诺办结日期")]

    out = tmp_path / "acceptance.pdf"
    printed = run("print", accepted, "--doc", "acceptance", "--out", str(out), db=store_url)
    assert printed.returncode == 0, printed.stderr
    assert "补打" in printed.stdout  # the demo issued the original already
    pdf = out.read_bytes()
    assert "受理通知书" in pdf_text(pdf) and "补打" in pdf_text(pdf)
    assert ("CODE128", accepted) in decode_barcodes(pdf_pages_png(pdf, dpi=200)[0])

    wrong = run("print", rejected, "--doc", "acceptance", "--out", str(out), db=store_url)
    assert wrong.returncode == 1 and "没有受理通知书" in wrong.stderr
    missing = run("case", "show", "SZ01202601999999", db=store_url)
    assert missing.returncode == 1 and "找不到案件" in missing.stderr
