"""The cuts that read a character grid (``textgrid``) as ink: down white runs, across
blank rows, and the boxes they leave trimmed to their ink, each text row ``ROW`` mask
rows high."""

from __future__ import annotations

import re

import numpy as np

from ..model import Box
from ..script import is_cjk
from .textgaps import INDENT, RAGGED, ROW, runs_across
from .textspan import white_runs

#: A gutter held down this many text rows in a row is a band's (``held_lines``), and
#: so are columns run together on that many lines in a row (``textbands.held_band``).
HELD_ROWS = 4
#: A line set in by a run of spaces (``held_lines``): the white left of a column's line
#: on a row where the columns to its left have none.
_SET_IN = re.compile(r" {2,}(?=\S)")
#: A justified line's near lines (``spaced_line``) lie this many text rows above or below
#: it at most: four printed lines of its column where the column beside it is not level
#: with it and each printed line takes a row of its own.
_NEAR_ROWS = 8
#: A gutter of two cells is one beside this many text rows (``gutters``' ``narrow``):
#: justified word spaces do not line up so far.
_NARROW_ROWS = 6


def held_lines(lines: list[str], gap: re.Pattern[str], rows: int = HELD_ROWS) -> int:
    """The text lines with a ``gap`` on a gutter held down ``rows`` text rows or more in
    a row (a cell inside a gap on each): a page of stacked stories over two, three and
    four columns sets each band's gutters at another x, so no one gutter is held down
    most lines, but each band holds its own down its rows; a justified line's double
    spaces line up so over a few rows at most. A line set in is white left of its text:
    where a column is set a little lower than the one left of it, their lines take rows
    by turns, and the gutter between them is inside one row and left of the other."""
    text = [ln for ln in lines if ln.strip()]
    white = np.zeros((len(text), max(map(len, text), default=0) + 1), dtype=bool)
    for i, ln in enumerate(text):
        for m in gap.finditer(ln):
            white[i, m.start() : m.end()] = True
        if (lead := _SET_IN.match(ln)) is not None:
            white[i, : lead.end()] = True
    run = np.zeros(white.shape[1], dtype=np.int32)
    held = np.zeros(len(text), dtype=bool)
    for i, cells in enumerate(white):
        run = np.where(cells, run + 1, 0)
        if (run >= rows).any():  # the longest run's rows, each with a cell on it
            held[i - int(run.max()) + 1 : i + 1] = True
    return int(held.sum())


def over(mask: np.ndarray, box: Box, run: list[Box]) -> list[Box]:
    """``box`` cut down both sides of ``run``'s columns: they are read apart from the
    columns beside them, which run on past the white across ``run``."""
    x0, x1 = run[0].x, run[-1].right
    cuts = (Box(box.x, box.y, x0 - box.x, box.h), Box(x0, box.y, x1 - x0, box.h),
            Box(x1, box.y, box.right - x1, box.h))
    return [b for b in (trim(mask, c) for c in cuts if c.w > 0) if b is not None]


def across(mask: np.ndarray, box: Box, at: int) -> list[Box]:
    """``box`` cut across above text row ``at``, both parts trimmed."""
    top = trim(mask, Box(box.x, box.y, box.w, at * ROW - box.y))
    rest = trim(mask, Box(box.x, at * ROW, box.w, box.bottom - at * ROW))
    return [b for b in (top, rest) if b is not None]


def trim(mask: np.ndarray, box: Box) -> Box | None:
    """``box`` shrunk to the bounds of the ink inside it, its top and height whole text
    lines (``ROW``), or ``None`` when it holds none: a cut across a region leaves white
    rows at its parts' edges."""
    sub = mask[box.y : box.bottom, box.x : box.right]
    ys, xs = np.flatnonzero(sub.any(axis=1)), np.flatnonzero(sub.any(axis=0))
    if box.h <= 0 or ys.size == 0:
        return None
    return Box(box.x + int(xs[0]), box.y + int(ys[0]) // ROW * ROW, int(xs[-1] - xs[0] + 1),
               (int(ys[-1]) // ROW - int(ys[0]) // ROW + 1) * ROW)


def gutters(mask: np.ndarray, box: Box, narrow: bool = False,
            text: list[list[str]] | None = None) -> list[Box]:
    """``box`` cut down every white run of three cells or more through all of its three
    or more text rows. Words are a cell apart, so on a grid such a run is a gutter even
    when the text beside it is only a caption's few lines next to a photo, which the
    scan path's test (type on both sides along most of the region) would refuse. With
    ``narrow``, a run of two cells too beside six text rows or more. Given the grid's
    ``text``, two Chinese rows part too (``_cjk_gutter``)."""
    sub = mask[box.y : box.bottom : ROW, box.x : box.right]
    if sub.shape[0] < 2 or sub.shape[0] < 3 and text is None:
        return []
    used: np.ndarray = np.asarray(sub.any(axis=0))
    least = 2 if narrow and int(sub.any(axis=1).sum()) >= _NARROW_ROWS else 3
    cuts = [(a, b) for a, b in white_runs(~used) if b - a >= least and a > 0 and b < used.size]
    if sub.shape[0] < 3 and text is not None:
        cuts = [c for c in cuts if _cjk_gutter(text, box, c)]
    if not cuts:
        return []
    out: list[Box] = []
    start = 0
    for a, b in [*cuts, (used.size, used.size)]:
        rows = np.flatnonzero(sub[:, start:a].any(axis=1))
        if rows.size:
            out.append(Box(box.x + start, box.y + int(rows[0]) * ROW, a - start,
                           (int(rows[-1]) - int(rows[0]) + 1) * ROW))
        start = b
    return out


def _cjk_gutter(text: list[list[str]], box: Box, run: tuple[int, int]) -> bool:
    """Whether white cells ``run`` of a box of two text rows (a brief of two lines a
    column under its headline) part two columns of Chinese: Chinese running text holds
    no run of spaces, so every row's text next to the run (its last and first four
    characters, a figure among them) is Chinese, and one row has text on both sides."""
    a, b = box.x + run[0], box.x + run[1]
    both = False
    for i in range(box.y // ROW, (box.bottom - 1) // ROW + 1):
        left = "".join(text[i][box.x : a]).rstrip()[-4:]
        right = "".join(text[i][b : box.right]).lstrip()[:4]
        if any(c and not any(map(is_cjk, c)) for c in (left, right)):
            return False
        both = both or bool(left and right)
    return both


def strips(mask: np.ndarray, box: Box, text: list[list[str]], own_rows: bool) -> list[Box]:
    """``box`` cut across at every text row blank over its whole width, trimmed; not at
    a lone blank row that a column's text runs across (``textgaps.runs_across``, on the
    extractor's own rows), its line under it on the next text row or, where that row
    holds only other columns' lines, the row after."""
    sub = mask[box.y : box.bottom : ROW, box.x : box.right]
    rows: np.ndarray = np.asarray(sub.any(axis=1))
    top = box.y // ROW
    for i in np.flatnonzero(~rows[1:-1]).tolist() if own_rows else ():
        if rows[i] and rows[i + 2] and any(
                runs_across(mask, text, top + i, top + i + d) for d in (2, 3)
                if i + d < rows.size and rows[i + d]):
            rows[i + 1] = True
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    out: list[Box] = []
    for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
        cols = np.flatnonzero(sub[a:b].any(axis=0))
        out.append(Box(box.x + int(cols[0]), box.y + a * ROW, int(cols[-1] - cols[0] + 1),
                       (b - a) * ROW))
    return out


def spaced_line(mask: np.ndarray, box: Box, rows: list[list[str]] | None = None) -> bool:
    """``box`` one text row set flush with a column's line near it (the same right
    edge, the same left edge or an indent in from it) that has no white of a gutter's
    width: a justified line whose word spaces the extractor wrote three cells wide or
    more (``year-round,    the``), not two columns' lines level on one row (the
    column's lines around them leave the gutter white). A justified line's widest
    space is under half its width; two labels set over two columns stand further
    apart.

    Given the extractor's own ``rows`` (``pdftotext -layout``), a line whose every word
    space is stretched alike (``_stretched``) is asked more widely: where the column
    beside is not level with this one each printed line takes a row of its own, so the
    near lines lie up to ``_NEAR_ROWS`` rows away, and a near line is read in pieces
    apart by a gutter's white (three cells): where the gutter is three cells wide, the
    next column's line starts inside ``RAGGED`` of the box's right edge, and it is that
    column's, not a gap in this one's. A grid ``textruns`` laid keeps the narrow test."""
    own = np.flatnonzero(mask[box.y, box.x : box.right])
    if box.h > ROW or not own.size or 2 * (int(np.diff(own).max(initial=1)) - 1) > box.w:
        return False
    wide = rows is not None and _stretched(rows[box.y // ROW][box.x : box.right])
    near = _NEAR_ROWS if wide else 4
    top, last = box.y // ROW, mask.shape[0] // ROW
    lo, hi = max(0, box.x - INDENT), min(mask.shape[1], box.right + RAGGED)
    for i in (*range(max(0, top - near), top), *range(top + 1, min(last, top + near + 1))):
        xs = lo + np.flatnonzero(mask[i * ROW, lo:hi])
        cut = np.flatnonzero(np.diff(xs) > 3) + 1
        if cut.size and not wide:
            continue
        for piece in np.split(xs, cut) if xs.size else ():
            if (abs(int(piece[-1]) + 1 - box.right) <= RAGGED
                    and 0 <= box.x - int(piece[0]) <= INDENT):
                return True
    return False


def _stretched(cells: list[str]) -> bool:
    """Whether a row's text is one justified line's words: justification stretches
    every word space of a line alike, so each is two cells or more and none over twice
    the narrowest and one (``following     Friday     and``; rounding to cells parts
    them by a cell or two). A single space beside a wide run is two pieces set level
    (``Special to the Ledger     hours``), and Chinese running text holds no space at
    all, so a run between two Chinese characters is a gutter."""
    line = "".join(cells).strip()
    gaps = [(m.start(), m.end()) for m in re.finditer(r" +", line)]
    if not gaps or any(is_cjk(line[a - 1]) or is_cjk(line[b]) for a, b in gaps):
        return False
    widths = [b - a for a, b in gaps]
    return min(widths) >= 2 and max(widths) <= 2 * min(widths) + 1


def ink_mask(rows: list[list[str]]) -> np.ndarray:
    """The grid's cells as ink, each text row ``ROW`` mask rows high, its ink two of
    them: lines apart by a row of white, as printed lines are."""
    width = max(len(r) for r in rows)
    mask = np.zeros((len(rows) * ROW, width), dtype=bool)
    for i, cells in enumerate(rows):
        ink = [j for j, c in enumerate(cells) if c != " "]
        mask[i * ROW : i * ROW + 2, ink] = True
    return mask
