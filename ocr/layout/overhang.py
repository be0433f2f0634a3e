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

A jump line set flush right in its column and wider than it runs on left over the
gutter into the last line of the column beside it, touching or printed over its last
word (held-out S5 s858 ``out of a`` under ``SCIENCEFAIR, continued on Page A7``, s855,
S4 s843): no white parts the two, and on a page whose gutters are wider than
``short_columns.page_gutters`` takes, no page gutter is known there either. The
columns standing right over the line tell it (``_foot_of_two``): one ends where the
line starts, the other where it ends, with a gutter between them; the left column's
last line ends at its column's edge, so the line is parted there. Where that last line
ends short and the jump line starts inside its white (S4 s846), the leaf is parted at
that white instead: the jump line, typed a jump by its words, is then placed by its
right end (``order._from``) and read after the column it ends.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from .columns import trim
from .rules import ink_runs, zero_runs
from .short_columns import LINE_GLYPHS

#: Lines of body type (1.5 glyph heights each) over and under the leaf within which the
#: page's columns must stand on both sides of the gutter, none across it.
NEAR_LINES = 2
#: How far from the gutter's middle, in glyph heights, the leaf's white may lie (a line
#: overhanging the gutter moves the white between the two lines' ends off it).
REACH = 4.0
#: The white that parts the leaf, as a share of the line's height at least: wider than
#: a word space of any line set across the columns.
PART_WHITE = 0.6
#: Lines of body type over a leaf in which the column left of a gutter is measured: a
#: ragged column's last lines end short of its edge, a line a few up runs to it.
ABOVE_LINES = 6


def one_line_parted(text: np.ndarray, leaves: list[Box], gutters: list[tuple[int, int]],
                    pictures: list[Box], char_h: float) -> list[Box]:
    """``leaves`` with each leaf of one line across a page gutter, between columns that
    stand on both sides of it over and under the leaf, parted at the gutter."""
    out: list[Box] = []
    # (the boxes around a leaf are taken when a gutter crosses it, not copied for every
    # leaf: a list of the rest per leaf cost a heavy page 70 ms of box comparisons)
    around = [*leaves, *pictures]
    for leaf in leaves:
        pieces = _parted(text, leaf, gutters, around, char_h)
        if pieces == [leaf]:  # (``leaf`` is never its own right column: it starts left of it)
            pieces = _foot_of_two(text, leaf, leaves, char_h)
        out.extend(pieces)
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
    """The leaves and pictures (``around``, ``leaf`` left out) within ``NEAR_LINES`` lines
    over and under ``leaf``, and under its width, stand on both sides of ``gutter``, and
    none crosses it."""
    near = NEAR_LINES * 1.5 * char_h
    x0, x1 = gutter
    band = [b for b in around
            if b.bottom >= leaf.y - near and b.y <= leaf.bottom + near
            and b.right > leaf.x and b.x < leaf.right and b != leaf]
    if any(b.x < x0 and b.right > x1 for b in band):
        return False
    return any(b.right <= x1 for b in band) and any(b.x >= x0 for b in band)



def _foot_of_two(text: np.ndarray, leaf: Box, leaves: list[Box], char_h: float) -> list[Box]:
    """``leaf``, one line of body type standing right under two columns side by side
    (the right one ending where it ends), parted at the left column's edge when no
    white there parts it; else ``[leaf]``.

    The right column ends within a line over the leaf (the leaf is its foot, not a line
    under a rule or a photo), and over the leaf, left of that column, the page's ink
    leaves a gutter's white down ``ABOVE_LINES`` lines: the left column's edge, measured
    on its ink (a ragged column's last lines end short; a few lines up one runs to the
    measure). The left column's last line never runs past that edge: ink right of it is
    the jump line's. White wider than the line is high between the left column's
    middle and the right column is a short last line's white, not a word space: the
    left column's last line ends where it starts, the jump line starts where it ends
    (S4 s846: ``course record ahead.`` and ``MARATHON continues on Page A6``), and the
    leaf is parted there, when that white is the only one wider than the line is high
    (a line of body type spaces its words narrower; a cut-off top of big type has white
    that wide between its characters all along: S6 s863's CJK headline). The jump line
    overhangs the left column; it is read after the right one only as a jump
    (``order._from`` places a jump line by its right end), so its words must read as one
    (``markers``: the profile's ``jump_to``)."""
    if not char_h <= leaf.h <= LINE_GLYPHS * char_h or leaf.y < 1:
        return [leaf]
    sub = text[leaf.y : leaf.bottom, leaf.x : leaf.right]
    if len(ink_runs(np.asarray(sub.any(axis=1)).astype(np.int8))) != 1:
        return [leaf]
    near = 1.5 * char_h  # a line of body type
    for right in leaves:
        if not (right.h >= 2 * near and leaf.y - near <= right.bottom <= leaf.y
                and abs(right.right - leaf.right) <= char_h
                and leaf.x + 2 * char_h < right.x < leaf.right - 2 * char_h):
            continue
        y0 = max(0, leaf.y - int(ABOVE_LINES * near))
        span = right.x - leaf.x
        gaps = [(a, b) for a, b in zero_runs(
                    np.asarray(text[y0 : leaf.y, leaf.x : right.x].any(axis=0)).astype(np.int8))
                if b >= span - char_h and 0.3 * char_h <= b - a]
        if not gaps or not text[max(0, leaf.y - int(near)) : leaf.y, leaf.x : right.x].any():
            continue
        edge = gaps[-1][0]  # the left column's edge (from the leaf's left): the gutter's
        if not 0 < span - edge <= edge / 2:
            continue
        white = zero_runs(np.asarray(sub.any(axis=0)).astype(np.int8))
        wide = [(a, b) for a, b in white if b - a > leaf.h and 0 < a and b < leaf.w]
        if any(b >= edge / 2 and a <= span for a, b in wide):
            if len(wide) > 1:  # white between big type's strokes all along (a cut CJK
                return [leaf]  # headline's top, S6 s863), no line of body type
            (a, b), = wide  # the left column's short last line ends where it starts
            return [p for piece in (Box(leaf.x, leaf.y, a, leaf.h),
                                    Box(leaf.x + b, leaf.y, leaf.w - b, leaf.h))
                    for p in [trim(text, piece)] if p is not None]
        return [p for piece in (Box(leaf.x, leaf.y, edge, leaf.h),
                                Box(leaf.x + edge, leaf.y, leaf.w - edge, leaf.h))
                for p in [trim(text, piece)] if p is not None]
    return [leaf]
