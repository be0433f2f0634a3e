"""Gutters of a region of the XY cut: the vertical cuts ``layout.columns`` makes first.

Split from ``ocr.layout.columns`` (the cut itself: rules across, lines set across the
columns, the widest white band), which asks ``gutters`` of every region it cuts.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from .band_rows import stacks_apart
from .gutter_lines import set_across
from .rules import Rules, big_lines, ink_per, ink_runs, zero_runs


def gutters(
    sub: np.ndarray, box: Box, rules: Rules, char_h: float, seen: np.ndarray | None = None
) -> list[tuple[int, int]]:
    """Vertical cuts (start, stop) in ``sub``, the mask of ``box``: gutters and column rules.

    A gutter is white through the whole region (a few specks of noise allowed in a
    tall one), wide enough not to be a word space, with type on both sides; a
    printed column rule through most of the region cuts even where type touches it.
    ``seen`` is ``sub`` less a worn rule's dashes (``worn_rules.rule_dashes``): the
    white runs are looked for there too; the region's lines are measured on ``sub``.
    """
    cols = ink_per(sub, 0)
    tall = box.h >= TALL_GLYPHS * char_h and not big_lines(sub, char_h)
    # Noise that survived despeckling may dot a gutter: a few inked rows in a tall region.
    # A horizontal rule is no noise: where one crosses, only true white counts.
    noise = np.full(cols.shape, int(NOISE_ROWS * sub.shape[0]) if tall else 0)
    for r in rules.horizontal:
        if r.intersection(box) is not None:
            noise[max(0, r.x - box.x) : max(0, r.right - box.x)] = 0
    vrules = rules.vertical
    cuts: list[tuple[int, int]] = []
    # White runs inside the region, the candidates (a leaf's usually has none: its lines,
    # the widths they ask for, are measured only when there is one).
    white = _white_runs(sub, cols, noise)
    if seen is not None:
        # White looked for past a worn rule's dashes too: a run they part in two is
        # one; a run they end at the region's edge stays as it was.
        past = _white_runs(seen, ink_per(seen, 0), noise)
        kept = (w for w in white if not any(a <= w[0] and w[1] <= b for a, b in past))
        white = sorted({*past, *kept})
    short_h, min_gutter = _gutter_widths(sub, tall, char_h) if white else (0.0, 0.0)
    for a, b in white:
        if _has_rule(vrules, box, box.x + a, box.x + b) or b - a >= 2.5 * max(short_h, char_h):
            cuts.append((a, b))
        elif b - a >= min_gutter and not (tall and set_across(sub, a, b, char_h)):
            # A gutter has type on both sides along most of the region; the white
            # after the short lines of a ragged headline does not.
            left = sub[:, :a].any(axis=1).mean()
            right = sub[:, b:].any(axis=1).mean()
            if min(left, right) >= 0.25:
                cuts.append((a, b))
    if white and not tall:
        # Two heading stacks whose rows read across as one band: measured apart.
        cuts += [c for c in stacks_apart(sub, white, char_h) if not _overlaps(c, cuts)]
    for r in vrules:
        a, b = r.x - box.x, r.right - box.x
        overlap = min(r.bottom, box.bottom) - max(r.y, box.y)
        if (
            overlap >= 0.6 * box.h
            and a >= char_h
            and b <= box.w - char_h
            and not any(x0 <= b and a <= x1 for x0, x1 in cuts)
        ):
            # Type touching the rule leaves no white beside it; a line crossing it
            # beyond its ends (a caption over the columns) is cut off first instead.
            # Ink beside the rule (within a character) beyond its ends, over more rows
            # than one line's start reaching above it, is such a line.
            near = int(char_h)
            inked = np.flatnonzero(sub[:, max(0, a - near) : b + near].any(axis=1))
            beyond = np.count_nonzero(
                (inked < r.y - box.y - 2) | (inked >= r.bottom - box.y + 2)
            )
            crossed = any(_runs_across(h, r, box, char_h) for h in rules.horizontal)
            if not crossed and beyond < char_h:
                cuts.append((a, b))
    return sorted(cuts)


def _overlaps(run: tuple[int, int], cuts: list[tuple[int, int]]) -> bool:
    return any(a < run[1] and run[0] < b for a, b in cuts)


def _runs_across(h: Box, r: Box, box: Box, char_h: float) -> bool:
    """The horizontal rule ``h`` crosses the column rule ``r`` inside ``box``: it runs
    on a character beyond it on both sides (a rule under a story set over the columns).

    A ruled box's top or bottom rule only meets its side rule at the corner: the box
    beside a headline is still parted from it by that side rule.
    """
    if h.intersection(Box(r.x, box.y, r.w, box.h)) is None:
        return False
    return h.x < r.x - char_h and h.right > r.right + char_h


def _gutter_widths(sub: np.ndarray, tall_region: bool, char_h: float) -> tuple[float, float]:
    """The line height a white run must be wide against to be a gutter whatever else,
    and the least width of a gutter with type on both sides, from ``sub``'s lines
    (``tall_region``: taller than twelve body characters, and not a line or two of big
    type, ``big_lines``)."""
    rows = np.asarray(sub.any(axis=1))
    lines = ink_runs(rows)
    heights = sorted(b - a for a, b in lines)
    line_h = heights[len(heights) // 2] if heights else char_h
    # Lines of neighbouring columns are rarely level, so a tall region counts as many lines.
    many = len(lines) >= 3 or tall_region
    # (A skewed or warped page may leave no white row at all: one "line" as tall as the
    # region, which must not widen the gutter looked for.)
    short_h = min(line_h, 2 * char_h) if tall_region else line_h
    # In a line or two of big type, white wider than one and a half of its lines is no word
    # space but the gutter between two stories' headlines (a headline cut at a wide space
    # is joined again by merge_pieces: side by side in one size, closer than its type).
    few = (1.5 if line_h >= 2.5 * char_h else 3.0) * max(char_h, line_h)
    # In three or four lines the white between characters lines up by chance (a CJK
    # line's full-width comma leaves half a character of white beside it, in two lines
    # of light type 25 px where the gutter is 54): a gutter there is as wide as the
    # lines are high; a taller region's gutter is half a line at least.
    # Three or four lines parted by white are that many lines however tall (a headline and
    # a brief's two lines set on one measure over the columns, a word space level with
    # their gutter); fewer in a tall region are the columns' lines, not level.
    tall = len(lines) >= 5 or (tall_region and len(lines) < 3)
    return short_h, 0.8 * max(char_h, 0.5 * short_h if tall else short_h) if many else few


def white_runs(sub: np.ndarray) -> list[tuple[int, int]]:
    """The white runs through ``sub``, a tall region, as ``gutters`` finds them (specks of
    noise allowed in ``NOISE_ROWS`` of its rows), whatever their width."""
    cols = ink_per(sub, 0)
    return _white_runs(sub, cols, np.full(cols.shape, int(NOISE_ROWS * sub.shape[0])))


def _white_runs(sub: np.ndarray, cols: np.ndarray, noise: np.ndarray) -> list[tuple[int, int]]:
    """The white runs inside ``sub`` (``cols`` its ink per column, ``noise`` the ink
    allowed in each), no line of type across them."""
    return [
        (a, b)
        for a, b in zero_runs(np.where(cols <= noise, 0, cols))
        if a > 0 and b < sub.shape[1] and not _crossed(sub[:, a:b], cols[a:b])
    ]


#: Share of a tall region's rows that specks, or a line reaching into a gutter bent with the
#: paper, may ink and still leave it a gutter (a line of type across it inks more).
NOISE_ROWS = 0.01
#: A region this many glyphs tall at least is tall: noise may dot its gutters (``NOISE_ROWS``).
TALL_GLYPHS = 12


def _crossed(run: np.ndarray, cols: np.ndarray) -> bool:
    """A line of type runs across ``run``, a white run found with noise allowed: a band of
    inked rows inks most of its width, from one edge to the other.

    Specks dot a gutter here and there, and a line bent into it inks one edge; a line of
    light type across it inks few pixels in each pixel column (two lines of thin CJK
    strokes: fewer than 1% of a tall, mostly white region's rows, at the page's foot), but
    inks most of the columns in the rows it stands on.
    """
    w = run.shape[1]
    if not cols.any() or w < 3:
        return False
    edge = max(1, w // 8)
    for a, b in ink_runs(np.asarray(run.any(axis=1))):
        band = np.asarray(run[a:b].any(axis=0))
        if band[:edge].any() and band[-edge:].any() and np.count_nonzero(band) > 0.5 * w:
            return True
    return False


def _has_rule(vrules: tuple[Box, ...], box: Box, x0: int, x1: int) -> bool:
    for r in vrules:
        if x0 - 1 <= r.x and r.right <= x1 + 1:
            overlap = min(r.bottom, box.bottom) - max(r.y, box.y)
            if overlap >= 0.6 * box.h:
                return True
    return False
