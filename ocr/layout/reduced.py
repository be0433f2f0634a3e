"""Layout analysis of a large page on a reduced copy of it.

Archives scan newspapers at 300-400 dpi: body type is then 30-45 pixels to the em,
far more than finding gutters, rules, lines and type sizes needs, and every mask
layout labels, opens or sums costs its every pixel. Reduced by a whole factor that
keeps the em at least ``LAYOUT_EM`` pixels, a page costs a quarter (or a ninth) as
much; Tesseract still reads the crops of the full-resolution page.

What layout measures in pixels is set in the body's glyph height (``char_h``), and
that height is the one measured on the full page divided by the factor, not the one
measured on the reduced copy: there, CJK radicals a pixel apart merge into whole
glyphs, the median mark grows by a third, and every gap set in it with it (a column
rule five lines long is then no longer than eight glyphs, and is lost).
"""

from __future__ import annotations

import cv2
import numpy as np

from .illustrations import Shares, mid_tone

#: Body em (text line height, ``Prepared.text_height``) layout needs at least, in pixels:
#: 150 dpi pages (an em of 20-23 px) are laid out as they are, 300-400 dpi archival
#: scans (30-45 px) at half size, 600 dpi at a third.
LAYOUT_EM = 16.0


def reduction(em: float | None) -> int:
    """The whole factor a page whose body em is ``em`` pixels is laid out reduced by."""
    return max(1, int(em // LAYOUT_EM)) if em else 1


def reduce_page(
    gray: np.ndarray, ink: np.ndarray, factor: int
) -> tuple[np.ndarray, np.ndarray, Shares]:
    """``gray`` and ``ink`` reduced by ``factor``, each cell of ``factor`` x ``factor`` pixels
    one pixel, and each cell's shares of ink and mid-tone pixels; the last rows and
    columns that fill no whole cell are left off.

    A cell is ink when at least one row or column of it could be (a share of ``1/factor``):
    a rule or a stroke one pixel thin survives, and white between lines that is less than
    a cell wide closes, as it would be invisible at the lower resolution. Strokes come out
    up to a cell thicker, so how dense ink is must be read from the shares instead.
    """
    rows, cols = ink.shape[0] // factor, ink.shape[1] // factor
    size = (cols, rows)
    page = gray[: rows * factor, : cols * factor]
    small_gray = cv2.resize(page, size, interpolation=cv2.INTER_AREA)
    mask = np.multiply(ink[: rows * factor, : cols * factor], 255, dtype=np.uint8)
    share = cv2.resize(mask, size, interpolation=cv2.INTER_AREA)
    tone = np.multiply(mid_tone(page), 255, dtype=np.uint8)  # 255 in the band
    mid = cv2.resize(tone, size, interpolation=cv2.INTER_AREA)
    # Halfway between a cell of factor inked pixels and one of factor - 1 (means rounded).
    limit = 255.0 * (factor - 0.5) / (factor * factor)
    return small_gray, share >= limit, Shares(share, mid)
