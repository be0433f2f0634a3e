"""A deck cut off its headline by a white band across the region (issue 10,
twenty-ninth session; ``order_stacks.beside_heads``): the band under a story's headline
in the first column runs on through the gutters, so the deck opens the lower row, and
its top stands level by chance with the kicker of the third column's story. Taken for a
heading that opens a story in that row, it made the third column's pieces read beside
the headings left of them, and the region was read row by row: the first column's
kicker and headline in the upper row, its deck, byline and text after the second
column's story (held-out S5, three columns: order-aware CER 0.025 -> 0.35 once the
deck was classed as one)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE
TEXT = "Commuters on the early boat will keep their seat this winter, the town said."


def _block(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    if not lines:
        lines = (TEXT,) * max(1, box.h // 40)
    return scanned_block(i, kind, box, *lines)


def _order(deck_kind: BlockKind) -> tuple[str, ...]:
    blocks = [
        # first column: a story, then a kicker and headline at the row's foot
        _block("a_kick", K, Box(135, 1300, 220, 30), "BEST IN SHOW"),
        _block("a_head", H, Box(135, 1345, 680, 60), "Champion!"),
        _block("a_text", B, Box(135, 1430, 680, 560)),
        _block("b_kick", K, Box(135, 2060, 300, 30), "BACK IN BUSINESS"),
        _block("b_head", H, Box(135, 2100, 680, 190), "Doors open again at the",
               "Main Street library after", "a long rebuild"),
        # second column: a story over the whole upper row, a brief in the lower
        _block("c_kick", K, Box(885, 1300, 240, 30), "SAVED AT SEA"),
        _block("c_head", H, Box(885, 1345, 680, 180), "Three fishermen pulled",
               "from a life raft after", "sixteen hours adrift"),
        _block("c_text", B, Box(885, 1550, 680, 740)),
        _block("d_head", H, Box(885, 2420, 680, 50), "Water shut-off"),
        _block("d_text", B, Box(885, 2490, 680, 200)),
        # third column: a story's text running on level with the kickers, then a story
        _block("e_text", B, Box(1640, 1300, 700, 990)),
        _block("f_kick", K, Box(1640, 2345, 240, 30), "ON THE WATER"),
        _block("f_head", H, Box(1640, 2390, 700, 120), "Will the 7:15 still sail?",
               "Yes, but not on Sundays"),
        _block("f_text", B, Box(1640, 2540, 700, 520)),
        # the first column's deck, byline and text under the band
        _block("b_deck", deck_kind, Box(135, 2340, 680, 110),
               "A children's floor, a maker room and thirty", "more study seats for readers"),
        _block("b_by", BlockKind.BYLINE, Box(135, 2470, 400, 36), "By Ruth Adeyemi"),
        _block("b_text", B, Box(135, 2520, 680, 540)),
    ]
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_deck_under_its_headline_is_read_with_its_story() -> None:
    got = _order(S)
    assert got.index("b_head") < got.index("b_deck") < got.index("b_text") < got.index(
        "c_kick"), got


def test_the_same_story_with_its_deck_read_as_text() -> None:
    """Text at the row's top heads nothing: the story was read whole before as well."""
    got = _order(B)
    assert got.index("b_head") < got.index("b_deck") < got.index("c_kick"), got
