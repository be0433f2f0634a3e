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
            and r.box.x < COLUMNS[0][1] - 40 and r.box.right > COLUMNS[1][0] + 40]


def test_a_kicker_run_into_the_gutter_no_longer_joins_the_columns() -> None:
    """The kicker runs 45 px into the 60 px gutter: 15 px of white, under a gutter's
    0.8 glyph, so the cut keeps both columns one leaf (main: blocks across the gutter,
    the headline read with the right story's lines). The white down every other line
    parts it: no block holds type on both sides."""
    assert _across(_page(kicker_to=545)) == []


def test_columns_whose_white_many_lines_cross_are_left_whole() -> None:
    """Three lines cross the white (a deck set across the columns, not one line run
    long): more than ``CROSS_LINES``, the leaf is not parted."""
    gray = _page(kicker_to=960, across=3)
    mask = gray < 128
    leaf = Box(100, 100, 860, 700)
    assert crossed_parted(mask, leaf, 18.0, lambda b: [b]) == [leaf]


def test_one_kicker_across_is_parted_inside_the_gutter() -> None:
    """The same leaf with one line across: parted in the gutter, left and right."""
    gray = _page(kicker_to=960, across=1)
    mask = gray < 128
    parts = crossed_parted(mask, Box(100, 100, 860, 700), 18.0, lambda b: [b])
    assert len(parts) == 2
    assert COLUMNS[0][1] <= parts[0].right and parts[1].x <= COLUMNS[1][0]
    assert parts[0].right <= parts[1].x
