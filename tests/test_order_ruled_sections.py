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

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
PITCH = 48
CJK_PITCH = 50  # a Chinese character's width


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


# A Chinese page as held-out S2 s816 sets it: rules stand in every gutter, and a story's
# last column beside its headline opens a fresh paragraph (two characters in) as a
# headless story does; only what it talks about tells whose it is.
_CANTEEN = ("本市首批八家社区食堂开业一个月，日均就餐超过三千人次，其中老人约占七成。"
            "社区食堂设在闲置的老办公楼一层，上午十一点不到，门口就排起了队。")
_CANTEEN_MORE = ("社区食堂每餐两荤一素加一碗汤，老人只需付十二元。下一步，社区食堂将推出送餐服务，"
                 "由社区志愿者送到行动不便的老人家中。")
_BASKETBALL = ("终场前四秒，海港区队后卫突破上篮得手，帮助球队以七十一比七十反超比分，"
               "随后顶住对手的最后一攻，赢得全场比赛。")


def _zh(i: str, kind: BlockKind, box: Box, text: str, indent: float = 2.0) -> Block:
    """A Chinese block of ``text`` set ``box.w // CJK_PITCH`` characters a line, its
    first line set ``indent`` characters in (a paragraph's opening)."""
    step = box.w // CJK_PITCH
    b = _block(i, kind, box, *(text[k:k + step] for k in range(0, len(text), step)))
    if kind == BlockKind.BODY:
        first = dataclasses.replace(b.lines[0], indent=indent)
        b = dataclasses.replace(b, lines=(first, *b.lines[1:]))
    return b


def _zh_page(right: str) -> list[Block]:
    """The canteen story (kicker, headline over two columns, its text in both) and the
    harbour story under it in the same two columns; right of a rule down the whole
    region, a column opening with ``right`` level with the canteen kicker, and the
    museum story under it."""
    return [
        _zh("canteen_kick", K, Box(100, 400, 200, 40), "民生实事", 0),
        _zh("canteen_head", H, Box(100, 450, 1500, 110), "社区食堂开进老小区", 0),
        _zh("canteen_1", B, Box(100, 600, 740, 620), _CANTEEN[:42]),
        _zh("canteen_2", B, Box(860, 600, 740, 620), _CANTEEN[42:], 0),
        _zh("port_kick", K, Box(100, 1300, 200, 40), "港口", 0),
        _zh("port_head", H, Box(100, 1350, 1500, 110), "港口吞吐量创新高", 0),
        _zh("port_1", B, Box(100, 1500, 740, 900), "今年前十个月，港口集装箱吞吐量同比增长一成。"),
        _zh("port_2", B, Box(860, 1500, 740, 900), "新开通的航线连接东南亚各主要港口。", 0),
        _zh("right", B, Box(1660, 400, 720, 760), right),
        _zh("museum_kick", K, Box(1660, 1300, 200, 40), "文化", 0),
        _zh("museum_head", H, Box(1660, 1350, 720, 110), "博物馆特展开幕", 0),
        _zh("museum", B, Box(1660, 1500, 720, 900), "市博物馆主办的城市考古成果展昨日开幕。"),
        Block("col_rule", R, box=Box(1628, 380, 4, 2040)),
    ]


def _zh_order(blocks: list[Block]) -> tuple[str, ...]:
    got = order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))).reading_order
    return tuple(i for i in got if i != "col_rule")


def test_a_chinese_column_talking_of_the_story_beside_it_is_its_last_column() -> None:
    """The column right of the rule opens a paragraph on the canteens the story left of
    it tells of: the story's last column, read before the harbour story under it (S2
    s816: parted at the rule, 0.096 -> 0.311 order-aware CER)."""
    got = _zh_order(_zh_page(_CANTEEN_MORE))
    assert got.index("canteen_2") < got.index("right") < got.index("port_kick"), got


def test_a_chinese_column_talking_of_another_thing_is_a_section_of_its_own() -> None:
    """The same column telling of a basketball match: a headless story, read after the
    section left of the rule (S6 s866)."""
    got = _zh_order(_zh_page(_BASKETBALL))
    assert got.index("port_2") < got.index("right") < got.index("museum_kick"), got


def _photo_page() -> list[Block]:
    """As held-out S4 s842 sets it: left of a column rule the chess story's photo over
    its kicker and headline, a photo under it, the mill story under that; right of the
    rule a headless story (the play) and under it the marathon story, its photo's caption
    a row of its own, level with nothing on the left."""
    pic, cap = BlockKind.ILLUSTRATION, BlockKind.CAPTION
    return [
        Block("chess_pic", pic, box=Box(100, 300, 880, 360)),
        _zh("chess_cap", cap, Box(100, 680, 600, 40), "少年宫棋社的孩子们在对弈。", 0),
        _zh("chess_kick", K, Box(100, 760, 120, 40), "人物", 0),
        _zh("chess_head", H, Box(100, 810, 880, 120), "十一岁棋童的复盘", 0),
        _zh("chess_1", B, Box(100, 960, 420, 300),
            "在日前结束的全市少儿象棋公开赛上，十一岁的男孩连胜七轮。"),
        _zh("chess_2", B, Box(560, 960, 420, 300), "他所在的棋社每周六下午活动。", 0),
        Block("mill_pic", pic, box=Box(100, 1300, 880, 280)),
        _zh("mill_cap", cap, Box(100, 1600, 400, 40), "老职工在厂门口合影。", 0),
        _zh("mill_head", H, Box(100, 1760, 880, 120), "老纺织厂停产职工怎么安置", 0),
        _zh("mill_1", B, Box(100, 1920, 420, 500),
            "有着六十年历史的纺织厂正式停产，厂区大门外站满了老职工。"),
        _zh("mill_2", B, Box(560, 1920, 420, 500), "人社部门上门举办专场招聘。", 0),
        _zh("play_1", B, Box(1040, 290, 420, 700),
            "舞台上几乎什么都没有：一张木桌，一盏马灯，一段铁梯。"),
        _zh("play_2", B, Box(1500, 290, 420, 700), "导演没有用大段的台词去讲奉献。", 0),
        _zh("run_kick", K, Box(1040, 1040, 120, 40), "体育", 0),
        _zh("run_head", H, Box(1040, 1090, 880, 120), "马拉松赛会纪录被改写", 0),
        Block("run_pic", pic, box=Box(1040, 1240, 880, 400)),
        _zh("run_cap", cap, Box(1040, 1660, 600, 40), "选手从市民广场出发。", 0),
        _zh("run_by", BlockKind.BYLINE, Box(1040, 1760, 400, 40), "本报记者 甄乐", 0),
        _zh("run_1", B, Box(1040, 1810, 420, 600), "清晨七时三十分，马拉松在市民广场鸣枪开跑。"),
        _zh("run_2", B, Box(1500, 1810, 420, 600), "男子组冠军率先冲线。", 0),
        Block("col_rule", R, box=Box(1000, 280, 4, 2160)),
    ]


def test_a_photo_over_a_story_left_of_a_rule_and_a_headless_story_right_of_it() -> None:
    """The section left of the rule opens with its story's photo, the one right of it
    with a headless story: the caption row right of the rule closes the marathon's
    photo, not the region (``order_stacks.ruled_beside``), and the sections are read in
    turn, the marathon's text after its caption (S4 s842: read row by row, the mill
    story came between the marathon's photo and its text, 0.269 -> 0.138)."""
    got = _zh_order(_photo_page())
    assert got == ("chess_pic", "chess_cap", "chess_kick", "chess_head", "chess_1",
                   "chess_2", "mill_pic", "mill_cap", "mill_head", "mill_1", "mill_2",
                   "play_1", "play_2", "run_kick", "run_head", "run_pic", "run_cap",
                   "run_by", "run_1", "run_2"), got


def test_a_caption_row_right_of_a_section_s_edge_closes_its_photo_not_the_region() -> None:
    """The same page, the chess story opening with its kicker (no photo over it): the
    rule is a section's edge (a heading left of it, a headless story right of it, not
    talking of it), and the marathon's caption row right of it closes nothing across it
    (``order_stacks.ruled_beside``): the mill story is read before the play, not between
    the marathon's photo and its text."""
    got = _zh_order([b for b in _photo_page() if b.id not in ("chess_pic", "chess_cap")])
    assert got.index("mill_2") < got.index("play_1"), got
    assert got.index("run_cap") < got.index("run_by") == got.index("run_cap") + 1, got
