"""Two stories side by side at a gutter narrower than a glyph (S12 s953, pool C, a heavy
scan: a 20 px gutter drawn, 19 px of white left by the ink's spread, glyph 25 px). Two
places lost it: the two stories' columns and captions under their photos were kept as
one leaf (``gutters`` asks 0.8 of a glyph of white through a tall region), and the two
photos as one picture across the gutter (``picture_edges.parted`` asked a glyph of bare
paper). The columns of the page's next stories, below, part at the same x: there the
narrower white is the same gutter (``layout.narrow_gutters``); and no photo keeps a band
of bare paper half a glyph wide through its whole height."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.model import BlockKind, Box

LEFT = (100, 611)  # latin_line's last letter ends at 600
ROWS = 14


def _page(white: int, columns_below: bool = True) -> np.ndarray:
    """Two stories' columns side by side, ``ROWS`` level lines each, ``white`` px between
    them (glyph 18 px); a rule under them, and under it the next stories' two columns
    parted at the same x by a 16 px gutter (``columns_below``: the cut's 0.8 of a glyph,
    the white above narrowed by the ink's spread) or one story set across the measure."""
    gray = np.full((1400, 1250), 240, dtype=np.uint8)
    for k in range(ROWS):
        latin_line(gray, *LEFT, 100 + k * 34)
        latin_line(gray, 600 + white, 1140, 100 + k * 34)
    gray[600:603, 100:1140] = 20
    for k in range(16):
        if columns_below:
            latin_line(gray, *LEFT, 640 + k * 34)
            latin_line(gray, 616, 1140, 640 + k * 34)
        else:
            latin_line(gray, 100, 1140, 640 + k * 34)
    return gray


def _top_blocks(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions
                   if r.lines and r.kind is not BlockKind.RULE and r.box.bottom < 600),
                  key=lambda b: b.x)


def test_columns_at_a_narrow_page_gutter_are_parted() -> None:
    """12 px of white between the two stories' columns (two-thirds of a glyph), the
    columns below parted at the same x by 16 px: two blocks (main: one block across
    both)."""
    blocks = _top_blocks(_page(12))
    assert len(blocks) == 2
    assert blocks[0].right <= 601 and blocks[1].x == 612


def test_narrow_white_with_no_page_gutter_there_is_left_whole() -> None:
    """The same white over one story set across the measure: nothing on the page shows
    a gutter at that x, and the leaf stays whole (as on main)."""
    assert len(_top_blocks(_page(12, columns_below=False))) == 1


def test_white_under_half_a_glyph_is_no_gutter_even_at_a_page_gutter() -> None:
    """8 px of white (under half a glyph) is as narrow as a river of word spaces."""
    assert len(_top_blocks(_page(8))) == 1


def test_white_a_fraction_of_the_page_gutter_is_no_gutter() -> None:
    """10 px of white in a gutter the columns below leave 22 px wide: under six-tenths
    of it, the white between two characters that fell in the gutter (a heavy Chinese
    page's, S4 s842), not the gutter."""
    gray = _page(10)
    gray[630:, 100:1200] = 240
    for k in range(16):
        latin_line(gray, *LEFT, 640 + k * 34)
        latin_line(gray, 622, 1140, 640 + k * 34)
    assert len(_top_blocks(gray)) == 1


def _photos(paper: int) -> list[Box]:
    """Two photos side by side, ``paper`` px of bare paper between them, the left one
    lower (its story's deck beside the right one's top), body columns under them."""
    gray = np.full((1400, 1250), 240, dtype=np.uint8)
    grain = np.random.default_rng(7)
    gray[100:420, 100:600] = grain.integers(90, 170, (320, 500))
    gray[60:420, 600 + paper : 1140] = grain.integers(90, 170, (360, 540 - paper))
    for c0, c1 in ((100, 580), (612, 1140)):
        for k in range(24):
            latin_line(gray, c0, c1, 460 + k * 34)
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions if r.kind is BlockKind.ILLUSTRATION),
                  key=lambda b: b.x)


def test_two_photos_at_a_narrow_gutter_are_two_pictures() -> None:
    """12 px of paper between the photos (two-thirds of a glyph): two pictures (main:
    one picture across the gutter, 100..1140)."""
    photos = _photos(12)
    assert len(photos) == 2
    assert photos[0].right <= 600 and photos[1].x >= 612


def test_photos_closer_than_half_a_glyph_stay_one_picture() -> None:
    """8 px of paper: a photo's own pale band could be as narrow; one picture."""
    assert len(_photos(8)) == 1
