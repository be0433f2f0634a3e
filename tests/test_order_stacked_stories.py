"""Stories stacked in the same columns (``order_stacks.stacked_stories``).

A story's two columns end level and a headless story (a profile) runs on in the same two
columns under a story's white: cut into columns first, each column was read down
through both stories (held-out S4 s845: order-aware CER 0.150 against 0.008
order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
PITCH = 48


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler."""
    n = max(1, box.h // PITCH)
    filler = "the council heard from residents of the east ward"
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _rail() -> list[Block]:
    """A box of briefs down the right of the page, each with its own head, set tight (no
    white band across it)."""
    return [
        _text("box_title", BlockKind.FURNITURE, Box(1700, 620, 500, 40), "BRIEFLY"),
        _text("ferry_head", H, Box(1700, 656, 500, 44), "Ferry timetable"),
        _text("ferry", B, Box(1700, 696, 620, 288), "The 7:15 crossing runs again from Monday."),
        _text("pool_head", H, Box(1700, 980, 500, 44), "Pool closed for repairs"),
        _text("pool", B, Box(1700, 1020, 620, 336), "The Quarry Lane pool shuts for two weeks"),
        _text("choir_head", H, Box(1700, 1352, 500, 44), "Choir seeks tenors"),
        _text("choir", B, Box(1700, 1392, 620, 624), "The Millbrook Singers rehearse on Tuesdays"),
    ]


def _stacked(under: int) -> list[Block]:
    """The storm story (kicker, headline over two columns, its columns ending level at
    y 1380) and, ``under`` px lower in the same two
    columns, a headless profile's text; the box of briefs right of them."""
    top = 1380 + under
    return [
        _text("storm_kick", K, Box(100, 600, 400, 40), "THE STORM"),
        _text("storm_head", H, Box(100, 660, 1100, 170), "Roofs torn off as gale sweeps the coast"),
        _text("storm_1", B, Box(100, 900, 540, 480), "By Ada Lindqvist", "SALT COVE — The gale"),
        _text("storm_2", B, Box(660, 900, 540, 480), "slates were flying off the"),
        _text("bees_1", B, Box(100, top, 540, 624), "    Tomas Reyes has kept bees for forty"),
        _text("bees_2", B, Box(660, top, 540, 576), "the hives through winter."),
        *_rail(),
    ]


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_story_stacked_under_another_in_its_columns_is_read_after_it() -> None:
    """A story's white (70 px, more than a line over the leading) parts both columns
    level: the storm story's two columns, then the profile's two."""
    got = _order(_stacked(70))
    assert got.index("storm_1") < got.index("storm_2") < got.index("bees_1") < got.index(
        "bees_2"), got
    assert got.index("bees_2") < got.index("box_title"), got


def test_pieces_a_paragraph_s_white_apart_are_read_column_by_column() -> None:
    """Parted by 20 px (less than half a line over the leading), the pieces are one
    story's columns cut level by chance: each column is read down."""
    got = _order(_stacked(20))
    assert got.index("storm_1") < got.index("bees_1") < got.index("storm_2") < got.index(
        "bees_2"), got


def test_stories_side_by_side_ending_level_are_read_column_by_column() -> None:
    """The left column a story of its own and the right the box of briefs, both ending
    level over a story's white: no story runs across them, each column is read down (the
    story under the left one before the briefs)."""
    blocks = [
        _text("storm_kick", K, Box(100, 600, 400, 40), "THE STORM"),
        _text("storm_head", H, Box(100, 660, 1100, 170), "Roofs torn off as gale sweeps the coast"),
        _text("storm_1", B, Box(100, 900, 540, 1104), "By Ada Lindqvist", "SALT COVE — The gale"),
        _text("storm_2", B, Box(660, 900, 540, 1104), "slates were flying off the"),
        *_rail(),
        _text("depot_head", H, Box(100, 2080, 1100, 100), "Bus depot plan goes to vote"),
        _text("depot_1", B, Box(100, 2220, 540, 960), "By Ivo Marsh"),
        _text("depot_2", B, Box(660, 2220, 540, 960), "objections from the harbor side."),
        _text("mill_head", H, Box(1700, 2080, 620, 100), "Mill to reopen as museum"),
        _text("mill", B, Box(1700, 2220, 620, 960), "OAKFORD — The old cotton mill"),
    ]
    got = _order(blocks)
    assert got.index("depot_2") < got.index("box_title") < got.index("mill_head"), got
