"""A line at a region's foot run over the gutter of the columns over it, taken off first.

A jump line set flush right in its column and wider than it (``BLACKOUT, continued on
Page A6``, 501 px in a 401 px column) runs on left over the gutter, its first letters
under the column beside it, its top a few pixels above that column's last line's foot
(held-out S5 s858: the lead's second and third columns, 451 px tall). No white runs down
the region through it, and no white band runs across over it (the left column's last
line stands level with its top), so the XY cut keeps the two columns as one leaf and
Tesseract reads the leaf's lines by height: all of one column, then all of the other,
in one block (the order-aware CER counts each line moved).

The white is there over the foot line: cut off the rows a body line high at the
region's foot, ``gutters.gutters`` finds the gutter as it finds any (its widths, type
on both sides). Where the ink in that gutter's white is only the last line of type,
reaching down to the region's foot, that line is taken off as a leaf of its own (its
extent along the row: its ink runs joined over word spaces, the one over the gutter),
and the rest is parted at the gutter. A foot line touching the column's last line beside
it (ink joined across less than a glyph of white) or lying at the region's left edge is
left alone: it is no line of its own there. The rows over the foot line must be
``GUTTER_LINES`` lines of body type at least on each side of the gutter: in fewer,
or in a headline's big type, white lines up by chance.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import Box
from .band_rows import GUTTER_LINES, LINE_GLYPHS, SPECK
from .rules import ink_per, ink_runs

#: A foot line's least width in glyph heights (a few letters: grain in the gutter is no
#: line); its least height is a speck's (``band_rows.SPECK``).
LINE_WIDTH = 4.0

#: ``gutters.gutters`` of a part of a region (its mask, its box): the cuts it would make.
GuttersOf = Callable[[np.ndarray, Box], list[tuple[int, int]]]


def foot_line(sub: np.ndarray, box: Box, char_h: float, gutters_of: GuttersOf
              ) -> tuple[Box, list[tuple[int, int]]] | None:
    """The foot line run over a gutter of ``sub`` (the mask of ``box``), in ``sub``'s
    coordinates, and the gutters (x0, x1) it crosses; ``None`` when there is none."""
    h = sub.shape[0]
    foot = int(LINE_GLYPHS * char_h)
    top = h - foot
    if top < GUTTER_LINES * 1.5 * char_h:  # (a line of body type: 1.5 glyphs)
        return None
    # (Cheaply first: a column white over the foot rows and inked in them.)
    over, under = ink_per(sub[:top], 0), ink_per(sub[top:], 0)
    if not np.any((over[1:-1] == 0) & (under[1:-1] > 0)):
        return None
    cuts = gutters_of(sub[:top], Box(box.x, box.y, box.w, top))
    for a, b in cuts:
        inked = np.flatnonzero(sub[top:, a:b].any(axis=1))  # (over it: white, or specks)
        if inked.size == 0 or not (_columns(sub[:top, :a], char_h)
                                   and _columns(sub[:top, b:], char_h)):
            continue
        rows = ink_runs(np.asarray(sub[:, a:].any(axis=1)))
        y0, y1 = rows[-1]  # the last line right of the gutter's start
        if y1 < h or y0 > top + inked[0] or y1 - y0 > foot:
            continue
        runs = _joined(ink_runs(np.asarray(sub[y0:].any(axis=0))), char_h)
        x0, x1 = next(((p, q) for p, q in runs if p < b and q > a), (0, 0))
        if not 0 < x0 < b or x1 - x0 < LINE_WIDTH * char_h or y1 - y0 < SPECK * char_h:
            continue  # joined to the left column's last line, or no line: a speck
        crossed = [(p, q) for p, q in cuts if p < x1 and x0 < q]  # (a, b) among them
        return Box(x0, y0, x1 - x0, h - y0), crossed
    return None


def _columns(side: np.ndarray, char_h: float) -> bool:
    """``side`` holds ``GUTTER_LINES`` lines of body type at least (a column beside the
    gutter; a headline's lines are taller, a few lines too few to show a gutter)."""
    lines = [b - a for a, b in ink_runs(np.asarray(side.any(axis=1)))]
    return len(lines) >= GUTTER_LINES and sorted(lines)[len(lines) // 2] <= LINE_GLYPHS * char_h


def _joined(runs: list[tuple[int, int]], char_h: float) -> list[tuple[int, int]]:
    """Ink runs along a row joined over white under a glyph wide: a line's words."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out and a - out[-1][1] < char_h:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
