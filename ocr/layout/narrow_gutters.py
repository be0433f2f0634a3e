"""A tall leaf parted at a page gutter whose white it keeps narrower than a gutter alone.

``gutters.gutters`` asks a tall region's white for 0.8 of a glyph at least: a river of
word spaces down a column is narrower. On a heavy scan a narrow gutter's white shrinks
under the ink's spread (S12 s953, pool C: a 20 px gutter drawn, 19 px of white left
under the captions and the four columns of two stories, glyph 25 px), and a leaf of the
two stories' captions and columns, set side by side under their photos, was read straight
across the gutter as one block. The page's own columns elsewhere leave their gutter there
(``short_columns.page_gutters``: two tall leaves side by side): where the leaf keeps white
through its whole height inside that gutter, half a glyph wide or more, with type on both
sides, it is the same gutter, and the leaf is parted there and cut again each side.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Box
from .columns import trim
from .gutter_lines import set_across
from .gutters import TALL_GLYPHS, white_runs
from .short_columns import KEPT_SHARE

#: Glyph heights of white a page gutter's run through a tall leaf keeps at least: half a
#: glyph is wider than a body word space (a third of a glyph), which never runs down a
#: tall region's lines at one x.
NARROW_WHITE = 0.5


def at_page_gutters(mask: np.ndarray, leaf: Box, page: list[tuple[int, int]], char_h: float,
                    recut: Callable[[Box], list[Box]]) -> list[Box]:
    """``leaf`` parted at each page gutter (``page``) it keeps white through, each part
    cut again (``recut``); else ``[leaf]``."""
    if leaf.h < TALL_GLYPHS * char_h or not page:
        return [leaf]
    sub = mask[leaf.y : leaf.bottom, leaf.x : leaf.right]
    cuts = []
    for a, b in white_runs(sub):
        if b - a < NARROW_WHITE * char_h or not 2 * char_h <= a <= leaf.w - 2 * char_h:
            continue
        # Inside a gutter of the page's columns, a pixel of blur either way, and most of
        # its width (a heavy Chinese page's white between two characters, a quarter of
        # the gutter it falls in, is none).
        if not any(x0 - 2 <= leaf.x + a and leaf.x + b <= x1 + 2
                   and b - a >= KEPT_SHARE * (x1 - x0) for x0, x1 in page):
            continue
        left = sub[:, :a].any(axis=1).mean()
        right = sub[:, b:].any(axis=1).mean()
        if min(left, right) >= 0.25 and not set_across(sub, a, b, char_h):
            cuts.append((a, b))
    if not cuts:
        return [leaf]
    out: list[Box] = []
    edges = [(0, 0), *cuts, (leaf.w, leaf.w)]
    for (_, c0), (c1, _) in zip(edges, edges[1:], strict=False):
        if c1 > c0 and (part := trim(mask, Box(leaf.x + c0, leaf.y, c1 - c0, leaf.h))):
            out.extend(recut(part))
    return out
