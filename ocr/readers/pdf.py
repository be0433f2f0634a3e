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

import ctypes
import dataclasses
import hashlib
import math
import threading
import unicodedata
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
from .pdf_glyphs import LINE_END_HYPHEN, Glyph, words_of
from .pdf_layout import PAGE_DPI, Drawing, analyse

#: A text layer larger than this is refused for the page (a newspaper page has ~30,000).
MAX_GLYPHS = 300_000
#: Largest PDF file read, in bytes.
MAX_PDF_BYTES = 1 << 30
#: A path thinner than this (points) and longer than ``RULE_MIN`` is a printed rule.
RULE_THIN, RULE_MIN = 3.0, 30.0
#: Text render mode 3: neither filled nor stroked (an OCR layer over a scan).
INVISIBLE = 3

_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
#: PDFium reports a line-end hyphen as U+0002; it is printed as a hyphen.
_PDFIUM_HYPHEN = "\x02"
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
        drawing, images = _drawing(page, width, height)
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


@dataclasses.dataclass(slots=True)
class _Layer:
    glyphs: list[Glyph]
    invisible: int = 0
    unmapped: int = 0


def _text_layer(path: Path, n: int, page: Any) -> _Layer:
    """The page's visible glyphs in text-layer order, in points from the top-left corner."""
    r = pdfium_c
    tp = page.get_textpage()
    try:
        total = r.FPDFText_CountChars(tp.raw)
        if total > MAX_GLYPHS:
            raise InputError(path, f"page {n} has a text layer of {total:,} glyphs "
                                   f"(more than {MAX_GLYPHS:,}); refused")
        return _glyphs(tp.raw, total, page)
    finally:
        tp.close()


def _glyphs(tp: Any, total: int, page: Any) -> _Layer:
    r = pdfium_c
    left0, _bottom, _right, top = page.get_bbox()
    l_, r_, b_, t_ = (ctypes.c_double() for _ in range(4))
    loose = r.FS_RECTF()
    matrix = r.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int | None, tuple[bool, bool, float]] = {}
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    layer = _Layer([])
    gap = False
    for i in range(total):
        code = r.FPDFText_GetUnicode(tp, i)
        ch = chr(code) if 0 <= code < 0x110000 else "\ufffd"
        if r.FPDFText_IsGenerated(tp, i) or ch.isspace() or code == 0xFEFF:
            gap = True
            continue
        obj = r.FPDFText_GetTextObject(tp, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value
        style = fonts.get(key)
        if style is None:
            r.FPDFText_GetFontInfo(tp, i, name, 256, flags)
            weight = r.FPDFText_GetFontWeight(tp, i)
            mode = r.FPDFTextObj_GetTextRenderMode(obj) if obj else 0
            r.FPDFText_GetMatrix(tp, i, matrix)
            # The em size as set: the font size times the text matrix's vertical scale,
            # one for all glyphs of a text object.
            size = r.FPDFText_GetFontSize(tp, i) * math.hypot(matrix.c, matrix.d)
            style = (_is_bold(name.value.decode("latin-1"), weight, flags.value),
                     mode == INVISIBLE, size)
            fonts[key] = style
        if style[1]:
            layer.invisible += 1
            continue
        if ch == _PDFIUM_HYPHEN:
            ch = LINE_END_HYPHEN  # soft or hard: words_of decides from the words it joins
        elif (r.FPDFText_HasUnicodeMapError(tp, i) or code == 0
              or 0xE000 <= code <= 0xF8FF or ch == "\ufffd" or not ch.isprintable()):
            layer.unmapped += 1
            ch = "\ufffd"
        text = _LIGATURES.get(ch, ch)
        r.FPDFText_GetCharBox(tp, i, l_, r_, b_, t_)
        r.FPDFText_GetLooseCharBox(tp, i, loose)
        r.FPDFText_GetCharOrigin(tp, i, ox, oy)
        size = style[2]
        x0, x1 = l_.value - left0, r_.value - left0
        y0, y1 = top - t_.value, top - b_.value
        if x1 <= x0 or y1 <= y0:  # a glyph without ink (a space drawn as a glyph)
            x1, y1 = max(x1, x0), max(y1, y0)
        layer.glyphs.append(Glyph(
            text=unicodedata.normalize("NFC", text),
            x0=x0, y0=y0, x1=x1, y1=y1,
            left=min(loose.left, loose.right) - left0, right=max(loose.left, loose.right) - left0,
            base=top - oy.value, size=max(size, 0.5), bold=style[0], gap=gap,
        ))
        gap = False
    return layer


def _is_bold(font: str, weight: int, flags: int) -> bool:
    """Bold from the font: its weight, the ForceBold flag, or a weight in its name."""
    if weight >= 600:
        return True
    if flags & (1 << 18):
        return True
    base = font.split("+", 1)[-1].lower()
    return any(w in base for w in ("bold", "black", "heavy", "semibold", "demi", "w7", "w8",
                                   "w9", "extrab", "ultrab"))


def _drawing(page: Any, width: float, height: float) -> tuple[Drawing, list[Any]]:
    """Rules and pictures (images, filled shapes of photo size) in points, top-left origin.

    A stroked frame gives its four sides as rules; white fills are paper, not pictures.
    """
    r = pdfium_c
    left0, _bottom0, _right0, top0 = page.get_bbox()
    hr: list[tuple[float, float, float, float]] = []
    vr: list[tuple[float, float, float, float]] = []
    pics: list[tuple[float, float, float, float]] = []
    images: list[Any] = []
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    for obj in page.get_objects(max_depth=4):
        if obj.type not in (r.FPDF_PAGEOBJ_PATH, r.FPDF_PAGEOBJ_IMAGE):
            continue
        try:
            a, b, c, d = obj.get_bounds()
        except Exception:  # noqa: BLE001 - an object PDFium cannot measure is skipped
            continue
        box = (a - left0, top0 - d, c - left0, top0 - b)
        w, h = box[2] - box[0], box[3] - box[1]
        if w <= 0 and h <= 0:
            continue
        if obj.type == r.FPDF_PAGEOBJ_IMAGE:
            images.append(obj)
            if w >= RULE_MIN and h >= RULE_MIN:
                pics.append(box)
            continue
        if h <= RULE_THIN and w >= RULE_MIN:
            hr.append(box)
            continue
        if w <= RULE_THIN and h >= RULE_MIN:
            vr.append(box)
            continue
        if w < RULE_MIN or h < RULE_MIN:
            continue
        r.FPDFPath_GetDrawMode(obj.raw, fill, stroke)
        r.FPDFPageObj_GetFillColor(obj.raw, *rgba)
        white = all(v.value >= 245 for v in rgba[:3]) or rgba[3].value == 0
        if fill.value and not white:
            pics.append(box)
        elif stroke.value:  # a frame around a box: its sides are rules
            t = 1.0
            hr += [(box[0], box[1], box[2], box[1] + t), (box[0], box[3] - t, box[2], box[3])]
            vr += [(box[0], box[1], box[0] + t, box[3]), (box[2] - t, box[1], box[2], box[3])]
    return Drawing(tuple(hr), tuple(vr), tuple(pics)), images


def _text_page(
    page_id: str, source: Source, layer: _Layer, drawing: Drawing, width: float,
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
    width: float, height: float, lang: str, prof: Profile, layer: _Layer,
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
