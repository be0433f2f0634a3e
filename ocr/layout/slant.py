"""The slant of a block's type, measured from ink: an italic deck is told by it.

An italic face leans its upright strokes by 10-15 degrees. Sheared back by that much,
its ink stands in narrow upright columns and the vertical projection of each line
sharpens; an upright face's blurs. Weight does not tell an italic deck from the body
(its strokes measure 0.9-1.0 of the body's on a grainy scan), nor does size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Box

#: The shear an italic face is set back upright by (tan of about 12 degrees).
SHEAR = 0.21
#: Sharpness sheared upright over sharpness as set, at or above which type is italic
#: (upright lines measured 0.79-0.97 on held-out scans, italic decks 1.09-1.28).
ITALIC = 1.05
#: A line narrower than this many times its height is not measured (``cost.``).
SHORT = 5


def slant(text: np.ndarray, lines: Sequence[Box]) -> float:
    """How much sharper the lines' vertical projections grow sheared upright by ``SHEAR``
    than as set (sum of squared column counts, per ink pixel, over the lines)."""
    sharp = [0.0, 0.0]
    for ln in lines:
        if ln.w < SHORT * ln.h:
            continue  # a word or two: too few strokes to tell (0 when no line tells)
        ys, xs = np.nonzero(text[ln.y : ln.bottom, ln.x : ln.right])
        if xs.size == 0:
            continue
        for k, shear in enumerate((0.0, SHEAR)):
            # y grows downwards: a leaning stroke's top (small y) stands to the right
            cols = np.rint(xs + shear * ys).astype(np.int64)
            counts = np.bincount(cols - cols.min()).astype(np.float64)
            sharp[k] += float(np.dot(counts, counts)) / xs.size
    return sharp[1] / sharp[0] if sharp[0] > 0 else 0.0


def joined_slant(pieces: Sequence[tuple[float, int]]) -> float:
    """The slant of pieces joined (each its slant and its lines), averaged over the lines of
    those measured: a piece too short to measure (0, ``SHORT``) tells nothing of the face.
    Counted as upright, a deck's last line cut off alone (``p.m.``) pulled a four-line
    italic deck, each line 1.12-1.24, to 0.93: upright type under its headline, typed text
    (held-out N3 s1110)."""
    measured = [(lean, lines) for lean, lines in pieces if lean > 0]
    n = sum(lines for _, lines in measured)
    return sum(lean * lines for lean, lines in measured) / n if n else 0.0


def italic_lead(text: np.ndarray, lines: Sequence[Box], most: int) -> int:
    """How many lines at a block's top are italic, when a deck's worth (1 to ``most``)
    are and an upright line follows (0 otherwise): the lines below, not the deck, are its
    story. Only the top lines are measured: a deck opens a block; a line too short to
    measure goes with the lines above it."""
    leans = [slant(text, [ln]) for ln in lines[: most + 1]]
    for n, lean in enumerate(leans):
        if 0 < lean < ITALIC:
            return n if any(v >= ITALIC for v in leans[:n]) else 0
    return 0
