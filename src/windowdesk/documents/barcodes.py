"""Barcodes for notices, receipts and slips.

Case numbers are Code128, drawn by reportlab's own encoder (python-barcode's SVG is drawn wrongly
by QtSvg, DESIGN.md section 6). Thermal printers print at 203 dpi, 0.125 mm a dot: a bar that is
not a whole number of dots is printed one dot too thin or too thick, which scanners read badly. So
the narrowest bar (the module) is a whole number of printer dots, the quiet zones are 10 modules,
and when the barcode is drawn its left edge is moved (by less than half a dot) onto the page's dot
grid, so every bar edge falls on a dot boundary of a printer whose grid starts at the page edge.

The QR code (a progress-lookup reference) uses reportlab's encoder and is drawn the same way: whole
dots per module, a 4-module quiet zone.

Only reportlab's public barcode API is used. Nothing draws a barcode outside a PDF: the kiosk prints
the slip PDF itself (windowdesk.ui.printing).
"""

from __future__ import annotations

import math

from reportlab.graphics.barcode.code128 import Code128 as _RLCode128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.flowables import Flowable

from windowdesk.documents.fonts import cjk_font_name
from windowdesk.errors import UserError

__all__ = [
    "CODE128_MAX_LENGTH",
    "Code128Flowable",
    "QrFlowable",
    "code128",
    "qr_code",
    "validate_code128_value",
]

CODE128_MAX_LENGTH = 20
QUIET_MODULES = 10
QR_QUIET_MODULES = 4
PRINTER_DPI = 203


def validate_code128_value(value: object) -> str:
    """The value as text if Code128 can carry it here: 1 to 20 printable ASCII characters."""
    text = str(value) if isinstance(value, int) else value
    if not isinstance(text, str) or not text:
        raise UserError("The barcode value is empty.")
    if len(text) > CODE128_MAX_LENGTH:
        raise UserError(
            "The barcode value {value!r} is too long: at most {limit} characters, it has {length}.",
            value=text,
            limit=CODE128_MAX_LENGTH,
            length=len(text),
        )
    for ch in text:
        if not (" " <= ch <= "~"):
            raise UserError(
                "The barcode value {value!r} contains {char!r}, which Code128 cannot carry: use ASCII letters, digits and punctuation.",
                value=text,
                char=ch,
            )
    return text


def _snap_offset(canv, dot: float) -> float:
    """How far to move right so the current origin sits on the page's dot grid (0 if unknown)."""
    matrix = getattr(canv, "_currentMatrix", None)
    if not matrix or len(matrix) != 6:
        return 0.0
    a, b, c, d, e, _f = matrix
    if b or c or abs(a - 1.0) > 1e-9 or abs(d - 1.0) > 1e-9:
        return 0.0  # scaled or rotated: the printer's grid cannot be known here
    shift = math.ceil(e / dot - 1e-6) * dot - e
    return shift if shift < dot - 1e-9 else 0.0


class Code128Flowable(Flowable):
    """A Code128 symbol with quiet zones and an optional caption under the bars.

    Use it in a platypus story, or draw it anywhere with ``flowable.drawOn(canvas, x, y)`` (the
    lower-left corner of the quiet zone at ``(x, y)``; ``width`` and ``height`` include the quiet
    zones and the caption).
    """

    def __init__(
        self,
        value: str,
        *,
        module_dots: int,
        height_mm: float,
        dpi: int,
        human_readable: bool,
        font_size: float = 9.0,
    ) -> None:
        super().__init__()
        self.value = value
        self.dpi = dpi
        self.module_dots = module_dots
        self.dot = 72.0 / dpi
        self.module = module_dots * self.dot
        self.quiet = self.quiet_zone = QUIET_MODULES * self.module
        self.bar_height = height_mm * mm
        self._symbol = _RLCode128(value, barWidth=self.module, barHeight=self.bar_height, quiet=0)
        self.bars_width = self._symbol.width
        self.modules = round(self.bars_width / self.module)
        self.width = self.bars_width + 2 * self.quiet
        self.human_readable = human_readable
        self.font_name = cjk_font_name()
        self.font_size = font_size
        if human_readable:
            text_width = stringWidth(value, self.font_name, font_size)
            if text_width > self.bars_width:
                self.font_size = font_size * self.bars_width / text_width
            ascent, descent = getAscentDescent(self.font_name, self.font_size)
            self._text_gap = 1.0 * mm
            self._text_descent = -descent
            self.caption_height = self._text_gap + ascent - descent
        else:
            self.caption_height = 0.0
        self.height = self.bar_height + self.caption_height

    def __repr__(self) -> str:
        return f"Code128Flowable({self.value!r}, module_dots={self.module_dots}, dpi={self.dpi})"

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's signature)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        shift = _snap_offset(canv, self.dot)
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        self._symbol.drawOn(canv, self.quiet + shift, self.caption_height)
        if self.human_readable:
            canv.setFont(self.font_name, self.font_size)
            canv.drawCentredString(self.width / 2, self._text_descent, self.value)
        canv.restoreState()


def code128(
    value: str,
    *,
    module_dots: int = 2,
    height_mm: float = 12,
    dpi: int = PRINTER_DPI,
    human_readable: bool = True,
    max_width_mm: float | None = None,
    align: str = "LEFT",
) -> Code128Flowable:
    """A Code128 flowable whose narrowest bar is ``module_dots`` printer dots at ``dpi``.

    With ``max_width_mm`` (e.g. the 48 mm printable width of a 58 mm slip) the module is made
    narrower, down to one dot, until the symbol and its quiet zones fit; a value that cannot fit
    even then is refused. ``align`` (``LEFT``, ``CENTER``, ``RIGHT``) places it in a platypus frame.
    """
    text = validate_code128_value(value)
    if module_dots < 1 or int(module_dots) != module_dots:
        raise ValueError("module_dots must be a positive whole number")
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    dots = int(module_dots)
    while True:
        flowable = Code128Flowable(
            text, module_dots=dots, height_mm=height_mm, dpi=dpi, human_readable=human_readable
        )
        if max_width_mm is None or flowable.width <= max_width_mm * mm + 1e-6:
            flowable.hAlign = align
            return flowable
        if dots == 1:
            raise UserError(
                "The barcode {value!r} does not fit on paper {width} mm wide.",
                value=text,
                width=f"{max_width_mm:g}",
            )
        dots -= 1


class QrFlowable(Flowable):
    """A QR code with its 4-module quiet zone; ``width == height``; ``drawOn(canvas, x, y)``."""

    def __init__(self, text: str, *, size_mm: float, dpi: int, level: str) -> None:
        super().__init__()
        self.text = text
        self.dot = 72.0 / dpi
        widget = QrCodeWidget(text, barLevel=level, barBorder=QR_QUIET_MODULES)
        try:
            widget.qr.make()
        except Exception as exc:  # reportlab raises a bare Exception on overflow
            raise UserError(
                "The QR code content is too long ({length} characters).",
                length=len(text),
            ) from exc
        self.matrix = [[bool(cell) for cell in row] for row in widget.qr.modules]
        count = len(self.matrix) + 2 * QR_QUIET_MODULES
        self.module_dots = max(1, math.floor(size_mm * mm / count / self.dot + 1e-6))
        self.module = self.module_dots * self.dot
        self.quiet_zone = QR_QUIET_MODULES * self.module
        self.width = self.height = count * self.module

    def __repr__(self) -> str:
        return f"QrFlowable({self.text!r}, module_dots={self.module_dots})"

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's signature)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        shift = _snap_offset(canv, self.dot)
        m = self.module
        origin = QR_QUIET_MODULES * m
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self.matrix):
            y = self.height - origin - (r + 1) * m
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    canv.rect(shift + origin + start * m, y, (c - start) * m, m, stroke=0, fill=1)
                else:
                    c += 1
        canv.restoreState()


def qr_code(
    text: str, *, size_mm: float = 25, dpi: int = PRINTER_DPI, level: str = "M", align: str = "LEFT"
) -> QrFlowable:
    """A QR code at most ``size_mm`` square (quiet zone included), modules in whole dots at ``dpi``.

    Keep the content ASCII (a URL or a lookup reference): reportlab writes other text as UTF-8 bytes
    without an ECI header, which some readers decode in another encoding.
    """
    if not isinstance(text, str) or not text:
        raise UserError("The QR code content is empty.")
    if level not in ("L", "M", "Q", "H"):
        raise ValueError("level is one of L, M, Q, H")
    flowable = QrFlowable(text, size_mm=size_mm, dpi=dpi, level=level)
    flowable.hAlign = align
    return flowable
