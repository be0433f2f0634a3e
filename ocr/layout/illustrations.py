"""Illustrations: photos and drawings, large areas of mid-tone or solid ink that no text makes.

Split from ``ocr.layout.blocks`` (which measures text blocks: lines, type size, stroke
width); a picture is found by tone and by the size of its marks, not by those measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from ..model import Box
from .blocks import components
from .picture_edges import PHOTO_SIDE, grown, paper_level, parted, picture_sized, tighten

#: Greys strictly between these are mid-tone (a photo's, a drawing's shading): black
#: type on white paper leaves few such pixels, only its anti-aliased edges.
MID_TONE = (60, 200)


def mid_tone(gray: np.ndarray) -> np.ndarray:
    """The pixels of ``gray`` (uint8) in the ``MID_TONE`` band, as a bool mask."""
    low, high = MID_TONE
    return (gray > low) & (gray < high)


def find_illustrations(
    gray: np.ndarray, ink: np.ndarray, char_h: float, shares: Shares | None = None,
    fields: Sequence[Box] = (), edges: Sequence[Box] = (),
) -> list[Box]:
    """Photos and drawings: large areas of mid-tone or solid ink that text never fills.

    Within a window four characters wide, text leaves most pixels white and its
    anti-aliased edges few; a photo fills the window with grey or black. Densities are
    measured at half size on pages of large type (a photo is five characters across at
    least, so nothing is lost, and a 300 dpi page costs a quarter as much). On a reduced
    page they are read from ``shares``, measured on the full one: there strokes are a
    cell thicker and every edge of black on white averages to grey, and big black-letter
    type would fill the window with both. ``fields`` are the page's halftone screens
    (``dots.dot_fields``): photos whole, though their light tones leave the window
    mostly white and their dots are glyph-sized; a tone area they touch is the same photo.
    ``edges`` are the dark strips along the scan's edges: no picture, and one near a
    photo made of it and the photo one area the page's height, not a photo's shape.
    """
    f = 2 if char_h >= 12 else 1
    tone = mid_tone(gray) if shares is None else shares.mid >= 128
    if edges:
        tone = tone.copy()
        for e in edges:
            tone[e.y : e.bottom, e.x : e.right] = False
    # Shares as bytes (255 = all): a float copy of a 300 dpi page costs more than the
    # rest of the search, and a byte's rounding moves a density by under 0.002.
    ink_u8 = ink.view(np.uint8)
    mid: np.ndarray = tone.view(np.uint8) * np.uint8(255) if shares is None else shares.mid
    dense: np.ndarray = (
        ink_u8 * np.uint8(255) if shares is None else np.multiply(shares.ink, ink_u8)
    )
    if f > 1:
        size = (gray.shape[1] // f, gray.shape[0] // f)
        mid = cv2.resize(mid, size, interpolation=cv2.INTER_AREA)
        dense = cv2.resize(dense, size, interpolation=cv2.INTER_AREA)
    win = max(9, int(4 * char_h / f)) | 1
    mid_density = cv2.boxFilter(mid, cv2.CV_32F, (win, win))
    ink_density = cv2.boxFilter(dense, cv2.CV_32F, (win, win))
    found = ((mid_density > 0.4 * 255) | (ink_density > 0.6 * 255)).astype(np.uint8)
    k = max(3, int(char_h / f))
    mask = cv2.morphologyEx(
        found, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    n, _, stats, _ = components(mask)
    out = []
    min_side = PHOTO_SIDE * char_h
    paper = paper_level(gray, ink) if n > 1 else 255.0
    for x, y, w, h, _a in stats[1:n]:
        if w * f >= min_side and h * f >= min_side:
            found_box = Box(int(x) * f, int(y) * f, int(w) * f, int(h) * f)
            for box in parted(tone, ink, tighten(tone, ink, found_box), char_h):
                if picture_sized(tone, box, min_side) and not _mostly_glyphs(ink, box, char_h):
                    whole = grown(gray, box, char_h, paper, edges)
                    if whole.w >= min_side and whole.h >= min_side:
                        out.append(whole)
    return _joined([*out, *(b for b in fields if min(b.w, b.h) >= min_side)])


def _joined(boxes: list[Box]) -> list[Box]:
    """Boxes that overlap made one, until none do (a halftone's field and the tone
    found in its dark parts)."""
    out: list[Box] = []
    for b in boxes:
        while (hit := next((o for o in out if o.intersection(b) is not None), None)) is not None:
            out.remove(hit)
            b = b.union(hit)
        out.append(b)
    return out


@dataclass(frozen=True, slots=True)
class Shares:
    """Each pixel's share (0-255) of ink and of mid-tone pixels on a page reduced from a
    larger one (``ocr.layout.reduced``)."""

    ink: np.ndarray
    mid: np.ndarray


def _mostly_glyphs(ink: np.ndarray, box: Box, char_h: float) -> bool:
    """Dense type on grey paper, not a picture: most of the ink is in glyph-sized marks.

    A low-contrast scan of black letter leaves paper and strokes both mid-grey, so
    the tone test alone takes whole columns for photos; binarized, a photo or an
    engraving is a few large blobs, type many marks no taller than a line.
    """
    sub = ink[box.y : box.bottom, box.x : box.right].astype(np.uint8)
    n, _, stats, _ = components(sub)
    if n <= 1:
        return False
    h, w = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    a = stats[1:, cv2.CC_STAT_AREA]
    glyphs = (h <= 2.5 * char_h) & (w <= 6 * char_h)
    return bool(a[glyphs].sum() >= GLYPH_SHARE * a.sum())


#: Share of a candidate picture's ink in glyph-sized marks above which it is type:
#: 1.0 on black-letter columns, under 0.1 on photos and engravings (devset and NZZ pages).
GLYPH_SHARE = 0.5
