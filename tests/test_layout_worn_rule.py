"""A column rule worn to dashes over part of its length, a story's column and the
heading beside it joined across it (held-out S8 s896: the lead's third column, `Ltd
confirmed to the / Gazette this week`, level with the Plough story's headline `the
Plough` and its italic deck, a 37 px gutter on a heavy scan; the rule between them is
found from the deck's foot down, and over it stand only its dashes, 3-5 px wide and a
glyph high, 16 px of white either side). The dashes fill the gutter's white: neither
white beside them is as wide as a gutter, and the cut read the column's lines straight
across into the heading and the deck. ``worn_rules.rule_dashes`` finds the dashes (alone in
the white, in the line of the rule found); ``gutters.gutters`` looks past them."""

from __future__ import annotations

import numpy as np
from conftest import latin_line, type_line

from ocr.layout import detect_layout
from ocr.layout.worn_rules import rule_dashes
from ocr.model import BlockKind, Box

LEFT = (100, 536)  # the column's lines end at 528
RIGHT = (553, 993)  # the next story: a 25 px gutter, the rule at 538..541 in it
PITCH = 34
FOUND = 600  # the rule is whole (long enough to be found) from here down


def _page(*, dashes: bool = True, rule: bool = True) -> np.ndarray:
    """A story's column down the left; beside it a heading of two lines, a deck of three
    and the story's column; the rule between them whole from ``FOUND`` down when
    ``rule``, worn to dashes (20 px of every 44) above it when ``dashes``."""
    gray = np.full((1150, 1100), 240, dtype=np.uint8)
    for k in range(28):
        latin_line(gray, LEFT[0], LEFT[1], 100 + k * PITCH)
    type_line(gray, RIGHT[0], 100, 420, size=56)
    type_line(gray, RIGHT[0], 176, 300, size=56)
    for k in range(3):
        latin_line(gray, RIGHT[0], RIGHT[1] - (120 if k == 2 else 0), 260 + k * 40,
                   glyph=30, pitch=20)
    for k in range(18):
        latin_line(gray, RIGHT[0], RIGHT[1], 400 + k * PITCH)
    if rule:
        gray[FOUND:1050, 538:541] = 20
    if dashes:
        for y in range(100, FOUND, 44):
            gray[y : y + 20, 538:541] = 20
    return gray


def _blocks(gray: np.ndarray) -> list[tuple[BlockKind, Box, int]]:
    layout = detect_layout(gray, gray < 128)
    return sorted(((r.kind, r.box, len(r.lines)) for r in layout.regions if r.lines),
                  key=lambda t: (t[1].x, t[1].y))


def test_a_worn_rule_parts_a_column_from_the_heading_beside_it() -> None:
    blocks = _blocks(_page())
    # (main: the heading's and the deck's lines read across the gutter with the column's)
    assert not any(b.x < LEFT[1] and b.right > RIGHT[0] for _, b, _ in blocks)
    assert blocks == _blocks(_page(dashes=False))  # as if the rule were clean white
    kinds = [k for k, b, _ in blocks if b.x >= RIGHT[0]]
    assert kinds[:2] == [BlockKind.HEADLINE, BlockKind.SUBHEADLINE]


def test_marks_off_a_rule_line_are_not_looked_past() -> None:
    """With no rule found in the dashes' line (none of it whole), the page shows no
    evidence of a gutter there: the cut is as it was, the columns read across."""
    blocks = _blocks(_page(rule=False))
    assert any(b.x < LEFT[1] and b.right > RIGHT[0] for _, b, _ in blocks)


def test_a_dash_stands_alone_in_a_rules_line() -> None:
    ink = np.zeros((60, 400), dtype=bool)
    ink[10:34, 10:100] = True  # a word
    ink[28:33, 103:108] = True  # its full stop, 3 px after it, in a rule's line
    ink[10:30, 200:203] = True  # a rule's dash, alone, in the rule's line
    ink[20:26, 300:306] = True  # a mark as alone, in no rule's line (a CJK full stop)
    rules = [Box(104, 40, 3, 20), Box(200, 40, 3, 20)]
    found = rule_dashes(ink, rules, 18.0)
    assert found[10:30, 200:203].all()
    assert not found[:, :110].any() and not found[:, 250:].any()
    ink[10:30, 206:216] = True  # a glyph 3 px from the dash: not alone
    assert not rule_dashes(ink, rules, 18.0).any()
