"""The CJK font every document is set in.

reportlab embeds TrueType outlines only (DESIGN.md section 6): the shipped WenQuanYi Micro Hei
collection (``resources/fonts/wqy-microhei.ttc``, with its licence next to it) is registered once
per process, and reportlab writes a subset of it into each PDF, so a notice looks the same in any
viewer and on any printer. The font also covers Latin letters and digits, so documents use it for
everything (barcode captions included) and never fall back to an unembedded base-14 font.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from windowdesk.resources import resource_path

__all__ = ["CJK_FONT_NAME", "cjk_font_name"]

CJK_FONT_NAME = "WQYMicroHei"
_FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered = False


def cjk_font_name() -> str:
    """Register the CJK font with reportlab (first call only, thread-safe) and return its name."""
    global _registered
    if _registered:
        return CJK_FONT_NAME
    with _lock:
        if not _registered:
            path = resource_path(*_FONT_FILE)
            if not path.is_file():
                raise FileNotFoundError(f"CJK font not found: {path}")
            pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(path), subfontIndex=0))
            # The collection has no bold or italic face: map <b>/<i> in paragraphs to the same face
            # rather than letting reportlab fail on them.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(CJK_FONT_NAME, bold, italic, CJK_FONT_NAME)
            _registered = True
    return CJK_FONT_NAME
