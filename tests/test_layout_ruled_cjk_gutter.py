"""A ruled CJK gutter on a heavy scan: narrow white either side of the rule (8-13 px, a
glyph 30), the rule worn into pieces a glyph or two long over a story's first rows,
grain squares stuck to it (held-out S7 s878: found by ``find_rules`` only from the fifth
row down; its pieces over the first four fill the gutter's white, none alone in white
half a glyph wide as a worn rule's dash is, and the four rows were cut off and read
straight across both columns). ``worn_rules.rule_pieces`` takes the pieces in a chain
from the rule found, with the specks touching them; the cut looks past them."""

from __future__ import annotations

import numpy as np
from conftest import cjk_line

from ocr.layout import detect_layout
from ocr.layout.worn_rules import rule_pieces
from ocr.model import Box

LEFT = (100, 540)  # characters every 40 px: the last one's ink ends at 534
RIGHT = (556, 996)
RULE = (543, 547)  # 9 px of white either side
PITCH = 50
FOUND = 330  # the rule whole from here down


def _page(*, worn: bool = True) -> np.ndarray:
    """Two columns of a story, 16 rows each; the rule whole from ``FOUND`` down and,
    when ``worn``, in pieces over the first rows (50 px of every 64, two lines' height,
    a crumb of the rule between them, a grain square stuck to one)."""
    gray = np.full((1000, 1100), 240, dtype=np.uint8)
    for k in range(16):
        cjk_line(gray, *LEFT, 100 + k * PITCH)
        cjk_line(gray, *RIGHT, 100 + k * PITCH)
    gray[FOUND:930, RULE[0] : RULE[1]] = 20
    if worn:
        for y in range(96, FOUND - 50, 64):
            gray[y : y + 50, RULE[0] : RULE[1]] = 20
            gray[y + 56 : y + 60, RULE[0] : RULE[1]] = 20  # a crumb of it between
        gray[200:208, RULE[1] : RULE[1] + 6] = 20  # grain stuck to a piece
    return gray


def _crossing(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions
            if r.lines and r.box.x < LEFT[1] - 40 and r.box.right > RIGHT[0] + 40]


def test_a_worn_rule_in_a_narrow_cjk_gutter_parts_the_rows_over_its_found_part() -> None:
    # (main: the rows over the rule's found part one block across both columns)
    assert _crossing(_page()) == []


def test_pieces_are_taken_in_the_rule_line_only_near_the_rule_found() -> None:
    ink = np.zeros((500, 300), dtype=bool)
    ink[300:500, 100:104] = True  # the rule found
    ink[230:280, 100:104] = True  # a piece over it, two lines tall, white beside it
    ink[250:256, 104:109] = True  # a grain square stuck to it
    ink[285:289, 100:104] = True  # a crumb of the rule between the piece and the rule
    ink[50:100, 100:104] = True  # a piece far above the chain (over WORN_GAP)
    ink[230:280, 200:204] = True  # a stroke in no rule's line
    ink[160:175, 100:104] = True  # a stem a line high in the rule's line (a caption's)
    ink[200:230, 60:90] = True  # a glyph beside the rule's line
    found = rule_pieces(ink, [Box(100, 300, 4, 200)], 24.0)
    assert found[230:280, 100:104].all() and found[250:256, 104:109].all()
    assert found[285:289, 100:104].all()
    assert not found[:200].any() and not found[:, 150:].any() and not found[:, :99].any()
