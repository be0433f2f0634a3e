"""Stories stacked in the same columns, the upper one's headline shorter than its story
(``order_stacks._one_across``): a short CJK headline's box ends over the story's first
columns, its text in every column starting level under it. The story is still one
across the columns, and the band under it where the next story opens is a story's end:
its last column was read after the story under it (held-out S6 s861: 0.17 order-aware
CER against 0.05 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, BY = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.BYLINE
PITCH = 52


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler."""
    n = max(1, box.h // PITCH)
    filler = "渔港边的美食街上摆满了摊位。"
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))).reading_order


def _page(head_right: int) -> list[Block]:
    """The festival story: kicker and headline (their box ending at ``head_right``), its
    byline and text in three columns; under it, past a story's white, the ferry story:
    its headline over the first two columns, its third column beside it from its top."""
    return [
        _text("fest_kicker", K, Box(100, 400, 300, 40), "千帆竞发渔港沸腾"),
        _text("fest_head", H, Box(100, 460, head_right - 100, 70), "第二十届开渔节开幕"),
        _text("fest_by", BY, Box(100, 560, 340, 40), "记者钟海燕文/摄"),
        _text("fest_1", B, Box(100, 610, 520, 460), "锣鼓声中，三百多艘渔船"),
        _text("fest_2", B, Box(680, 560, 520, 520), "岁的老船工站在码头上"),
        _text("fest_3", B, Box(1260, 560, 520, 416), "在渔港边的美食街上"),
        _text("ferry_head", H, Box(100, 1180, 1020, 180), "老渡口要搬市民各抒己见"),
        _text("ferry_deck", BlockKind.SUBHEADLINE, Box(100, 1370, 540, 40), "码头拟迁往东侧"),
        _text("ferry_1", B, Box(100, 1430, 520, 364), "轮渡码头要不要搬"),
        _text("ferry_2", B, Box(680, 1370, 520, 468), "海岛的主要客运码头"),
        _text("ferry_3", B, Box(1260, 1160, 520, 624), "住青屿的代表说"),
    ]


def test_a_short_headline_s_story_is_read_across_before_the_story_under_it() -> None:
    got = _order(_page(head_right=780))
    assert got.index("fest_1") < got.index("fest_2") < got.index("fest_3") < got.index(
        "ferry_head") < got.index("ferry_1") < got.index("ferry_2") < got.index("ferry_3"), got


def test_the_same_with_the_headline_across_its_three_columns() -> None:
    """(Read so already: the headline's box over all three columns.)"""
    got = _order(_page(head_right=1780))
    assert got.index("fest_3") < got.index("ferry_head") < got.index("ferry_3"), got
