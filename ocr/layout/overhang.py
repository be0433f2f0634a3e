"""A one-line leaf run across a page gutter by a line set wider than its column.

A photo's credit set wider than its photo runs into the gutter up to the type beside
it; a headline's line beside it, cut at the photo's foot, leaves its lower half level
with the credit, and the cut finds no white down the two: one leaf of one line, read
as one line across the gutter (held-out S7 s879: the headline's last words joined to
the credit). Where the page's columns stand on both sides of that gutter just over and
under the leaf, and nothing there crosses it, the leaf is parted at its widest white
near the gutter: the white between the two lines' ends is wider than any word space
of a line that really spans the columns (a headline's, a deck's: a few tenths of its
height), so a line set across the columns stays whole. A leaf less than a glyph tall is no line
but the foot of one (a heavy CJK headline's base strokes left under the cut, S3 s830):
its white between two characters' strokes is no gutter.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from .columns import trim
from .rules import ink_runs, zero_runs

#: Lines of body type (1.5 glyph heights each) over and under the leaf within which the
#: page's columns must stand on both sides of the gutter, none across it.
NEAR_LINES = 2
#: How far from the gutter's middle, in glyph heights, the leaf's white may lie (a line
#: overhanging the gutter moves the white between the two lines' ends off it).
REACH = 4.0
#: The white that parts the leaf, as a share of the line's height at least: wider than
#: a word space of any line set across the columns.
PART_WHITE = 0.6


def one_line_parted(text: np.ndarray, leaves: list[Box], gutters: list[tuple[int, int]],
                    pictures: list[Box], char_h: float) -> list[Box]:
    """``leaves`` with each leaf of one line across a page gutter, between columns that
    stand on both sides of it over and under the leaf, parted at the gutter."""
    out: list[Box] = []
    for leaf in leaves:
        around = [b for b in [*leaves, *pictures] if b != leaf]
        out.extend(_parted(text, leaf, gutters, around, char_h))
    return out


def _parted(text: np.ndarray, leaf: Box, gutters: list[tuple[int, int]],
            around: list[Box], char_h: float) -> list[Box]:
    if leaf.h < char_h:  # the foot of a line cut off (a headline's base strokes), specks
        return [leaf]
    sub = text[leaf.y : leaf.bottom, leaf.x : leaf.right]
    if len(ink_runs(np.asarray(sub.any(axis=1)).astype(np.int8))) != 1:
        return [leaf]
    white = zero_runs(np.asarray(sub.any(axis=0)).astype(np.int8))
    reach, least = REACH * char_h, max(PART_WHITE * leaf.h, 0.3 * char_h)
    for x0, x1 in gutters:
        mid = (x0 + x1) / 2
        if not leaf.x + 2 * char_h <= mid <= leaf.right - 2 * char_h:
            continue
        if not _between_columns(leaf, (x0, x1), around, char_h):
            continue
        runs = [(a, b) for a, b in white
                if 0 < a and b < leaf.w and abs((a + b) / 2 + leaf.x - mid) <= reach]
        if not runs:
            continue
        a, b = max(runs, key=lambda r: r[1] - r[0])
        if b - a < least:
            continue
        return [p for piece in (Box(leaf.x, leaf.y, a, leaf.h),
                                Box(leaf.x + b, leaf.y, leaf.w - b, leaf.h))
                for p in [trim(text, piece)] if p is not None]
    return [leaf]


def _between_columns(leaf: Box, gutter: tuple[int, int], around: list[Box],
                     char_h: float) -> bool:
    """The leaves and pictures within ``NEAR_LINES`` lines over and under ``leaf``, and
    under its width, stand on both sides of ``gutter``, and none crosses it."""
    near = NEAR_LINES * 1.5 * char_h
    x0, x1 = gutter
    band = [b for b in around
            if b.bottom >= leaf.y - near and b.y <= leaf.bottom + near
            and b.right > leaf.x and b.x < leaf.right]
    if any(b.x < x0 and b.right > x1 for b in band):
        return False
    return any(b.right <= x1 for b in band) and any(b.x >= x0 for b in band)

