"""Two heading stacks side by side read as one band: their rows measured apart.

``gutters._gutter_widths`` asks a gutter to be as wide as the region's lines are high,
measured on the rows inked anywhere across it. Two stories' heading stacks set side by
side (a kicker and a two-row headline beside a headline and a two-row deck, S7 s875)
have rows that are not level, so across the region they read as one band as tall as
both stacks (309 px): a gutter of one and a half such bands is asked, and the 109 px
white between the stacks, a headline row's height, is read as a word space. Measured
on each side of the white apart, the rows are a headline's (111 and 117 px; 84, 81 and
a deck's 42): the white is as wide as most of a row beside it, no word space in that
type (a third of its height at most), and the stacks are two.

Only a region that reads as one band of big type is measured so, and only across white
with at least two rows on each side: where the rows are level across the white they
read as lines of the region already, and ``columns`` asks what it always asked.
"""

from __future__ import annotations

import numpy as np

from .rules import ink_per, ink_runs

#: Lines of body type a leaf must hold to show a page's gutter (two leaves side by side),
#: and fewer than which a leaf's gutter is too short for the cut.
GUTTER_LINES = 4
#: A body line's height in glyph heights at most (its leading; a headline's is over 3).
LINE_GLYPHS = 2.0
#: A band, or a side's tallest row, of this many body glyphs at least is big type (the
#: measure ``gutters._gutter_widths`` takes a headline's by).
BIG_TYPE = 2.5
#: White between two stacks, as a share of the tallest row beside it at least (a word
#: space in big type is a third of its row).
APART_WIDTH = 0.8
#: Grain in the white between two stacks: at most this many glyphs wide and high
#: (a heavy scan's speck; a glyph of big type is taller).
SPECK = 0.6


def stacks_apart(
    sub: np.ndarray, white: list[tuple[int, int]], char_h: float
) -> list[tuple[int, int]]:
    """The white runs of ``sub`` (``white``: its white runs, left to right) that part
    two stacks of big-type rows reading across as one band.

    Two runs with a speck between them (``SPECK`` of a glyph wide and high at most) are
    one run: grain on a heavy scan stands in the white between the stacks.
    """
    bands = ink_runs(np.asarray(sub.any(axis=1)))
    if len(bands) != 1 or bands[0][1] - bands[0][0] < BIG_TYPE * char_h:
        return []
    out: list[tuple[int, int]] = []
    for a, b in _over_specks(sub, white, char_h):
        left = _rows(sub[:, :a])
        right = _rows(sub[:, b:])
        if len(left) < 2 or len(right) < 2:
            continue  # a row level across the white (or one row a side): no stacks
        tallest = max(*left, *right)
        band = bands[0][1] - bands[0][0]
        if tallest < BIG_TYPE * char_h or band < 1.5 * tallest:
            continue  # small type, or rows read as the band's own: measured as before
        if b - a >= APART_WIDTH * tallest:
            out.append((a, b))
    return out


def _rows(side: np.ndarray) -> list[int]:
    """Heights of the rows of type on one side of the white."""
    return [b - a for a, b in ink_runs(np.asarray(side.any(axis=1)))]


def _over_specks(
    sub: np.ndarray, white: list[tuple[int, int]], char_h: float
) -> list[tuple[int, int]]:
    """``white`` with two runs joined over a speck between them."""
    out: list[tuple[int, int]] = []
    small = SPECK * char_h
    for a, b in white:
        if out and a - out[-1][1] <= small:
            rows = ink_runs(ink_per(sub[:, out[-1][1] : a], 1))
            if sum(y1 - y0 for y0, y1 in rows) <= small:
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


#: A row beside the band as tall as the line's row beside it within this share is the
#: line's own type (a deck's, a caption's), not the columns' first line.
SAME_TYPE = 0.2


def short_last_line(
    line: np.ndarray, part: np.ndarray, line_at_top: bool, gutters: list[tuple[int, int]]
) -> bool:
    """The row of ``part`` next to the band under (or over) ``line`` is the line's own
    last (or first) row, set short: as tall as the line's row beside the band, and
    inked on one side only of each gutter ``gutters`` the line crosses.

    Grain splits a heavy scan's lines with white rows (S8 s896), and ``columns`` tries
    the wider bands too: the band between a deck's first line and its last, one
    character wide (S2 s818: ``…三千人`` over ``次``), is such a band, and the short line
    went to the column under it as body text. The band under that short line is the
    line's foot.
    """
    near = ink_runs(np.asarray(part.any(axis=1)))
    own = ink_runs(np.asarray(line.any(axis=1)))
    if not near or not own or not gutters:
        return False
    r0, r1 = near[0] if line_at_top else near[-1]
    o0, o1 = own[-1] if line_at_top else own[0]
    if abs((r1 - r0) - (o1 - o0)) > SAME_TYPE * (o1 - o0):
        return False
    row = part[r0:r1]
    return all(not (row[:, :a].any() and row[:, b:].any()) for a, b in gutters)
