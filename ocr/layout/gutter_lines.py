"""A line of heading type set across a gutter, told from the columns' lines that stop at it.

The XY cut (``gutters.gutters``) takes white through a whole region as a gutter. A
headline set across the columns may leave white where one of their gutters runs under it
by chance: the white beside a CJK quote or comma is half a character wide in heading
type, as wide as a body gutter. Its white is not the gutter's: the columns' own lines
stop at the gutter's edges, while the headline's glyph stands in it.
"""

from __future__ import annotations

import numpy as np

from .rules import ink_runs, zero_runs


def set_across(sub: np.ndarray, a: int, b: int, char_h: float) -> bool:
    """A line of heading type in ``sub`` runs across the white ``a..b`` found through the
    whole region: its ink stands over much of the gutter the region's lines leave there.

    Lines are measured near the white only (grain elsewhere joins them into one band).
    The gutter is where the lines' white around ``a..b`` begins and ends (the median of
    their edges). A line two to six body characters high (heading type, not a picture,
    which fills its band) whose ink fills REACH of that gutter's width is set across it.
    """
    x0, x1 = max(0, a - int(3 * char_h)), min(sub.shape[1], b + int(3 * char_h))
    near = sub[:, x0:x1]
    a, b = a - x0, b - x0
    whites: list[tuple[int, int]] = []
    heads: list[tuple[np.ndarray, tuple[int, int]]] = []
    for top, bottom in ink_runs(np.asarray(near.any(axis=1))):
        if bottom - top < char_h:
            continue  # a speck's rows, no line of type
        band = near[top:bottom]
        inked = np.asarray(band.any(axis=0))
        # The line's white at the cut (a sliver of ink the cut allowed as noise may stand
        # in it: the white that holds most of it).
        white = max(zero_runs(inked.astype(np.int8)),
                    key=lambda w: min(w[1], b) - max(w[0], a), default=None)
        if white is None or min(white[1], b) - max(white[0], a) < 0.5 * (b - a):
            continue
        if 0 < white[0] and white[1] < inked.size:
            whites.append(white)  # type on both sides near it: lines level at the gutter
        if 2 * char_h <= bottom - top <= 6 * char_h and band.mean() < SOLID:
            heads.append((inked, white))
    if len(whites) < 3 or not heads:
        return False  # too few lines to tell the columns' gutter from a line's white
    g0 = int(np.median([w[0] for w in whites]))
    g1 = int(np.median([w[1] for w in whites]))
    reach = REACH * (g1 - g0)
    # Its glyph stands in the gutter on one side, and its own white runs on past the
    # gutter's other edge: white beside a glyph, where the gutter is by chance.
    return any(np.count_nonzero(inked[g0:g1]) >= reach
               and (white[0] <= g0 - reach / 2 or white[1] >= g1 + reach / 2)
               for inked, white in heads)


#: Share of the columns' gutter a headline's ink must stand over to be set across it (a
#: CJK quote's mark in heading type beside a body gutter: three fifths of it).
REACH = 0.4
#: Share of a band's pixels inked above which it is a picture (filled solid), not type.
SOLID = 0.5
