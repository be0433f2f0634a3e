"""Hairlines the binarized page hides, or passes off as type.

A box of briefs parts them with a thin grey line; on a blurred scan the line comes out
a row of grey some 60 levels darker than the paper, above the ink threshold, so the
rules found on the binarized page miss it and the briefs on either side read as one.
The line is looked for only where it matters, in the white between two blocks stacked
in one column, on the grey page: a row or two across most of their common width darker
than the white above and below it. Where binarizing kept the line, grained, the cut may
leave it with the brief under it and the size split part it off as a "line" of type
(:func:`hairline`).
"""

from __future__ import annotations

import numpy as np

from ..model import BlockKind, Box
from .blocks import Region, x_overlap

#: A faint rule's row is this many grey levels darker than the white around it (a 1 px
#: line of grey 90 blurred comes out 60-70 darker on a clean scan, 12-15 on one of grey
#: ink on grey paper; the median of a row of paper grain moves by 2-3).
DARKER = 10
#: ... along this share of the blocks' common width at least (its median is that dark).
ALONG = 0.5


def faint_rules(
    gray: np.ndarray, regions: list[Region], char_h: float, line_h: float
) -> list[Region]:
    """Rules between vertically stacked text blocks that only the grey page shows
    (``line_h``: the body's line height)."""
    text = [r for r in regions if r.lines and r.kind != BlockKind.RULE]
    rules = [r.box for r in regions if r.kind == BlockKind.RULE and r.box.w > r.box.h]
    out = []
    for a in text:
        b = _next_below(a, text, line_h)
        if b is None:
            continue
        x0, x1 = max(a.box.x, b.box.x), min(a.box.right, b.box.right)
        y0, y1 = a.box.bottom, b.box.y
        if y1 - y0 < 0.5 * char_h or any(
                y0 <= r.y and r.bottom <= y1 and min(r.right, x1) > max(r.x, x0) for r in rules):
            continue
        found = _faint_row(gray[y0:y1, x0:x1], char_h)
        if found is not None:
            out.append(Region(BlockKind.RULE, Box(x0, y0 + found[0], x1 - x0, found[1]),
                              column=a.column))
    return out


def _next_below(a: Region, text: list[Region], line_h: float) -> Region | None:
    """The block right under ``a`` in its column (most of the narrower one's width over
    the other), within three body lines."""
    under = [b for b in text if b is not a and 0 < b.box.y - a.box.bottom <= 3 * line_h
             and x_overlap(a.box, b.box) > 0.8 * min(a.box.w, b.box.w)]
    return min(under, key=lambda b: b.box.y, default=None)


def _faint_row(band: np.ndarray, char_h: float) -> tuple[int, int] | None:
    """The rows (top, height) of a thin dark line across ``band``, white above and below
    it (a run of dark rows touching the band's top or foot is a block's blurred edge)."""
    if band.shape[0] < 3 or band.shape[1] < 4 * char_h:
        return None
    rows = np.percentile(band, 100 * ALONG, axis=1)  # half the row at least this dark
    dark = rows <= float(np.median(rows)) - DARKER
    edges = np.flatnonzero(np.diff(np.concatenate(([0], dark.astype(np.int8), [0]))))
    for start, end in zip(edges[::2], edges[1::2], strict=True):  # each run of dark rows
        if start > 0 and end < len(rows) and end - start <= max(3, 0.3 * char_h):
            return int(start), int(end - start)
    return None


def hairline(r: Region, type_ref: float) -> Region:
    """A one-"line" piece under a quarter of the body's type tall and four times as long
    is a rule, not type (``layout._rule_or_speck`` measures against the glyph height,
    which a CJK page's small marks set low enough for it to pass)."""
    b = r.box
    if len(r.lines) == 1 and b.h < 0.25 * type_ref and b.w > 4 * type_ref:
        return Region(BlockKind.RULE, b)
    return r
