"""A column ending on a jump line to another page ends its story there
(``column_flow.continued``).

As held-out S7 s879 sets it: the lead's headline over three columns, its story's fourth
column beside the headline from the top, ending ``See MINE, A9``; under the lead a
second story, its headline over the same three columns, its fourth column under the
lead's, opening mid-sentence (``nests, one in the city,``). The lead's third column ends
mid-sentence and goes on at the top of the fourth; read on down that column past the
jump line, the bird count's fourth column was read with the lead, before the bird
count's kicker and headline (order-aware CER 0.130 against 0.000 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
PITCH = 42
FILLER = "the crews worked through the night."


def _text(i: str, kind: BlockKind, box: Box, first: str, last: str = FILLER) -> Block:
    """A column of ``box.h // PITCH`` lines: ``first``, filler, ``last``."""
    n = max(2, box.h // PITCH)
    return _block(i, kind, box, first, *[FILLER] * (n - 2), last)


def _page(lead_end: str) -> list[Block]:
    """The mine lead over the bird count, four columns; the lead's fourth column ends on
    ``lead_end``."""
    return [
        _block("mine_kick", K, Box(113, 376, 305, 20), "HOLLOW CREEK MINE"),
        _block("mine_head", H, Box(113, 426, 1090, 345), "All four trapped miners",
               "brought out alive"),
        _text("mine_1", B, Box(111, 820, 350, 850), "HOLLOW CREEK — The first of the"),
        _text("mine_2", B, Box(493, 820, 350, 850), "Wednesday, blinking under the"),
        _text("mine_3", B, Box(876, 820, 345, 850), "of two days, started to clap",
              "the water had risen, as the old"),
        _text("mine_4", B, Box(1258, 378, 346, 1320), "maps put it.", lead_end),
        _block("bird_kick", K, Box(112, 1762, 154, 20), "OUTDOORS"),
        _block("bird_head", H, Box(113, 1805, 1000, 155), "Bird count finds bald eagles",
               "nesting inside city limits"),
        _text("bird_1", B, Box(112, 2044, 346, 460), "For the first time since anyone",
              "two pairs of bald eagles built"),
        _text("bird_2", B, Box(494, 2044, 345, 460), "sycamore on an island below",
              "of the river, and the counters"),
        _text("bird_3", B, Box(876, 2044, 345, 460), "drove 41 routes across the",
              "found the eagles' two new"),
        _text("bird_4", B, Box(1258, 1762, 347, 740), "nests, one in the city,"),
        # a rail of briefs down the right, a story under it
        _block("rail_title", BlockKind.FURNITURE, Box(1836, 399, 334, 36), "Around the region"),
        _block("police_head", H, Box(1662, 472, 193, 28), "Police beat"),
        _text("police", B, Box(1661, 515, 686, 466), "Grant Avenue, Monday, 11:48 p.m."),
        _block("lotto_head", H, Box(1662, 1016, 127, 34), "Lottery"),
        _text("lotto", B, Box(1661, 1059, 674, 123), "Wednesday's numbers: Daily 3"),
        _block("blood_head", H, Box(1662, 1479, 353, 35), "Blood drive Monday"),
        _text("blood", B, Box(1661, 1523, 685, 500), "The Red Cross will hold a drive"),
        _block("arts_kick", K, Box(1640, 2133, 195, 22), "ARTS & LIFE"),
        _block("arts_head", H, Box(1641, 2180, 681, 198), "Small films, long lines"),
        _text("arts", B, Box(1639, 2420, 700, 900), "By Saturday afternoon the line"),
        # under the bird count: the school board story's photo, the council's heading
        Block("edu_pic", BlockKind.ILLUSTRATION, box=Box(114, 2578, 727, 304)),
        _block("edu_cap", BlockKind.CAPTION, Box(111, 2925, 719, 62), "Filmgoers line up."),
        _block("edu_kick", K, Box(113, 3026, 166, 20), "EDUCATION"),
        _block("edu_head", H, Box(113, 3070, 726, 212), "Board votes 5-4 to merge"),
        _block("hall_kick", K, Box(876, 2574, 144, 19), "CITY HALL"),
        _block("hall_head", H, Box(890, 2613, 317, 149), "Water bills to rise 14%"),
        _block("heat_kick", K, Box(1259, 2574, 165, 20), "HEAT WAVE"),
        _block("heat_head", H, Box(1259, 2614, 279, 96), "103 degrees: Hottest day"),
        _text("heat", B, Box(1258, 2760, 346, 500), "CORWIN FALLS — The thermometer"),
    ]


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_column_ending_on_a_jump_line_takes_no_column_under_it_along() -> None:
    got = _order(_page("See MINE, A9"))
    assert got.index("mine_4") < got.index("bird_kick") < got.index("bird_3") < got.index(
        "bird_4"), got


def test_the_column_under_a_jump_line_goes_on_from_its_own_story() -> None:
    """The bird count's third column ends mid-sentence: its fourth column, under the
    lead's finished one, is where it goes on, read right after it."""
    got = _order(_page("See MINE, A9"))
    assert got[got.index("bird_3") + 1] == "bird_4", got


def test_a_column_ending_mid_sentence_still_goes_on_down_its_column() -> None:
    """Without the jump line, the lead's fourth column ends mid-sentence and the column
    under it opens mid-sentence: no sign the story ended, read on as before."""
    got = _order(_page("the water in the"))
    assert got.index("bird_4") < got.index("bird_kick"), got
