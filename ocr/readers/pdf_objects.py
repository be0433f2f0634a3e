"""What PDFium tells of a page: its visible glyphs (the text layer) and its drawing.

The glyphs carry their ink and loose boxes, baseline, em size (the text matrix
included) and weight, in points from the page's top-left corner; invisible glyphs (an
OCR layer over a scan) and glyphs without a Unicode mapping are counted, not guessed.
The drawing is the page's printed rules and pictures, from its path and image objects.
``ocr.readers.pdf`` reads pages with these under its PDFium lock.
"""

from __future__ import annotations

import ctypes
import dataclasses
import math
import unicodedata
from typing import Any

import pypdfium2.raw as pdfium_c

from .pdf_glyphs import LINE_END_HYPHEN, Glyph
from .pdf_layout import Drawing

#: A path thinner than this (points) and longer than ``RULE_MIN`` is a printed rule.
RULE_THIN, RULE_MIN = 3.0, 30.0
#: Text render mode 3: neither filled nor stroked (an OCR layer over a scan).
INVISIBLE = 3

_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
#: PDFium reports a line-end hyphen as U+0002; it is printed as a hyphen.
_PDFIUM_HYPHEN = "\x02"


@dataclasses.dataclass(slots=True)
class Layer:
    """A page's visible glyphs, and how many were invisible or had no Unicode mapping."""

    glyphs: list[Glyph]
    invisible: int = 0
    unmapped: int = 0


def glyphs_of(tp: Any, total: int, page: Any) -> Layer:
    """The ``total`` glyphs of PDFium text page ``tp`` that are printed, in text-layer order."""
    r = pdfium_c
    left0, _bottom, _right, top = page.get_bbox()
    l_, r_, b_, t_ = (ctypes.c_double() for _ in range(4))
    loose = r.FS_RECTF()
    matrix = r.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int | None, tuple[bool, bool, float]] = {}
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    layer = Layer([])
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


def drawing_of(page: Any, width: float, height: float) -> tuple[Drawing, list[Any]]:
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
