"""windowdesk ticket / queue …, run as real processes."""

from __future__ import annotations

from tests.cli.test_cli import run
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text


def _last_line(out) -> str:
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_take_call_serve_status_and_stats(sqlite_url):
    store_url = sqlite_url
    assert run("demo", db=store_url).returncode == 0
    assert [_last_line(run("ticket", "take", "A", db=store_url)) for _ in range(2)] == ["A001", "A002"]
    assert _last_line(run("ticket", "take", "b", "--priority", "elderly", db=store_url)) == "B001"
    assert (
        _last_line(run("queue", "call", "--window", "3", db=store_url)) == "B001"
    )  # window 3 serves B first
    assert _last_line(run("queue", "call", "--window", "1", db=store_url)) == "A001"
    busy = run("queue", "call", "--window", "1", db=store_url)
    assert busy.returncode == 1 and "A001 号尚未结束" in busy.stderr and "Traceback" not in busy.stderr
    assert run("queue", "start", "--window", "1", db=store_url).returncode == 0
    done = run("queue", "finish", "--window", "1", "--outcome", "consultation", db=store_url)
    assert done.returncode == 0 and "仅咨询" in done.stdout
    assert _last_line(run("queue", "call", "--window", "1", db=store_url)) == "A002"
    nothing = run("queue", "call", "--window", "2", db=store_url)
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (3, "", "")
    status = run("queue", "status", db=store_url)
    assert status.returncode == 0
    lines = status.stdout.splitlines()
    assert (
        "A\t综合受理\t0\t0\t2" in lines and "1\tA\tA002\t已呼叫" in lines and "3\tBA\tB001\t已呼叫" in lines
    )
    stats = run("queue", "stats", db=store_url)
    assert stats.returncode == 0 and any(
        line.startswith("综合受理\t2\t1\t0\t") for line in stats.stdout.splitlines()
    )
    assert run("queue", "stats", "--date", "2020-01-01", db=store_url).stdout.count("\t0\t0\t0\t-\t-\t-") == 3


def test_call_a_chosen_ticket_pause_and_errors_on_postgres(pg_url):
    assert run("demo", db=pg_url).returncode == 0
    for _ in range(2):
        run("ticket", "take", "A", db=pg_url)
    assert _last_line(run("queue", "call", "--window", "2", "--ticket", "A002", db=pg_url)) == "A002"
    assert run("queue", "pause", "--window", "4", "--reason", "午休", db=pg_url).returncode == 0
    paused = run("queue", "call", "--window", "4", db=pg_url)
    assert paused.returncode == 1 and "已暂停（午休）" in paused.stderr
    assert run("queue", "resume", "--window", "4", db=pg_url).returncode == 0
    assert _last_line(run("queue", "call", "--window", "4", db=pg_url)) == "A001"
    nothing = run("queue", "call", "--window", "5", db=pg_url)
    assert (nothing.returncode, nothing.stdout) == (3, "")
    unknown = run("ticket", "take", "Q", db=pg_url)
    assert unknown.returncode == 1 and "没有代号为 Q 的排队类别" in unknown.stderr
    for window in ("999", "0"):  # a typo names no counter: refused, nothing announced
        missing = run("queue", "call", "--window", window, "--ticket", "A001", db=pg_url)
        assert (missing.returncode, missing.stderr.strip()) == (1, f"windowdesk: 本站点没有 {window} 号窗口")
        assert run("queue", "call", "--window", window, db=pg_url).returncode == 1
    assert "999" not in run("queue", "status", db=pg_url).stdout
    bad_date = run("queue", "stats", "--date", "23/11/2026", db=pg_url)
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_take_with_a_slip(sqlite_url, tmp_path):
    assert run("demo", db=sqlite_url).returncode == 0
    slip = tmp_path / "slip.pdf"
    out = run("ticket", "take", "C", "--priority", "military", "--slip", str(slip), db=sqlite_url)
    assert _last_line(out) == "C001"
    text = pdf_text(slip.read_bytes())
    assert "C001" in text and "社保医保（军人优先）" in text
    (page,) = pdf_pages_png(slip.read_bytes(), 203, out_dir=tmp_path)
    [(kind, value)] = decode_barcodes(page)
    assert kind == "CODE128" and value.startswith("SZ01") and value.endswith("C001")
