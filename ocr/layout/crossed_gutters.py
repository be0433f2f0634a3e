"""A tall leaf parted at a gutter that a few lines set wider than their column cross.

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

A gutter crossed by a few lines still keeps its white down every other line of the leaf,
as wide as a gutter's, between two columns a column wide whose lines end and start at
its edges, many of them: a river of word spaces is narrower and crossed by most lines, a
headline stack's white between words has no column's edge beside it, a line set across
the columns is one of few. There the leaf is parted where the fewest lines cross (the
crossing lines cut with it) and each part is cut again.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from ..model import Box
from .columns import trim
from .gutters import TALL_GLYPHS
from .rules import ink_runs, zero_runs

#: Lines of the leaf that may cross the gutter's white (s2007: two kickers and a
#: headline's line; s2109: a jump line and the headline line it touches).
CROSS_LINES = 3
#: Lines of type at the white's edges each side, at least: columns of text whose lines
#: end and start there (the crossing lines few of them), not a headline stack's words.
LEAF_ROWS = 8
#: Width of type each side of the white, in glyph heights, at least: a column's (the
#: narrowest drawn, seven columns of Chinese, is 13 glyphs), not a ragged line's tail.
COLUMN_GLYPHS = 12
#: How near the white's edges, in glyph heights, the columns' lines end and start.
EDGE = 0.5
#: The crossed white's width, in glyph heights, at least: a gutter's (``gutters.gutters``
#: asks 0.8 of a glyph), wider than a word space or the white between two CJK characters.
CROSSED_WHITE = 0.8


def crossed_parted(mask: np.ndarray, leaf: Box, char_h: float,
                   recut: Callable[[Box], list[Box]]) -> list[Box]:
    """``leaf`` parted at each gutter whose white only ``CROSS_LINES`` of its lines cross,
    each part cut again (``recut``); else ``[leaf]``."""
    column = COLUMN_GLYPHS * char_h
    if leaf.h < TALL_GLYPHS * char_h or leaf.w < 2 * column + CROSSED_WHITE * char_h:
        return [leaf]  # (no room for a column each side of a gutter: one column's leaf)
    sub = mask[leaf.y : leaf.bottom, leaf.x : leaf.right]
    crossing = _lines_at(sub, char_h)  # lines of type standing at each x
    lines = int(crossing.max())
    if lines < LEAF_ROWS:
        return [leaf]
    edge, cuts = max(1, int(EDGE * char_h)), []
    for x0, x1 in ink_runs((crossing <= CROSS_LINES).astype(np.int8)):
        if x1 - x0 < CROSSED_WHITE * char_h or not column <= x0 < x1 <= leaf.w - column:
            continue  # (a column's width of type each side: no ragged line's tail)
        if any(w1 - w0 >= CROSSED_WHITE * char_h for w0, w1 in zero_runs(crossing[x0:x1])):
            continue  # white down the whole leaf, as wide as a gutter: the cut's own
        left, right = crossing[max(0, x0 - edge) : x0].max(), crossing[x1 : x1 + edge].max()
        if min(left, right) < LEAF_ROWS:
            continue  # (columns whose lines end and start at the white's edges)
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


def _lines_at(sub: np.ndarray, char_h: float) -> np.ndarray:
    """The lines of type down each x of ``sub``: its ink runs once a letter's strokes
    and holes are closed up (white under half a glyph high). The lines of two columns
    side by side are counted each in its own column, level or not."""
    k = max(1, int(0.5 * char_h))
    closed = cv2.morphologyEx(sub.view(np.uint8), cv2.MORPH_CLOSE, np.ones((k, 1), np.uint8))
    tops = np.count_nonzero(np.diff(closed, axis=0, prepend=0).astype(np.int16) > 0, axis=0)
    return tops.astype(np.int32)
