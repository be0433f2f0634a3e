"""Two stories' headings side by side, level, kept apart at the page's gutter.

Two stories set side by side each open with a headline of two lines or more, their first
lines level and their type near one size (held-out S6 s871: the rugby report's centred
``Haven hold on in / the mud to beat / Kelso 17-15`` beside the strike story's flush-left
``Porters and cleaners walk out at the / Royal Infirmary`` and its deck). The cut parts
them at the gutter, but ``merge.merge_pieces`` joins big type side by side on one line
when the white between is under the type's size, as a headline cut at a word space is
joined again: one block across the gutter, its lines read across both headlines.

A white as wide as the type's size is no proof alone (a Chinese headline's full-width
space is as wide, and one headline set across three columns was parted by it). What a
word space never does is run down every line of two stacks: here the page's gutter
(``short_columns.page_gutters``, white between the columns of body type standing below)
stays white down two rows of heading type or more on each side, the two pieces level
across it are each their stack's first row (two headings' first lines, not a deck's row
under one heading: a Chinese deck's full-width comma over a gutter, S5 s853), and no
heading line crosses it. There a band no piece is joined across (``merge``'s ``breaks``)
is set in the gutter, over the two stacks' height.

A narrow gutter under big type leaves less white than that between the two stacks (S12
s953, pool C, a heavy scan: 36 px between `Church Street` and `township`, heading type
57 px, its word spaces 23-29 px; the columns under them parted at the same x). There the
white is taken when the right stack starts flush with the page's column under it (at the
gutter's right edge) and the white between the two pieces is wider than every word space
in either piece on the rows they share: one headline set across the columns spaces its
words alike, and a word space that falls on the gutter is no wider than the others.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from ..typography import DECK_RATIO
from .blocks import Region, x_overlap
from .rules import ink_per, zero_runs

#: The white between two heading pieces level across a gutter, as a share of their type's
#: size at least: wider than a Latin headline's word space (the thirtieth session's measure).
APART_WHITE = 0.75
#: Rows of heading lines each side, at least: one row each side is a line of one
#: headline cut at a word space as often as two headlines' first lines.
STACK_LINES = 2


def heads_apart(regions: list[Region], gutters: list[tuple[int, int]],
                type_ref: float, text: np.ndarray) -> list[Box]:
    """Bands in the page's ``gutters`` between two stacks of heading type side by side
    (``type_ref``: the body's type size as the regions measure it; ``text`` the page's
    ink, where word spaces are measured)."""
    big = [r for r in regions if r.lines and r.size >= DECK_RATIO * type_ref]
    out: list[Box] = []
    for x0, x1 in gutters:
        mid = (x0 + x1) / 2
        for a in big:
            for b in big:
                if not a.box.right <= mid <= b.box.x:
                    continue
                band = _apart(a, b, big, (x0, x1), text)
                if band is not None and band not in out:
                    out.append(band)
    return out


def _apart(a: Region, b: Region, big: list[Region], gutter: tuple[int, int],
           text: np.ndarray) -> Box | None:
    """The band between ``a``'s stack and ``b``'s, level across ``gutter``, when they are
    two headings' stacks; else ``None``."""
    mid = (gutter[0] + gutter[1]) / 2
    level = min(a.box.bottom, b.box.bottom) - max(a.box.y, b.box.y)
    if level < 0.6 * min(a.box.h, b.box.h):
        return None
    wide = APART_WHITE * min(a.size, b.size) <= b.box.x - a.box.right <= max(a.size, b.size)
    left = _stack(a, [r for r in big if r.box.right <= mid])
    right = _stack(b, [r for r in big if r.box.x >= mid])
    if min(_rows(left), _rows(right)) < STACK_LINES:
        return None
    if any(r.box.bottom <= p.box.y + 0.5 * p.box.h for p, side in ((a, left), (b, right))
           for r in side):
        return None  # two headings' first lines are level, not a deck's row under one
    top = min(r.box.y for r in (*left, *right))
    foot = max(r.box.bottom for r in (*left, *right))
    if any(r.box.x < mid < r.box.right and r.box.y < foot and r.box.bottom > top for r in big):
        return None  # a heading line across the gutter: one heading over both sides
    if not wide:
        # The rows ``merge_pieces`` would join across (white under the type's size) each
        # keep the gutter's white apart from their word spaces; else no band.
        joined = [(p, q) for p in left for q in right
                  if min(p.box.bottom, q.box.bottom) - max(p.box.y, q.box.y)
                  >= 0.5 * min(p.box.h, q.box.h) and q.box.x - p.box.right <= max(p.size, q.size)]
        if not joined or not all(_flush(p, q, gutter, text, big) for p, q in joined):
            return None
    return Box(int(mid) - 1, top, 2, foot - top)


def _rows(stack: list[Region]) -> int:
    """The rows of type ``stack``'s lines stand in (a Chinese headline's line is cut
    into pieces at the white between its characters: one row)."""
    rows: list[tuple[int, int]] = []
    for ln in sorted((ln for r in stack for ln in r.lines), key=lambda b: b.y):
        top, foot = rows[-1] if rows else (0, 0)
        if rows and min(foot, ln.bottom) - ln.y >= 0.5 * min(foot - top, ln.h):
            rows[-1] = (top, max(foot, ln.bottom))
        else:
            rows.append((ln.y, ln.bottom))
    return len(rows)


def _stack(first: Region, side: list[Region]) -> list[Region]:
    """``first`` and the pieces of ``side`` stacked with it, each under or over one in
    the stack by less than a line of its type and under its width."""
    stack = [first]
    grew = True
    while grew:
        grew = False
        for r in side:
            if any(r is s for s in stack):
                continue
            if any(x_overlap(r.box, s.box) > 0
                   and max(r.box.y, s.box.y) - min(r.box.bottom, s.box.bottom)
                   <= max(r.size, s.size) for s in stack):
                stack.append(r)
                grew = True
    return stack


#: The right piece starts at the gutter's right edge within this share of its type's size
#: (flush with the column under it; a headline's first glyph's side bearing).
FLUSH = 0.25


#: The gutter's white is wider than the widest word space by this share of the type's size
#: at least (a word space widened by a letter's side bearing is no gutter).
WIDER = 0.1


def _flush(a: Region, b: Region, gutter: tuple[int, int], text: np.ndarray,
           big: list[Region]) -> bool:
    """``b`` starts flush with the column right of ``gutter`` and the white between ``a``
    and ``b`` is wider than every word space on the rows they share, across the pieces of
    ``big`` level with them (a line of big type may be cut into words at its spaces)."""
    if abs(b.box.x - gutter[1]) > FLUSH * b.size:
        return False
    top, foot = max(a.box.y, b.box.y), min(a.box.bottom, b.box.bottom)
    if foot <= top:
        return False
    row = [r for r in big if min(r.box.bottom, foot) - max(r.box.y, top) >= 0.5 * (foot - top)]
    span = (min(r.box.x for r in (a, *row)), max(r.box.right for r in (b, *row)))
    cols = ink_per(text[top:foot, span[0] : span[1]], 0)
    at = (a.box.right - span[0], b.box.x - span[0])
    size = min(a.size, b.size)
    spaces = [w1 - w0 for w0, w1 in zero_runs(cols)
              if 0 < w0 and w1 < cols.size and w1 - w0 < size  # (past it: a speck's)
              and not (w0 <= at[0] and at[1] <= w1)]
    if not spaces:
        return False  # (one word each side: nothing to tell the gutter from a word space)
    return b.box.x - a.box.right > max(spaces) + WIDER * size
