"""A leaf of level rows whose last row alone crosses the gutter of the rows over it.

A jump line set flush right in its column and wider than it (``DOGSHOW, continued on
Page A6`` in a 346 px column) runs left over the gutter, up to the last line of the
column beside it (held-out S5 s855: a deck's last line, ``court calls unreliable``).
Where the columns' lines stand level, no white row parts the two columns' feet from
their lines over them, and the one row across the gutter leaves the cut no white down
the leaf: the deck and the column were one leaf of four rows, read straight across.

A gutter that runs down the rows over the foot, and goes on up the page over the leaf
with type on both sides of it there (the columns over it), is a gutter in the foot row
too: the foot row is taken off the leaf, the rows over it are cut again (the cut then
finds the gutter by its own measures), and the foot row, now a one-line leaf under two
columns, is parted by ``overhang.one_line_parted`` as any jump line under its column.
A line set across columns at their foot (a caption under two photos, a deck's last line
over body) stands under no gutter the cut finds in the rows over it, or under none that
goes on up the page: such a leaf is left whole.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Box
from .columns import trim
from .rules import ink_per, ink_runs, zero_runs

#: A row of body or deck type is at most this many glyph heights tall, ascenders to
#: descenders (a headline's row is over 3; a Latin face's x-height is under half its row).
ROW_GLYPHS = 2.5
#: Lines of body type (1.5 glyph heights each) over the leaf in which the gutter must go
#: on, white with type on both sides of it: the columns over the joined row.
ABOVE_LINES = 3
#: The white over the leaf must be this share of the rows' gutter wide at least (a
#: column's ragged last lines over it widen it, a line's end may narrow it a little).
ABOVE_WHITE = 0.5


def foot_apart(mask: np.ndarray, leaf: Box, recut: Callable[[Box], list[Box]],
               char_h: float) -> list[Box]:
    """``leaf`` as the pieces of its rows over the foot row, cut again (``recut``), and the
    foot row, when the foot row alone crosses a gutter of those rows that goes on up the
    page over the leaf; else ``[leaf]``."""
    sub = mask[leaf.y : leaf.bottom, leaf.x : leaf.right]
    rows = ink_runs(ink_per(sub, 1))
    if len(rows) < 3 or any(b - a > ROW_GLYPHS * char_h for a, b in rows):
        return [leaf]
    upper = trim(mask, Box(leaf.x, leaf.y, leaf.w, rows[-2][1]))
    foot = trim(mask, Box(leaf.x, leaf.y + rows[-1][0], leaf.w, rows[-1][1] - rows[-1][0]))
    if upper is None or foot is None:
        return [leaf]
    pieces = recut(upper)
    for gutter in _gutters_between(pieces):
        if _crossed_by(mask, foot, gutter) and _goes_on_above(mask, leaf, gutter, char_h):
            return [*pieces, foot]
    return [leaf]


def _gutters_between(pieces: list[Box]) -> list[tuple[int, int]]:
    """The white (x0, x1) between two of ``pieces`` side by side, level with each other
    over half the shorter's height, nothing level with them between: the columns'
    gutter the cut found."""
    out = []
    for a in pieces:
        for b in pieces:
            level = min(a.bottom, b.bottom) - max(a.y, b.y)
            between = any(a.right < p.right and p.x < b.x and p is not a and p is not b
                          and min(a.bottom, p.bottom) - max(a.y, p.y) > 0 for p in pieces)
            if b.x > a.right and level >= 0.5 * min(a.h, b.h) and not between:
                out.append((a.right, b.x))
    return sorted(set(out))


def _crossed_by(mask: np.ndarray, foot: Box, gutter: tuple[int, int]) -> bool:
    """The foot row inks the gutter's white: a line run across it."""
    x0, x1 = gutter
    return bool(mask[foot.y : foot.bottom, max(foot.x, x0) : min(foot.right, x1)].any())


def _goes_on_above(mask: np.ndarray, leaf: Box, gutter: tuple[int, int], char_h: float) -> bool:
    """Over ``leaf``, ``ABOVE_LINES`` lines of body type up, the page is white where the
    gutter runs (``ABOVE_WHITE`` of its width at least) with type on both sides of it
    within the leaf's width (a centred heading's lines end short of it): the columns
    the gutter parts stand over the leaf too."""
    x0, x1 = gutter
    y0 = max(0, leaf.y - int(ABOVE_LINES * 1.5 * char_h))
    if leaf.y - y0 < 2 * char_h:
        return False
    band = mask[y0 : leaf.y, leaf.x : leaf.right]
    for a, b in zero_runs(ink_per(band, 0)):
        if (0 < a < x1 - leaf.x and x0 - leaf.x < b < band.shape[1]
                and b - a >= ABOVE_WHITE * (x1 - x0)):
            return True
    return False
