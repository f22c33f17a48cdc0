"""Shared building blocks of every printed document: A4 notices and thermal slips.

A notice builder (受理通知书, 补正材料一次性告知书, 不予受理通知书, 材料接收凭证, 办事指南) makes a list of
flowables from these pieces and hands it to :func:`build_a4_pdf`; a slip builder (ticket, receipt)
hands its flowables to :func:`build_slip_pdf`. For example::

    s = styles()
    story = [
        para("受理通知书", s.title),
        para("XX审受〔2026〕第 123 号", s.subtitle),
        para(f"{applicant}：", s.body),
        para("你（单位）提交的……申请，材料齐全、符合法定形式，本机关决定予以受理。", s.body_indent),
        key_value_table([("受理编号", case_no), ("申请事项", matter)]),
        code128(case_no),
        seal_block("XX市行政审批局", accepted_on),
    ]
    pdf = build_a4_pdf(story, title="受理通知书", office="XX市行政审批局", reprint=is_reprint)

Everything is set in the embedded CJK font (:mod:`.fonts`) with CJK line breaking, so Chinese wraps
anywhere a line is full, in paragraphs and in table cells alike. Text given as ``str`` is escaped
(an applicant called ``A&B <Ltd>`` prints as typed); pass ``markup=True`` to :func:`para` for
reportlab's inline markup.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from windowdesk.documents.fonts import cjk_font_name

__all__ = [
    "A4_CONTENT_WIDTH",
    "A4_MARGIN",
    "DocStyles",
    "SLIP_PRINTABLE_MM",
    "SealBlock",
    "build_a4_pdf",
    "build_slip_pdf",
    "chinese_date",
    "grid_table",
    "key_value_table",
    "para",
    "seal_block",
    "separator",
    "slip_content_width",
    "spacer",
    "styles",
]

A4_MARGIN = 20 * mm
A4_CONTENT_WIDTH = A4[0] - 2 * A4_MARGIN  # 170 mm
SLIP_PRINTABLE_MM = {80: 72, 58: 48}  # paper width -> printable width (576 / 384 dots at 203 dpi)
SLIP_MARGIN_TOP = 3 * mm
SLIP_MARGIN_BOTTOM = 5 * mm

STAMP_RED = colors.HexColor("#C8161D")
GRID_COLOR = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#E4E4E4")
LABEL_FILL = colors.HexColor("#F2F2F2")
MUTED = colors.HexColor("#606060")

CellValue = str | int | float | Flowable | None


# --- styles and text ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocStyles:
    """Paragraph styles, all in the CJK font with CJK wrapping.

    A4: ``title``, ``subtitle`` (document number line), ``heading``, ``body``, ``body_indent`` (first
    line indented two characters, for the running text of a notice), ``right``, ``small``, ``cell``,
    ``cell_header``, ``cell_center``, ``cell_right``.
    Slips: ``slip_title``, ``slip_big`` (the ticket number), ``slip_body``, ``slip_center``,
    ``slip_small``.
    """

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_indent: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    slip_title: ParagraphStyle
    slip_big: ParagraphStyle
    slip_body: ParagraphStyle
    slip_center: ParagraphStyle
    slip_small: ParagraphStyle


# Chinese punctuation that must not begin a line (GB/T 15834, 中文排版需求 "行首禁则"). reportlab's CJK
# wrapping knows only the Japanese set, which lacks the full-width comma, semicolon, colon, ! and ?,
# closing quotes and book-title marks: without these a line can start with "，".
_CHINESE_CANNOT_START = "\uff0c\uff1b\uff1a\uff01\uff1f\u201d\u2019\u300b\u3009\u300d\u300f\u3011\u3015\u3017\uff09\uff3d\uff5d\uff05\u2026"


def _teach_chinese_line_breaking() -> None:
    # Both wrapping paths read the module global: textsplit (plain paragraphs) and paragraph
    # (paragraphs with inline markup), which imported its own binding of the same string.
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START += missing


@cache
def styles() -> DocStyles:
    """The shared paragraph styles (built once, after the CJK font is registered)."""
    font = cjk_font_name()
    _teach_chinese_line_breaking()

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    body = style("wd.body", 12, 20, spaceAfter=2)
    cell = style("wd.cell", 10, 14)
    slip_body = style("wd.slip_body", 9, 13)
    return DocStyles(
        title=style("wd.title", 20, 28, alignment=TA_CENTER, spaceAfter=3 * mm),
        subtitle=style("wd.subtitle", 11, 16, alignment=TA_CENTER, textColor=MUTED, spaceAfter=5 * mm),
        heading=style("wd.heading", 13, 20, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        body=body,
        body_indent=ParagraphStyle("wd.body_indent", parent=body, firstLineIndent=2 * body.fontSize),
        right=ParagraphStyle("wd.right", parent=body, alignment=TA_RIGHT),
        small=style("wd.small", 9, 13, textColor=MUTED),
        cell=cell,
        cell_header=ParagraphStyle("wd.cell_header", parent=cell, alignment=TA_CENTER),
        cell_center=ParagraphStyle("wd.cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("wd.cell_right", parent=cell, alignment=TA_RIGHT),
        slip_title=style("wd.slip_title", 12, 16, alignment=TA_CENTER, spaceAfter=1.5 * mm),
        slip_big=style("wd.slip_big", 36, 42, alignment=TA_CENTER, spaceBefore=1 * mm, spaceAfter=2 * mm),
        slip_body=slip_body,
        slip_center=ParagraphStyle("wd.slip_center", parent=slip_body, alignment=TA_CENTER),
        slip_small=style("wd.slip_small", 7.5, 10, textColor=MUTED),
    )


def para(text: object, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept), or of reportlab markup with ``markup``."""
    content = str(text) if markup else _plain(text)
    return Paragraph(content, style or styles().body)


def _plain(text: object) -> str:
    return escape("" if text is None else str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def separator(*, dashed: bool = False, thickness: float = 0.5, space_mm: float = 1.5) -> HRFlowable:
    """A full-width horizontal rule (dashed for slips, where it reads as a tear line)."""
    return HRFlowable(
        width="100%",
        thickness=thickness,
        color=colors.black,
        dash=(2, 2) if dashed else None,
        spaceBefore=space_mm * mm,
        spaceAfter=space_mm * mm,
    )


def chinese_date(d: _dt.date) -> str:
    """``2026年11月23日`` (no leading zeros, as official documents write dates)."""
    return f"{d.year}年{d.month}月{d.day}日"


# --- tables ---------------------------------------------------------------------------------------


def _cell(value: CellValue, style: ParagraphStyle) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return Paragraph(_plain(value), style)


def _grid_commands() -> list[tuple]:
    return [
        # Plain strings in cells (the blanks that pad a row) would otherwise be set in Helvetica,
        # which is not embedded.
        ("FONT", (0, 0), (-1, -1), cjk_font_name(), 10),
        *_GRID,
    ]


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def key_value_table(
    rows: Iterable[tuple[str, CellValue] | tuple[str, CellValue, bool]],
    *,
    width: float = A4_CONTENT_WIDTH,
    label_width: float = 30 * mm,
    pairs_per_row: int = 1,
) -> Table:
    """A bordered label/value table (labels shaded), e.g. the applicant and case block of a notice.

    With ``pairs_per_row=2`` two pairs share a row; a pair given as ``(label, value, True)`` takes a
    whole row (a long address, say), as does an odd last pair.
    """
    if pairs_per_row not in (1, 2):
        raise ValueError("pairs_per_row is 1 or 2")
    s = styles()
    value_width = (width - pairs_per_row * label_width) / pairs_per_row
    col_widths = [label_width, value_width] * pairs_per_row
    data: list[list[Flowable | str]] = []
    commands = _grid_commands()
    pending: list[Flowable] = []

    def flush(span_whole_row: bool) -> None:
        if not pending:
            return
        row: list[Flowable | str] = list(pending) + [""] * (2 * pairs_per_row - len(pending))
        r = len(data)
        data.append(row)
        commands.append(("BACKGROUND", (0, r), (0, r), LABEL_FILL))
        if span_whole_row and pairs_per_row == 2:
            commands.append(("SPAN", (1, r), (-1, r)))
        elif pairs_per_row == 2:
            commands.append(("BACKGROUND", (2, r), (2, r), LABEL_FILL))
        pending.clear()

    for item in rows:
        label, value = item[0], item[1]
        wide = len(item) > 2 and bool(item[2])  # type: ignore[misc]
        if wide:
            flush(span_whole_row=True)
        pending += [_cell(label, s.cell), _cell(value, s.cell)]
        if wide or len(pending) == 2 * pairs_per_row:
            flush(span_whole_row=wide)
    flush(span_whole_row=True)
    if not data:
        data = [[""] * (2 * pairs_per_row)]
    table = Table(data, colWidths=col_widths, hAlign="LEFT", spaceBefore=2 * mm, spaceAfter=2 * mm)
    table.setStyle(TableStyle(commands))
    return table


def grid_table(
    header: Sequence[CellValue],
    rows: Iterable[Sequence[CellValue]],
    col_widths: Sequence[float | None] | None = None,
    *,
    width: float = A4_CONTENT_WIDTH,
    align: Sequence[str] | None = None,
    repeat_header: bool = True,
) -> Table:
    """A ruled table with a shaded header row that repeats on every page.

    ``col_widths`` are in points (use ``reportlab.lib.units.mm``); ``None`` entries share what is
    left of ``width`` equally (all ``None`` when omitted). ``align`` gives per column ``"left"``,
    ``"center"`` or ``"right"`` for the body cells.
    """
    s = styles()
    ncols = len(header)
    if ncols == 0:
        raise ValueError("a table needs at least one column")
    widths = list(col_widths) if col_widths is not None else [None] * ncols
    if len(widths) != ncols:
        raise ValueError(f"{len(widths)} column widths for {ncols} columns")
    fixed = sum(w for w in widths if w is not None)
    free = [i for i, w in enumerate(widths) if w is None]
    if free:
        share = (width - fixed) / len(free)
        if share <= 0:
            raise ValueError("the fixed column widths leave no room for the others")
        for i in free:
            widths[i] = share
    by_name = {"left": s.cell, "center": s.cell_center, "right": s.cell_right}
    col_styles = [by_name[a] for a in align] if align is not None else [s.cell] * ncols
    if len(col_styles) != ncols:
        raise ValueError(f"{len(col_styles)} alignments for {ncols} columns")
    data: list[list[Flowable]] = [[_cell(h, s.cell_header) for h in header]]
    for n, row in enumerate(rows, start=1):
        if len(row) != ncols:
            raise ValueError(f"row {n} has {len(row)} cells, the header {ncols}")
        data.append([_cell(v, st) for v, st in zip(row, col_styles, strict=True)])
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1 if repeat_header else 0,
        hAlign="LEFT",
        spaceBefore=2 * mm,
        spaceAfter=2 * mm,
    )
    table.setStyle(TableStyle([*_grid_commands(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    return table


# --- seal -----------------------------------------------------------------------------------------


class SealBlock(Flowable):
    """The signature area: office name and date, right-aligned, under a dashed circle where the
    行政审批专用章 is pressed (the seal overlaps name and date, as on paper)."""

    def __init__(
        self,
        office_name: str,
        date: _dt.date | None,
        *,
        label: str = "（行政审批专用章）",
        diameter: float = 40 * mm,
        font_size: float = 12,
        right_indent: float = 8 * mm,
    ) -> None:
        super().__init__()
        self.office_name = office_name
        self.date_text = chinese_date(date) if date is not None else "　　　年　　月　　日"
        self.label = label
        self.diameter = diameter
        self.font_size = font_size
        self.right_indent = right_indent
        self.font_name = cjk_font_name()
        self.spaceBefore = 6 * mm
        self.height = diameter + 2 * mm
        self.width = A4_CONTENT_WIDTH

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's signature)
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font, size = self.font_name, self.font_size
        lines = [self.office_name, self.date_text]
        room = self.width - self.right_indent
        widest = max(stringWidth(line, font, size) for line in lines)
        if widest > room:
            size *= room / widest
            widest = room
        block = max(widest, self.diameter)
        cx = self.width - self.right_indent - block / 2
        cy = self.height - 1 * mm - self.diameter / 2
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#909090"))
        canv.setLineWidth(0.6)
        canv.setDash(3, 2)
        canv.circle(cx, cy, self.diameter / 2, stroke=1, fill=0)
        canv.setFillColor(colors.HexColor("#909090"))
        canv.setFont(font, 8)
        canv.drawCentredString(cx, cy + self.diameter * 0.22, self.label)
        canv.setFillColor(colors.black)
        canv.setFont(font, size)
        canv.drawCentredString(cx, cy - 0.5 * size, lines[0])
        canv.drawCentredString(cx, cy - 0.5 * size - 1.7 * size, lines[1])
        canv.restoreState()


def seal_block(office_name: str, date: _dt.date | None, *, label: str = "（行政审批专用章）") -> SealBlock:
    """Right-aligned seal area with the office name and the date (``None``: blanks to fill by hand)."""
    return SealBlock(office_name, date, label=label)


# --- A4 documents ---------------------------------------------------------------------------------


def _draw_footer(canv: Canvas, page: int, total: int) -> None:
    canv.saveState()
    canv.setFont(cjk_font_name(), 9)
    canv.setFillColor(MUTED)
    canv.drawCentredString(A4[0] / 2, 10 * mm, f"第 {page} 页 共 {total} 页")
    canv.restoreState()


def _draw_reprint_stamp(canv: Canvas, note: str) -> None:
    """A red double-framed 补打 stamp in the top-right corner, inside the top margin."""
    font = cjk_font_name()
    w, h = 30 * mm, 13 * mm
    x = A4[0] - A4_MARGIN - w
    y = A4[1] - 4 * mm - h
    canv.saveState()
    canv.setStrokeColor(STAMP_RED)
    canv.setFillColor(STAMP_RED)
    canv.setLineWidth(1.6)
    canv.roundRect(x, y, w, h, 2 * mm, stroke=1, fill=0)
    canv.setLineWidth(0.6)
    canv.roundRect(x + 1.2 * mm, y + 1.2 * mm, w - 2.4 * mm, h - 2.4 * mm, 1.4 * mm, stroke=1, fill=0)
    canv.setFont(font, 20)
    canv.drawCentredString(x + w / 2, y + h / 2 - 7, "补打")
    if note:
        canv.setFont(font, 8)
        canv.drawRightString(x - 2 * mm, y + h / 2 - 3, note)
    canv.restoreState()


def _decorating_canvas(reprint: bool, reprint_note: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "第 n 页 共 N 页"."""

    class DecoratingCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, number, total)
                if reprint:
                    _draw_reprint_stamp(self, reprint_note)
                Canvas.showPage(self)
            Canvas.save(self)

    return DecoratingCanvas


def build_a4_pdf(
    flowables: Iterable[Flowable],
    *,
    title: str,
    office: str = "",
    subject: str = "",
    reprint: bool = False,
    reprint_note: str = "",
) -> bytes:
    """An A4 portrait PDF: 20 mm margins, "第 n 页 共 N 页" in the footer, ``title`` and ``office``
    (as author) in the metadata. ``reprint`` puts a red 补打 stamp on every page, with
    ``reprint_note`` (e.g. "补打于 2026年11月23日 14:05") beside it."""
    font = cjk_font_name()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=A4_MARGIN,
        rightMargin=A4_MARGIN,
        topMargin=A4_MARGIN,
        bottomMargin=A4_MARGIN,
        title=title,
        author=office,
        subject=subject,
        creator="windowdesk",
        lang="zh-CN",
        displayDocTitle=True,
        initialFontName=font,
    )
    frame = Frame(
        A4_MARGIN,
        A4_MARGIN,
        A4_CONTENT_WIDTH,
        A4[1] - 2 * A4_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="a4", frames=[frame])])
    story = list(flowables)
    if not story:
        raise ValueError("a document needs at least one flowable")
    doc.build(story, canvasmaker=_decorating_canvas(reprint, reprint_note))
    return buffer.getvalue()


# --- thermal slips --------------------------------------------------------------------------------


def slip_content_width(paper_mm: int) -> float:
    """The printable width of 80 mm (72 mm) or 58 mm (48 mm) receipt paper, in points."""
    try:
        return SLIP_PRINTABLE_MM[paper_mm] * mm
    except KeyError:
        raise ValueError(f"receipt paper is 80 or 58 mm wide, not {paper_mm}") from None


def _measure(flowables: Sequence[Flowable], width: float) -> float:
    """The height a frame needs for these flowables, spaces included as Frame._add counts them."""
    from reportlab import rl_config

    overlap = rl_config.overlapAttachedSpace  # the gap between two is max(after, before), not the sum
    total = 0.0
    previous_after = 0.0
    for i, flowable in enumerate(flowables):
        w, h = flowable.wrap(width, 1e6)
        if w > width + 0.01:
            raise ValueError(f"{flowable!r} is {w / mm:.1f} mm wide, the slip prints {width / mm:.0f} mm")
        if i:
            before = flowable.getSpaceBefore()
            total += max(before, previous_after) if overlap else before + previous_after
        total += h
        previous_after = flowable.getSpaceAfter()
    return total


def build_slip_pdf(
    content: Sequence[Flowable] | Callable[[Canvas, float, float], None],
    *,
    paper_mm: int = 80,
    title: str = "",
    height_mm: float | None = None,
) -> bytes:
    """A one-page PDF for an 80 mm or 58 mm receipt printer, as tall as its content.

    ``content`` is a list of flowables no wider than :func:`slip_content_width` (the page height is
    measured from them), or a function ``draw(canvas, width, height)`` that draws in the printable
    area with the origin at its lower-left corner; a function needs ``height_mm`` (content height).
    """
    width = slip_content_width(paper_mm)
    page_width = paper_mm * mm
    side = (page_width - width) / 2
    font = cjk_font_name()
    buffer = io.BytesIO()

    if callable(content):
        if height_mm is None:
            raise ValueError("a drawing function needs height_mm")
        height = height_mm * mm
        canv = Canvas(buffer, pagesize=(page_width, height + SLIP_MARGIN_TOP + SLIP_MARGIN_BOTTOM))
        canv.setTitle(title)
        canv.setCreator("windowdesk")
        canv.setFont(font, 9)
        canv.translate(side, SLIP_MARGIN_BOTTOM)
        content(canv, width, height)
        canv.showPage()
        canv.save()
        return buffer.getvalue()

    flowables = list(content)
    if not flowables:
        raise ValueError("a slip needs at least one flowable")
    height = _measure(flowables, width) if height_mm is None else height_mm * mm
    for _attempt in range(5):
        buffer = io.BytesIO()
        frame_height = height + 1.0  # a point of slack against rounding in the frame
        doc = BaseDocTemplate(
            buffer,
            pagesize=(page_width, frame_height + SLIP_MARGIN_TOP + SLIP_MARGIN_BOTTOM),
            leftMargin=side,
            rightMargin=side,
            topMargin=SLIP_MARGIN_TOP,
            bottomMargin=SLIP_MARGIN_BOTTOM,
            title=title,
            creator="windowdesk",
            lang="zh-CN",
            initialFontName=font,
        )
        frame = Frame(
            side,
            SLIP_MARGIN_BOTTOM,
            width,
            frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="slip",
        )
        doc.addPageTemplates([PageTemplate(id="slip", frames=[frame])])
        doc.build(list(flowables))
        if doc.page <= 1:
            return buffer.getvalue()
        height *= 1.1  # measuring fell short (a flowable that wraps differently when laid out)
    raise RuntimeError("slip content does not fit on one page")
