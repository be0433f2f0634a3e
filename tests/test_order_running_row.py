"""A story running on in a row of columns over the stories under it is read whole first
(``order._runs_on``), with a photo set in one of its columns, or with the next story's
heading set across the row's gutter.

Cut into columns first, the running story's columns were read each before the story
under it: its second column, beside its photo, after the story under the photo (fresh
pool V en s3061, order-aware body CER 0.244 against 0.001 order-free), its last two
columns under its photo after the story whose two-column heading stands under its first
two (fresh pool Y zh s3056, 0.228 against 0.073); the columns read late became an
article of their own.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import filled_block, indented_block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE
P, C, Y = BlockKind.ILLUSTRATION, BlockKind.CAPTION, BlockKind.BYLINE
#: The leading of the blocks' running text, px a line.
PITCH = 50


def _text(i: str, kind: BlockKind, box: Box, first: str = "The utility said the crews",
          rest: str = "worked through the night to restore the power") -> Block:
    return filled_block(i, kind, box, first, rest, PITCH)


def _opening(i: str, box: Box, first: str, rest: str) -> Block:
    """Running text whose first line opens a paragraph (indented)."""
    n = max(1, box.h // PITCH)
    return indented_block(i, "body", box, [(1.5, first), *[(0.0, rest)] * (n - 1)])


def _order(blocks: list[Block], lang: str = "en") -> tuple[str, ...]:
    return order(Page("p", SRC, lang, (2480, 3508), blocks=tuple(blocks))).reading_order


def _photo_in_column(picture_text: bool = True) -> list[Block]:
    """A story's headline and deck over two columns, its photo over the first with the
    credit and caption under it, then its byline and text; its second column beside
    the photo, its third beside the heading. Under it three one-column stories, and a
    photo over a fourth story in the last column. ``picture_text``: the first column
    goes on past the caption with the story's text (else it holds the photo alone)."""
    first = [
        _text("a_photo", P, Box(138, 955, 525, 271), ""),
        _text("a_credit", BlockKind.CREDIT, Box(242, 1235, 420, 26), "Courtesy of the Club"),
        _text("a_cap", C, Box(139, 1270, 500, 158), "Pepper, a border collie"),
    ]
    if picture_text:
        first += [
            _text("a_by", Y, Box(143, 1471, 399, 97), "By Hannah Lowry,", "Staff Reporter"),
            _text("a_1", B, Box(141, 1582, 522, 259), "KELSO — The lights went out"),
        ]
    return [
        _text("a_head", H, Box(136, 444, 1043, 265), "1,200 homes, 9 hours, no power"),
        _text("a_deck", S, Box(133, 736, 995, 151), "A failed transformer left the north"),
        *first,
        _opening("a_2", Box(697, 929, 539, 939), "For the next nine hours",
                 "about 1,200 homes and 40 businesses"),
        _text("a_3", B, Box(1242, 433, 535, 1438), "and it is the part that"),
        _text("b_kick", K, Box(145, 1947, 370, 30), "BACK IN BUSINESS"),
        _text("b_head", H, Box(145, 2000, 487, 244), "Doors open again at Main"),
        _text("b_1", B, Box(145, 2571, 526, 766), "A line of children waited"),
        _text("c_kick", K, Box(703, 1944, 190, 26), "EXCLUSIVE"),
        _text("c_head", H, Box(702, 1990, 393, 225), "Plans for 640 homes"),
        _text("c_1", B, Box(705, 2652, 523, 654), "A developer has drawn up"),
        _text("d_kick", K, Box(1260, 1942, 187, 30), "IN COURT"),
        _text("d_head", H, Box(1254, 1994, 522, 181), "Judge rules for farmer"),
        _text("d_1", B, Box(1262, 2609, 520, 710), "A Superior Court judge"),
        _text("e_photo", P, Box(1807, 423, 525, 401), ""),
        _text("e_cap", C, Box(1818, 869, 484, 232), "Captain Ray Dufresne, center"),
        _text("e_kick", K, Box(1819, 1152, 281, 29), "ON THE WATER"),
        _text("e_head", H, Box(1819, 1204, 510, 201), "Will the 7:15 still sail?"),
        _text("e_1", B, Box(1820, 1494, 518, 542), "Commuters on the Gull Island"),
        Block("r_top", BlockKind.RULE, (), Box(134, 391, 2199, 18)),  # under the folio line
        Block("r_1", BlockKind.RULE, (), Box(676, 932, 19, 2409)),  # from the photo's top
        Block("r_2", BlockKind.RULE, (), Box(1231, 429, 22, 2909)),
        Block("r_3", BlockKind.RULE, (), Box(1788, 426, 39, 2910)),
    ]


def test_a_column_beside_the_story_s_photo_is_read_before_the_stories_under_it() -> None:
    got = _order(_photo_in_column())
    assert got.index("a_1") < got.index("a_2") < got.index("b_kick"), got
    assert got.index("a_2") < got.index("c_kick"), got


def test_a_photo_alone_over_its_column_opens_no_running_row() -> None:
    """Guard: a column holding the photo and its caption only is no running story's
    (the photo may be the story's under it): the row is not read first across it, the
    column beside the photo is read in its place as before (the story under the photo
    first)."""
    got = _order(_photo_in_column(picture_text=False))
    assert got.index("b_1") < got.index("a_2"), got


def _heading_across_gutter(span: int) -> list[Block]:
    """A story's photo across four columns, its text under the photo in the four; under
    it a story whose heading spans ``span`` of those columns from the left, its text in
    all four (the columns right of the heading starting level with it), a story's heading
    under both, and right of them all a story's headline level with the running row."""
    xs = (88, 461, 838, 1212)
    tops = (1445, 1390, 1393, 1393)
    return [
        _text("a_photo", P, Box(86, 965, 1470, 322), ""),
        *[_text(f"a_{n}", B, Box(x, y, 344, 1779 - y), "海棠新村建于上世纪九十年代，",
                "共有住户一百二十户。") for n, (x, y) in enumerate(zip(xs, tops, strict=True))],
        _text("b_head", H, Box(87, 1820, 344 + (span - 1) * 375, 170), "乘客落下装有5万元的包"),
        *[_text(f"b_{n}", B, Box(x, 2010 if n < span else 1810, 344, 300),
                "昨天凌晨1点，在城东派出所，", "失主陈先生接过失而复得的包。")
          for n, x in enumerate(xs)],
        _text("c_head", H, Box(463, 2277, 717, 302), "“客服”来电说要关闭“百万保障”"),
        _text("c_1", B, Box(463, 2600, 717, 600), "本报通讯员 祝警宣 记者 钱嘉"),
        _text("d_head", H, Box(1589, 1273, 713, 184), "2026枫港马拉松本周日开跑"),
    ]


def test_a_heading_across_the_running_row_s_gutter_closes_its_columns() -> None:
    got = _order(_heading_across_gutter(2), "zh")
    assert got.index("a_2") < got.index("a_3") < got.index("b_head"), got


def test_a_heading_inside_one_column_closes_no_row() -> None:
    """Guard: a heading one column wide under the row spans no gutter of it: the row's
    columns may run on down beside that story, so the row is not read first for it
    (its first column is read down into the story under the heading, as before)."""
    got = _order(_heading_across_gutter(1), "zh")
    assert got.index("b_head") < got.index("a_1"), got
