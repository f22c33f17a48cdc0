"""Pinyin search and its ranking."""

from __future__ import annotations

from windowdesk.domain.catalogue_search import (
    EXACT_CODE,
    INITIALS,
    PREFIX,
    SUBSTRING,
    SearchEntry,
    SearchIndex,
    pinyin_keys,
)

ENTRIES = [
    SearchEntry("XK-SCJG-001", "食品经营许可（新办）", "市场监督管理局", "食品经营许可"),
    SearchEntry("XK-SCJG-002", "食品生产许可", "市场监督管理局"),
    SearchEntry("QR-GA-001", "居民身份证换领", "公安局"),
    SearchEntry("GF-WJ-001", "出生医学证明办理", "卫生健康委员会"),
    SearchEntry("GF-SCJG-010", "个体工商户登记", "市场监督管理局"),
    SearchEntry("QT-SP-001", "散装食品备案", "市场监督管理局"),
    SearchEntry("XK-JT-001", "道路运输经营许可", "交通运输局"),
]


def codes(hits):
    return [hit.entry.code for hit in hits]


def test_pinyin_keys_keep_latin_letters_and_digits():
    assert pinyin_keys("食品经营许可") == ("shipinjingyingxuke", "spjyxk")
    assert pinyin_keys("B超检查 2号") == ("bchaojiancha2hao", "bcjc2h")


def test_initials_find_the_food_licence_first():
    hits = SearchIndex(ENTRIES).search("spjy")
    assert codes(hits)[0] == "XK-SCJG-001" and hits[0].rank == INITIALS


def test_ranking_exact_code_then_prefix_then_initials_then_substring():
    index = SearchIndex(ENTRIES)
    assert [(h.entry.code, h.rank) for h in index.search("xk-scjg-001")] == [("XK-SCJG-001", EXACT_CODE)]
    hits = index.search("食品")
    # both 食品… names start with it (shorter name first); 散装食品备案 only contains it
    assert [(h.entry.code, h.rank) for h in hits] == [
        ("XK-SCJG-002", PREFIX),
        ("XK-SCJG-001", PREFIX),
        ("QT-SP-001", SUBSTRING),
    ]
    assert codes(index.search("shipin"))[:2] == ["XK-SCJG-002", "XK-SCJG-001"]
    assert [h.rank for h in index.search("jyxk")] == [SUBSTRING, SUBSTRING]  # inside the initials


def test_department_and_code_parts_are_searched():
    index = SearchIndex(ENTRIES)
    assert set(codes(index.search("公安"))) == {"QR-GA-001"}
    assert set(codes(index.search("jtysj"))) == {"XK-JT-001"}  # 交通运输局 initials
    assert codes(index.search("SCJG-010")) == ["GF-SCJG-010"]


def test_typing_narrows_and_backspace_widens_again():
    index = SearchIndex(ENTRIES)
    assert len(index.search("s")) > len(index.search("sp")) >= len(index.search("spjy")) == 1
    assert len(index.search("sp")) == len(SearchIndex(ENTRIES).search("sp"))
    assert index.search("  ") == [] and index.search("nothing-like-it") == []


def test_limit_keeps_the_best():
    index = SearchIndex(ENTRIES)
    assert len(index.search("x", limit=2)) == 2
    assert codes(index.search("x", limit=1)) == codes(index.search("x"))[:1]


def test_the_inlined_ranking_agrees_with_the_rule():
    index = SearchIndex(ENTRIES)
    for query in ("xk-scjg-001", "食品", "shipin", "spjy", "jyxk", "公安", "x", "s", "登记"):
        hits = index.search(query, limit=None)
        assert [h.rank for h in hits] == [index._rank(query, ENTRIES.index(h.entry)) for h in hits]
