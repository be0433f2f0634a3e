"""A deck that ends its column (``layout.heading_kinds.deck_ends_column``): a Chinese
story's heading set over the first of its columns, its two-line deck right under the
headline and the page's foot rule (or another story's rule, or the story's photo) right
under the deck, the story's text in the columns beside. On a heavy scan the deck's type
one size up measured 1.06 of the body's; with no text under it to weigh it against it
was asked for 1.08 of the body and typed body, and the headline headed a story with no
deck (fresh draws: ``企业承诺依法补偿，人社部门 / 上门办专场招聘`` over the foot rule,
``井下坚守52小时 获救人员生命体征平稳`` over the photo)."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 36.0, 39.0


def _region(box: Box, lines: int, size: float, weight: float = 4.6,
            heights: tuple[int, ...] = ()) -> Region:
    rows = tuple(Box(box.x, box.y + 44 * n, box.w, heights[n] if heights else int(size))
                 for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, 44 * lines - 8), rows, size=size,
                  weight=weight)


def _kind(under: str, size: float, lines: int = 2, heights: tuple[int, ...] = ()) -> BlockKind:
    """The kind of the block right under a headline over the column's foot: a rule across
    it (``rule``), the story's photo (``photo``) or nothing (``none``)."""
    head = _region(Box(1292, 2938, 481, 0), 3, 79.0, weight=12.1)
    deck = _region(Box(1292, 3080, 514, 0), lines, size, heights=heights)
    foot = deck.box.bottom + 45
    beside = [_region(Box(709, 2600, 527, 0), 16, TYPE),  # the columns of the story beside
              _region(Box(1870, 2600, 527, 0), 16, TYPE)]
    extra = {"rule": [Region(BlockKind.RULE, Box(124, foot, 2280, 7))],
             "photo": [Region(BlockKind.ILLUSTRATION, Box(1292, foot - 15, 514, 300))],
             "none": []}[under]
    regions = assign_kinds([head, deck, *beside, *extra], TYPE, LINE, None)
    return {r.box: r.kind for r in regions}[deck.box]


def test_a_deck_over_the_foot_rule_is_a_deck() -> None:
    assert _kind("rule", 38.0) is BlockKind.SUBHEADLINE


def test_a_deck_a_size_up_over_its_photo_is_a_deck() -> None:
    assert _kind("photo", 38.0, lines=1) is BlockKind.SUBHEADLINE


def test_a_brief_s_text_in_the_body_s_size_over_a_rule_is_no_deck() -> None:
    # a brief's two lines under its head, ended by the rule under the brief: the body's
    # size (its median line 1.03 of the page's) is running text
    assert _kind("rule", 37.0) is BlockKind.BODY


def test_a_deck_sized_block_with_nothing_under_it_is_asked_as_before() -> None:
    # no rule or photo ends the column: the deck is weighed as before (no deck under 1.08)
    assert _kind("none", 38.0) is not BlockKind.SUBHEADLINE


def test_a_deck_run_together_with_the_story_s_first_line_is_asked_as_before() -> None:
    # the deck's line (42 px) and the story's first line in the body's type (36 px) in
    # one block over the foot rule: 1.06 as a block, but a line of it is the story's text
    assert _kind("rule", 38.0, heights=(42, 36)) is BlockKind.BODY
