"""The 办事指南 PDF, read back the way a viewer and a printer see it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.services.catalogue_support import load_small
from tests.support.pdf import embedded_fonts, pdf_page_count, pdf_pages_png, pdf_text
from windowdesk.errors import NotFound
from windowdesk.services import catalogue


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def demo_ctx(sqlite_ctx, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    return sqlite_ctx


def test_guide_shows_every_field_and_material_with_the_font_embedded(demo_ctx, tmp_path):
    pdf = catalogue.matter_guide_pdf(demo_ctx.on_day(dt.date(2026, 11, 23)), "XK-SCJG-001")
    text = squeeze(pdf_text(pdf))
    # a wrapped table cell interleaves with its neighbours in poppler's text; in drawing order it
    # stays together
    cells = squeeze("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    matter = catalogue.matter_version(demo_ctx, "XK-SCJG-001").matter
    for expected in (
        "办事指南",
        "食品经营许可（新办）",
        "设定依据",
        "《中华人民共和国食品安全法》第三十五条",
        "受理条件",
        "申请材料",
        "法定办结时限10个工作日",
        "承诺办结时限5个工作日",
        "不收费",
        "市场监管综合窗口",
        "0512-68680101",
        "示范市市场监督管理局",
        "打印于2026年11月23日",
    ):
        assert squeeze(expected) in text, expected
    for material in matter.materials:
        assert squeeze(material.name) in cells, material.name
    assert squeeze("按条件：委托他人代为办理的") in cells
    assert "原件及复印件1份" in cells
    fonts = embedded_fonts(pdf)
    assert fonts and all(f.embedded and f.unicode for f in fonts)
    assert all("WenQuanYi" in f.name for f in fonts)
    pages = pdf_pages_png(pdf, dpi=50, out_dir=tmp_path)
    assert len(pages) == pdf_page_count(pdf)
    with Image.open(pages[0]) as image:
        assert abs(image.size[0] - 413) <= 1 and abs(image.size[1] - 585) <= 1  # A4 at 50 dpi
        # ink on the page (text and table rules), not a blank render
        assert image.convert("L").getextrema()[0] < 80


def test_a_fee_matter_prints_its_amount_and_basis(demo_ctx):
    text = squeeze(pdf_text(catalogue.matter_guide_pdf(demo_ctx, "QR-BDC-002")))
    assert "80.00元" in text and "发改价格规〔2016〕2559号" in text
    assert "取号类别" not in text  # it has its own window
    assert squeeze("不动产登记窗口") in text


def test_an_old_version_prints_as_it_was(demo_ctx):
    from dataclasses import replace

    from windowdesk.services import catalogue

    old = catalogue.matter_version(demo_ctx, "XK-SCJG-001")
    catalogue.save_matter(demo_ctx, replace(old.matter, promised_limit_days=2))
    old_text = squeeze(pdf_text(catalogue.matter_guide_pdf(demo_ctx, old.version_id)))
    new_text = squeeze(pdf_text(catalogue.matter_guide_pdf(demo_ctx, "XK-SCJG-001")))
    assert "承诺办结时限5个工作日" in old_text and "第1版" in old_text
    assert "承诺办结时限2个工作日" in new_text and "第2版" in new_text


def test_unknown_matter(demo_ctx):
    with pytest.raises(NotFound):
        catalogue.matter_guide_pdf(demo_ctx, "XK-NONE-999")
