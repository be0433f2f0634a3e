"""Two stories' headline stacks side by side at a narrow gutter, in two type sizes (fresh
page s2006, pool X, a heavy scan: ``All four trapped miners / brought out alive after 31 /
hours`` in 71 px type beside ``103 degrees: Hottest day / ever recorded in Corwin / Falls``
in 55 px, 53 px of white between them over the gutter). The rows are not level: the small
line beside the big one's second line stands level with that line's ascenders only. Word
spaces measured on the band the two share saw the white between the big line's ascenders
(45-53 px) as word spaces as wide as the gutter, no band was set in the gutter, and
``merge_pieces`` read the stacks across as one headline (the right story's headline went
to the left one's article). Measured down each line's own rows, the word spaces are
19-29 px: the white is the gutter (``layout.heading_gutters._word_spaces``)."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout.blocks import Region
from ocr.layout.heading_gutters import heads_apart
from ocr.model import BlockKind, Box

GUTTER = (620, 643)  # the page's gutter under the two stacks (23 px)
BIG, TOPS, PITCH = 96, 40, 30  # the left stack's line height, ascender rows, letter pitch
RIGHT = ((50, 38), (154, 34), (254, 42))  # the right stack's lines: top, letter pitch


def _tall_line(gray: np.ndarray, x0: int, x1: int, y: int) -> None:
    """A line of big type: letters ``PITCH`` apart (6 px between), a word space every sixth
    letter, an ascender 10 px wide on every other letter over the x-height."""
    x, k = x0, 0
    while x + PITCH <= x1:
        if k % 6 == 5:
            x, k = x + PITCH // 2, k + 1
            continue
        gray[y + TOPS : y + BIG, x : x + PITCH - 6] = 20
        if k % 2 == 0:
            gray[y : y + TOPS, x : x + 10] = 20
        x, k = x + PITCH, k + 1


def _spaced_line(gray: np.ndarray, x0: int, x1: int, y: int, space: int) -> None:
    """A line of 72 px type, letters 38 apart, whose word spaces are ``space`` px wide."""
    x, k = x0, 0
    while x + 38 <= x1:
        gray[y + 18 : y + 72, x : x + 31] = 20
        x, k = x + 38, k + 1
        if k % 5 == 0:
            x += space - 7


def _bands(space: int | None) -> list[Box]:
    """The left stack's three lines (its second run to 49 px short of the right column);
    the right stack's three, flush with the column, its second level with the left
    second line's ascenders (154-226 against 190-286); word spaces ``latin_line``'s
    (23-27 px) or ``space`` px wide."""
    gray = np.full((500, 1300), 240, dtype=np.uint8)
    for x1, y in ((450, 60), (GUTTER[1] - 41, 190), (300, 320)):
        _tall_line(gray, 120, x1, y)
    for y, pitch in RIGHT:
        if space is None:
            latin_line(gray, GUTTER[1], 1100, y, glyph=72, pitch=pitch)
        else:
            _spaced_line(gray, GUTTER[1], 1100, y, space)
    text = gray < 128
    regions = []
    for y0, y1 in ((60, 60 + BIG), (190, 190 + BIG), (320, 320 + BIG),
                   *((y, y + 72) for y, _ in RIGHT)):
        xs = np.flatnonzero(text[y0:y1].any(axis=0))
        side = xs[xs < GUTTER[0]] if y0 in (60, 190, 320) else xs[xs >= GUTTER[1]]
        box = Box(int(side[0]), y0, int(side[-1]) + 1 - int(side[0]), y1 - y0)
        regions.append(Region(BlockKind.BODY, box, (box,), float(y1 - y0)))
    return heads_apart(regions, [GUTTER], 24.0, text)


def test_two_stacks_in_two_sizes_whose_rows_are_not_level_are_kept_apart() -> None:
    """The white between the left line's ascenders, 50 px on the band level with the
    right line, is no word space: the 49 px of white over the gutter is wider than every
    word space down the lines' own rows (27 px), and a band is set in the gutter."""
    bands = _bands(None)
    assert bands and all(GUTTER[0] <= b.x <= GUTTER[1] for b in bands)


def test_stacks_whose_own_word_spaces_are_as_wide_as_the_white_are_left_to_merge() -> None:
    """The right stack's word spaces 48 px down its own rows: as wide as the 49 px over
    the gutter, one headline's spacing, no band."""
    assert _bands(48) == []
