"""PDF pages in: the text layer read exactly where there is one, OCR where there is none.

PDFium (through pypdfium2, BSD/Apache) was chosen by measuring it beside pdfplumber
(pdfminer.six) on the dev PDFs: the same glyph boxes, fonts and sizes at about 40
pages/s against 10, and it renders pages too, which the scan path needs.

Per page:

- a page with visible text becomes a ``Page`` built from its glyphs: their boxes,
  em sizes (text matrix included) and font weights go through the scan path's layout
  analysis (``pdf_layout``), and every word carries the layer's exact text with
  confidence 1.0. ``Source.kind`` is ``"pdf"``: the correct stage leaves such text alone.
- a page without visible text (a scan, or a scan under an invisible OCR layer) is
  rendered at 300 dpi, or its one full-page image is taken at its own resolution,
  and read by ``ocr.scan``; ``Source.kind`` is ``"pdf-scan"``.

Bad files (encrypted, truncated beyond repair, no pages) raise ``InputError`` with one
line naming the file; a bad page (more glyphs than ``MAX_GLYPHS``, a broken page object)
fails alone: ``PagesFailed`` names it and carries the pages that were read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError, NewsocrError, PagesFailed
from ..files import page_stem
from ..model import Page, Source, Step
from ..profiles import Profile, load_profile
from ..script import guess_lang
from .pdf_glyphs import words_of
from .pdf_layout import PAGE_DPI, Drawing, analyse
from .pdf_objects import Layer, drawing_of, glyphs_of

#: A text layer larger than this is refused for the page (a newspaper page has ~30,000).
MAX_GLYPHS = 300_000
#: Largest PDF file read, in bytes.
MAX_PDF_BYTES = 1 << 30
#: PDFium is not thread-safe: one document call at a time in a process.
_LOCK = threading.RLock()


@cache
def pdfium_version() -> str:
    return f"pypdfium2 {pdfium.PYPDFIUM_INFO} / PDFium {pdfium.PDFIUM_INFO}"


def page_count(path: str | Path) -> int:
    """How many pages the PDF at ``path`` has (``InputError`` if it cannot be opened)."""
    data = _read(Path(path))
    with _LOCK:
        doc = _open(Path(path), data)
        try:
            return len(doc)
        finally:
            doc.close()


def read_pdf(
    path: str | Path,
    *,
    lang: str = "auto",
    profile: Profile | str | None = None,
    pages: Sequence[int] | None = None,
) -> list[Page]:
    """The pages of a PDF (``pages``: numbers from 1, default all), before any stage runs."""
    prof = load_profile(profile)
    path = Path(path)
    data = _read(path)
    source = Source(path=path.name, sha256=hashlib.sha256(data).hexdigest(), kind="pdf")
    with _LOCK:
        doc = _open(path, data)
        try:
            count = len(doc)
            if count == 0:
                raise InputError(path, "is a PDF with no pages")
            wanted = list(range(1, count + 1)) if pages is None else list(pages)
            missing = [n for n in wanted if not 1 <= n <= count]
            if missing:
                raise InputError(path, f"has {count} page(s); there is no page {missing[0]}")
            return _pages(path, doc, wanted, count, source, lang, prof)
        finally:
            doc.close()


def _pages(
    path: Path, doc: Any, wanted: list[int], count: int, source: Source, lang: str,
    prof: Profile,
) -> list[Page]:
    """The wanted pages; a page that cannot be read fails alone (``PagesFailed`` carries
    the others), a file whose every page fails raises ``InputError``."""
    out: list[Page] = []
    failures: list[str] = []
    for n in wanted:
        try:
            out.append(_page(path, doc, n, count, source, lang, prof))
        except NewsocrError as exc:
            problem = getattr(exc, "problem", str(exc))
            failures.append(problem if problem.startswith("page ") else f"page {n}: {problem}")
    if failures and not out:
        raise InputError(path, "; ".join(failures))
    if failures:
        raise PagesFailed(path, failures, out)
    return out


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise InputError(path, f"is larger than {MAX_PDF_BYTES:,} bytes; refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if not data:
        raise InputError(path, "is empty (0 bytes)")
    return data


def _open(path: Path, data: bytes) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(path, "is an encrypted PDF; newsocr needs it without a password") \
                from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError(path, "uses an unsupported PDF security handler") from None
        raise InputError(path, "is not a readable PDF (damaged or truncated beyond repair)") \
            from None


def _page(
    path: Path, doc: Any, n: int, count: int, source: Source, lang: str, prof: Profile
) -> Page:
    page_id = page_stem(path.stem, n, count)
    try:
        page = doc[n - 1]
    except pdfium.PdfiumError:
        raise InputError(path, f"page {n} cannot be loaded (broken page object)") from None
    try:
        left, bottom, right, top = page.get_bbox()
        # The text layer is in the page's own (unrotated) space: so are the page's boxes.
        width, height = right - left, top - bottom
        if not (math.isfinite(width) and math.isfinite(height)) or width < 1 or height < 1:
            raise InputError(path, f"page {n} has no usable size ({width}x{height} pt)")
        layer = _text_layer(path, n, page)
        drawing, images = drawing_of(page, width, height)
        if layer.glyphs and layer.invisible <= len(layer.glyphs):
            read = _text_page(page_id, source, layer, drawing, width, height, lang)
            turn = page.get_rotation()
            if turn:
                note = (f"the page is shown turned by {turn} degrees; its boxes are of the "
                        "page as drawn, unturned")
                read = dataclasses.replace(read, warnings=(*read.warnings, note))
            return read
        return _scan_page(page_id, source, page, n, count, images, width, height, lang, prof,
                          layer)
    finally:
        page.close()


def _text_layer(path: Path, n: int, page: Any) -> Layer:
    """The page's visible glyphs in text-layer order, in points from the top-left corner."""
    r = pdfium_c
    tp = page.get_textpage()
    try:
        total = r.FPDFText_CountChars(tp.raw)
        if total > MAX_GLYPHS:
            raise InputError(path, f"page {n} has a text layer of {total:,} glyphs "
                                   f"(more than {MAX_GLYPHS:,}); refused")
        return glyphs_of(tp.raw, total, page)
    finally:
        tp.close()


def _text_page(
    page_id: str, source: Source, layer: Layer, drawing: Drawing, width: float,
    height: float, lang: str,
) -> Page:

    words = words_of(layer.glyphs)
    blocks, columns = analyse(words, layer.glyphs, drawing, width, height)
    text = "".join(g.text for g in layer.glyphs)
    page_lang = guess_lang(text) if lang == "auto" else lang.split("+")[0]
    warnings: list[str] = []
    if layer.unmapped:
        warnings.append(f"{layer.unmapped} glyph(s) have no Unicode mapping in their font "
                        "(shown as U+FFFD); the text layer cannot tell what they are")
    px = PAGE_DPI / 72.0
    step = Step(
        software="newsocr-pdf",
        version=pdfium_version(),
        action="text layer read (glyph boxes, fonts, sizes); layout analysis over the glyphs",
        parameters=(("source", "text layer"), ("coordinates", f"{PAGE_DPI:g} dpi pixels"),
                    ("glyphs", str(len(layer.glyphs)))),
    )
    return Page(
        id=page_id,
        source=source,
        lang=page_lang,
        size=(round(width * px), round(height * px)),
        blocks=tuple(blocks),
        columns=columns,
        steps=(step,),
        warnings=tuple(warnings),
    )


def _scan_page(
    page_id: str, source: Source, page: Any, n: int, count: int, images: list[Any],
    width: float, height: float, lang: str, prof: Profile, layer: Layer,
) -> Page:
    """Render the page (or take its one full-page image) and read it as a scan."""
    import numpy as np

    from ..scan import scan_page
    from .image import ScanImage, to_arrays

    native = _full_page_image(images, width, height)
    if native is not None:
        pil, dpi = native
        how = f"its full-page image at {dpi:g} dpi"
    else:
        dpi = PAGE_DPI
        limit = prof.scan.max_pixels
        scale = min(dpi / 72.0, math.sqrt(limit / max(width * height, 1.0)))
        dpi = round(scale * 72.0, 2)
        pil = page.render(scale=scale).to_pil()
        how = f"rendered at {dpi:g} dpi"
    gray, colour = to_arrays(source.path or "pdf", pil)
    src = dataclasses.replace(source, kind="pdf-scan")
    why = ("only an invisible OCR layer" if layer.invisible else "no text layer")
    image = ScanImage(gray=np.ascontiguousarray(gray), colour=colour, dpi=dpi, source=src,
                      frame=n - 1, frames=count, mode=pil.mode)
    read = scan_page(image, lang=lang, profile=prof)
    step = Step(software="newsocr-pdf", version=pdfium_version(),
                action=f"page has {why}: {how}, then OCR",
                parameters=(("source", "scan"), ("dpi", f"{dpi:g}")))
    return dataclasses.replace(read, id=page_id, steps=(step, *read.steps))


def _full_page_image(
    images: list[Any], width: float, height: float
) -> tuple[Any, float] | None:
    """The page's one image when it covers the page upright: its own pixels beat a resampling."""
    if len(images) != 1:
        return None
    img = images[0]
    try:
        a, b, c, d = img.get_bounds()
        m = img.get_matrix()
        if abs(m.b) > 1e-6 or abs(m.c) > 1e-6 or m.a <= 0 or m.d <= 0:
            return None
        if (c - a) * (d - b) < 0.9 * width * height:
            return None
        pil = img.get_bitmap(render=False).to_pil()
    except Exception:  # noqa: BLE001 - an image PDFium cannot decode: render the page instead
        return None
    dpi = round(pil.width / ((c - a) / 72.0), 2)
    if not 50 <= dpi <= 2400:
        return None
    return pil, dpi
