"""A story's last two rows at the page's foot, in two columns parted by a column rule as
short as the rows, under a story set across the page's measure (held-out S5 s851: the
rows under a photo, a 100 px rule with 35 px of white either side): no columns elsewhere
on the page at that x leave a page gutter, so ``short_columns.parted`` asked for one and
left the leaf whole, and the two columns' rows were read straight across. The rule,
white on both sides, with type on both sides in every line, is the evidence itself
(``short_columns._ruled_white``)."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, text_blocks_below

from ocr.layout.short_columns import parted
from ocr.model import Box

LEFT, RIGHT = (100, 500), (580, 980)  # two columns at the foot, 80 px between them
PITCH = 34
FOOT = 1000  # the foot story's first row


def _page(rule: bool = True, right_lines: int = 2) -> np.ndarray:
    """A story of two columns over the page's foot whose gutter stands elsewhere (x 640..
    680: no page gutter over the foot's), a rule under it; under that a story's two rows
    in two columns, a short rule between them."""
    gray = np.full((FOOT + 120, 1100), 240, dtype=np.uint8)
    for x0, x1 in ((100, 640), (680, 980)):
        for k in range(20):
            latin_line(gray, x0, x1, 100 + k * PITCH)
    gray[860:863, 100:980] = 20
    for k in range(2):
        latin_line(gray, *LEFT, FOOT + k * PITCH)
    for k in range(right_lines):
        latin_line(gray, *RIGHT, FOOT + k * PITCH)
    if rule:
        gray[FOOT - 4 : FOOT + PITCH + 28, 539:542] = 20
    return gray


def _foot_blocks(gray: np.ndarray) -> list[Box]:
    return text_blocks_below(gray, FOOT)


def test_a_short_rule_with_no_page_gutter_parts_a_storys_foot_rows() -> None:
    blocks = _foot_blocks(_page())
    # (main: one block across both columns, 100..980, holding the rule)
    assert not any(b.x < LEFT[1] and b.right > RIGHT[0] for b in blocks)
    assert any(b.x == LEFT[0] for b in blocks) and any(b.x >= RIGHT[0] for b in blocks)


def test_the_rule_parts_only_where_both_sides_hold_type_in_every_line() -> None:
    """A second line with nothing right of the rule: no two columns' rows, no parting."""
    leaf = Box(100, FOOT - 4, 880, PITCH + 32)
    assert len(parted(_page() < 128, leaf, [], 18.0)) == 2
    assert parted(_page(right_lines=1) < 128, leaf, [], 18.0) == [leaf]
    assert parted(_page(rule=False) < 128, leaf, [], 18.0) == [leaf]
