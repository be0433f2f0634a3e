"""Lines of a ``pdftotext -layout`` grid that run across the columns under them.

An extractor keeps little of the white under a headline, so a headline or deck set
right on top of its columns (or a caption right under them) would hide their gutters
from the XY-cut that reads the grid (``textgrid.read_grid``): such a line is parted
from the columns by a blank row. It crosses a gutter that the lines beside it all
leave white, with type on both sides; or, a centred headline written narrower than set,
it starts off every column's edge and runs into a gutter.
"""

from __future__ import annotations

import numpy as np

#: Lines with type this many cells or nearer to a gutter tell whether it is one.
_NEAR = 12
#: A column's Chinese lines end up to this many cells short of its gutter: a figure or
#: a Latin letter is half a character wide, so a justified line holds a few more or
#: fewer characters than its neighbours (Latin lines, justified, end level).
_RAGGED = 6


def part_spanning_lines(rows: list[list[str]]) -> list[list[str]]:
    """Rows with a blank row put between a line and the columns it runs across.

    An extractor keeps little of the white under a headline, so a headline or deck set
    right on top of its columns (or a caption right under them) would hide their
    gutters. A line whose ink crosses a gutter that the next (or previous) few lines
    all leave white does not belong to those lines' columns.
    """
    width = max(len(r) for r in rows)
    ink = np.zeros((len(rows), width), dtype=bool)
    wide = np.zeros((len(rows), width), dtype=bool)
    for i, cells in enumerate(rows):
        ink[i, [j for j, c in enumerate(cells) if c != " "]] = True
        wide[i, [j for j, c in enumerate(cells) if c and not c.isascii()]] = True
    filled = [bool(row.any()) for row in ink]
    cut_after: set[int] = set()
    for i in (n for n, f in enumerate(filled) if f):
        for step in (1, -1):
            window: list[int] = []
            k = i + step
            while 0 <= k < len(rows) and filled[k] and len(window) < 6:
                window.append(k)
                k += step
            if len(window) < 3:
                continue
            if _crosses_gutter(ink[i], ink[window], wide[window]):
                cut_after.add(i if step == 1 else i - 1)
                continue
            span = _crossing(ink[i], ink[window], wide[window], short_head=True)
            if span is None and step == 1 and not wide[i].any():
                span = _off_edges(ink[i], ink[window])
            if span is not None and not _runs_beside(ink, i, step, span):
                cut_after.add(i if step == 1 else i - 1)
    out: list[list[str]] = []
    for i, cells in enumerate(rows):
        out.append(cells)
        if i in cut_after:
            out.append([])
    return out


#: A column's line starts at its column's edge, or this many cells in (an indent).
_INDENT = 4


def _off_edges(line: np.ndarray, window: np.ndarray) -> tuple[int, int] | None:
    """The piece of a line alone on its row that starts off every edge where the
    lines under it start, inside their columns' span, and runs on into a gutter
    between them: a headline or deck centred over its columns, which ``pdftotext -layout``
    writes at its x but narrower than it is set (large type, cells of body width), so
    it crosses no gutter (``Hospital says it will bargain…`` from mid-column to the
    gutter). (A column's own lines start at its edges, an indent in at most.)"""
    spans = ink_spans(line)
    if len(spans) != 1:
        return None
    s, e = spans[0]
    edges = [a for row in window for a, _ in ink_spans(row)]
    if not edges or s <= min(edges) or any(0 <= s - a <= _INDENT for a in edges):
        return None
    used: np.ndarray = np.asarray(window.any(axis=0))
    for a, b in white_runs(~used[: len(line)]):
        if b - a >= 2 and s < a < e and b < len(used) and a > 0:
            return s, e  # it runs from inside a column into the gutter beside it
    return None


def _runs_beside(ink: np.ndarray, i: int, step: int, span: tuple[int, int]) -> bool:
    """Another column's lines run on past line ``i`` (its piece ``span`` aside) on both
    sides of the row where it would be parted from the lines ``step`` away (a story's
    byline and its second line beside a neighbour's deck, starting at one edge): a row
    put in there would part them too. A headline right over the line is no column's."""
    far = i + step
    if not 0 <= far < len(ink):
        return False
    starts = [a for a, b in ink_spans(ink[far]) if b <= span[0] or a >= span[1]]
    for k in (i, i - step, i - 2 * step):  # the lines right beside it, to a white row
        if not 0 <= k < len(ink) or not ink[k].any():
            break
        if any(abs(a - x) <= _INDENT for a, b in ink_spans(ink[k])
               if b <= span[0] or a >= span[1] for x in starts):
            return True
    return False


def _crosses_gutter(line: np.ndarray, window: np.ndarray,
                    wide: np.ndarray | None = None) -> bool:
    """True when a piece of ``line`` runs across a gutter of ``window`` (a white run of
    two cells or more between ink that every line of the window leaves white) from
    the text before it to the far side. A ragged line end only reaches into it.

    Or when a line of one piece (beside one other column's line at most: a row of
    columns holds a piece a column) starts well inside a gutter and runs on past the
    column beyond it: a headline centred over columns, which ``pdftotext -layout``
    sets at its x but writes a Chinese character one cell wide, so it keeps half its
    width and may cross no gutter. No column's line starts off the columns' edges."""
    return _crossing(line, window, wide) is not None


def _crossing(line: np.ndarray, window: np.ndarray, wide: np.ndarray | None = None,
              short_head: bool = False) -> tuple[int, int] | None:
    """The piece of ``line`` that crosses a gutter of ``window`` (``_crosses_gutter``),
    as (start, end) cells; with ``short_head``, a gutter beside whose first lines (a
    byline) the column's type stands far off (``_flanked``)."""
    used: np.ndarray = np.asarray(window.any(axis=0))
    inked = np.flatnonzero(used)
    if inked.size == 0:
        return None
    lo = int(inked[0])
    spans = ink_spans(line)
    for a, b in white_runs(~used[lo : int(inked[-1]) + 1]):
        if b - a < 2:
            continue
        a, b = lo + a, lo + b
        for s, e in spans:
            if s < a and e >= b - 1 and _flanked(window, a, b, wide=wide,
                                                 short_head=short_head):
                return s, e
            if (not short_head and len(spans) <= 2 and a + 2 <= s <= b - 2
                    and e >= b + (b - a) and _flanked(window, a, b, near=True, wide=wide)):
                return s, e
    return None


def _flanked(window: np.ndarray, a: int, b: int, near: bool = False,
             wide: np.ndarray | None = None, short_head: bool = False) -> bool:
    """A gutter has type on both sides in most of the lines beside it, not the white
    after one short line. A Chinese line (``wide``: its cells holding wide
    characters) reaches its gutter ending up to ``_RAGGED`` cells short. With
    ``near``, only the lines with type near it count (a line of a column far off says
    nothing of this gutter)."""
    ends: np.ndarray = np.asarray(window[:, max(0, a - 3) : a].any(axis=1))
    if wide is not None:
        ends = ends | np.asarray(wide[:, max(0, a - _RAGGED) : a].any(axis=1))
    if near:
        keep = window[:, max(0, a - _NEAR) : b + _NEAR].any(axis=1)
        window, ends = window[keep], ends[keep]
    need = (window.shape[0] + 1) // 2
    left = int(ends.sum())
    right = int(window[:, b : b + 3].any(axis=1).sum())
    if short_head:
        # A column's first lines (a byline and its second line) and a paragraph's
        # last end far short of its gutter: of the lines beside it, those with type
        # near it tell (two at least).
        close = int(window[:, max(0, a - _NEAR) : a].any(axis=1).sum())
        return close >= 2 and left >= (close + 1) // 2 and right >= need
    return need > 0 and left >= need and right >= need


def white_runs(white: np.ndarray) -> list[tuple[int, int]]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], white.astype(np.int8), [0]))))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def ink_spans(line: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the line's pieces: ink runs joined over single white cells."""
    spans: list[tuple[int, int]] = []
    for a, b in white_runs(line):
        if spans and a - spans[-1][1] < 2:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans
