"""A story's two columns whose lines are not level, ending on a jump line set flush right
in the right column and wider than it: its first letters stand under the left column,
its top a few pixels over the left column's last line's foot (held-out S5 s858,
``BLACKOUT, continued on Page A6`` under ``restored the last``). No white runs down the
two columns through the jump line, no white band runs across over it: the cut kept both
columns as one leaf, read by height as one block. ``foot_line`` finds the gutter over the
foot line, takes the line off and parts the columns at the gutter."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, rule_and_next_story

from ocr.layout import detect_layout
from ocr.layout.foot_line import foot_line
from ocr.model import BlockKind, Box

COLUMNS = ((100, 500), (560, 960))  # a 60 px gutter (3.3 glyphs: no page gutter taken)
PITCH = 34
TOP = 160
ROWS = 12


def _story(left_lines: int = ROWS, jump_from: int = 470, jump: bool = True) -> np.ndarray:
    """Two columns, the left one's lines half a line lower than the right's, its last
    line short (to 300); the jump line under the right column's last line, from
    ``jump_from`` to the right column's edge, its top 4 px over the left's last line's
    foot. A rule under the story and the next story's columns under it."""
    gray = np.full((1100, 1100), 240, dtype=np.uint8)
    left, right = COLUMNS
    for k in range(left_lines):
        last = k == left_lines - 1
        latin_line(gray, left[0], 300 if last else left[1], TOP + PITCH // 2 + k * PITCH)
    for k in range(ROWS):
        latin_line(gray, right[0], right[1], TOP + k * PITCH)
    foot = TOP + PITCH // 2 + (left_lines - 1) * PITCH + 24 - 4
    if jump:
        latin_line(gray, jump_from, right[1], foot)
    rule_and_next_story(gray, foot + 50, 100, 960, COLUMNS, 6, PITCH)
    return gray


def _blocks(gray: np.ndarray) -> list[Box]:
    """The text blocks of the story (over the rule)."""
    layout = detect_layout(gray, gray < 128)
    rule = next(r.box for r in layout.regions if r.box.w > 800 and r.box.h < 10)
    return sorted((r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE
                   and r.box.bottom <= rule.y), key=lambda b: (b.x, b.y))


def test_a_jump_line_over_the_gutter_is_taken_off_and_the_columns_parted() -> None:
    blocks = _blocks(_story())
    # (main: one block 100..960 over both columns and the jump line)
    across = [b for b in blocks if b.x < COLUMNS[0][1] - 40 and b.right > COLUMNS[1][0] + 40]
    assert not across
    jump = [b for b in blocks if b.h < 40 and b.right >= COLUMNS[1][1] - 10 and b.x < 500]
    assert len(jump) == 1  # the jump line whole, a block of its own
    assert any(b.x == COLUMNS[0][0] and b.h > 10 * PITCH for b in blocks)
    assert any(b.x >= COLUMNS[1][0] - 2 and b.h > 10 * PITCH for b in blocks)


def test_no_foot_line_over_columns_parted_by_their_gutter() -> None:
    """Without the jump line the gutter runs through: the cut parts the columns itself,
    and the rule has nothing to take off."""
    gray = _story(jump=False)
    sub = (gray < 128)[TOP : TOP + ROWS * PITCH + PITCH, 100:960]
    box = Box(100, TOP, 860, sub.shape[0])
    assert foot_line(sub, box, 18.0, lambda s, b: [(400, 460)]) is None


def test_a_line_run_across_a_few_lines_is_left_whole() -> None:
    """Two lines over the foot line are too few to show a gutter: white lines up by
    chance there, and the region is left to the cut."""
    gray = _story(left_lines=2)
    text = gray < 128
    box = Box(100, TOP, 860, 3 * PITCH + 4)
    sub = text[box.y : box.bottom, box.x : box.right]
    assert foot_line(sub, box, 18.0, lambda s, b: [(400, 460)]) is None
