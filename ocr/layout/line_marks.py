"""A punctuation mark the cut left alone on a line of heading type goes with that line.

On a heavy scan the cut parts a headline's line at the white a full-width comma leaves
(``老船长走了，`` / ``他的航海``, ``全市秋粮收购进度过七成，`` / ``种粮大户算起…``): the comma's
ink sits at the foot of its em, so an em of white and more stands between the glyph
before it and the one after. The mark falls out of both pieces as a piece of its own, a
speck a third of the type high. ``merge.merge_pieces`` then finds the two halves of the
line apart by more than their type's size (the comma's piece not counted) or finds the
mark standing in the band between them, and leaves the line in two blocks, each read
alone or run into the lines under it.

A mark is part of the line it stands on: level with one of its lines, right after that
line's last glyph within an em, smaller than half the type in both directions (no glyph
of the line, no word of a column beside it), and with the line going on after it in
another piece (a speck after a line's end parts nothing and is left alone). Given to the
piece it follows before pieces are merged, it closes the white to a word space, which
``merge_pieces`` already joins across. Heading type only (``DECK_STEP`` over the body and
up): in a column a comma stays inside its line's piece, and body pieces are rejoined in
their columns later.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Box
from ..typography import DECK_STEP
from .blocks import Region

#: A mark is at most this share of its line's type size, high and wide (a comma, a full
#: stop, an enumeration comma; a glyph of the line measures 0.7 of it and more).
MARK = 0.5
#: The white before the mark, at most this share of the type's size: the blank left half
#: of a full-width comma's em, or a Latin comma set tight.
MARK_WHITE = 0.6


def marks_on_lines(regions: list[Region], type_ref: float) -> list[Region]:
    """``regions`` with each lone mark on a line of heading type given to the piece whose
    line it follows (``type_ref``: the body's type size as the regions measure it)."""
    heads = {i for i, r in enumerate(regions) if r.lines and r.size >= DECK_STEP * type_ref}
    out = list(regions)
    taken: set[int] = set()
    # left to right: a comma's two marks (its dot, its tail) each close the white to the next
    for k, m in sorted(enumerate(regions), key=lambda km: km[1].box.x):
        if len(m.lines) != 1:
            continue  # (a mark may measure as big type: a comma's tail over an x-height)
        best: tuple[float, int, int] | None = None
        for i in heads - taken - {k}:
            h = out[i]
            for n, ln in enumerate(h.lines):
                white = m.box.x - ln.right
                if _on_line(m.box, ln, h.size) and 0 <= white <= MARK_WHITE * h.size and (
                        best is None or white < best[0]) and _goes_on(
                        m.box, ln, h.size, (out[j] for j in heads - taken - {i, k})):
                    best = (white, i, n)
        if best is not None:
            _, i, n = best
            h = out[i]
            lines = tuple(ln.union(m.box) if j == n else ln for j, ln in enumerate(h.lines))
            out[i] = Region(h.kind, h.box.union(m.box), lines, h.size, h.column, h.weight,
                            h.slant)
            taken.add(k)
    return [r for k, r in enumerate(out) if k not in taken]


def _on_line(mark: Box, line: Box, size: float) -> bool:
    """``mark`` small against ``size`` and within ``line``'s height (its foot on the line's
    foot or above it, a comma's tail a little under it)."""
    return (max(mark.w, mark.h) <= MARK * size and mark.y >= line.y
            and mark.bottom <= line.bottom + 0.15 * size)


def _goes_on(mark: Box, line: Box, size: float, others: Iterable[Region]) -> bool:
    """The line goes on after ``mark``: another piece of heading type has a line level
    with ``line`` that starts within the type's size after the mark. A mark at a line's
    end parts nothing (a speck after a masthead's last glyph): it is left where it is."""
    return any(min(line.bottom, o.bottom) - max(line.y, o.y) >= 0.6 * min(line.h, o.h)
               and 0 <= o.x - mark.right <= size for r in others for o in r.lines)
