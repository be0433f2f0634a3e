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

import cv2
import numpy as np

from ..model import Box
from .blocks import components
from .rules import HAIR, ink_runs
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
    return out | rule_pieces(mask, vrules, char_h)


def rule_pieces(mask: np.ndarray, vrules: tuple[Box, ...] | list[Box], char_h: float) -> np.ndarray:
    """The pixels of ``mask`` that are a column rule's pieces too short for ``find_rules``
    in the line of one of ``vrules``, and the specks that touch them.

    On a heavy scan a ruled CJK gutter is narrow (8-13 px of white either side of the
    rule, a glyph 30 px: S7 s878), and the rule, worn into pieces a glyph or two long
    (55, 31 and 27 px, grain squares stuck to the last), is found only under a story's
    first four rows: its pieces over them fill the gutter's white, none alone in white
    half a glyph wide as a dash is, and the rows above the rule's found top were read
    straight across. A piece is a run of rows down the rule's own columns at least
    ``PIECE_TALL`` glyphs long (taller than a line of type), white just beside it (``BESIDE`` px) in
    ``STROKE_WHITE`` of its rows once the specks touching it (no taller or wider than
    ``SPECK`` of a glyph) are set aside: a glyph's stroke has strokes across it, a
    headline's stem is thicker than the rule. Pieces are taken in a chain from the rule
    found, as the dashes are; the specks go with them, and so does what wear left of
    the rule's own columns between two pieces of the chain.
    """
    out = np.zeros(mask.shape, dtype=bool)
    if char_h <= 0:
        return out
    width = mask.shape[1]
    gap, tall, reach = WORN_GAP * char_h, PIECE_TALL * char_h, int(char_h)
    for r in vrules:
        x0, x1 = max(0, r.x), min(width, r.right)
        if x1 - x0 > RULE_STROKE * char_h + 2 or x0 < reach or x1 + reach > width:
            continue
        down = np.asarray(mask[:, x0:x1].any(axis=1)).astype(np.int8)
        pieces = []
        for a, b in ink_runs(down):
            if b - a < tall:
                continue
            window = mask[max(0, a - 1) : b + 1, x0 - reach : x1 + reach]
            stroke = np.zeros(window.shape, dtype=bool)
            stroke[a - max(0, a - 1) : b - max(0, a - 1), reach : reach + x1 - x0] = True
            stroke &= window
            specks = _touching_specks(window, stroke, char_h)
            rest = window & ~stroke & ~specks
            rows = rest[a - max(0, a - 1) : b - max(0, a - 1)]
            beside = (rows[:, reach - BESIDE : reach].any(axis=1)
                      | rows[:, reach + x1 - x0 : reach + x1 - x0 + BESIDE].any(axis=1))
            if beside.mean() <= 1 - STROKE_WHITE:
                pieces.append((a, b, stroke | specks))
        found = [(r.y, r.bottom)]
        while pieces:
            near = [p for p in pieces if any(p[0] - gap <= fb and fa <= p[1] + gap
                                             for fa, fb in found)]
            if not near:
                break
            for a, b, ink in near:
                out[max(0, a - 1) : b + 1, x0 - reach : x1 + reach] |= ink
                found.append((a, b))
            pieces = [p for p in pieces if all(p is not q for q in near)]
        # Between two pieces of the chain (or a piece and the rule found), whatever
        # wear left of the rule in its own columns is the rule's too.
        spans = sorted(found)
        for (_, b), (a, _) in zip(spans, spans[1:], strict=False):
            if 0 < a - b <= gap:
                out[b:a, x0:x1] |= mask[b:a, x0:x1]
    return out


def _touching_specks(window: np.ndarray, stroke: np.ndarray, char_h: float) -> np.ndarray:
    """Marks of ``window`` less ``stroke`` that touch it, a speck's size at most."""
    rest = np.ascontiguousarray(window & ~stroke)
    grown = cv2.dilate(stroke.view(np.uint8), np.ones((3, 3), np.uint8)) > 0
    _, labels, stats, _ = components(rest.view(np.uint8))
    big, out = SPECK * char_h, np.zeros(window.shape, dtype=bool)
    for k in range(1, stats.shape[0]):
        w, h = int(stats[k, 2]), int(stats[k, 3])
        if w <= big and h <= big and (grown & (labels == k)).any():
            out |= labels == k
    return out


#: A piece of a worn column rule is at least this many glyphs long: taller than a line of
#: type, so no letter's stem in a caption set over the columns is one (an ``l`` stands
#: 1.4 x-heights; at 0.8 a caption over S3 s833's ruled columns was parted at a stem).
PIECE_TALL = 1.75
#: Pixels beside a rule's piece asked white in ``STROKE_WHITE`` of its rows at least.
BESIDE = 3
STROKE_WHITE = 2 / 3
#: A speck touching a rule's piece is no taller or wider than this share of a glyph.
SPECK = 0.5
