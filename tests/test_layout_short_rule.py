"""A story cut to two lines a column by the page's foot keeps its column rule as short
as itself: the byline and the dateline's first line on the left, the next column's first
lines on the right, a rule two lines tall in the gutter between them (held-out S s811
``By GRETCHEN HALVORSEN | Staff Writer The City Council``, S2 s824 ``By CELESTE MBEKI
PORT ELLERY — | Band, which first played``). Shorter than ``find_rules`` asks, the rule
stays ink in the leaf: it runs down through the white between the lines (one "line" two
lines tall) and fills the gutter, and the byline's short line leaves type left of the
gutter in one line of two. The leaf was read straight across both columns.
``short_columns.short_rules`` finds the rule; ``parted`` reads its columns as white and
takes the rule itself as the evidence that the columns stand apart."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, text_blocks_below

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.layout.short_columns import parted, short_rules
from ocr.model import BlockKind, Box

COLUMNS = ((100, 520), (560, 980))  # two columns, a 40 px gutter (about two glyphs)
PITCH = 34
FOOT = 1000  # the cut story's first row: two rows to the page's foot


def _page(rule: bool) -> np.ndarray:
    """A story of two columns down the page's top, a rule under it; under that a story
    cut by the page's foot to two rows: a short byline over a full line on the left,
    two full lines on the right, a column rule between them when ``rule``."""
    gray = np.full((FOOT + 120, 1100), 240, dtype=np.uint8)
    for x0, x1 in COLUMNS:
        for k in range(20):
            latin_line(gray, x0, x1, 100 + k * PITCH)
    gray[860:863, 100:980] = 20  # the rule under the story
    latin_line(gray, COLUMNS[0][0], 300, FOOT)  # the byline, short
    latin_line(gray, COLUMNS[0][0], COLUMNS[0][1], FOOT + PITCH)
    for k in range(2):
        latin_line(gray, COLUMNS[1][0], COLUMNS[1][1], FOOT + k * PITCH)
    if rule:
        gray[FOOT - 4 : FOOT + PITCH + 28, 539:541] = 20
    return gray


def _foot_blocks(gray: np.ndarray) -> list[Box]:
    return text_blocks_below(gray, FOOT)


def test_a_short_column_rule_parts_a_story_cut_to_two_rows() -> None:
    blocks = _foot_blocks(_page(rule=True))
    # (main: one block across both columns, 100..980, holding the rule)
    assert blocks and not any(b.x < COLUMNS[0][1] and b.right > COLUMNS[1][0] for b in blocks)
    assert any(b.x == COLUMNS[0][0] for b in blocks) and any(b.x >= COLUMNS[1][0] for b in blocks)


def test_a_short_rule_off_the_page_gutters_parts_rows_typed_on_both_sides() -> None:
    """With no page gutter known (no columns elsewhere on the page at that x), the rule
    parts the leaf only where every line has type on both sides of it (forty-first
    session, ``short_columns._ruled_white``: S5 s851); a line with nothing right of the
    rule leaves the leaf whole, as a page gutter with type on one side in one line
    does not."""
    gray = _page(rule=True)
    leaf = Box(100, FOOT - 4, 880, PITCH + 32)
    assert len(parted(gray < 128, leaf, [], 18.0)) == 2
    assert len(parted(gray < 128, leaf, [(520, 560)], 18.0)) == 2
    gray[FOOT + PITCH : FOOT + PITCH + 26, 560:] = 240  # the right column's second line gone
    assert parted(gray < 128, leaf, [], 18.0) == [leaf]
    assert len(parted(gray < 128, leaf, [(520, 560)], 18.0)) == 2


def test_a_rule_is_a_thin_stroke_down_the_rows_and_a_stem_is_not() -> None:
    sub = np.zeros((70, 400), dtype=bool)
    sub[0:24, 10:200] = True  # a line of type, letters solid
    sub[34:58, 10:200] = True
    sub[0:70, 250:253] = True  # a rule down both lines
    sub[0:70, 300:330] = True  # a headline's stem, too thick for a rule
    sub[10:60, 350:352] = True  # a thin stroke down under four-fifths of the rows
    assert short_rules(sub, 18.0) == [(249, 254)]
    assert short_rules(sub[:40], 18.0) == []  # under two lines of type: no rule asked


def _post_kind(beside_top: int) -> BlockKind:
    """The kind of the post ``Staff Writer`` opening the right column of the parted row,
    as measured on s811's page (deskewed): the byline's two lines on the left (opening
    at ``beside_top``), the post (measured 30 px tall by its italic ``f``) over the
    column's first line, the photo's caption over the row, the page's columns above."""
    byline = _region(Box(137, beside_top, 249, 0), 2, 24.0, 42, 7.1)
    post = _region(Box(515, 3314, 149, 0), 1, 30.0, 42, 3.7)
    first = _region(Box(554, 3357, 298, 0), 1, 24.4, 42, 4.3)
    caption = _region(Box(138, 3171, 716, 0), 2, 20.0, 36, 3.7)
    columns = [_region(Box(x, 2300, 337, 0), 12, 24.0, 42, 4.3) for x in (137, 517, 897)]
    regions = assign_kinds([byline, post, first, caption, *columns], 25.0, 32.0, None)
    return {r.box: r.kind for r in regions}[post.box]


def _region(box: Box, lines: int, size: float, step: int, weight: float) -> Region:
    rows = tuple(Box(box.x, box.y + step * n, box.w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, step * lines - (step - int(size))),
                  rows, size=size, weight=weight)


def test_a_columns_first_line_level_with_the_byline_beside_it_is_text() -> None:
    """Parted off the byline's row, the post opens its column with no text over it; the
    byline beside it opens level with it: a line of that row (main: a headline, which
    opened an article of its own and took the story's text from its byline)."""
    assert _post_kind(3316) is BlockKind.BODY


def test_a_line_over_its_text_with_no_row_beside_it_stays_a_heading() -> None:
    """The same line with the text beside it opening two lines higher: a heading."""
    assert _post_kind(3230) is not BlockKind.BODY
