"""Columns only a few lines deep, parted at the page's gutters.

A story cut to two or three lines a column (by the page's foot, a jump line) leaves a
gutter too short for the cut to trust: in so few lines white between characters lines
up by chance, so ``gutters.gutters`` asks a few lines for a gutter as wide as a line
is high, wider than the page's own. Such a leaf spans the columns and is read straight
across them. Where the body's columns elsewhere on the page (above or below, at the
same x) leave a gutter, and the short leaf is white through all of it with type on
both sides in most lines (a jump line stands at the right), it is parted there.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Box
from .band_rows import GUTTER_LINES, LINE_GLYPHS
from .blocks import Region
from .columns import trim
from .rules import ink_runs, zero_runs

#: Share of a page gutter's width a leaf's own white there keeps at least to be that
#: gutter (a pixel or two of a glyph's side bearing may stand in it; the white between
#: two characters that happens to fall in a wide gutter is a fraction of it).
KEPT_SHARE = 0.6


def page_gutters(boxes: list[Box], char_h: float) -> list[tuple[int, int]]:
    """White (x0, x1) between two tall leaves of type side by side, level with each
    other: the page's gutters, where the columns of its body stand."""
    tall = [b for b in boxes if b.h >= GUTTER_LINES * 1.5 * char_h]  # (a line: 1.5 glyphs)
    out: set[tuple[int, int]] = set()
    for a in tall:
        for b in tall:
            gap = b.x - a.right
            level = min(a.bottom, b.bottom) - max(a.y, b.y)
            if 0.3 * char_h <= gap <= 3 * char_h and level >= 0.5 * min(a.h, b.h):
                out.add((a.right, b.x))
    return sorted(out)


def parted(text: np.ndarray, leaf: Box, gutters: list[tuple[int, int]], char_h: float) -> list[Box]:
    """``leaf`` parted at each page gutter it spans in few lines of body type, white
    through the gutter with type beside it on both sides in most lines (in one line at
    least when a column rule stands in the white: ``short_rules``); else itself."""
    sub = text[leaf.y : leaf.bottom, leaf.x : leaf.right]
    ruled = short_rules(sub, char_h)
    if ruled:
        sub = sub.copy()
        for x0, x1 in ruled:
            sub[:, x0:x1] = False
    lines = ink_runs(np.asarray(sub.any(axis=1)).astype(np.int8))
    if not 2 <= len(lines) < GUTTER_LINES:
        return [leaf]
    near = int(3 * char_h)
    white = zero_runs(np.asarray(sub.any(axis=0)).astype(np.int8))
    # A short rule in white with type on both sides parts the leaf whatever its type size.
    cuts = _ruled_white(sub, lines, ruled, white, char_h)
    for x0, x1 in gutters if all(b - a <= LINE_GLYPHS * char_h for a, b in lines) else []:
        mid = (x0 + x1) // 2 - leaf.x
        if not 2 * char_h <= mid <= leaf.w - 2 * char_h:
            continue
        # The leaf's own white there, within a pixel or two of the page's gutter.
        run = [(a, b) for a, b in white if a <= mid < b]
        if not run or run[0][1] - run[0][0] < max(0.3 * char_h, KEPT_SHARE * (x1 - x0)):
            continue
        a, b = run[0]
        left = sum(bool(sub[y0:y1, max(0, a - near) : a].any()) for y0, y1 in lines)
        right = sum(bool(sub[y0:y1, b : b + near].any()) for y0, y1 in lines)
        rule = any(a <= r0 and r1 <= b for r0, r1 in ruled)
        if (2 * min(left, right) > len(lines) or (rule and min(left, right) >= 1)) and (
            a, b) not in cuts:
            cuts.append((a, b))
    if not cuts:
        return [leaf]
    # Each piece from one white run to the next: a rule standing in the white is no
    # piece's (the leftover ink finds it again, a rule of its own).
    edges = [(0, 0), *sorted(set(cuts)), (leaf.w, leaf.w)]
    out = []
    for (_, c0), (c1, _) in zip(edges, edges[1:], strict=False):
        if c1 > c0 and (piece := trim(text, Box(leaf.x + c0, leaf.y, c1 - c0, leaf.h))) is not None:
            out.append(piece)
    return out


#: A column rule's stroke is at most this share of a glyph's height across (a hairline
#: to a heavy rule); a glyph's stem is as thin, but no stem runs down two lines of type.
RULE_STROKE = 0.4
#: A short column rule is inked down this share of a leaf's rows or more, across the
#: white between its lines (a heavy scan's wear breaks it here and there).
RULE_DOWN = 0.8


def short_rules(sub: np.ndarray, char_h: float) -> list[tuple[int, int]]:
    """The columns (x0, x1) of ``sub`` (a leaf's ink) where a column rule stands,
    a pixel of blur either side.

    A story cut to two or three lines by the page's foot keeps its column rule as
    short as itself, shorter than ``find_rules`` asks a vertical rule to be (a
    masthead's stems are as long): it stays in the leaf as ink and runs down through
    the white between the lines, so the leaf reads as one line two lines tall, and it
    fills the gutter's white the page's columns show. A stroke no wider than
    ``RULE_STROKE`` of a glyph, inked down ``RULE_DOWN`` of the leaf's rows, two lines
    of type tall or more, is such a rule: no glyph is that thin and that tall.
    """
    if sub.shape[0] < 2 * 1.5 * char_h:  # (a line: 1.5 glyphs)
        return []
    down = np.count_nonzero(sub, axis=0) >= RULE_DOWN * sub.shape[0]
    return [(max(0, x0 - 1), min(sub.shape[1], x1 + 1))
            for x0, x1 in ink_runs(down.astype(np.int8)) if x1 - x0 <= RULE_STROKE * char_h]


#: Pixels of a rule's blur beside the stroke ``short_rules`` finds (inked in a few rows).
BLUR = 2


def _ruled_white(
    sub: np.ndarray,
    lines: list[tuple[int, int]],
    ruled: list[tuple[int, int]],
    white: list[tuple[int, int]],
    char_h: float,
) -> list[tuple[int, int]]:
    """The white runs of ``sub`` (a leaf of a few lines, its short rules taken out) that
    a short column rule stands in, with a line of type beside it on both sides in every
    line: a gutter, though no page gutter is known there.

    At the page's foot a story's last two rows may stand under a photo or a heading
    set over the columns above, where no tall leaves side by side show the page's
    gutter; the rule between them is then the only evidence, and it is enough: a
    stroke down the leaf's lines and the white between them is no glyph (S5 s851: a
    100 px rule, 35 px of white either side, the two rows read straight across).
    Every line of type asks type on both sides, level: two columns' rows at one pitch.
    """
    # Lines of type: a speck's band a few rows high over the leaf's first line is none.
    tall = max(b - a for a, b in lines)
    typed = [(a, b) for a, b in lines if b - a >= 0.5 * tall]
    out: list[tuple[int, int]] = []
    for r0, r1 in ruled:
        # The white each side of the rule, past a pixel or two of its blur.
        left = [a for a, b in white if a < r0 and r0 - BLUR <= b]
        right = [b for a, b in white if r1 < b and a <= r1 + BLUR]
        if not left or not right or len(typed) < 2:
            continue
        a, b = max(left), min(right)
        if not 2 * char_h <= r0 <= sub.shape[1] - 2 * char_h:
            continue
        # (Anywhere along the line: a jump line is set right, far from the rule.)
        if all(sub[y0:y1, :a].any() and sub[y0:y1, b:].any() for y0, y1 in typed):
            out.append((a, b))
    return out


def under_heads(parts: list[Region], recut: Callable[[Box], list[Region]]) -> list[Region]:
    """``parts`` (one leaf parted where its type size or stroke changes) with each part
    of two lines or more under another cut again as a region of its own (``recut``).

    A story's heading over its columns, set close over them, joins them in one leaf;
    the heading's rows, white in none of the columns' gutters and over the top of their
    column rule, hide the gutters and the rule from the cut, and the columns under it
    were read straight across as one block (a story cut short by the page's foot: its
    heading two-fifths of the leaf). Parted from the heading, they are columns again:
    taken where two pieces of two lines or more stand side by side, level (a river of
    white down a deck's three lines, after a full-width comma, parts no columns).
    """
    if len(parts) < 2:
        return parts
    out = [parts[0]]
    for part in parts[1:]:
        pieces = recut(part.box) if len(part.lines) >= 2 else []
        out.extend(pieces if _side_by_side(pieces) else [part])
    return out


def _side_by_side(pieces: list[Region]) -> bool:
    """Two of ``pieces``, of two lines or more each, stand side by side, level."""
    tall = [p.box for p in pieces if len(p.lines) >= 2]
    return any(
        b.x >= a.right and min(a.bottom, b.bottom) - max(a.y, b.y) >= 0.5 * min(a.h, b.h)
        for a in tall for b in tall
    )
