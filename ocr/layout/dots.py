"""Dot fields: a halftone photo's screen or a scan's noise grain, told from type.

A newspaper prints a photo as a screen of dots: thousands of marks of one small size,
more than all the page's letters, so the median mark height the page's type is
measured by (``glyph_height``, ``preprocess.measure_type``) came out the dot's (6 px
where the body type is 35 px, and layout cut the page into hundreds of fragments).

A dot is solid and round: a disc fills 0.79 of its box, where a letter's strokes fill
0.3-0.6 of its (0.65 a 5 px ``e`` at 150 dpi). Full stops and a few blotched letters
are solid and round too, but stand apart, one or two a line; dots lie packed across
and down, so a dot is in a field when many dots of about its size lie within a few of
its sizes around it (density measured relative to the dot's own size: small type, a
150 dpi page, is as dense in its own units, but its marks are not dots).
"""

from __future__ import annotations

import cv2
import numpy as np

Offset = int | np.ndarray  # cells from a point: one for all points, or each its own

#: A dot's ink fills this share of its box at least (a disc 0.79, a square 1).
DOT_FILL = 0.6
#: A dot's box is at most this much longer one way than the other.
DOT_ASPECT = 1.5
#: Dots count as of one size when their heights are within this ratio.
DOT_SIZES = 1.4
#: A field's dots are counted in a square reaching this many dot heights each way...
FIELD_REACH = 3
#: ...and a dot is in a field with at least this many others there (a 45-degree
#: screen whose pitch is twice the dot, a light tone, puts 9 in the square).
FIELD_DOTS = 8
#: Dots a field holds at least (a 2 cm photo at a coarse 30-line screen holds 500).
FIELD_MIN = 100
#: A screen's dots are staggered: a 45-degree screen's rows lie half as far apart as
#: the dots along a row, the next row's dots half a pitch across. Type's lines lie
#: farther apart than its letters along a line, so even solid type packed tight (heavy
#: ink on small CJK type) has no such neighbours. A dot's row is the dots whose centres
#: lie within the first share of its size in height; a staggered dot lies off its row
#: but within the second share of the pitch along it, across and down.
STAGGER = (0.25, 0.75)
#: Pixels a side of the cells a field's extent is drawn in.
FIELD_CELL = 4


def in_dot_field(stats: np.ndarray) -> np.ndarray:
    """For each stats row of ``components`` (background row excluded), whether the
    mark lies in a dot field: left out when the page's type is measured.

    The field is found from its solid round dots and reaches a dot's size round each;
    what it encloses (dots blotched or joined in the dark tones, the odd speck) is
    the field's too. A page without such dots keeps every mark."""
    return dot_fields(stats)[0]


def dot_fields(stats: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """``in_dot_field`` and the boxes (x, y, w, h, in the marks' pixels) of the page's dot
    fields: a halftone photo's extent, which the tone test misses where the screen's
    light tones leave the paper white between small dots (and whose dots, glyph-sized,
    look like type). One search for both: the page's type and its photos."""
    field = _field(stats)
    if field is None:
        return np.zeros(len(stats), dtype=bool), []
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    c = FIELD_CELL
    # A mark is the field's when every cell its box touches is: a sum over the box.
    sums = cv2.integral(field)
    x0, y0, x1, y1 = x // c, y // c, (x + w - 1) // c + 1, (y + h - 1) // c + 1
    inside = sums[y1, x1] - sums[y0, x1] - sums[y1, x0] + sums[y0, x0]
    n, _, boxes, _ = cv2.connectedComponentsWithStats(field, connectivity=8)
    return inside == (x1 - x0) * (y1 - y0), [
        (int(bx) * c, int(by) * c, int(bw) * c, int(bh) * c) for bx, by, bw, bh, _a in boxes[1:n]]


def _field(stats: np.ndarray) -> np.ndarray | None:
    """The page's dot fields on a grid of ``FIELD_CELL`` cells (1 inside one), or None."""
    seeds = _field_dots(stats)
    if not seeds.any():
        return None
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    c = FIELD_CELL
    field = np.zeros((int((y + h).max()) // c + 2, int((x + w).max()) // c + 2), np.uint8)
    for bx, by, bw, bh in zip(x[seeds].tolist(), y[seeds].tolist(), w[seeds].tolist(),
                              h[seeds].tolist(), strict=True):
        r = max(bw, bh)
        field[max(0, by - r) // c : (by + bh + r) // c + 1,
              max(0, bx - r) // c : (bx + bw + r) // c + 1] = 1
    # A field holds many dots: a bold headline's few solid letters are not one.
    n, labels = cv2.connectedComponents(field, connectivity=8)
    held = np.bincount(labels[(y[seeds] + h[seeds] // 2) // c, (x[seeds] + w[seeds] // 2) // c],
                       minlength=n)
    held[0] = 0
    field = (held >= FIELD_MIN)[labels].astype(np.uint8)
    if not field.any():
        return None
    contours, _ = cv2.findContours(field, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    cv2.drawContours(field, contours, -1, 1, cv2.FILLED)
    return field


def _field_dots(stats: np.ndarray) -> np.ndarray:
    """The solid round marks with many others of about their size packed round them."""
    out = np.zeros(len(stats), dtype=bool)
    if len(stats) < FIELD_MIN:
        return out
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA].astype(np.float64)
    dot = (
        (h >= 3)
        & (area >= DOT_FILL * w * h)
        & (np.maximum(w, h) <= DOT_ASPECT * np.minimum(w, h))
    )
    if np.count_nonzero(dot) < FIELD_MIN:  # the page of type: no field, nothing to count
        return out
    cx, cy = x + w // 2, y + h // 2
    for size in np.unique(h[dot]).tolist():
        near = dot & (h * DOT_SIZES >= size) & (h <= size * DOT_SIZES)
        here = dot & (h == size)
        around, staggered = _neighbours(cx[near], cy[near], cx[here], cy[here], size)
        out[here] = (around >= FIELD_DOTS) & (staggered >= 2)
    return out


def _neighbours(
    px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each point ``q``, how many of the points ``p`` lie within ``FIELD_REACH`` sizes
    of it, and how many off its row but nearer than its row's pitch (``STAGGER``); a ``q``
    among the ``p`` does not count itself. Counted on a grid of sixth-size cells over the
    points' extent, less its rows and columns without a point: a page's few hundred solid
    specks of one size lie scattered over a grid of the page's size, which summed again
    for each size cost more than all the counting."""
    cell = max(1, size // 6)
    x0, y0 = int(px.min()), int(py.min())
    gx, gy = (px - x0) // cell, (py - y0) // cell
    cols, rows = np.unique(gx), np.unique(gy)  # the grid's columns and rows with points
    grid = np.zeros((len(rows), len(cols)), np.uint8)
    np.add.at(grid, (np.searchsorted(rows, gy), np.searchsorted(cols, gx)), 1)
    sums = cv2.integral(grid)
    qx, qy = (qx - x0) // cell, (qy - y0) // cell

    def box(left: Offset, right: Offset, top: Offset, bottom: Offset) -> np.ndarray:
        """Points in the cells from ``left`` to ``right``, ``top`` to ``bottom`` of each q."""
        a, b = np.searchsorted(cols, qx + left), np.searchsorted(cols, qx + right + 1)
        c, d = np.searchsorted(rows, qy + top), np.searchsorted(rows, qy + bottom + 1)
        return (sums[d, b] - sums[c, b] - sums[d, a] + sums[c, a]).astype(np.int64)

    reach = int(np.ceil(FIELD_REACH * size / cell))
    band = int(STAGGER[0] * size / cell)  # a row: centres this close in height
    pitch = _row_pitch(gx, gy, qx, qy, band, reach)
    span = (pitch * STAGGER[1]).astype(np.int64)
    staggered = np.where(
        span > band,
        box(-span, span, -span, -band - 1) + box(-span, span, band + 1, span),
        0,
    )
    return box(-reach, reach, -reach, reach) - 1, staggered


def _row_pitch(
    px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray, band: int, reach: int
) -> np.ndarray:
    """For each point ``q`` (grid cells), how many cells along its row the nearest point
    ``p`` in another column lies, its centre within ``band`` cells of q's in height; 0
    when none is within ``reach`` cells. The nearest left and right of each q in each
    row of the band, from the points sorted row by row: a page of noise grain holds tens
    of thousands of small "dots", and widening a box one cell at a time asked the
    page's grid once a cell and dot."""
    width = int(max(px.max(), qx.max())) + 1  # a key's row and column: row * width + column
    keys = np.unique(py.astype(np.int64) * width + px)
    last = len(keys) - 1
    nearest = np.full(len(qx), reach + 1, np.int64)
    for dy in range(-band, band + 1):
        row = qy.astype(np.int64) + dy
        key = row * width + qx
        after = np.searchsorted(keys, key, side="right")  # the first key right of q's
        right = keys[np.minimum(after, last)]
        left = keys[np.maximum(after - 1, 0)]
        left = np.where(left == key, keys[np.maximum(after - 2, 0)], left)  # (q's own column)
        gap = np.where((after <= last) & (right // width == row), right - key, reach + 1)
        nearest = np.minimum(nearest, gap)
        below = (left < key) & (left // width == row)
        nearest = np.minimum(nearest, np.where(below, key - left, reach + 1))
    return np.where(nearest <= reach, nearest, 0)
