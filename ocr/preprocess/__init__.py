"""Prepare a page scan for layout analysis: grey, upright, deskewed, binarized, cleaned.

Why each step: a tilt of one degree moves the end of a 1,000-pixel line by 17 pixels,
enough to merge two lines in a projection profile, so the page is deskewed first (the
angle is reported, as archives want it); binarization gives the layout stage ink/paper
decisions (toned or unevenly lit paper is first divided by its own level, see
``background``; then Otsu for even paper, Sauvola for stained or unevenly lit paper,
chosen by ``profile.scan.binarize``); microfilm negatives are turned positive; dust and grain
are removed by dropping specks smaller than a full stop from the binary image. (A 3x3
median was tried and dropped: on the degraded fixtures it thinned strokes more than it
removed noise, lowering the ink F-measure by 2-4 points.)

Every later stage works on the deskewed image, but reports boxes in the ORIGINAL image
through ``Prepared.transform.to_original(box)``.

Conventions: ``angle`` is the skew of the page as scanned, in degrees, positive when the
content is turned counter-clockwise (Pillow's ``rotate`` sense); deskewing rotates by
``-angle``. ``binary`` has the same polarity as ``gray``: ink 0, paper 255, so it can go
to Tesseract as it is (``ink = prepared.binary == 0``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from ..layout import Marks, components, in_dot_field, lookup
from ..model import Box
from ..profiles import Profile, load_profile
from ..readers.image import ScanImage, eight_bit
from .background import flatten
from .binarize import SAUVOLA_K, SAUVOLA_R, binarize, otsu, sauvola_threshold
from .skew import as_mask, estimate_skew

__all__ = ["SAUVOLA_K", "SAUVOLA_R", "Prepared", "Transform", "binarize", "estimate_skew",
           "measure_type", "otsu", "preprocess", "remove_specks", "rotate", "sauvola_threshold",
           "speck_limit", "text_height"]

#: Pages larger than this are measured (text height) on a downscaled copy, for speed.
#: (3 Mpx was tried: a third of the CPU, but the height moves by 3-4 %, the skew search
#: that is scaled by it by 0.02-0.08 degrees, and the order-free CER of two devset pages
#: rose by 0.003-0.005.)
MEASURE_PIXELS = 8_000_000
#: A speck is an ink mark narrower than this share of the x-height (its area under the
#: square). The smallest printed marks are wider: a full stop or an i-dot is about a
#: fifth of the x-height across (13-16 px at 20 px x-height in DejaVu Serif, 25-30 px on
#: NZZ black letter), a CJK dot stroke 20+ px at a 34 px glyph; scanner grain is 1-4 px.
#: Tesseract binarizes the grey by itself, so a speck left there is read as `:` `.` `‘`
#: between words: on heavily degraded devset pages order-aware CER 0.068 -> 0.007 (en)
#: and 0.097 -> 0.026 (zh) once the specks go from the grey as well; a sixth of the
#: x-height took CJK dot strokes with them (zh 0.026 -> 0.066).
SPECK_FRACTION = 1 / 8
#: Nominal body type size used to turn a measured text height into a resolution.
BODY_POINTS = 10.0
#: Below this rotation (degrees) the page is left unrotated: resampling costs more than it mends.
MIN_ROTATION = 0.05
#: From this turn (degrees) on, text height is measured again on the levelled page: below
#: it a word 300 px long rises less than 3 px from end to end, within the measure's spread.
REMEASURE_ANGLE = 0.5


@dataclass(frozen=True, slots=True)
class Transform:
    """An affine map from deskewed-image pixels back to original-image pixels.

    ``matrix`` is the 2x3 matrix deskewed -> original; ``size`` is the deskewed image
    (w, h), ``original_size`` the original one, used to clip mapped boxes.
    """

    matrix: tuple[tuple[float, float, float], tuple[float, float, float]]
    size: tuple[int, int]
    original_size: tuple[int, int]

    @staticmethod
    def identity(size: tuple[int, int]) -> Transform:
        return Transform(((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)), size, size)

    @property
    def is_identity(self) -> bool:
        return self.matrix == ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))

    def point_to_original(self, x: float, y: float) -> tuple[float, float]:
        (a, b, c), (d, e, f) = self.matrix
        return a * x + b * y + c, d * x + e * y + f

    def to_original(self, box: Box) -> Box:
        """The axis-aligned box in the original image enclosing ``box`` (clipped to it)."""
        return _map_box(box, self.matrix, self.original_size)

    def to_deskewed(self, box: Box) -> Box:
        """The inverse map: an original-image box into the deskewed image (clipped)."""
        m = cv2.invertAffineTransform(np.array(self.matrix, dtype=np.float64))
        inverse = (tuple(float(v) for v in m[0]), tuple(float(v) for v in m[1]))
        return _map_box(box, inverse, self.size)  # type: ignore[arg-type]


def _map_box(box: Box, matrix: tuple[tuple[float, float, float], tuple[float, float, float]],
             clip: tuple[int, int]) -> Box:
    """The box enclosing ``box``'s four corners mapped by ``matrix``, clipped to ``clip``.

    Each extreme is the one corner the signs of the matrix pick (``a * x + b * y + c``
    rounds monotonically in ``x`` and ``y``, so no other corner beats it): the same
    floats as mapping all four and taking their least and greatest, at a quarter of
    the work; ``scan`` maps every word's box."""
    (a, b, c), (d, e, f) = matrix
    x0, x1, y0, y1 = box.x, box.right, box.y, box.bottom
    lo_x = a * (x0 if a >= 0 else x1) + b * (y0 if b >= 0 else y1) + c
    hi_x = a * (x1 if a >= 0 else x0) + b * (y1 if b >= 0 else y0) + c
    lo_y = d * (x0 if d >= 0 else x1) + e * (y0 if e >= 0 else y1) + f
    hi_y = d * (x1 if d >= 0 else x0) + e * (y1 if e >= 0 else y0) + f
    left = min(max(0, math.floor(lo_x + 1e-6)), clip[0])
    top = min(max(0, math.floor(lo_y + 1e-6)), clip[1])
    right = max(min(clip[0], math.ceil(hi_x - 1e-6)), left)
    bottom = max(min(clip[1], math.ceil(hi_y - 1e-6)), top)
    return Box(left, top, right - left, bottom - top)


@dataclass(frozen=True, slots=True, eq=False)
class Prepared:
    """A page ready for layout analysis; ``gray`` and ``binary`` are deskewed (uint8).

    ``text_height`` is the ink height of body text lines in pixels (about one em, see
    ``text_height``), ``None`` on a page without text; ``glyph_height`` the median height
    of its marks (x-height, CJK glyph or radical), the unit layout analysis sets its
    gaps in; ``marks`` ``binary``'s ink marks as despeckling labelled them (layout takes
    its marks from them rather than label the page again; the scan path lets go of them,
    a page-sized array, once it is laid out); ``dpi`` is the metadata value, else estimated from
    ``text_height`` assuming 10-point body type (``dpi_estimated``).
    """

    gray: np.ndarray
    binary: np.ndarray
    angle: float
    transform: Transform
    dpi: float | None = None
    dpi_estimated: bool = False
    text_height: float | None = None
    inverted: bool = False
    warnings: tuple[str, ...] = ()
    glyph_height: float | None = None
    marks: Marks | None = None


def preprocess(
    image: ScanImage | np.ndarray,
    profile: Profile | str | None = None,
    *,
    dpi: float | None = None,
) -> Prepared:
    """Grey -> positive -> white paper -> deskew -> binarize -> despeckle; never raises
    on blank pages.

    ``image`` is a loaded scan or a uint8 or uint16 grey/RGB array (16-bit scaled as
    ``readers.image.eight_bit`` scales it); ``dpi`` overrides the metadata.
    """
    settings = load_profile(profile).scan
    if isinstance(image, ScanImage):
        gray, dpi = image.gray, dpi if dpi is not None else image.dpi
    else:
        gray = _as_gray(image)
    h, w = gray.shape
    notes: list[str] = []
    if gray.size == 0 or _spread(gray) < 16:
        level = int(np.median(gray)) if gray.size else 255
        notes.append(f"blank page: uniform grey level {level}, no ink found")
        return Prepared(gray.copy(), np.full_like(gray, 255), 0.0,
                        Transform.identity((w, h)), dpi, False, None, False, tuple(notes))
    by_otsu = otsu(gray)
    ink = by_otsu == 0
    if not _has_ink(gray, ink):
        notes.append("blank page: no mark stands out from the paper")
        return Prepared(gray, np.full_like(gray, 255), 0.0, Transform.identity((w, h)),
                        dpi, False, None, False, tuple(notes))
    inverted = _is_negative(gray)
    if inverted:
        gray = 255 - gray
        by_otsu = otsu(gray)
        ink = by_otsu == 0
        notes.append("negative image (light text on dark ground) turned positive")
    flat = flatten(gray)
    if flat is not None:  # toned or shaded paper: made white before anything is measured
        gray, (low, high) = flat
        by_otsu = otsu(gray)
        ink = by_otsu == 0
        notes.append(f"uneven or toned paper (grey {low}-{high}) evened out before binarizing")
    text_h, glyph = measure_type(ink)
    if text_h is None:
        notes.append("no text-sized marks found: skew and resolution not measured")
        angle = 0.0
    else:
        angle = estimate_skew(ink, settings.max_skew, text_h)
        if abs(angle) >= settings.max_skew - 0.05:
            notes.append(f"skew estimate {angle:.2f} deg is at the search limit "
                         f"(scan.max_skew = {settings.max_skew})")
    transform = Transform.identity((w, h))
    # Otsu's binary of ``gray`` as it is now (``None`` once it is not): binarizing by Otsu
    # takes it rather than threshold the same grey again.
    thresholded: np.ndarray | None = by_otsu
    if abs(angle) >= MIN_ROTATION:
        gray, transform = rotate(gray, -angle)
        thresholded = None
        if abs(angle) >= REMEASURE_ANGLE:
            thresholded = by_otsu = otsu(gray)
            level_h, level_glyph = measure_type(by_otsu == 0)  # lines are level now
            text_h, glyph = (level_h, level_glyph) if level_h is not None else (text_h, glyph)
    estimated = False
    if dpi is None and text_h is not None:
        dpi, estimated = round(float(text_h) / (BODY_POINTS / 72.0)), True
    if settings.binarize == "otsu" and thresholded is not None:
        binary = thresholded
    else:
        binary = binarize(gray, settings.binarize, text_h)
    binary, specks, marks = remove_specks(binary, speck_limit(glyph, dpi))
    if specks is not None:  # Tesseract reads the grey: the specks go from it too
        gray = gray.copy()  # a new array: the scan is not ours
        gray[specks] = 255
    return Prepared(gray, binary, round(angle, 3), transform, float(dpi) if dpi else None,
                    estimated, text_h, inverted, tuple(notes), glyph, marks)


def _spread(gray: np.ndarray) -> float:
    """Grey levels between the darkest and lightest pixel, (cv2: fast on a broadsheet)."""
    lo, hi, _, _ = cv2.minMaxLoc(gray)
    return float(hi - lo)


def _as_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 3:
        code = cv2.COLOR_RGBA2GRAY if image.shape[2] == 4 else cv2.COLOR_RGB2GRAY
        image = cv2.cvtColor(image, code)
    if image.dtype == np.uint16:
        return eight_bit(image)
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 or uint16 image, got {image.dtype}")
    return image


def _is_negative(gray: np.ndarray) -> bool:
    """Microfilm negatives and reversed pages: most of the page is 'ink' after Otsu."""
    small = gray[::4, ::4]
    return float((otsu(small) == 0).mean()) > 0.6


def _has_ink(gray: np.ndarray, ink: np.ndarray) -> bool:
    """Printed ink is far darker than paper; Otsu on a blank, noisy sheet splits the grain."""
    inked = cv2.countNonZero(ink.view(np.uint8))
    if inked == 0 or inked == ink.size:
        return False
    small = np.ascontiguousarray(gray[::2, ::2])
    dark = np.ascontiguousarray(ink[::2, ::2]).view(np.uint8)
    if small.size >= 1 << 24:  # beyond what OpenCV's float counts hold exactly
        light_median = float(np.median(small[dark == 0]))
        return abs(light_median - float(np.median(small[dark == 1]))) > 60
    # The medians from grey-level histograms: the same values as np.median of the two
    # sets of pixels, without copying them out of the page.
    every = cv2.calcHist([small], [0], None, [256], [0, 256]).ravel()
    ink_levels = cv2.calcHist([small], [0], dark, [256], [0, 256]).ravel()
    return abs(_median_of(every - ink_levels) - _median_of(ink_levels)) > 60


def _median_of(histogram: np.ndarray) -> float:
    """``np.median`` of the values a histogram counts (NaN for none, as numpy's)."""
    counts = np.cumsum(histogram.astype(np.int64))
    n = int(counts[-1])
    if n == 0:
        return math.nan
    lo = int(np.searchsorted(counts, (n - 1) // 2, side="right"))
    hi = int(np.searchsorted(counts, n // 2, side="right"))
    return (lo + hi) / 2


def text_height(ink: np.ndarray) -> float | None:
    """Ink height of text lines, in pixels (about one em of the body type).

    Marks are first measured one by one; then each line's characters are merged with a
    horizontal closing a little narrower than a word space, and the 80th percentile of
    the heights of the merged, word- or line-like shapes is the answer (CJK characters
    split into radicals and Latin x-heights both wash out this way).
    """
    return measure_type(ink)[0]


def measure_type(ink: np.ndarray) -> tuple[float | None, float | None]:
    """``text_height`` and the median height of the marks it starts from (the glyph
    height layout analysis works in: it runs on a reduced copy of a large page, where
    CJK radicals a pixel apart merge into whole glyphs and would measure taller). A
    halftone's dots, which outnumber the letters, are left out (``in_dot_field``)."""
    mask = as_mask(ink)
    scale = 1.0
    if mask.size > MEASURE_PIXELS:  # a 600 dpi broadsheet: measure at a quarter of the size
        scale = math.sqrt(MEASURE_PIXELS / mask.size)
        small = cv2.resize(mask, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        mask = (small > 0).astype(np.uint8)
    n, _, stats, _ = components(mask)
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    marks = hs[(hs >= 4) & (hs <= 200) & (ws <= 200) & ~in_dot_field(stats[1:])]
    if len(marks) < 20:
        return None, None
    first = float(np.median(marks))
    glyph = round(first / scale, 1)
    k = max(3, int(round(first * 0.8)))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    n, _, stats, _ = components(closed)
    hs, ws = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    lines = hs[(ws >= 2 * hs) & (hs >= first * 0.8) & (hs <= first * 4)]
    if len(lines) < 5:
        return glyph, glyph
    # the 80th percentile: Latin words without ascenders or descenders are shorter than an em
    return round(float(np.percentile(lines, 80)) / scale, 1), glyph


def rotate(gray: np.ndarray, degrees: float) -> tuple[np.ndarray, Transform]:
    """Rotate counter-clockwise by ``degrees`` on an enlarged white canvas (nothing is cut).

    Returns the rotated image and the transform mapping its pixels back to ``gray``.
    """
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), degrees, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(math.ceil(w * cos + h * sin)), int(math.ceil(w * sin + h * cos))
    m[0, 2] += nw / 2.0 - w / 2.0
    m[1, 2] += nh / 2.0 - h / 2.0
    out = cv2.warpAffine(gray, m, (nw, nh), flags=cv2.INTER_CUBIC,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    back = cv2.invertAffineTransform(m)
    matrix = (tuple(float(v) for v in back[0]), tuple(float(v) for v in back[1]))
    return out, Transform(matrix, (nw, nh), (w, h))  # type: ignore[arg-type]


def speck_limit(glyph: float | None, dpi: float | None) -> int:
    """Area (pixels) under which an ink mark is a speck: ``SPECK_FRACTION`` of the
    page's x-height squared, or, on a page whose type was not measured, a fixed size at
    its resolution. Type, not resolution: a TIFF's dpi tag says nothing about the size
    of the type (an 1884 NZZ page tagged 474 dpi prints 21 px x-heights, and the
    resolution rule took its full stops and i-dots for dust)."""
    if glyph is not None:
        return max(2, int(round((glyph * SPECK_FRACTION) ** 2)))
    return max(2, int(round(4 * ((dpi or 150.0) / 150.0) ** 2)))


def remove_specks(
    binary: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray | None, Marks]:
    """Drop ink marks under ``limit`` pixels (noise, dust): the cleaned image, the mask
    of what was dropped (``None`` when nothing was) and the marks as labelled, the
    dropped ones gone. Dropping whole marks leaves every other mark as it was, so the
    rest are the cleaned ink's marks."""
    ink = (binary == 0).view(np.uint8)  # 0/1, no copy
    n, labels, stats, _ = components(ink)
    small = stats[:, cv2.CC_STAT_AREA] < limit
    small[0] = False
    if not small.any():
        return binary, None, Marks.of(labels, stats)
    specks = lookup(small, labels)  # as small[labels], in half the time
    out = np.maximum(binary, specks.view(np.uint8) * np.uint8(255))
    return out, specks, Marks.of(labels, stats, small)
