"""A story cut to a few lines a column (by the page's foot, a jump line) is parted at the
page's gutters (``layout.short_columns``): in three lines the cut asks a gutter as wide
as a line is high, and the story's lines were read straight across its two columns
(held-out S s801). A block's lines taken off it (a byline) stay inside its region
(``scan._within``): a word box overhanging the foot made the rest touch the rule under
it, and its columns were read by height."""

from __future__ import annotations

import numpy as np
from conftest import cjk_line

from ocr.layout import detect_layout
from ocr.layout.short_columns import page_gutters, parted
from ocr.model import BlockKind, Box, Line, Word
from ocr.scan import _within

GLYPH, PITCH, LEADING = 38, 40, 48  # CJK body type: a character's box, its advance, the leading
COLUMNS = ((100, 620), (643, 1163))  # thirteen characters, a gutter of 29 px


def _page() -> np.ndarray:
    """Two columns of a story down the page's top; a headline across both; a story under
    it cut to three lines a column by the page's foot."""
    gray = np.full((1500, 1320), 240, dtype=np.uint8)
    for x0, x1 in COLUMNS:
        for k in range(18):
            cjk_line(gray, x0, x1, 100 + k * LEADING)
    gray[920:926, 100:1163] = 20  # the rule under the story
    cjk_line(gray, 150, 1150, 970, glyph=90, pitch=96)  # the next story's headline
    for k in range(3):
        cjk_line(gray, COLUMNS[0][0], COLUMNS[0][1], 1120 + k * LEADING)
        cjk_line(gray, COLUMNS[1][0], COLUMNS[1][1], 1120 + k * LEADING)
    return gray


def _story(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions
                   if r.kind is BlockKind.BODY and r.box.y >= 1100), key=lambda b: b.x)


def test_three_lines_a_column_under_a_headline_are_two_columns() -> None:
    story = _story(_page())
    assert len(story) == 2
    left, right = story
    assert left.right <= 620 and right.x >= 640
    assert left.h >= 2 * LEADING and right.h >= 2 * LEADING


def test_page_gutter_is_the_white_between_its_tall_columns() -> None:
    tall = [Box(100, 100, 514, 800), Box(643, 100, 514, 800), Box(150, 980, 1000, 80)]
    assert page_gutters(tall, 21.0) == [(614, 643)]


def test_lines_white_by_chance_at_the_gutter_are_not_parted() -> None:
    """A brief's two lines set across the gutter, its second line ending short of it:
    white there in both lines, but no type right of it in the second: one block."""
    gray = np.full((300, 1320), 240, dtype=np.uint8)
    cjk_line(gray, 100, 620, 100)
    cjk_line(gray, 643, 1163, 100)
    cjk_line(gray, 100, 400, 148)
    leaf = Box(100, 100, 1057, 86)
    assert parted(gray < 128, leaf, [(614, 643)], 21.0) == [leaf]


def test_a_byline_taken_off_stays_within_its_block() -> None:
    region = Box(1255, 2368, 544, 134)
    tall = Line(words=(Word("11", Box(1700, 2380, 40, 146), 0.9),), box=Box(1700, 2380, 40, 146))
    rest = Line(words=(Word("月24日", Box(1255, 2416, 540, 38), 0.9),),
                box=Box(1255, 2416, 540, 38))
    assert _within([tall, rest], region) == Box(1255, 2380, 540, 122)
