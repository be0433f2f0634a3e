"""Two stories' headlines side by side, their first lines level and their type near one
size: the cut parts them at the gutter, and ``merge_pieces`` joined them again as one
line of big type cut at a word space (held-out S6 s871: the rugby report's centred
three-line headline beside the strike story's flush-left two lines, read across as one
block). The page's gutter white down two heading lines or more on each side keeps them
apart (``layout.heading_gutters``); a headline set across both columns stays whole."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.model import BlockKind, Box

COLUMNS = ((100, 620), (643, 1163))  # two columns, a 23 px gutter
GUTTER = (620, 643)


def _page(heads: list[tuple[int, int, int]]) -> np.ndarray:
    """Headline lines ``(x0, x1, y)`` in big type over two columns of body type."""
    gray = np.full((1500, 1300), 240, dtype=np.uint8)
    for x0, x1, y in heads:
        latin_line(gray, x0, x1, y, glyph=60, pitch=38)
    for x0, x1 in COLUMNS:
        for k in range(24):
            latin_line(gray, x0, x1, 420 + k * 34)
    return gray


def _heads(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions
                   if r.lines and r.kind is not BlockKind.RULE and r.box.bottom < 400),
                  key=lambda b: b.x)


def test_two_headlines_level_across_a_gutter_stay_apart() -> None:
    """The left story's headline centred on its column in three lines, the right one's
    flush left in two, first lines level, 50 px of white over the gutter between them."""
    left = [(120, 632, 100), (176, 556, 180), (214, 518, 260)]
    right = [(656, 1163, 100), (656, 1000, 180)]
    found = _heads(_page(left + right))
    assert len(found) == 2
    assert found[0].right <= GUTTER[0] and found[1].x >= GUTTER[1]
    assert found[0].h > found[1].h  # three lines beside two


def test_a_headline_across_both_columns_stays_whole() -> None:
    """One line of headline over both columns, parted over the gutter by as much white
    (a Chinese headline's full-width space is as wide): one block, one line."""
    found = _heads(_page([(120, 632, 100), (656, 1163, 100)]))
    assert len(found) == 1


NARROW_LEFT = [(120, 600, 100), (120, 590, 180), (120, 616, 260)]  # the last ends at 607
NARROW_RIGHT = [(643, 1163, 100), (643, 1100, 180), (643, 1000, 260)]


def _spaced_line(gray: np.ndarray, x0: int, x1: int, y: int, space: int) -> None:
    """A line of big Latin type (as ``latin_line``'s, glyph 60, letters 38 apart) whose
    word spaces are ``space`` px of white."""
    x, k = x0, 0
    while x + 38 <= x1:
        gray[y + 15 : y + 60, x : x + 31] = 20
        x, k = x + 38, k + 1
        if k % 5 == 0:
            x += space - 7


def test_two_stacks_at_a_narrow_gutter_stay_apart() -> None:
    """S12 s953 (a heavy page, a 20 px gutter): the left headline's last line ends 36 px
    from the right headline, whose lines start flush with the column under them; the
    headlines' word spaces are 26 px. The white is under three-quarters of the type's size
    (main: read across as one block), but wider than every word space beside it."""
    found = _heads(_page(NARROW_LEFT + NARROW_RIGHT))
    assert len(found) == 2
    assert found[0].right <= GUTTER[0] and found[1].x == GUTTER[1]


def test_stacks_whose_white_is_off_the_gutter_are_left_to_merge() -> None:
    """The same two stacks over columns parted 20 px further left: the right stack does
    not start flush with a column under it, and nothing tells the white from a word
    space of one headline set across the columns."""
    gray = _page(NARROW_LEFT + NARROW_RIGHT)
    gray[420:, 100:1200] = 240
    for x0, x1 in ((100, 600), (623, 1163)):
        for k in range(24):
            latin_line(gray, x0, x1, 420 + k * 34)
    assert len(_heads(gray)) == 1


def test_stacks_whose_word_spaces_are_as_wide_as_the_white_are_left_to_merge() -> None:
    """The right stack's word spaces 40 px, wider than the 36 px between the stacks: one
    headline's spacing, not a gutter."""
    gray = _page(NARROW_LEFT)
    for x0, x1, y in NARROW_RIGHT:
        _spaced_line(gray, x0, x1, y, 40)
    assert len(_heads(gray)) == 1
