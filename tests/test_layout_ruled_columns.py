"""Column rules the cut could not use (``layout.columns``, ``layout.short_columns``).

- A ruled box of briefs beside a lead's headline: its top rule meets its side rule at the
  corner, and was taken for a rule crossing it (a rule under a story over the columns),
  so the side rule parted nothing and the headline was read with the box's title and
  first brief as one block (held-out S2, a rail of briefs at the page's top right).
- A story at the page's foot, its heading two-fifths of the leaf: the column rule
  between its columns begins under the heading and runs through too little of the leaf
  for the cut, and the columns were read straight across as one block; parted from the
  heading they are cut again. A speck between the deck and the columns cut the white
  over the rule's top in two.
"""

from __future__ import annotations

import numpy as np
from conftest import cjk_line

from ocr.layout import detect_layout
from ocr.layout.columns import _over_specks, _rule_end
from ocr.layout.rules import ink_per, zero_runs
from ocr.model import BlockKind, Box

GLYPH, PITCH, LEADING = 38, 40, 48  # CJK body type: a character's box, its advance, the leading


def _regions(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions if r.kind not in (BlockKind.RULE,)]


def _box_page() -> np.ndarray:
    """A lead's headline and deck over three ruled columns; right of them a ruled box of
    briefs from the headline's top down, its lines level with the headline's rows."""
    gray = np.full((1500, 2000), 240, dtype=np.uint8)
    gray[40:46, 60:1960] = 20  # the rule under the folio line
    cjk_line(gray, 80, 1330, 80, glyph=96, pitch=104)  # the lead's headline
    cjk_line(gray, 80, 1000, 186)  # its deck
    for k, x in enumerate((80, 560, 1040)):
        for n in range(20):
            cjk_line(gray, x, x + 440, 270 + n * LEADING)
        if k:
            gray[262:1240, x - 22 : x - 18] = 20  # the rules between the lead's columns
    gray[150:1240, 1502:1506] = 20  # the rule between the lead and the box
    gray[70:74, 1540:1960] = 20  # the box: top, sides, bottom
    gray[70:900, 1540:1544] = 20
    gray[70:900, 1956:1960] = 20
    gray[896:900, 1540:1960] = 20
    for n in range(16):
        cjk_line(gray, 1570, 1930, 100 + n * LEADING)
    return gray


def test_a_ruled_box_beside_a_headline_is_parted_from_it() -> None:
    regions = _regions(_box_page())
    head = [b for b in regions if b.y < 120 and b.x < 200]
    assert head, regions
    assert all(b.right < 1540 for b in head)  # the headline alone, not the box's lines
    assert any(b.x >= 1540 and b.y < 150 for b in regions)


def _foot_page(speck: bool) -> np.ndarray:
    """Two columns of a story down the page; under a rule, a story at the foot: kicker,
    a two-line headline and a deck of two lines set close over two columns of five lines
    parted by a rule that begins level with their first line."""
    gray = np.full((1400, 1200), 240, dtype=np.uint8)
    for x in (80, 620):
        for n in range(12):
            cjk_line(gray, x, x + 480, 60 + n * LEADING)
    gray[640:646, 60:1140] = 20  # the rule over the story at the foot
    cjk_line(gray, 80, 280, 670)  # kicker
    cjk_line(gray, 80, 1080, 716, glyph=90, pitch=96)  # headline
    cjk_line(gray, 80, 700, 812, glyph=90, pitch=96)
    # The deck, set close under it; a full-width comma's white over half the gutter.
    cjk_line(gray, 104, 660, 918, glyph=44, pitch=46)
    cjk_line(gray, 644, 1080, 918, glyph=44, pitch=46)
    cjk_line(gray, 80, 310, 966, glyph=44, pitch=46)
    top = 1024  # the columns: under less white than a line's gap, no band for the cut
    if speck:  # grain in a band of white as wide, under the deck's last line
        gray[1012:1025, 700:710] = 20
        top = 1040
    for x in (80, 620):
        for n in range(5):
            cjk_line(gray, x, x + 480, top + n * LEADING)
    gray[top - 2 : top + 234, 598:602] = 20  # the column rule, from the columns' top down
    return gray


def _foot_story(gray: np.ndarray) -> list[Box]:
    return sorted((b for b in _regions(gray) if b.y >= 1020 and b.h >= 2 * LEADING),
                  key=lambda b: b.x)


def test_columns_under_a_heading_at_the_foot_are_parted_at_their_rule() -> None:
    story = _foot_story(_foot_page(speck=False))
    assert len(story) == 2, story
    left, right = story
    assert left.right <= 600 and right.x >= 600


def test_a_speck_over_the_rules_top_does_not_hide_where_it_begins() -> None:
    """The deck and columns parted from their heading: a speck in the white over the
    column rule's top cuts that band in two, the upper ending too far above the rule's
    top, the lower under more than a few lines; joined over the speck, the band is where
    the rule begins, and the deck is cut off there."""
    gray = _foot_page(speck=True)[918:1274, 60:1140]
    rule = Box(538, 1038 - 918, 4, 236)
    sub = gray < 128
    sub[rule.y : rule.bottom, rule.x : rule.right] = False
    box = Box(0, 0, sub.shape[1], sub.shape[0])
    gaps = [(a, b) for a, b in zero_runs(ink_per(sub, 1)) if a > 0 and b < sub.shape[0]]
    assert (92, 94) in gaps and (107, 122) in gaps  # the band, parted by the speck
    assert _rule_end(sub, box, gaps, (rule,), 23.0) == (92, 122)


def test_a_line_between_two_bands_is_no_speck() -> None:
    sub = np.zeros((120, 400), dtype=bool)
    sub[0:30, :] = True
    sub[40:50, 10:300] = True  # a line of small type, not a speck
    sub[60:90, :] = True
    assert _over_specks(sub, [(30, 40), (50, 60)], 23.0) == [(30, 40), (50, 60)]
    sub[40:50, 10:300] = False
    sub[40:50, 200:210] = True  # a speck
    assert _over_specks(sub, [(30, 40), (50, 60)], 23.0) == [(30, 60)]
