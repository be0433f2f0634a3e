"""Text laid out on a character grid (``pdftotext -layout``): columns side by side.

A layout-preserving extractor writes every printed line of all columns as one line
of text, each piece at the character cell its x position falls on. That grid is a
coarse image of the page: each non-space cell is ink. So the scan path's XY-cut
(``ocr.layout.columns.segment``) reads it as it reads pixels, down the gutters first,
then across the white bands, and the leaves, read in cut order, give the text
column by column, band by band, as a plain extractor would have written it.

Whether a CJK character takes one cell or two depends on the tool; the grid is
measured both ways and the one whose pieces line up over more lines is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..markers import ReaderMarks, reader_marks
from ..model import Box
from .gridcuts import across, gutters, held_lines, ink_mask, over, spaced_line, strips, trim
from .textgaps import (
    ROW,
    SAME_MEASURE,
    LeavesAfter,
    brief_under,
    column_text,
    heads_inside,
    inked,
    parted,
)
from .textlevels import CJK_OPENER
from .textmeasure import ENDS
from .textspan import part_spanning_lines

#: A run of this many spaces inside a line separates two pieces of text on a grid.
_GAP = re.compile(r"\S(?: ?\S)*")
_INNER_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: The same run found fast (re scans for a literal lead); the character before is checked apart.
_SPACE_RUN = re.compile(r"  +(?=\S)")
#: A grid needs this many lines holding two pieces or more.
MIN_GRID_LINES = 8
#: ... and this share of its text lines: a page of one wide column with photos and their
#: captions beside it holds few lines of two pieces, but their gaps line up.
MIN_GRID_SHARE = 0.10
#: ... and a gutter: a cell inside such a run on this share of those lines (or gutters
#: each held down ``gridcuts.HELD_ROWS`` rows or more, ``held_lines``).
MIN_GUTTER_SHARE = 0.5
#: Chinese running text holds no run of spaces between two of its characters, so this
#: many lines with such a run, their runs down one gutter, are a grid whatever the
#: page's share (a band of columns side by side under stacked single-column items).
MIN_CJK_GRID_LINES = 4
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) {2,}(?=[^\x00-\x7f])")
#: A headline and deck on top of columns take up to this many text rows, over this many
#: rows in all at least (``_head_on_top``).
_MAX_HEAD_ROWS = 5
_MIN_UNDER_HEAD = 8
#: Body type is two rows high, an em is about two cells: gutters of two cells or more.
_CHAR_H = 2.0


def _cells(line: str, wide: bool) -> list[str]:
    """The line as grid cells; with ``wide`` a CJK character fills two (the second '')."""
    out: list[str] = []
    for c in line:
        out.append(c)
        if wide and not c.isascii() and unicodedata.east_asian_width(c) in "WF":
            out.append("")
    return out


def _pieces(line: str) -> list[tuple[int, str]]:
    """(start position, text) of the pieces a line holds, cut at runs of 2+ spaces."""
    return [(m.start(), m.group()) for m in _GAP.finditer(line)]


def is_grid(lines: list[str]) -> bool:
    """True when many lines hold pieces set apart by wide runs of spaces, and the runs
    line up down the page or down each band of it: columns side by side, their
    gutters. Plain extractions and OCR text have one piece per line; pdfminer's double
    spaces between the words of a justified line do not line up."""
    gapped = [ln for ln in lines if _INNER_GAP.search(ln)]
    if len(gapped) < MIN_GRID_LINES or len(gapped) < MIN_GRID_SHARE * sum(
            1 for ln in lines if ln.strip()):
        return _cjk_grid([ln for ln in gapped if _CJK_GAP.search(ln)])
    need = max(MIN_GRID_LINES, MIN_GUTTER_SHARE * len(gapped))
    return (_most_through(gapped, _INNER_GAP) >= need
            or held_lines(lines, _INNER_GAP) >= need)


def _cjk_grid(gapped: list[str]) -> bool:
    """Enough Chinese lines with a run of spaces between two characters, their runs
    down one gutter."""
    if len(gapped) < MIN_CJK_GRID_LINES:
        return False
    return _most_through(gapped, _CJK_GAP) >= MIN_CJK_GRID_LINES


def _most_through(gapped: list[str], gap: re.Pattern[str]) -> int:
    """The most lines whose ``gap`` runs cover one character column: a gutter's lines."""
    through = np.zeros(max(len(ln) for ln in gapped) + 1, dtype=np.int32)
    for ln in gapped:
        for m in gap.finditer(ln):
            through[m.start()] += 1
            through[m.end()] -= 1
    return int(np.cumsum(through).max())


def _alignment(rows: list[list[str]]) -> float:
    """Share of pieces whose start cell is shared by at least three other pieces."""
    starts: list[int] = []
    for cells in rows:
        line = "".join(c if c else "\x00" for c in cells)
        starts.extend(s for s, _ in _pieces(line))
    if not starts:
        return 0.0
    count = Counter(starts)
    return sum(1 for s in starts if count[s] >= 4) / len(starts)


def read_grid(text: str, marks: ReaderMarks | None = None, own_rows: bool = True) -> str:
    """Text read column by column, band by band; blocks apart by blank lines.

    Returns ``text`` unchanged when it is not a grid. ``marks``: the page profile's
    bylines (``markers.reader_marks``; the generic profile's when not given).
    ``own_rows``: the extractor laid the rows (``pdftotext -layout``: one row a printed
    line, in the order of their baselines), so rows that only other columns' lines fill
    are no white in a column (``_runs_on``); a grid that ``textruns`` laid from
    pdfplumber's lines places rows itself, and a gap there may be a misplaced line's.
    """
    runs = (m.start() for m in _SPACE_RUN.finditer(text))
    if sum(1 for a in runs if a and not text[a - 1].isspace()) < MIN_CJK_GRID_LINES:
        return text  # one fast pass: plain text has (almost) no wide gaps between words
    lines = text.split("\n")
    if not is_grid(lines):
        return text
    rows = max(([_cells(ln.rstrip(), w) for ln in lines] for w in (False, True)),
               key=_alignment)
    rows = part_spanning_lines(rows)
    mask = ink_mask(rows)
    out: list[str] = []
    leaves = _leaves(mask, rows, marks or reader_marks(), own_rows)
    heads: set[Box] = set()  # leaves a brief's headline above goes on into
    for j, box in enumerate(leaves):
        after: Sequence[Box] = LeavesAfter(leaves, j + 1) if own_rows else ()
        spans = brief_under(mask, rows, leaves[j - 1], box, after) if j else None
        if j and box not in heads and (spans is not None
                                       or parted(mask, rows, leaves[j - 1], box, own_rows)):
            out.append("")
        heads |= _read_next(spans, after)
        ink = inked(mask, box)
        for k, (i, _) in enumerate(ink):
            spans = heads_inside(mask, rows, ink, k, after) if own_rows else None
            if spans is not None:
                out.append("")
                heads |= _read_next(spans, after)
            out.append("".join(rows[i][box.x : box.right]).rstrip())
    return "\n".join(out)


def _read_next(spans: tuple[Box, ...] | None, after: Sequence[Box]) -> set[Box]:
    """The leaves of a brief's headline (``spans``) that are read right after the leaf
    it opens in, in turn: no blank line goes before them. (Its lead stays a block of
    its own, as plain pdftotext writes it.)"""
    # (``spans`` are leaves of ``after``, none twice: in turn, they are its first ones)
    return set(spans) if spans and all(
        b == a for b, a in zip(spans, after, strict=False)) else set()


def _leaves(mask: np.ndarray, rows: list[list[str]], marks: ReaderMarks,
            own_rows: bool) -> list[Box]:
    """Leaves of the XY-cut, with one rule of the grid first at every level: a blank
    line right across a region parts it (stacked items), before any gutter.

    On a grid a headline keeps only the width of its letters, not of its type, and an
    extractor keeps little of the white between stacked items: a short headline or a
    brief under a two-column story leaves the gutter open from top to bottom, and
    cutting down it first would read the left column of every item stacked there
    before the rest of the first. Lines of two columns are rarely level, so within a
    column a blank line is no evidence; right across several columns it is.
    """
    from ..layout.columns import _cut  # OpenCV loads only for grids
    from ..layout.rules import Rules

    no_rules = Rules((), ())
    leaves: list[Box] = []
    stack = [Box(0, 0, mask.shape[1], mask.shape[0])]
    while stack:
        box = stack.pop()
        parts = strips(mask, box, rows, own_rows) if box.w == mask.shape[1] else []
        if len(parts) < 2:
            parts = gutters(mask, box, text=rows if own_rows else None)
            parts = (_story_cut(mask, rows, box, parts, marks, own_rows)
                     or _lone_top(mask, box, parts)
                     or parts)
        if len(parts) < 2:
            parts = (_head_on_top(mask, box, rows)
                     or ([] if spaced_line(mask, box, rows if own_rows else None)
                         else _cut(mask, box, no_rules, _CHAR_H))
                     or [])
        if parts:
            stack.extend(reversed(parts))
        else:
            leaves.append(box)
    return leaves


def _story_cut(mask: np.ndarray, rows: list[list[str]], box: Box,
               parts: list[Box], marks: ReaderMarks, own_rows: bool = True) -> list[Box]:
    """``box`` cut across above the first line that opens a story in the middle of one
    of its columns (``parts``), when no other column's sentence runs across that cut,
    or over the columns the white above it runs across (``_white_run``); without a
    byline, over the columns two white rows run across (``_white_band``).

    An extractor keeps little of the white between stacked items, so a brief set under
    a story's columns leaves its gutters open from the story's top to the brief's end:
    cut down them first, each column would read the story's lines, then the brief's,
    then the next column the same. A story's first line (its bracketed byline, ``By``
    and a name) goes on no sentence; where every other column's line above it ends one
    (or the column stops or starts there), the columns start again below it."""
    if len(parts) < 2:
        return []
    texts = {p: [column_text(rows, i, p) for i in range(p.y // ROW, (p.bottom - 1) // ROW + 1)]
             for p in parts}
    first = min(p.y for p in parts) // ROW
    for at in range(first + 1, (box.bottom - 1) // ROW + 1):
        opens = [p for p in parts if p.y // ROW < at <= (p.bottom - 1) // ROW
                 and _opens_story(texts[p][at - p.y // ROW], marks)]
        if opens and all(_ends_above(texts[p], at - p.y // ROW, own_rows)
                         for p in parts if p not in opens):
            return across(mask, box, at)
        run = _white_run(mask, parts, opens[0], at) if opens else _white_band(mask, parts, at)
        if len(run) >= 2 and (run[-1] in opens
                              or _ends_above(texts[run[-1]], at - run[-1].y // ROW, own_rows)):
            return across(mask, box, at) if len(run) == len(parts) else over(mask, box, run)
    return []


def _white_run(mask: np.ndarray, parts: list[Box], opener: Box, at: int) -> list[Box]:
    """The opener's column and the columns right of it, in turn, white on the text row
    above row ``at`` with text above and below it: the white between a story's columns
    and an item set under them, which starts in its first column and runs on right.

    Where a column beside them runs past (a neighbour item's), not every column's line
    above the cut ends a sentence, but a row white across two columns or more just above
    a story's first line is the white between stacked items: lines of two columns are
    rarely level, but the story above runs from column to column, so its last column
    must end a sentence there (checked by the caller)."""
    order = sorted(parts, key=lambda p: p.x)

    def white(p: Box) -> bool:
        return (p.y // ROW < at - 1 <= (p.bottom - 1) // ROW - 1
                and not mask[(at - 1) * ROW, p.x : p.right].any()
                and bool(mask[at * ROW, p.x : p.right].any()))

    k = hi = order.index(opener)
    if not white(opener):
        return []
    while hi + 1 < len(order) and white(order[hi + 1]):
        hi += 1
    return order[k : hi + 1]


def _white_band(mask: np.ndarray, parts: list[Box], at: int) -> list[Box]:
    """The first column, left to right, with a line on row ``at`` under two white rows
    and the columns right of it white on those rows, their text going on within five
    rows: two white rows right across two columns or more are the white between a
    story's columns and an item set under them (its headline), where lines of columns
    not level leave one white row at a time."""
    order = sorted(parts, key=lambda p: p.x)

    def white(p: Box, first: bool) -> bool:
        ink: np.ndarray = np.asarray(mask[::ROW, p.x : p.right].any(axis=1))
        return (p.y // ROW < at - 2 and at + 4 <= (p.bottom - 1) // ROW
                and not ink[at - 2 : at].any()
                and bool(ink[at] if first else ink[at : at + 5].any()))

    for k, p in enumerate(order):
        if white(p, True):
            hi = k
            while hi + 1 < len(order) and white(order[hi + 1], False):
                hi += 1
            return order[k : hi + 1]
    return []


def _lone_top(mask: np.ndarray, box: Box, parts: list[Box]) -> list[Box]:
    """``box``'s first one to three text rows, each read alone, then the rest, when a
    blank row right across the box follows them, no column (``parts``) is level with
    another on them and below it some are: a photo's credit and the kicker of the item
    under it, set apart on rows of their own, are no columns, so cut down the gutter of
    the columns under them they went with whichever column their x fell on. A column's
    own line (``_column_line``) on such a row is a column's, not the credit's, when the
    column goes on right under the blank row: a credit at a column's edge and within its
    measure over a column that starts further down (under a kicker and a headline set
    beside it) has white under it, and went with that column, after the story's others."""
    if len(parts) < 2:
        return []
    sub = mask[box.y : box.bottom : ROW]
    blank = np.flatnonzero(~sub[:, box.x : box.right].any(axis=1))
    if blank.size == 0:
        return []
    b = int(blank[0])
    if b == 0 or b > 3:
        return []
    per = np.stack([sub[:, p.x : p.right].any(axis=1) for p in parts], axis=1)
    if (per[:b].sum(axis=1) > 1).any() or not (per[b:].sum(axis=1) > 1).any():
        return []
    below = [np.flatnonzero(sub[b:, p.x : p.right].any(axis=0)) for p in parts]
    cols = [(p.x + int(xs[0]), p.x + int(xs[-1]) + 1) for p, xs in zip(parts, below, strict=True)
            if xs.size]
    if any(_column_line(sub[i], a, z) and sub[b + 1 : b + 3, a:z].any()
           for i in range(b) for a, z in cols):
        return []
    top = [trim(mask, Box(box.x, box.y + i * ROW, box.w, ROW)) for i in range(b)]
    rest = trim(mask, Box(box.x, box.y + b * ROW, box.w, box.bottom - box.y - b * ROW))
    return [x for x in (*top, rest) if x is not None]


def _column_line(row: np.ndarray, a: int, z: int) -> bool:
    """A text row whose ink starts at the edge of the column on cells ``a:z`` and fills
    most of its measure inside it: a column's own line, on a row of its own where the
    columns' lines are not level (a caption's line runs past the column's edge)."""
    xs = np.flatnonzero(row[a : z + 2])
    return bool(xs.size) and int(xs[0]) <= 2 and int(xs[-1]) < z - a + 1 and (
        int(xs[-1]) - int(xs[0]) + 1 >= SAME_MEASURE * (z - a))


def _opens_story(line: str, marks: ReaderMarks) -> bool:
    """A column line that opens a story: a Chinese bracketed byline at its start
    (``本报讯（记者``), or a byline alone on the line (``ReaderMarks.byline``: a sentence
    that opens ``By Tuesday, officials…`` is none). Neither goes on a sentence, so the
    columns may be cut across above it."""
    return bool(CJK_OPENER.match(line)) or marks.byline(line)


def _ends_above(lines: list[str], k: int, own_rows: bool = True) -> bool:
    """A column whose text stops before row ``k``, starts at it, or whose last line
    above it ends a sentence: a cut across there parts no sentence. On the extractor's
    own rows (``own_rows``) a byline alone on its line ends none (``_byline_only``); on
    the rows ``textruns`` lays from pdfplumber's lines such a line may stand anywhere."""
    above = [x for x in lines[: max(0, k)] if x]
    return not above or not any(lines[max(0, k) :]) or (
        above[-1][-1] in ENDS and not (own_rows and _byline_only(above[-1])))


def _byline_only(line: str) -> bool:
    """A Chinese bracketed byline alone on its line (``本报讯（记者 韩雪松 通讯员 吕婷）``):
    its closing bracket ends no sentence, the story's first sentence goes on under it."""
    return bool(CJK_OPENER.match(line)) and line.endswith("）") and line.count("（") == 1


def _head_on_top(mask: np.ndarray, box: Box, rows: list[list[str]]) -> list[Box]:
    """``box`` cut across under its first one to five text rows when the rows under
    them part at a gutter and the box as a whole does not: a headline and deck set
    right on top of their story's columns (no white row between, the byline level with
    the second column's first line) hide the gutter, and the scan path's cut, taking
    white rows one by one from the bottom, read the columns line by line across. A
    gutter of two cells suffices under them when six text rows or more stand beside it
    (justified word spaces do not line up so far). A line under the cut that ends the
    sentence the line over it left open, from the same edge, is a caption's or a
    paragraph's last line: no cut there. A headline over a Chinese brief of two lines
    on two columns is cut off too, when the two rows part (``gridcuts._cjk_gutter``)."""
    sub = mask[box.y : box.bottom : ROW, box.x : box.right]
    ink_rows = np.flatnonzero(sub.any(axis=1))
    if ink_rows.size == 3:  # a headline over a two-line Chinese brief on two columns
        at = box.y // ROW + int(ink_rows[1])
        rest = trim(mask, Box(box.x, at * ROW, box.w, box.bottom - at * ROW))
        return across(mask, box, at) if rest is not None and rest.h == 2 * ROW and len(
            gutters(mask, rest, text=rows)) >= 2 else []
    if ink_rows.size < _MIN_UNDER_HEAD:
        return []
    for k in range(1, _MAX_HEAD_ROWS + 1):
        at = box.y // ROW + int(ink_rows[k])
        rest = trim(mask, Box(box.x, at * ROW, box.w, box.bottom - at * ROW))
        if rest is None or len(gutters(mask, rest, narrow=True)) < 2:
            continue
        up = box.y // ROW + int(ink_rows[k - 1])
        over, under = column_text(rows, up, box), column_text(rows, at, box)
        if over[-1:] not in ENDS and under[-1:] in ENDS and _left(rows, up) == _left(rows, at):
            return []
        return across(mask, box, at)
    return []


def _left(rows: list[list[str]], i: int) -> int:
    """The cell text row ``i`` starts at."""
    return next((j for j, c in enumerate(rows[i]) if c not in (" ", "")), -1)
