"""Page skew from projection profiles: the angle whose sheared row profile of the ink
has the sharpest peaks (``estimate_skew``), scored from the columns' row counts."""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np

from ..layout import components

__all__ = ["as_mask", "estimate_skew"]


def as_mask(ink: np.ndarray) -> np.ndarray:
    """``ink`` as a 0/1 uint8 mask for OpenCV: a view of a bool page, else a copy."""
    if ink.dtype == np.bool_ and ink.flags.c_contiguous:
        return ink.view(np.uint8)
    return ink.astype(np.uint8)


def estimate_skew(ink: np.ndarray, max_skew: float = 5.0, text_h: float | None = None) -> float:
    """Page skew in degrees (counter-clockwise positive) within ``±max_skew``.

    Projection profiles: the ink is downscaled so text is ~12 px high, marks much taller
    than text (photos, vertical rules) are left out, and for each candidate angle the row
    sums of the sheared ink coordinates are taken; the angle whose profile has the
    sharpest peaks (largest sum of squared differences) wins; coarse 0.2 deg steps, then
    0.02 deg steps (the middle of a tie).
    """
    scale = min(1.0, 12.0 / text_h) if text_h else min(1.0, 1200.0 / max(ink.shape))
    mask = as_mask(ink)
    if scale < 1.0:
        small = cv2.resize(mask, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        mask = (small > 0).astype(np.uint8)
    n, labels, stats, _ = components(mask)
    limit = (text_h * scale * 3) if text_h else mask.shape[0] / 20
    tall = np.flatnonzero(stats[:, cv2.CC_STAT_HEIGHT] > limit)
    keep = np.ones(n, dtype=bool)
    keep[tall] = False
    keep[0] = False
    ys, xs = np.nonzero(np.take(keep, labels))
    if len(ys) < 50:
        return 0.0
    score = _profile_score(ys, xs, mask.shape[1])
    coarse = np.arange(-max_skew, max_skew + 1e-9, 0.2)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.24, best + 0.24 + 1e-9, 0.02)
    scores = np.array([score(a) for a in fine])
    # at this resolution neighbouring angles can tie: take the middle of the plateau
    best = float(np.mean(fine[scores >= scores.max() * (1 - 1e-9)]))
    # content turned counter-clockwise by a rises to the right: y + x tan(a) is constant
    return float(round(best, 3)) if abs(best) > 1e-9 else 0.0


def _profile_score(ys: np.ndarray, xs: np.ndarray, width: int) -> Callable[[float], float]:
    """The sharpness of the row profile of the ink pixels (``ys``, ``xs``) sheared by an
    angle: the sum of squared differences of the pixels' counts per row of
    ``rint(y + (x - width / 2) * tan(angle))``.

    Some 80 angles are scored. Every pixel of a column moves by the same amount, so the
    profile is summed from the columns' row counts, a run of columns that moves alike at a
    time (a cumulative sum over the columns; a few dozen runs an angle), not from every
    pixel again: the same profile, as ``rint(y + off)`` is ``y + rint(off)`` for a whole
    ``y`` unless ``off`` lies on a half (then the pixels are binned one by one).
    """
    top = int(ys.min())
    height = int(ys.max()) - top + 1
    first, last = int(xs.min()), int(xs.max())
    n_cols = last - first + 1
    counts = np.bincount((xs - first) * height + (ys - top), minlength=n_cols * height)
    cum = np.zeros((n_cols + 1, height), dtype=np.int64)
    np.cumsum(counts.reshape(n_cols, height), axis=0, out=cum[1:])
    centred = np.arange(first, last + 1, dtype=np.float64) - width / 2
    ys_f, xs_c = ys.astype(np.float64), xs.astype(np.float64) - width / 2

    def by_pixel(t: float) -> np.ndarray:
        rows = np.rint(ys_f + xs_c * t).astype(np.int64)
        rows -= rows.min()
        return np.bincount(rows)

    def score(deg: float) -> float:
        t = math.tan(math.radians(deg))
        off = centred * t
        if np.any(np.abs(off - np.floor(off) - 0.5) < 1e-6):
            profile = by_pixel(t)
        else:
            # (monotonic in x, and the first and last columns hold ink)
            shift = np.rint(off).astype(np.int64)
            low, high = sorted((int(shift[0]), int(shift[-1])))
            span = np.zeros(height + high - low, dtype=np.int64)
            edges = np.flatnonzero(np.diff(shift)) + 1
            starts = [0, *edges.tolist()]
            stops = [*edges.tolist(), n_cols]
            for a, b in zip(starts, stops, strict=True):
                at = int(shift[a]) - low
                span[at : at + height] += cum[b] - cum[a]
            nz = np.flatnonzero(span)
            profile = span[nz[0] : nz[-1] + 1]
        return float(np.sum(np.diff(profile.astype(np.float64)) ** 2))

    return score
