"""Toned and unevenly lit paper made white: the page divided by its paper's level.

Yellowed newsprint, a shaded scan, the light falling off towards a corner leave the
paper itself mid-grey (120-200 levels) over large parts of a page. Everything after
takes white paper for granted: Otsu's one threshold turns the dark corners to ink, and
the illustration search (``layout.illustrations.MID_TONE``) takes every window of text on
grey paper for a photo: on the held-out heavy scans whole columns, or the whole page,
went as one "illustration" and were never read. Dividing by the paper's level (a
flat-field correction) gives every later stage, and Tesseract, the white page they
were built for.

The paper's level is measured on a copy reduced eightfold (the average of 8x8 pixels:
grain gone): the brightest cell within a window of about three lines of body type is
the paper between the lines (type erased), and of those "paper" cells only the ones
near the brightest in a wider neighbourhood (an eighth and three eighths of the page)
count, so a photo or a black band, darker by far than the paper round it, is left out
and filled from the paper beside it (a normalised box filter). A page's dark scan edge
is narrower than the first window: it stays dark, and layout finds it as before.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = ["UNEVEN_PAPER", "flatten", "paper_level"]

#: Reduction of the copy the paper's level is measured on.
REDUCE = 8
#: Windows as shares of the page's shorter side: text erased (about three lines of 10 pt
#: type at 300 dpi), the paper nearby, the paper further round (a lead photo fits in).
TEXT_WINDOW, NEAR_WINDOW, FAR_WINDOW = 1 / 25, 1 / 8, 3 / 8
#: A cell is paper within these shares of the brightest paper near it and further
#: round (shares: light and toning scale paper and print alike): light falling off
#: across a page darkens the paper by up to a tenth over those distances, a photo or a
#: tint lies a quarter or more below it.
NEAR_DROP, FAR_DROP = 0.14, 0.2
#: The page is flattened when its paper is darker than this over more than
#: ``DARK_SHARE`` of the page: a level the mid-tone test (under 200) and Otsu's
#: threshold come near. Flat paper is left as it is (the devset's and the NZZ pages'
#: paper lies at 224-255, held-out heavy scans' at 167-185 in their darkest 2%). A
#: share, not the darkest cell: beside a large photo the level dips 10-20 levels.
UNEVEN_PAPER = 210
DARK_SHARE = 2.0  # per cent


def paper_level(gray: np.ndarray) -> np.ndarray:
    """The paper's grey level on a copy reduced ``REDUCE`` times (float32, 0-255)."""
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // REDUCE), max(1, h // REDUCE)),
                       interpolation=cv2.INTER_AREA)
    side = min(small.shape)
    k_text, k_near, k_far = (max(3, int(side * share)) | 1
                             for share in (TEXT_WINDOW, NEAR_WINDOW, FAR_WINDOW))
    local = cv2.dilate(small, _square(k_text)).astype(np.float32)
    near = cv2.dilate(local, _square(k_near))
    far = cv2.dilate(local, _square(k_far))
    paper = ((local >= near * (1 - NEAR_DROP)) & (local >= far * (1 - FAR_DROP)))
    paper = paper.astype(np.float32)
    level = _filled(local, paper, k_near)
    wide = _filled(local, paper, k_far)
    # (no paper cell near: the wider neighbourhood's, else the brightest further round)
    return np.where(np.isnan(level), np.where(np.isnan(wide), far, wide), level)


def flatten(gray: np.ndarray) -> tuple[np.ndarray, tuple[int, int]] | None:
    """``gray`` divided by its paper's level (paper 255, ink as dark against it as it
    was) and the paper's darkest (``DARK_SHARE``) and lightest level, or ``None`` when
    the paper is not darker than ``UNEVEN_PAPER`` (the page is left as it is)."""
    if min(gray.shape) < 4 * REDUCE:
        return None
    level = paper_level(gray)
    low, high = float(np.percentile(level, DARK_SHARE)), float(level.max())
    if low >= UNEVEN_PAPER:
        return None
    h, w = gray.shape
    full = cv2.resize(np.clip(np.rint(level), 1, 255).astype(np.uint8), (w, h),
                      interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, full, scale=255.0), (round(low), round(high))


def _square(k: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))


def _filled(values: np.ndarray, weight: np.ndarray, k: int) -> np.ndarray:
    """The mean of ``values`` over the cells ``weight`` marks in each ``k`` x ``k``
    window (a normalised box filter); NaN where the window holds (almost) none."""
    num = cv2.blur(values * weight, (k, k))
    den = cv2.blur(weight, (k, k))
    out = np.full_like(values, np.nan)
    np.divide(num, den, out=out, where=den > 0.05)
    return out
