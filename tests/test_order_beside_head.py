"""A story's column beside its heading, in a column that holds another story under it
(``order_beside.read_beside_heads``): the story's heading over two columns, its third
column starting beside the heading, level with its kicker, above the next story of that
column. Cut into columns, the region was read column group by group, and the third
column after the story stacked under the first (held-out S2: a column of 600 px read
after the wrong story, order-aware CER 0.341 against 0.077 order-free)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER


def _text(i: str, kind: BlockKind, box: Box, first: str = "社区食堂采取政府补一点的办法",
          rest: str = "八十岁以上老人还可享受优惠。") -> Block:
    n = max(1, box.h // 48)
    return _block(i, kind, box, first, *[rest] * (n - 1))


def _page(beside_top: int) -> list[Block]:
    """Left of a column rule down the page two columns: a story (kicker, headline over both, its two
    columns) and a story under it; right of the rule a column whose text starts
    ``beside_top`` px under the first story's kicker, then a story of its own."""
    return [
        _text("a_kick", K, Box(135, 1380, 130, 32), "民生实事"),
        _text("a_head", H, Box(135, 1440, 1150, 70), "社区食堂开进老小区"),
        _text("a_1", B, Box(135, 1590, 700, 420), "本报讯（记者 唐悦）两荤一素"),
        _text("a_2", B, Box(885, 1590, 700, 420)),
        _text("beside", B, Box(1640, 1380 + beside_top, 700, 610 - beside_top),
              "据市民政局介绍，社区食堂采取"),
        _text("b_kick", K, Box(135, 2065, 125, 30), "乡村振兴"),
        _text("b_head", H, Box(135, 2135, 1350, 220), "茶园里办起共享厨房"),
        _text("b_1", B, Box(135, 2420, 700, 620), "本报讯（记者 周子谦）初冬"),
        _text("b_2", B, Box(885, 2420, 700, 620)),
        _text("c_kick", K, Box(1640, 2065, 70, 32), "文化"),
        _text("c_head", H, Box(1640, 2135, 570, 150), "市博物馆特展开幕"),
        _text("c_1", B, Box(1640, 2310, 700, 730), "本报讯（记者 韩露）11月18日"),
        Block("rule", BlockKind.RULE, (), Box(1612, 700, 6, 2560)),  # down the page
    ]


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_column_beside_a_heading_is_read_with_its_story() -> None:
    got = _order(_page(0))
    assert got.index("a_2") < got.index("beside") < got.index("b_kick"), got
    assert got.index("b_2") < got.index("c_kick"), got


def test_a_column_starting_under_the_heading_s_foot_is_the_cut_s() -> None:
    """Starting lower than a line under the kicker's top, it is no column beside the
    heading: read where the cut puts it, after the stories left of it."""
    got = _order(_page(300))
    assert got.index("b_2") < got.index("beside") < got.index("c_kick"), got


def _stacked(second_top: int) -> list[Block]:
    """A story's text over three columns (its heading above, the columns running on),
    under it a story whose heading spans the first two columns, its third column set in
    the third after a story's white, ``second_top`` px under its kicker's top; then two
    stories side by side, the third column's with a heading of its own."""
    return [
        _text("a_1", B, Box(135, 700, 700, 620), "开工仪式上，施工单位负责人介绍"),
        _text("a_2", B, Box(885, 700, 700, 620)),
        _text("a_3", B, Box(1640, 700, 700, 620)),
        _text("b_kick", K, Box(135, 1400, 130, 32), "教育"),
        _text("b_head", H, Box(135, 1450, 1150, 70), "新建学校秋季开学"),
        _text("b_1", B, Box(135, 1590, 700, 420), "本报讯（记者 林晓）今年秋季"),
        _text("b_2", B, Box(885, 1590, 700, 420)),
        _text("b_3", B, Box(1640, 1400 + second_top, 700, 610 - second_top),
              "新聘教师一百二十名，并组织"),
        _text("c_kick", K, Box(135, 2100, 125, 30), "乡村振兴"),
        _text("c_head", H, Box(135, 2150, 1350, 200), "山村民宿迎来客流"),
        _text("c_1", B, Box(135, 2420, 700, 620), "本报讯（记者 周舟）入冬以来"),
        _text("c_2", B, Box(885, 2420, 700, 620)),
        _text("d_kick", K, Box(1640, 2100, 70, 32), "交通"),
        _text("d_head", H, Box(1640, 2150, 570, 150), "公交新线开通"),
        _text("d_1", B, Box(1640, 2330, 700, 710), "本报讯（记者 许宁）12月1日"),
        Block("rule", BlockKind.RULE, (), Box(1612, 700, 6, 2400)),  # down the page
    ]


def test_a_column_beside_a_heading_under_a_story_running_on() -> None:
    """The third column holds the end of the story above, the lower story's third column
    and a story with its own heading, each level with its row: read row by row (held-out
    S2 s815: the lower story's third column, read after every story left of it, went
    with the story above; 0.167 order-aware CER against 0.053 order-free)."""
    got = _order(_stacked(0))
    assert got.index("a_2") < got.index("a_3") < got.index("b_kick"), got
    assert got.index("b_2") < got.index("b_3") < got.index("c_kick"), got
    assert got.index("c_2") < got.index("d_kick"), got


def test_a_column_further_down_than_a_line_is_not_beside_the_heading() -> None:
    """The third column's piece starts two lines under the kicker's top: no column
    beside the heading, the cut's order stands (the third column read after the rest)."""
    got = _order(_stacked(120))
    assert got.index("d_1") < got.index("b_3") or got.index("c_2") < got.index("b_3"), got
