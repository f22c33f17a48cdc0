"""The case's life from the command line, as real processes, exactly as issue 11 writes the commands:
a refused move exits 1 with one line; ``case show`` prints the stage, due dates and pauses."""

from __future__ import annotations

import re

from tests.cli.test_cli import run
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text


def ok(*args: str, db: str) -> str:
    result = run(*args, db=db)
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def refused(*args: str, db: str, says: str) -> None:
    result = run(*args, db=db)
    assert result.returncode == 1, (args, result.stdout)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], result.stderr


def test_a_case_from_hand_over_to_delivery_on_the_command_line(sqlite_url, tmp_path):
    db = sqlite_url
    ok("demo", "--cases", "7", db=db)
    accepted = [
        line.split("\t")[0] for line in ok("case", "list", db=db).splitlines() if "\taccepted\t" in line
    ]
    first, second = accepted[0], accepted[1]

    out = tmp_path / "list.pdf"
    handed = ok("case", "handover", "--department", "SCJG", "--out", str(out), db=db)
    batch = re.search(r"HO-[A-Z0-9]+", handed).group(0)
    assert first in handed and second in handed
    pdf = out.read_bytes()
    assert "办件流转单" in pdf_text(pdf) and first in pdf_text(pdf)
    assert ("CODE128", batch) in decode_barcodes(pdf_pages_png(pdf, dpi=200)[0])
    refused("case", "handover", "--department", "SCJG", db=db, says="没有待移交给 SCJG 的已受理案件")

    assert "已签收流转单" in ok("case", "receive", batch, db=db)
    refused("case", "receive", batch, db=db, says="已于")
    refused("case", "decide", first, "--approve", db=db, says="承办部门已接收，不能作出决定")
    ok("case", "review", first, db=db)
    ok(
        "case",
        "pause",
        first,
        "--kind",
        "expert_review",
        "--reason",
        "专家评审",
        "--expected-workdays",
        "5",
        db=db,
    )
    refused(
        "case", "pause", first, "--kind", "hearing", "--reason", "听证", "--expected-workdays", "2",
        db=db, says="不能重叠",
    )  # fmt: skip
    shown = ok("case", "show", first, db=db)
    assert "阶段：审查中" in shown and "中止计时：专家评审" in shown and "进行中" in shown
    ok("case", "resume", first, db=db)
    ok("case", "extend", first, "--workdays", "10", "--reason", "情况复杂", db=db)
    refused("case", "extend", first, "--workdays", "10", "--reason", "再次", db=db, says="只能延期一次")
    refused("case", "decide", first, "--deny", "--reason", "不符合条件", db=db, says="法律依据")
    assert "已作出决定" in ok("case", "decide", first, "--approve", "--licence-no", "JY14403050001", db=db)
    ok("case", "ready", first, db=db)
    refused("case", "deliver", first, "--pickup", "--id-number", "110105198001010016", db=db, says="不能交付")
    assert "已送达" in ok(
        "case", "deliver", first, "--express", "--carrier", "顺丰速运", "--tracking", "SF1001", db=db
    )
    shown = ok("case", "show", first, db=db)
    lines = shown.splitlines()
    assert "阶段：已送达" in lines
    assert any(re.fullmatch(r"法定办结期限：\d{4}-\d\d-\d\d", line) for line in lines)
    assert any(re.fullmatch(r"承诺办结期限：\d{4}-\d\d-\d\d", line) for line in lines)
    assert "决定：准予许可" in shown and "送达：邮寄 顺丰速运 SF1001" in shown
    assert ok("case", "list", "--stage", "delivered", db=db).split("\t")[0] == first

    for kind, title in (
        ("extension", "延长行政许可期限告知书"),
        ("special", "特别程序告知书"),
        ("decision", "准予行政许可决定书"),
        ("delivery", "送达回证"),
    ):
        target = tmp_path / f"{kind}.pdf"
        printed = ok("print", first, "--doc", kind, "--out", str(target), db=db)
        assert "补打" not in printed
        pdf = target.read_bytes()
        assert title in pdf_text(pdf)
        codes = decode_barcodes(pdf_pages_png(pdf, dpi=200)[0])
        assert ("CODE128", first) in codes and any(kind_ == "QRCODE" and first in v for kind_, v in codes)
    again = ok("print", first, "--doc", "delivery", db=db)
    assert again.strip().endswith("（补打）") and "archive" in again
    again = ok("print", first, "--doc", "special", "--pause", "1", db=db)  # its only pause, printed before
    assert again.strip().endswith("（补打）")
    refused("print", first, "--doc", "special", "--pause", "2", db=db, says="没有第 2 次中止计时")

    ok("case", "withdraw", second, "--reason", "申请人书面申请撤回", db=db)
    refused("case", "decide", second, "--approve", db=db, says="已撤回，不能作出决定")
    refused("case", "return", second, "--reason", "x", db=db, says="已撤回，不能退件")
    refused("print", second, "--doc", "decision", db=db, says="没有行政许可决定书")
