"""A tall leaf parted at a gutter that a line or two set wider than their column cross.

The XY cut takes white through a whole region as a gutter. A line set wider than its
column runs into the gutter beside it: a Chinese kicker of thirteen characters over a
column of twelve (fresh s2007, pool Y: two kickers 23-61 px past their column, 8 px of a
63 px gutter left white), a jump line set flush right and run on left over the gutter
into the headline beside it (fresh s2109, pool V: ``SCIENCEFAIR, continued on Page A7``
touching ``Will the 7:15 still``). Then no white runs down the region, the cut leaves two
or three columns of stories as one leaf, and no page gutter is known there either
(``short_columns.page_gutters`` asks two tall leaves side by side): the stories' headings
are read across the gutter with the text beside them. (``overhang`` parts such a line
when it is a leaf alone; here it is one line of a tall leaf.)

A gutter crossed by one or two lines still keeps its white down every other line of the
leaf, as wide as a gutter's, with type beside it on both sides in most lines: a river of
word spaces is narrower and crossed by most lines, a line set across the columns (a
headline over them) is one of few rows in a leaf of many. There the leaf is parted where
the fewest lines cross (the crossing lines cut with it) and each part is cut again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Box
from .columns import trim
from .gutters import TALL_GLYPHS
from .rules import ink_runs, zero_runs

#: Lines of the leaf that may cross the gutter's white: a kicker and a headline line, a
#: jump line and the line it touches.
CROSS_LINES = 2
#: Rows of type (ink runs of the leaf's rows) the leaf holds at least: two crossing lines
#: are few of them, not a stack of heading lines set across the columns.
LEAF_ROWS = 8
#: The crossed white's width, in glyph heights, at least: a gutter's (``gutters.gutters``
#: asks 0.8 of a glyph), wider than a word space or the white between two CJK characters.
CROSSED_WHITE = 0.8
#: Share of the leaf's rows with type within three glyphs of the white on each side.
BESIDE_SHARE = 0.5


def crossed_parted(mask: np.ndarray, leaf: Box, char_h: float,
                   recut: Callable[[Box], list[Box]]) -> list[Box]:
    """``leaf`` parted at each gutter whose white only ``CROSS_LINES`` of its lines cross,
    each part cut again (``recut``); else ``[leaf]``."""
    if leaf.h < TALL_GLYPHS * char_h or leaf.w < 8 * char_h:
        return [leaf]
    sub = mask[leaf.y : leaf.bottom, leaf.x : leaf.right]
    rows = [(a, b) for a, b in ink_runs(np.asarray(sub.any(axis=1)).astype(np.int8))
            if b - a >= 0.5 * char_h]  # (a speck's rows are no line)
    if len(rows) < LEAF_ROWS:
        return [leaf]
    crossing = np.zeros(leaf.w, dtype=np.int32)  # rows with ink at each x
    for a, b in rows:
        crossing += sub[a:b].any(axis=0)
    near, cuts = int(3 * char_h), []
    for x0, x1 in ink_runs((crossing <= CROSS_LINES).astype(np.int8)):
        if x1 - x0 < CROSSED_WHITE * char_h or not 2 * char_h <= x0 < x1 <= leaf.w - 2 * char_h:
            continue
        white = zero_runs(crossing[x0:x1])
        if any(w1 - w0 >= CROSSED_WHITE * char_h for w0, w1 in white):
            continue  # white down the whole leaf, as wide as a gutter: the cut's own
        left = sum(bool(sub[a:b, max(0, x0 - near) : x0].any()) for a, b in rows)
        right = sum(bool(sub[a:b, x1 : x1 + near].any()) for a, b in rows)
        if min(left, right) < BESIDE_SHARE * len(rows):
            continue
        least = np.flatnonzero(crossing[x0:x1] == crossing[x0:x1].min())
        cuts.append(x0 + int(least[len(least) // 2]))
    if not cuts:
        return [leaf]
    out: list[Box] = []
    edges = [0, *cuts, leaf.w]
    for c0, c1 in zip(edges, edges[1:], strict=False):
        if c1 > c0 and (part := trim(mask, Box(leaf.x + c0, leaf.y, c1 - c0, leaf.h))):
            out.extend(recut(part))
    return out
