"""The document toolkit, checked on real PDFs: text a viewer extracts, fonts a printer gets, barcodes a
scanner reads, page sizes a receipt printer takes."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tests.support.pdf import (
    decode_barcodes,
    embedded_fonts,
    pdf_page_count,
    pdf_page_texts,
    pdf_pages_png,
    pdf_text,
)
from windowdesk.documents.barcodes import code128, qr_code
from windowdesk.documents.fonts import cjk_font_name
from windowdesk.documents.layout import (
    A4_CONTENT_WIDTH,
    build_a4_pdf,
    build_slip_pdf,
    chinese_date,
    grid_table,
    key_value_table,
    para,
    seal_block,
    separator,
    slip_content_width,
    spacer,
    styles,
)
from windowdesk.errors import UserError

CASE_NO = "SZ01202601000123"
QR_TEXT = "https://zwfw.example.gov.cn/progress?case=" + CASE_NO
OFFICE = "深圳市福田区行政审批服务局"
DAY = dt.date(2026, 11, 23)
NOTICE_TEXT = (
    "你（单位）于2026年11月23日提交的食品经营许可证（新办）申请，经审查，申请材料齐全、符合法定形式，"
    "根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。"
    "本机关将在受理之日起二十个工作日内作出行政许可决定，请凭本通知书查询办理进度、领取办理结果。"
)


def squeeze(text: str) -> str:
    """Text without whitespace: pdftotext -layout pads columns and breaks wrapped lines."""
    return "".join(text.split())


def notice_story(extra_pages: int = 0) -> list:
    s = styles()
    story = [
        para("受理通知书", s.title),
        para("深行审受〔2026〕第 000123 号", s.subtitle),
        para("张三 & <测试> 有限公司：", s.body),
        para(NOTICE_TEXT, s.body_indent),
        key_value_table(
            [
                ("受理编号", CASE_NO),
                ("申请人", "张三 & <测试> 有限公司"),
                ("申请事项", "食品经营许可证（新办）"),
                ("承诺时限", "10 个工作日"),
                (
                    "通讯地址",
                    "广东省深圳市福田区福中三路市民中心行政服务大厅东区二楼综合受理区 3 号窗口",
                    True,
                ),
            ],
            pairs_per_row=2,
        ),
        para("材料清单", s.heading),
        grid_table(
            ["序号", "材料名称", "原件/复印件", "份数"],
            [
                [1, "营业执照（统一社会信用代码证书）及法定代表人身份证明材料、授权委托书", "原件", 1],
                [2, "食品安全管理制度", "复印件", 2],
            ],
            [12 * mm, None, 26 * mm, 16 * mm],
            align=["center", "left", "center", "right"],
        ),
        spacer(4),
        code128(CASE_NO),
        spacer(2),
        qr_code(QR_TEXT),
        seal_block(OFFICE, DAY),
    ]
    for n in range(extra_pages):
        story.append(para(f"附页{n + 1}：" + "本页用于测试分页。" * 120, s.body_indent))
    return story


def ticket_story(paper_mm: int, value: str = CASE_NO) -> list:
    s = styles()
    return [
        para("深圳市福田区政务服务中心", s.slip_title),
        separator(dashed=True),
        para("A012", s.slip_big),
        para("综合受理 · 前面还有 7 人等候", s.slip_center),
        para("取号时间：2026年11月23日 09:41", s.slip_body),
        separator(dashed=True),
        code128(value, max_width_mm=slip_content_width(paper_mm) / mm, align="CENTER"),
        para("请留意叫号，过号请重新取号。", s.slip_small),
    ]


@pytest.fixture(scope="module")
def notice_pdf() -> bytes:
    return build_a4_pdf(notice_story(), title="受理通知书", office=OFFICE, subject=CASE_NO)


@pytest.fixture(scope="module")
def reprint_pdf() -> bytes:
    return build_a4_pdf(notice_story(extra_pages=2), title="受理通知书", office=OFFICE, reprint=True)


@pytest.fixture(scope="module")
def long_original_pdf() -> bytes:
    return build_a4_pdf(notice_story(extra_pages=2), title="受理通知书", office=OFFICE)


@pytest.fixture(scope="module", params=[80, 58])
def slip(request) -> tuple[int, bytes]:
    return request.param, build_slip_pdf(
        ticket_story(request.param), paper_mm=request.param, title="取号凭条"
    )


# --- A4 notices -----------------------------------------------------------------------------------


def test_chinese_text_is_extracted(notice_pdf):
    # Raw reading order: -layout interleaves a wrapped table cell with its neighbours' lines.
    text = squeeze(pdf_text(notice_pdf, layout=False))
    for expected in (
        "受理通知书",
        "深行审受〔2026〕第000123号",
        squeeze(NOTICE_TEXT),
        "营业执照（统一社会信用代码证书）及法定代表人身份证明材料、授权委托书",
        "张三&<测试>有限公司",  # escaped, printed as typed
        "（行政审批专用章）",
        OFFICE,
        "2026年11月23日",
        "第1页共1页",
    ):
        assert expected in text


def test_font_is_embedded_truetype(notice_pdf):
    fonts = embedded_fonts(notice_pdf)
    assert fonts
    for font in fonts:
        assert font.embedded, font
        assert font.type in ("TrueType", "CID TrueType"), font
        assert "WenQuanYi" in font.name, font


def test_metadata(notice_pdf):
    info = PdfReader(io.BytesIO(notice_pdf)).metadata
    assert info.title == "受理通知书"
    assert info.author == OFFICE
    assert info.subject == CASE_NO


@pytest.mark.parametrize("dpi", [203, 300])
def test_barcode_and_qr_decode(notice_pdf, tmp_path, dpi):
    (page,) = pdf_pages_png(notice_pdf, dpi, out_dir=tmp_path)
    found = decode_barcodes(page)
    assert ("CODE128", CASE_NO) in found
    assert ("QRCODE", QR_TEXT) in found


def test_reprint_is_marked_on_every_page(reprint_pdf, long_original_pdf):
    pages = pdf_page_texts(reprint_pdf)
    assert len(pages) == pdf_page_count(reprint_pdf) >= 2
    for number, page in enumerate(pages, start=1):
        assert "补打" in page
        assert f"第{number}页共{len(pages)}页" in squeeze(page)
    original = pdf_page_texts(long_original_pdf)
    assert len(original) == len(pages)
    assert not any("补打" in page for page in original)


def test_reprint_stamp_is_red_in_the_top_right_corner(reprint_pdf, tmp_path):
    for png in pdf_pages_png(reprint_pdf, 50, out_dir=tmp_path):
        with Image.open(png) as image:
            rgb = image.convert("RGB")
            w, h = rgb.size
            corner = rgb.crop((w // 2, 0, w, h // 10))
            red = sum(1 for r, g, b in corner.get_flattened_data() if r > 150 and g < 90 and b < 90)
        assert red > 50, png


# --- slips ----------------------------------------------------------------------------------------


def test_slip_page_is_paper_wide_and_content_tall(slip):
    paper_mm, pdf = slip
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(paper_mm * mm, abs=0.01)
    height_mm = float(box.height) / mm
    assert 40 < height_mm < 100
    # No blank tail: the last ink is within the bottom margin (5 mm) plus a little.
    with Image.open(pdf_pages_png(pdf, 100)[0]) as image:
        gray = image.convert("L")
        w, h = gray.size
        inked = [y for y in range(h) if any(gray.getpixel((x, y)) < 128 for x in range(w))]
    blank_tail_mm = (h - 1 - inked[-1]) / 100 * 25.4
    assert blank_tail_mm < 7


def test_slip_text_and_fonts(slip):
    _paper_mm, pdf = slip
    text = squeeze(pdf_text(pdf))
    assert "A012" in text and "前面还有7人等候" in text and CASE_NO in text
    assert all(f.embedded and "WenQuanYi" in f.name for f in embedded_fonts(pdf))


@pytest.mark.parametrize("dpi", [203, 300])
def test_slip_barcode_decodes(slip, tmp_path, dpi):
    _paper_mm, pdf = slip
    (page,) = pdf_pages_png(pdf, dpi, out_dir=tmp_path)
    assert ("CODE128", CASE_NO) in decode_barcodes(page)


def barcode_row(png) -> list[int]:
    """The grey levels across the barcode in a page image, first bar to last bar: of the rows with
    many black/white transitions, the one repeated unchanged over the most consecutive rows."""
    with Image.open(png) as image:
        gray = image.convert("L")
        w, h = gray.size
        rows = [tuple(gray.getpixel((x, y)) for x in range(w)) for y in range(h)]
    best, best_count, y = None, 0, 0
    while y < h:
        count = 1
        while y + count < h and rows[y + count] == rows[y]:
            count += 1
        dark = [v < 128 for v in rows[y]]
        if sum(a != b for a, b in zip(dark, dark[1:], strict=False)) > 40 and count > best_count:
            best, best_count = rows[y], count
        y += count
    assert best is not None and best_count > 20, "no barcode rows found"
    dark = [v < 128 for v in best]
    first, last = dark.index(True), w - 1 - dark[::-1].index(True)
    return list(best[first : last + 1])


def runs_of(row: list[int]) -> list[int]:
    runs, current, length = [], True, 0
    for dark in (v < 128 for v in row):
        if dark == current:
            length += 1
        else:
            runs.append(length)
            current, length = dark, 1
    runs.append(length)
    return runs


@pytest.mark.parametrize("antialias", [False, True])
def test_slip_bars_fall_on_whole_printer_dots(slip, tmp_path, antialias):
    """Rendered at the printer's 203 dpi, every bar and gap is a whole number of 2-dot modules, and
    even with smoothing on no bar edge is grey: the symbol sits on the page's dot grid."""
    _paper_mm, pdf = slip
    (page,) = pdf_pages_png(pdf, 203, out_dir=tmp_path, antialias=antialias)
    assert ("CODE128", CASE_NO) in decode_barcodes(page)
    row = barcode_row(page)
    assert set(row) <= {0, 255}, sorted(set(row))
    runs = runs_of(row)
    assert all(n % 2 == 0 for n in runs), runs
    assert min(runs) == 2
    assert sum(runs) == code128(CASE_NO).modules * 2  # first bar to last bar: the whole symbol


class EdgeRecordingCanvas(Canvas):
    """Records the absolute left and right edges of every filled rectangle drawn on it."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), pagesize=(80 * mm, 60 * mm))
        self.edges: list[float] = []

    def rect(self, x, y, width, height, stroke=1, fill=0):
        e = self._currentMatrix[4]
        self.edges += [e + x, e + x + width]
        return super().rect(x, y, width, height, stroke=stroke, fill=fill)


@pytest.mark.parametrize("x", [0.0, 12.345, 33.3 * mm])
def test_bar_and_module_edges_are_on_the_page_dot_grid(x):
    """Wherever a barcode is drawn (inside translated frames, at any x), its edges are moved onto
    the 203 dpi grid counted from the page edge; the move is less than one dot."""
    dot = 72 / 203
    for flowable in (code128(CASE_NO), code128(CASE_NO, module_dots=3), qr_code(QR_TEXT)):
        canvas = EdgeRecordingCanvas()
        canvas.translate(4.1 * mm, 7)
        flowable.drawOn(canvas, x, 0)
        assert len(canvas.edges) > 40
        for edge in canvas.edges:
            assert edge / dot == pytest.approx(round(edge / dot), abs=1e-6)
        assert 0 <= min(canvas.edges) - (4.1 * mm + x + flowable.quiet_zone) < dot


def test_ghostscript_prints_even_bars(tmp_path):
    """Ghostscript, unlike poppler, does not snap rectangles to pixels, as many printer drivers don't:
    rendered at 203 dpi every bar and gap must still come out a whole number of modules."""
    pdf_path, png_path = tmp_path / "slip.pdf", tmp_path / "slip.png"
    pdf_path.write_bytes(build_slip_pdf(ticket_story(80), paper_mm=80))
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pnggray", "-r203"]
        + ["-dGraphicsAlphaBits=1", f"-sOutputFile={png_path}", str(pdf_path)],
        check=True,
        timeout=60,
    )
    runs = runs_of(barcode_row(png_path))
    assert all(n % 2 == 0 for n in runs), runs
    assert ("CODE128", CASE_NO) in decode_barcodes(png_path)


def test_long_value_narrows_to_fit_58mm(tmp_path):
    value = "ABCDEFGHIJKLMNOPQRST"  # 20 letters: 255 modules
    assert code128(value).width > slip_content_width(58)
    narrow = code128(value, max_width_mm=48)
    assert narrow.module_dots == 1 and narrow.width <= slip_content_width(58)
    pdf = build_slip_pdf(ticket_story(58, value), paper_mm=58)
    (page,) = pdf_pages_png(pdf, 203, out_dir=tmp_path)
    assert ("CODE128", value) in decode_barcodes(page)


def test_slip_from_a_drawing_function():
    seen = {}

    def draw(canvas, width, height):
        seen["size"] = (width, height)
        canvas.setFont(cjk_font_name(), 12)
        canvas.drawString(0, height - 12, "叫号凭条")
        code128(CASE_NO, module_dots=1).drawOn(canvas, 0, 0)

    pdf = build_slip_pdf(draw, paper_mm=58, height_mm=30)
    assert seen["size"] == pytest.approx((48 * mm, 30 * mm))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) == pytest.approx(58 * mm, abs=0.01)
    assert "叫号凭条" in pdf_text(pdf)
    with pytest.raises(ValueError, match="height_mm"):
        build_slip_pdf(draw, paper_mm=58)
    with pytest.raises(ValueError, match="80 or 58"):
        build_slip_pdf([para("x")], paper_mm=76)
    with pytest.raises(ValueError, match="at least one"):
        build_slip_pdf([], paper_mm=80)
    with pytest.raises(ValueError, match="at least one"):
        build_a4_pdf([], title="空")


def test_too_wide_flowable_is_refused_on_a_slip():
    with pytest.raises(ValueError, match="wider|wide"):
        build_slip_pdf([code128(CASE_NO, module_dots=3)], paper_mm=58)


# --- barcodes -------------------------------------------------------------------------------------


def test_code128_geometry():
    bc = code128(CASE_NO, module_dots=2, dpi=203, height_mm=12)
    module = 2 * 72 / 203
    assert bc.module == pytest.approx(module)
    assert bc.quiet == pytest.approx(10 * module)
    assert bc.bars_width == pytest.approx(bc.modules * module)
    assert bc.width == pytest.approx((bc.modules + 20) * module)
    assert bc.bar_height == pytest.approx(12 * mm)
    assert bc.height > bc.bar_height  # caption under the bars
    assert code128(CASE_NO, human_readable=False).height == pytest.approx(12 * mm)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "不能为空"),
        ("SZ012026010001234567X", "太长"),
        ("苏A12345", "无法编码"),
        ("SZ01\t2026", "无法编码"),
    ],
)
def test_code128_refuses_bad_values(value, fragment):
    with pytest.raises(UserError) as info:
        code128(value)
    assert fragment in info.value.zh


def test_code128_refuses_what_cannot_fit():
    with pytest.raises(UserError, match="印不下"):
        code128("ABCDEFGHIJKLMNOPQRST", max_width_mm=20)


def test_qr_code_is_whole_dots_and_at_most_the_size():
    qr = qr_code(QR_TEXT, size_mm=25)
    assert qr.width == qr.height <= 25 * mm
    assert qr.width / (72 / 203) == pytest.approx(round(qr.width / (72 / 203)))
    with pytest.raises(UserError):
        qr_code("")
    with pytest.raises(UserError):
        qr_code("x" * 5000)


# --- layout pieces --------------------------------------------------------------------------------


def test_chinese_date():
    assert chinese_date(dt.date(2026, 11, 23)) == "2026年11月23日"
    assert chinese_date(dt.date(2027, 1, 5)) == "2027年1月5日"


def test_grid_table_wraps_long_cells_and_checks_shape():
    short = grid_table(["名称", "备注"], [["营业执照", "无"]], [40 * mm, None])
    long = grid_table(["名称", "备注"], [["营业执照" * 20, "无"]], [40 * mm, None])
    short_w, short_h = short.wrap(A4_CONTENT_WIDTH, 1000)
    long_w, long_h = long.wrap(A4_CONTENT_WIDTH, 1000)
    assert short_w == long_w == pytest.approx(A4_CONTENT_WIDTH)
    assert long_h > short_h * 1.5
    with pytest.raises(ValueError):
        grid_table(["a", "b"], [["only one"]])
    with pytest.raises(ValueError):
        grid_table(["a", "b"], [], [10 * mm])


def test_no_line_starts_with_closing_punctuation():
    s = styles()
    # A slip line holds 17 characters at 12 pt: the 18th, a full-width comma, must hang, not wrap.
    per_line = int(slip_content_width(80) // s.body.fontSize)
    assert per_line == 17
    text = "一二三四五六七八九十" * 3
    text = text[:per_line] + "，" + text[:per_line] + "。" + "尾"
    lines = [line.strip() for line in pdf_text(build_slip_pdf([para(text, s.body)])).splitlines()]
    lines = [line for line in lines if line]
    assert len(lines) == 3
    assert lines[0].endswith("，") and lines[1].endswith("。") and lines[2] == "尾"
    assert para("a\nb<c>", s.body).text == "a<br/>b&lt;c&gt;"


def test_key_value_table_spans_wide_rows():
    table = key_value_table(
        [("甲", "1"), ("乙", "2"), ("地址", "很长" * 30, True), ("丙", "3")], pairs_per_row=2
    )
    assert len(table._cellvalues) == 3
    assert all(len(row) == 4 for row in table._cellvalues)


def test_seal_block_without_date_leaves_blanks():
    text = pdf_text(build_a4_pdf([seal_block(OFFICE, None)], title="t"))
    assert OFFICE in squeeze(text)
    assert "年" in text and "月" in text and "日" in text
