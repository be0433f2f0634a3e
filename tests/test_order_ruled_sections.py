"""A column rule down a region's whole height parts sections, not a story's columns
(``order_gutters.ruled_sections``).

Two stories stacked in the left two columns, a headless story and a story under it in the
third, a column rule between them running from the top of the region to its foot: the
left section is read down, then the right. Read row by row (the headless column level
with the first story's headline, taken for that story's third column), the headless
story went between the two stories on the left (held-out S6 s866: order-aware CER 0.26
against 0.06 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
PITCH = 48


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler
    (a sentence ending at each line: no column runs on into the next mid-sentence)."""
    n = max(1, box.h // PITCH)
    filler = "the harbour board met on Tuesday."
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _page(rule: Box | None, ball: str = "With four seconds left the") -> list[Block]:
    """The pier story (headline over two columns) over the container story in the same
    two columns; right of them the basketball story's text, headless, its top level with
    the pier headline, and the festival story under it; ``rule`` between columns 2 and 3."""
    blocks = [
        _text("pier_head", H, Box(100, 420, 880, 120), "Old ferry pier to move east"),
        _text("pier_1", B, Box(100, 580, 430, 960), "Should the old pier move?"),
        _text("pier_2", B, Box(550, 580, 430, 960), "Most of those who spoke"),
        _text("box_head", H, Box(100, 1620, 880, 100), "Port handles a million boxes"),
        _text("box_1", B, Box(100, 1760, 430, 800), "The port passed a million"),
        _text("box_2", B, Box(550, 1760, 430, 800), "The new shipping lines"),
        _text("ball", B, Box(1060, 400, 440, 1100), ball),
        _text("fest_kick", K, Box(1060, 1580, 200, 40), "HARBOUR"),
        _text("fest_head", H, Box(1060, 1630, 440, 120), "Fishing festival opens"),
        _text("fest", B, Box(1060, 1780, 440, 780), "Three hundred boats sounded"),
    ]
    return blocks + ([Block("col_rule", R, box=rule)] if rule is not None else [])


def _order(blocks: list[Block]) -> tuple[str, ...]:
    got = order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order
    return tuple(i for i in got if i != "col_rule")


def test_a_rule_down_the_whole_region_parts_two_sections_read_in_turn() -> None:
    got = _order(_page(Box(1040, 380, 4, 2200)))
    assert got == ("pier_head", "pier_1", "pier_2", "box_head", "box_1", "box_2",
                   "ball", "fest_kick", "fest_head", "fest"), got


def test_a_rule_ending_with_the_story_parts_nothing() -> None:
    """A rule between the pier story's columns and the one beside its headline, ending
    at the story's foot: the column beside the headline is the pier story's third, read
    with it, before the container story (``order_stacks``)."""
    got = _order(_page(Box(1040, 400, 4, 1140)))
    assert got.index("ball") < got.index("box_head"), got


def test_without_a_rule_the_column_beside_the_headline_goes_with_it() -> None:
    got = _order(_page(None))
    assert got.index("ball") < got.index("box_head"), got


def test_a_column_going_on_mid_sentence_beside_the_headline_is_the_story_s_own() -> None:
    """The column right of the rule goes on mid-sentence (a lower-case first word): the
    pier story's third column, however long the rule (S6 s865's third column, beside its
    headline, a rule down the page beside it)."""
    got = _order(_page(Box(1040, 380, 4, 2200), ball="with the pier to be kept as a"))
    assert got.index("ball") < got.index("box_head"), got
