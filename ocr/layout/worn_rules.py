"""A column rule worn to dashes over part of its length: the dashes looked past.

The XY cut (``gutters.gutters``) takes white through a whole region as a gutter. On a
heavy scan a column rule wears through in places: ``find_rules`` finds it where it is
whole (from a deck's foot down, S8 s896), and over the rest only its dashes stand in the
gutter, 3-5 px wide, a glyph high, a glyph's height of white between them. They fill the
gutter's white; neither white beside them is as wide as a gutter (16 px either side of a
37 px gutter), and the cut read a story's column straight across into the heading and
deck of the story beside it.

A dash is no glyph: no wider than a rule's stroke (``RULE_STROKE`` of a glyph), no
taller than a glyph (``DASH_TALL``), alone in its rows (white as wide as ``ALONE`` of a
glyph on both sides: a full stop or a quote stands a pixel or two from its word), and
in the line of a column rule found above or below it, its middle within ``HAIR`` pixels
of the dash (the tolerance ``rules._in_line`` gives a short rule in a long one's line):
the rule found is the page's evidence that the gutter runs on there. The dashes are
taken in a chain from the rule's found piece, each within ``WORN_GAP`` glyphs of it or
of a dash taken (a masthead's thin stroke far up a rule's line is none). A CJK full
stop alone at a caption's end stands in no rule's line, and grain in a gutter (a speck)
is left to the noise a tall region allows. The gutter search looks past the dashes; what
it parts, and every piece's ink, is measured on the page as printed.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from .blocks import components
from .rules import HAIR
from .short_columns import RULE_STROKE

#: White on each side of a dash, in its rows (glyph heights): wider than a full stop's
#: or a quote's distance from its word.
ALONE = 0.5
#: White down a worn rule between its dashes, or between the rule found and its
#: nearest dash, at most (glyph heights): wear leaves a few lines' white at most.
WORN_GAP = 4.0
#: A mark taller than this many glyph heights is type (a capital I stands over the
#: x-height by two-fifths), not a dash.
DASH_TALL = 1.2


def rule_dashes(mask: np.ndarray, vrules: tuple[Box, ...] | list[Box], char_h: float) -> np.ndarray:
    """The pixels of ``mask`` (True = ink) that are a worn column rule's dashes: marks
    no wider than ``RULE_STROKE`` of a glyph and no taller than ``DASH_TALL`` of one,
    with no ink within ``ALONE`` of a glyph beside them in their rows, in the line of
    one of ``vrules`` (its middle within ``HAIR`` pixels of the mark)."""
    out = np.zeros(mask.shape, dtype=bool)
    if char_h <= 0 or not vrules:
        return out
    wide, tall, side = RULE_STROKE * char_h, DASH_TALL * char_h, max(1, int(ALONE * char_h))
    width, reach, gap = mask.shape[1], int(HAIR + wide) + side + 1, WORN_GAP * char_h
    # Each rule's line, labelled in a strip along it only (a page's every mark would cost
    # a labelling of the page): a mark is looked at when its white on both sides lies
    # inside the strip, so a glyph the strip's edge cuts is never taken for a dash.
    for mid in sorted({round(r.x + r.w / 2) for r in vrules}):
        x0, x1 = max(0, mid - reach), min(width, mid + reach + 1)
        strip = np.ascontiguousarray(mask[:, x0:x1])
        found = [(r.y, r.bottom) for r in vrules if abs(r.x + r.w / 2 - mid) <= HAIR]
        dashes = []
        for x, y, w, h, _area in components(strip.view(np.uint8))[2][1:].tolist():
            if w > wide or h > tall or x < side or x + w + side > x1 - x0:
                continue
            if not x - HAIR <= mid - x0 <= x + w + HAIR:
                continue
            rows = strip[y : y + h]
            if rows[:, x - side : x].any() or rows[:, x + w : x + w + side].any():
                continue
            dashes.append((x, y, w, h))
        # Taken in a chain from the rule found: each within WORN_GAP of it or of a dash
        # taken (a stroke of a masthead's glyph far above the rule's line is no dash).
        while dashes:
            near = [d for d in dashes
                    if any(d[1] - gap <= b and a <= d[1] + d[3] + gap for a, b in found)]
            if not near:
                break
            for x, y, w, h in near:
                out[y : y + h, x0 + x : x0 + x + w] |= strip[y : y + h, x : x + w]
                found.append((y, y + h))
            dashes = [d for d in dashes if d not in near]
    return out
