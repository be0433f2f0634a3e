"""A line set wider than its column run into the gutter beside it (fresh s2007, pool Y:
a kicker of thirteen characters over a column of twelve, 8 px of a 63 px gutter left
white beside the next column's lines; fresh s2109, pool V: a jump line run on left over
the gutter into the headline beside it). The XY cut finds no white down the two columns,
and no page gutter is known there: the left story's kicker and headline were read across
the gutter with the right story's lines (``crossed_gutters.crossed_parted``)."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.layout.crossed_gutters import crossed_parted
from ocr.model import BlockKind, Box

COLUMNS = ((100, 500), (560, 960))  # two columns, a 60 px gutter
PITCH = 34


def _page(kicker_to: int, across: int = 1) -> np.ndarray:
    """Left: a kicker line run to ``kicker_to`` (``across`` lines of it), a two-line
    headline in its column, then body lines; right: another story's body lines beside
    them, set half a line lower (no white row runs across both columns)."""
    gray = np.full((1000, 1060), 240, dtype=np.uint8)
    for k in range(across):
        latin_line(gray, COLUMNS[0][0], kicker_to, 100 + k * PITCH)
    top = 100 + across * PITCH
    for k in range(2):
        latin_line(gray, COLUMNS[0][0], COLUMNS[0][1] - 60, top + 10 + k * 56, glyph=44,
                   pitch=30)
    for k in range(14):
        latin_line(gray, COLUMNS[0][0], COLUMNS[0][1], top + 130 + k * PITCH)
    for k in range(22):
        latin_line(gray, COLUMNS[1][0], COLUMNS[1][1], 117 + k * PITCH)
    return gray


def _across(gray: np.ndarray) -> list[Box]:
    """The text blocks that hold type on both sides of the gutter."""
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE
            and r.box.x < 460 and r.box.right > 600]


def _jump_page(jump_from: int) -> np.ndarray:
    """s2109's shape: left, a three-line headline in its column over body lines; right,
    another story's body lines set half a line lower, its seventh line a jump line set
    flush right from ``jump_from`` (run on left over the gutter into the left column's
    line when under 500)."""
    gray = np.full((1000, 1060), 240, dtype=np.uint8)
    for k in range(3):
        latin_line(gray, COLUMNS[0][0], 470, 100 + k * 56, glyph=44, pitch=30)
    for k in range(20):
        latin_line(gray, COLUMNS[0][0], COLUMNS[0][1], 278 + k * PITCH)
    for k in range(22):
        latin_line(gray, jump_from if k == 6 else COLUMNS[1][0], COLUMNS[1][1], 117 + k * PITCH)
    return gray


def test_a_jump_line_run_over_the_gutter_no_longer_joins_the_columns() -> None:
    """The jump line runs over the gutter into the left column's line: no white down
    the two columns, no page gutter known (main: the headline's first line and two
    body rows read across with the right story's lines). The gutter's white down
    every other line parts the leaf: no block holds type on both sides."""
    assert _across(_jump_page(jump_from=470)) == []


def test_a_jump_line_short_of_the_column_beside_is_left_to_the_cut() -> None:
    """The jump line stops 15 px into the gutter: the cut parts the columns (as main)."""
    assert _across(_jump_page(jump_from=545)) == []


def test_columns_whose_white_many_lines_cross_are_left_whole() -> None:
    """Four lines cross the white (a deck set across the columns, not a line or two run
    long): more than ``CROSS_LINES``, the leaf is not parted."""
    gray = _page(kicker_to=960, across=4)
    leaf = Box(100, 100, 860, 800)
    assert crossed_parted(gray < 128, leaf, 18.0, lambda b: [b]) == [leaf]


def test_one_kicker_across_is_parted_inside_the_gutter() -> None:
    """The same leaf with one line across: parted in the gutter, left and right."""
    gray = _page(kicker_to=960, across=1)
    parts = crossed_parted(gray < 128, Box(100, 100, 860, 800), 18.0, lambda b: [b])
    assert len(parts) == 2
    assert COLUMNS[0][1] <= parts[0].right and parts[1].x <= COLUMNS[1][0]
    assert parts[0].right <= parts[1].x
