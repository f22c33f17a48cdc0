"""windowdesk catalogue …, run as a real process."""

from __future__ import annotations

import json

from tests.cli.test_cli import run
from tests.support.pdf import embedded_fonts, pdf_text
from tests.support.postgres import temporary_pg_database


def test_demo_then_search_spjy_lists_the_food_licence(store_url):
    assert run("demo", db=store_url).returncode == 0
    out = run("catalogue", "search", "spjy", db=store_url)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0].split("\t")
    assert first == ["XK-SCJG-001", "食品经营许可（新办）", "示范市市场监督管理局"]
    assert all(len(line.split("\t")) == 3 for line in out.stdout.splitlines())
    missing = run("catalogue", "search", "zzzzqqq", db=store_url)
    assert missing.returncode == 1 and "没有找到" in missing.stderr


def test_export_import_export_gives_the_same_files(sqlite_url, tmp_path):
    assert run("demo", db=sqlite_url).returncode == 0
    with temporary_pg_database() as empty:
        for suffix in (".json", ".xlsx"):
            first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
            exported = run("catalogue", "export", str(first), db=sqlite_url)
            assert exported.returncode == 0 and "51 个事项" in exported.stdout, exported.stderr
            imported = run("catalogue", "import", str(first), db=empty)
            assert imported.returncode == 0, imported.stderr
            assert run("catalogue", "export", str(second), db=empty).returncode == 0
            assert first.read_bytes() == second.read_bytes(), suffix


def test_a_bad_file_lists_each_error_and_imports_nothing(sqlite_url, tmp_path):
    assert run("demo", db=sqlite_url).returncode == 0
    export = tmp_path / "c.json"
    run("catalogue", "export", str(export), db=sqlite_url)
    document = json.loads(export.read_text("utf-8"))
    document["matters"][0]["name"] = "已修改"
    document["matters"][3]["promised_limit_days"] = 999
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    out = run("catalogue", "import", str(bad), db=sqlite_url)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.splitlines()[0].startswith("matters 第 4 行 promised_limit_days：")
    assert "未导入任何内容" in out.stderr
    run("catalogue", "export", str(tmp_path / "after.json"), db=sqlite_url)
    assert (tmp_path / "after.json").read_bytes() == export.read_bytes()
    skipped = run("catalogue", "import", str(bad), "--skip-invalid", db=sqlite_url)
    assert skipped.returncode == 2 and "更新 1" in skipped.stdout and "已跳过 1 行" in skipped.stderr
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)
    out = run("catalogue", "import", str(junk), db=sqlite_url)
    assert out.returncode == 1 and "Traceback" not in out.stderr and "xlsx" in out.stderr


def test_guide_writes_a_pdf_and_template_an_xlsx(sqlite_url, tmp_path):
    assert run("demo", db=sqlite_url).returncode == 0
    out = run("catalogue", "guide", "XK-GA-001", "--out", str(tmp_path / "g.pdf"), db=sqlite_url)
    assert out.returncode == 0, out.stderr
    pdf = (tmp_path / "g.pdf").read_bytes()
    assert "普通护照签发" in pdf_text(pdf) and all(f.embedded for f in embedded_fonts(pdf))
    missing = run("catalogue", "guide", "XK-NO-1", "--out", str(tmp_path / "x.pdf"), db=sqlite_url)
    assert missing.returncode == 1 and "找不到事项 XK-NO-1" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    template = run("catalogue", "template", str(tmp_path / "t.xlsx"), db=sqlite_url)
    assert template.returncode == 0 and (tmp_path / "t.xlsx").read_bytes()[:2] == b"PK"
