"""A column group's top taken by its columns, not by pixels (``order_gutters.top_block``):
two columns set level at a story's top stand a few pixels apart on a scan, and the one a
few pixels higher is not the story's opening when it is the right-hand one. Held-out Y2
s970 (narrow gutters, 20 px): a headless story's column 4 stands 4 px over its column 3,
so the story seemed to open mid-sentence, the full-height column rule left of it parted
nothing (``ruled_sections``), and the story was read inside the lead's group, column 4
first (order-aware CER 0.333 against 0.013 order-free)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order
from ocr.order_gutters import top_block

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
P, C, D, Y = BlockKind.ILLUSTRATION, BlockKind.CAPTION, BlockKind.SUBHEADLINE, BlockKind.BYLINE


def _en(i: str, kind: BlockKind, box: Box, first: str = "Families of elderly residents were",
        rest: str = "told the home would close by the end of the year") -> Block:
    n = max(1, box.h // 46)
    return _block(i, kind, box, first, *[rest] * (n - 1))


def _page(lift: int, ruled: bool = True) -> list[Block]:
    """Held-out Y2 s970 as blocks: four columns, gutters of 20 px. Left of a column rule
    down the page, the lead over two columns (kicker, headline, deck, photo, caption,
    byline, its two columns) and a story under it; right of it, at the top, a headless
    story's two columns level with the lead's kicker (its second column ``lift`` px
    higher than its first, opening mid-sentence), then two stories with headings."""
    blocks = [
        _en("a_kick", K, Box(99, 433, 167, 28), "EXCLUSIVE"),
        _en("a_head", H, Box(101, 496, 1069, 180), "We found out from a letter left on Mum's bed"),
        _en("a_deck", D, Box(101, 683, 1057, 96), "Families given six weeks to find new places"),
        Block("a_photo", P, (), Box(103, 816, 1136, 440)),
        _en("a_cap", C, Box(103, 1299, 1096, 80), "Residents at the home on its last open day"),
        _en("a_by", Y, Box(105, 1388, 364, 33), "by Kirsty Dunmore"),
        _en("a_1", B, Box(105, 1428, 548, 509), "FAMILIES of 31 elderly residents at"),
        _en("a_2", B, Box(678, 1398, 553, 532), "council-funded placements. Jean Parfitt"),
        _en("b_kick", K, Box(110, 1992, 112, 25), "RESCUE"),
        _en("b_head", H, Box(111, 2052, 1096, 185), "Paddleboarders swept a mile out to sea"),
        _en("b_1", B, Box(113, 2300, 537, 900), "Two paddleboarders who were blown"),
        _en("b_2", B, Box(685, 2300, 553, 900), "and reached them ten minutes later."),
        _en("top_1", B, Box(1244, 415, 527, 537), "St Bede's Primary School in Kelderby"),
        _en("top_2", B, Box(1814, 415 - lift, 548, 537 + lift),
            "arrived in 2021, said the turnaround"),
        _en("c_kick", K, Box(1246, 1005, 221, 27), "TRAVEL MISERY"),
        _en("c_head", H, Box(1249, 1065, 1117, 285), "Level crossing shut for 11 weeks"),
        _en("c_1", B, Box(1251, 1400, 530, 800), "Drivers face a 14-mile detour from"),
        _en("c_2", B, Box(1823, 1400, 555, 800), "Monday when the Station Road level"),
        _en("d_head", H, Box(1254, 2300, 1010, 133), "Town 2 Rovers 3: Late sucker punch"),
        _en("d_1", B, Box(1255, 2470, 549, 780), "Kelderby Town will have to wait at"),
        _en("d_2", B, Box(1828, 2470, 550, 720), "and lifted it over keeper Ben Stubbs."),
    ]
    return blocks + ([Block("rule", BlockKind.RULE, (), Box(1236, 418, 6, 2835))] if ruled else [])


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_headless_story_s_second_column_a_few_pixels_higher_does_not_open_it() -> None:
    """Column 4 stands 4 px over column 3 (s970): the story opens on column 3's sentence,
    so the rule parts the sections and the story is read after the left half's, its
    columns left to right (main: read between the lead and RESCUE, column 4 first)."""
    got = _order(_page(4))
    assert got.index("b_2") < got.index("top_1") < got.index("top_2") < got.index("c_kick"), got


def test_level_tops_read_the_same_whichever_column_is_higher() -> None:
    """Tops level to the pixel, or the first column higher: the same order as above."""
    for lift in (0, -4):
        got = _order(_page(lift))
        assert got.index("b_2") < got.index("top_1") < got.index("top_2") < got.index("c_kick"), (
            lift, got)


def test_top_block_takes_the_leftmost_of_level_columns_only() -> None:
    """Within a line of the highest running text, the leftmost column; a column more than
    a line lower is not level; a heading on top is never passed over."""
    blocks = _page(4)
    right = [b for b in blocks if b.id in {"top_1", "top_2", "c_kick", "c_head", "c_1", "c_2"}]
    top = top_block(right)
    assert top is not None and top.id == "top_1"
    lower = [b if b.id != "top_1" else _en("top_1", B, Box(1244, 415 + 60, 527, 477))
             for b in right]
    top = top_block(lower)
    assert top is not None and top.id == "top_2"
    left = [b for b in blocks if b.id in {"a_kick", "a_head", "a_1", "a_2"}]
    top = top_block(left)
    assert top is not None and top.id == "a_kick"
