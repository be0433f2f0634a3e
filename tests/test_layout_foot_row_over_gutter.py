"""A story's deck beside the next story's column, their lines level, the column ending
on a jump line wider than it that runs left over the gutter up to the deck's last line
(held-out S5 s855: ``court calls unreliable`` beside ``DOGSHOW, continued on Page A6``).
No white row parts the feet from the rows over them and no white runs down the leaf:
the deck and the column were one leaf of four rows, read straight across.
``foot_rows.foot_apart`` takes the foot row off when the gutter of the rows over it goes
on up the page over the leaf, and ``overhang.one_line_parted`` parts the row."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout.columns import segment
from ocr.layout.foot_rows import foot_apart
from ocr.layout.overhang import one_line_parted
from ocr.layout.rules import Rules
from ocr.model import Box

LEFT, RIGHT = (100, 500), (560, 960)  # a 60 px gutter
PITCH = 34
TOP = 60 + 6 * PITCH  # the leaf's first row: the deck's first line
CHAR_H = 18.0


def _page(above: bool = True, across: bool = False) -> np.ndarray:
    """The right column of ten lines; over the leaf on the left a headline (``above``);
    the deck's three lines level with the column's last three but one; the foot row:
    the deck's short last line and the jump line from a word space after it to the
    column's edge, or one line set across both (``across``)."""
    gray = np.full((600, 1100), 240, dtype=np.uint8)
    for k in range(10):
        if above or k >= 6:
            latin_line(gray, *RIGHT, 60 + k * PITCH)
    if above:
        latin_line(gray, 100, 470, 140, glyph=40, pitch=28)
        latin_line(gray, 100, 430, 190, glyph=40, pitch=28)
    for k, end in ((6, 500), (7, 470), (8, 450)):
        latin_line(gray, LEFT[0], end, 60 + k * PITCH)
    foot = 60 + 9 * PITCH
    if across:
        latin_line(gray, LEFT[0], RIGHT[1], foot)
    else:
        latin_line(gray, LEFT[0], 470, foot)
        latin_line(gray, 484, RIGHT[1], foot)
    return gray < 128


def _apart(mask: np.ndarray) -> list[Box]:
    leaf = Box(LEFT[0], TOP, RIGHT[1] - LEFT[0], 4 * PITCH - 10)
    return foot_apart(mask, leaf, lambda box: segment(mask, Rules((), ()), CHAR_H, box), CHAR_H)


def test_the_jump_lines_row_is_taken_off_and_parted_at_the_gutter() -> None:
    mask = _page()
    pieces = _apart(mask)
    # (main has no such step: the leaf stays one, 860 px across)
    assert len(pieces) >= 3
    *over, foot = pieces
    assert foot.y == 60 + 9 * PITCH and foot.w > 800
    assert not any(p.x < 500 < 560 < p.right for p in over)  # the rows over: apart
    # the page's gutter, down the tall columns over the leaf (s855: 1990..2036)
    parted = one_line_parted(mask, pieces, [(LEFT[1], RIGHT[0])], [], CHAR_H)
    feet = sorted((p for p in parted if p.y == foot.y), key=lambda p: p.x)
    assert len(feet) == 2 and feet[0].right <= 484 and feet[1].x >= 464


def test_a_leaf_under_no_columns_is_left_whole() -> None:
    """Nothing over the leaf: no gutter goes on up the page, the rows are a story's top."""
    mask = _page(above=False)
    assert len(_apart(mask)) == 1
