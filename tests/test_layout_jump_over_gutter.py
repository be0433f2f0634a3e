"""A story's columns end on a jump line set flush right in its column and wider than
it, run on left over the gutter into the last line of the column beside it, touching
or printed over its last word (held-out S5 s858: ``going in and out of a`` under
``SCIENCEFAIR, continued on Page A7``; s855, S4 s843). No white parts the two, the
cut leaves them one leaf across the gutter, read as one line after the right column.
``overhang._foot_of_two`` parts it at the left column's edge, measured on the gutter's
white over the rows above."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, rule_and_next_story

from ocr.layout import detect_layout
from ocr.layout.overhang import one_line_parted
from ocr.model import BlockKind, Box

COLUMNS = ((100, 500), (560, 960))  # two columns, a 60 px gutter (3.3 glyphs: wider
PITCH = 34                           # than short_columns.page_gutters takes)
FOOT = 160 + 12 * PITCH  # the story's foot row: two columns of twelve lines over it


def _story(jump_from: int, last_to: int = COLUMNS[0][1]) -> np.ndarray:
    """A headline over two columns of body; the left column's last line (to
    ``last_to``) level with the jump line drawn from ``jump_from`` to the right column's
    edge; a rule under the story and the next story's body under that."""
    gray = np.full((1300, 1100), 240, dtype=np.uint8)
    latin_line(gray, 100, 900, 60, glyph=60, pitch=38)
    for x0, x1 in COLUMNS:
        for k in range(12):
            latin_line(gray, x0, x1, 160 + k * PITCH)
    latin_line(gray, COLUMNS[0][0], last_to, FOOT)  # the left column's last line
    latin_line(gray, jump_from, COLUMNS[1][1], FOOT)  # the jump line, flush right
    rule_and_next_story(gray, FOOT + 50, 100, 960, COLUMNS, 10, PITCH)
    return gray


def _foot_blocks(gray: np.ndarray) -> list[Box]:
    """The text blocks holding the story's foot row."""
    foot = FOOT + 10
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE
                   and r.box.y <= foot < r.box.bottom), key=lambda b: b.x)


#: The story's foot row as one leaf under its two columns' blocks.
FOOT_LEAF = Box(100, FOOT, 860, 24)
COLUMN_BOXES = [Box(x0, 160, x1 - x0, 11 * PITCH + 24) for x0, x1 in COLUMNS]


def _foot_parted(gray: np.ndarray) -> list[Box]:
    """The page's blocks after ``one_line_parted``: the two columns, then the foot row
    whole or in pieces."""
    return one_line_parted(gray < 128, [*COLUMN_BOXES, FOOT_LEAF], [], [], 18.0)


def test_a_jump_line_printed_over_the_left_columns_last_line_is_parted_at_its_edge() -> None:
    blocks = _foot_blocks(_story(jump_from=470))  # over the last word of the left line
    # (main: one block across both columns, 100..960)
    # No block holds type on both sides of the gutter; the left column keeps its line.
    assert blocks and not any(b.x < 470 and b.right > COLUMNS[1][0] for b in blocks)
    assert any(b.x == COLUMNS[0][0] and b.bottom >= FOOT + 20 for b in blocks)


def test_a_line_with_a_short_last_lines_white_is_parted_at_that_white() -> None:
    """The left column's last line ends short and the jump line starts in its white,
    left of the gutter (held-out S4 s846, ``course record ahead.`` and ``MARATHON
    continues on Page A6``): the leaf is parted at that white, the left piece the
    column's last line, the right piece the jump line whole from its first letter."""
    gray = _story(jump_from=380, last_to=220)
    out = _foot_parted(gray)
    # (main: the leaf left whole, read as one line across the gutter)
    assert out[:2] == COLUMN_BOXES and len(out) == 4
    left, right = out[2:]
    assert left.x == 100 and left.right <= 225 and 375 <= right.x <= 385
    assert right.right >= 950


def test_a_row_of_big_types_strokes_is_left_whole() -> None:
    """A row whose white between marks is wider than the row is high all along (the top
    strokes of a CJK headline cut off under two columns, held-out S6 s863) is no line of
    body type with a short last line's white: it is left whole."""
    gray = _story(jump_from=380, last_to=220)
    gray[FOOT : FOOT + 24, 100:960] = 240
    for x in range(100, 930, 70):  # marks 40 px wide, 30 px of white between them
        gray[FOOT + 2 : FOOT + 22, x : x + 40] = 20
    assert _foot_parted(gray) == [*COLUMN_BOXES, FOOT_LEAF]


def test_a_line_printed_over_the_gutter_is_parted_given_no_page_gutter() -> None:
    """The same leaf as the page's, no page gutter known (the gutter is wider than
    three glyphs): parted at the left column's edge, the right piece the jump line's."""
    gray = _story(jump_from=470)
    out = _foot_parted(gray)
    assert out[:2] == COLUMN_BOXES and len(out) == 4
    left, right = out[2:]
    assert left.x == 100 and left.right <= 500 and right.x >= 490 and right.right >= 950
