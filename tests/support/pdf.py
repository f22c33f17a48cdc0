"""Look inside real PDFs the way a viewer, a printer and a scanner would.

Uses poppler-utils (``pdftotext``, ``pdftoppm``, ``pdffonts``) and zbar (through pyzbar). Every
function takes the PDF as bytes; temporary files are removed before it returns, except the page
images of :func:`pdf_pages_png`, which go to ``out_dir`` (pass pytest's ``tmp_path``) or to a
temporary directory removed when the interpreter exits.

    text = pdf_text(pdf)                       # whole document, layout kept
    pages = pdf_page_texts(pdf)                # one string per page
    for png in pdf_pages_png(pdf, dpi=203, out_dir=tmp_path):
        assert ("CODE128", case_no) in decode_barcodes(png)
    assert all(f.embedded for f in embedded_fonts(pdf))
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "PdfFont",
    "decode_barcodes",
    "embedded_fonts",
    "pdf_page_count",
    "pdf_page_texts",
    "pdf_pages_png",
    "pdf_text",
]


@contextmanager
def _pdf_file(pdf_bytes: bytes):
    with tempfile.TemporaryDirectory(prefix="wd-pdf-") as tmp:
        path = Path(tmp) / "document.pdf"
        path.write_bytes(pdf_bytes)
        yield path


def _run(*args: str) -> str:
    result = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def pdf_text(pdf_bytes: bytes, *, layout: bool = True) -> str:
    """The document's text as ``pdftotext -layout`` extracts it (pages separated by form feeds)."""
    with _pdf_file(pdf_bytes) as path:
        return _run("pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(path), "-")


def pdf_page_texts(pdf_bytes: bytes, *, layout: bool = True) -> list[str]:
    """The text of each page, in order."""
    pages = pdf_text(pdf_bytes, layout=layout).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last included, with a form feed
    return pages


def pdf_page_count(pdf_bytes: bytes) -> int:
    with _pdf_file(pdf_bytes) as path:
        for line in _run("pdfinfo", str(path)).splitlines():
            if line.startswith("Pages:"):
                return int(line.split()[1])
    raise AssertionError("pdfinfo reported no page count")


_cleanup_dirs: list[str] = []


@atexit.register
def _remove_render_dirs() -> None:
    for directory in _cleanup_dirs:
        shutil.rmtree(directory, ignore_errors=True)


def pdf_pages_png(
    pdf_bytes: bytes,
    dpi: int = 150,
    *,
    out_dir: Path | None = None,
    mono: bool = False,
    antialias: bool = True,
) -> list[Path]:
    """Render every page to PNG with ``pdftoppm -r dpi``; the files, page order.

    ``mono`` renders 1-bit black and white and ``antialias=False`` turns off smoothing, which is
    what a thermal printer does with a page.
    """
    if out_dir is None:
        out_dir = Path(tempfile.mkdtemp(prefix="wd-png-"))
        _cleanup_dirs.append(str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / f"page-{dpi}{'-mono' if mono else ''}"
    options = ["-r", str(dpi), "-png"]
    if mono:
        options.append("-mono")
    if not antialias:
        options += ["-aa", "no", "-aaVector", "no"]
    with _pdf_file(pdf_bytes) as path:
        _run("pdftoppm", *options, str(path), str(prefix))
    pages = sorted(out_dir.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise AssertionError("pdftoppm rendered no pages")
    return pages


def decode_barcodes(png_path: Path | str) -> list[tuple[str, str]]:
    """Every barcode zbar finds in the image, as ``(symbol type, data)``, e.g.
    ``("CODE128", "SZ01202601000123")`` or ``("QRCODE", "https://…")``; empty when none."""
    from PIL import Image
    from pyzbar import pyzbar

    with Image.open(png_path) as image:
        symbols = pyzbar.decode(image.convert("L"))
    return [(symbol.type, symbol.data.decode("utf-8")) for symbol in symbols]


@dataclass(frozen=True)
class PdfFont:
    """One row of ``pdffonts``."""

    name: str
    type: str
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool


def embedded_fonts(pdf_bytes: bytes) -> list[PdfFont]:
    """The fonts ``pdffonts`` lists (name, type, encoding, emb/sub/uni as booleans)."""
    with _pdf_file(pdf_bytes) as path:
        output = _run("pdffonts", str(path))
    lines = output.splitlines()
    rule = next((i for i, line in enumerate(lines) if line.startswith("---")), None)
    if rule is None:
        raise AssertionError(f"unexpected pdffonts output:\n{output}")
    # Column extents come from the dashes under the header ("------ ----- ---").
    spans = []
    start = None
    for i, ch in enumerate(lines[rule] + " "):
        if ch == "-" and start is None:
            start = i
        elif ch != "-" and start is not None:
            spans.append((start, i))
            start = None
    fonts = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            continue
        cols = [line[a:b].strip() for a, b in spans]
        name, font_type, encoding, emb, sub, uni = cols[:6]
        fonts.append(PdfFont(name, font_type, encoding, emb == "yes", sub == "yes", uni == "yes"))
    return fonts
