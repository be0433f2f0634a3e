"""A story's columns end on a jump line set flush right that runs on left across the
gutter, level with the left column's short last line (held-out S4 s846: ``course record
ahead.    MARATHON continues on Page A6``). The cut leaves the line one leaf across the
gutter under the two columns; ``merge.merge_pieces`` took it for the left column's last
line and joined the two, a block whose box held the right column too, read across both
(``merge._same_block``: a one-line piece much wider than the column over it is no last
line of that column)."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, rule_and_next_story

from ocr.layout import detect_layout
from ocr.model import BlockKind, Box

COLUMNS = ((100, 620), (650, 1170))  # two columns, a 30 px gutter
PITCH = 34


def _story(jump_from: int) -> np.ndarray:
    """A headline over two columns of body, the left one line longer, whose last line
    is short; the jump line from ``jump_from`` to the right column's edge, level with it
    (from 300: a word space or so after the last line's end, one leaf with it);
    a rule under the story and the next story's body under that."""
    gray = np.full((1300, 1300), 240, dtype=np.uint8)
    latin_line(gray, 100, 900, 60, glyph=60, pitch=38)
    for k in range(12):
        latin_line(gray, *COLUMNS[0], 160 + k * PITCH)
    for k in range(11):
        latin_line(gray, *COLUMNS[1], 160 + k * PITCH)
    last = 160 + 12 * PITCH
    latin_line(gray, COLUMNS[0][0], COLUMNS[0][0] + 180, last)  # the column's short last line
    latin_line(gray, jump_from, COLUMNS[1][1], last)  # the jump line, flush right
    rule_and_next_story(gray, last + 50, 100, 1170, COLUMNS, 12, PITCH)
    return gray


def _story_blocks(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions
            if r.lines and r.kind is not BlockKind.RULE and 150 <= r.box.y < 160 + 13 * PITCH]


def test_a_jump_line_across_the_gutter_is_not_the_left_columns_last_line() -> None:
    blocks = _story_blocks(_story(jump_from=300))
    # Each column's body a block within its column; none holds both columns' lines.
    tall = [b for b in blocks if b.h > 5 * PITCH]
    assert len(tall) == 2  # (on main: one block of 13 lines, 100..1152)
    assert all(b.right <= COLUMNS[0][1] + 5 or b.x >= COLUMNS[1][0] - 5 for b in tall)


def test_a_columns_short_last_line_joins_its_column() -> None:
    """Without the jump line the column's last line is the column's: one block."""
    gray = _story(jump_from=COLUMNS[1][1])  # (no jump line drawn)
    blocks = _story_blocks(gray)
    left = [b for b in blocks if b.right <= COLUMNS[0][1] + 5]
    assert len(left) == 1 and left[0].bottom >= 160 + 12 * PITCH + 20
