"""A heavy scan's bold Chinese heading line boxed as pieces inside its stack (forty-ninth
session's census of headline lines read whole but placed wrong, fresh draws).

On a heavy UMing page a headline line's strokes break apart: the layout boxes a glyph or
two as a small illustration and a stroke, or a glyph's feet, as a short rule. Read in
order, those pieces stand between the heading's lines and its deck, and parted the
stack: the kicker and the first headline lines were left an article of their own with
no text, the deck under the pieces opened the story (``heading_beside.specks_in_stacks``,
``GLYPH_LINES``). A photo between heading blocks is several lines of the heading's type
high and stays a photo.

Blocks as layout and recognition leave them on a 300 dpi page, in the scan path's order;
the words are this file's own.
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page

B, H, P, K, R, S, Y = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.ILLUSTRATION,
                       BlockKind.KICKER, BlockKind.RULE, BlockKind.SUBHEADLINE,
                       BlockKind.BYLINE)


def _owner(page: Page, block: str) -> str | None:
    owners = [a.id for a in page.articles if block in a.block_ids]
    return owners[0] if owners else None


def _piece(i: str, kind: BlockKind, box: Box) -> Block:
    return Block(i, kind, (), box)


def _stack(pieces: list[Block]) -> list[Block]:
    """A column's story under a three-line headline of 86 px type, its third line read as
    ``pieces``; the deck, a byline and the text under them."""
    return [
        _block("k", K, Box(1836, 986, 171, 37), "议事厅"),
        _block("h1", H, Box(1835, 1053, 446, 68), "市人大常委会表决"),
        _block("h2", H, Box(1833, 1141, 523, 86), "八项民生工程全"),
        *pieces,
        _block("d1", H, Box(1830, 1307, 479, 54), "得票最多的是“老街加装"),
        _block("d2", S, Box(1827, 1361, 506, 65), "电梯”，赞成票占九成六"),
        _block("y", Y, Box(1825, 1441, 406, 61), "本报记者 周文 林川"),
        _block("t", B, Box(1814, 1493, 536, 613), "12月3日上午，市人大常委会",
               "第二十一次会议对八项民生", "工程逐项投票表决，全部获得通过。"),
    ]


#: The third line (``获全票通过``) as a heavy scan boxed it: three glyphs as pictures of
#: 47–57 px, strokes and feet as four rules of 67–235 px.
_BROKEN_LINE = [
    _piece("r1", R, Box(1834, 1291, 85, 3)),
    _piece("i1", P, Box(1918, 1245, 47, 50)),
    _piece("i2", P, Box(1993, 1236, 48, 60)),
    _piece("r2", R, Box(1963, 1293, 106, 5)),
    _piece("i3", P, Box(2068, 1246, 57, 54)),
    _piece("r3", R, Box(2080, 1289, 67, 3)),
    _piece("r4", R, Box(1834, 1292, 235, 7)),
]


def test_a_heading_line_broken_into_glyphs_and_strokes_parts_no_stack() -> None:
    page = _assembled(_stack(_BROKEN_LINE), lang="zh")
    story = _owner(page, "t")
    assert story is not None
    assert [_owner(page, b) for b in ("k", "h1", "h2", "d1", "d2", "y")] == [story] * 6


def test_a_lone_glyph_picture_between_two_heading_lines_parts_no_stack() -> None:
    """One glyph boxed as a picture, with no rule beside it."""
    page = _assembled(_stack([_piece("i1", P, Box(1918, 1245, 47, 50))]), lang="zh")
    story = _owner(page, "t")
    assert [_owner(page, b) for b in ("k", "h1", "h2", "d1")] == [story] * 4


def test_two_glyphs_boxed_as_one_picture_with_a_stroke_part_no_stack() -> None:
    """A picture of two glyphs run together (111 px wide under 75 px type) and a stroke
    boxed as a rule, between a headline's line and its deck."""
    blocks = [
        _block("h", H, Box(1483, 1528, 390, 75), "夜里也能"),
        _piece("i", P, Box(1495, 1622, 111, 76)),
        _piece("r", R, Box(1491, 1657, 182, 8)),
        _block("d", S, Box(1488, 1714, 402, 90), "区医院门诊八个科室开到", "晚上九点"),
        _block("y", Y, Box(1490, 1818, 277, 54), "本报记者 何雨"),
        _block("t", B, Box(1492, 1853, 424, 570), "“白天上班，孩子上学，",
               "看病只能请假。”市民说。"),
    ]
    page = _assembled(blocks, lang="zh")
    story = _owner(page, "t")
    assert [_owner(page, b) for b in ("h", "d", "y")] == [story] * 3


def test_a_photo_between_heading_lines_stays_a_photo() -> None:
    """A picture three lines of the heading's type high (a portrait set in the stack) is
    no glyph: it stays in the walk, a photo of the page."""
    photo = _piece("p", P, Box(1840, 1240, 200, 260))
    page = _assembled(_stack([photo]), lang="zh")
    assert any("p" in ph.block_ids for ph in page.photos)


def test_a_column_wide_rule_between_two_stacks_still_parts_them() -> None:
    """A rule the column wide under a glyph picture ends the story above: the run is no
    line's pieces when its rule is a border."""
    run = [_piece("i1", P, Box(1918, 1245, 47, 50)), _piece("r", R, Box(1830, 1292, 520, 6))]
    page = _assembled(_stack(run), lang="zh")
    assert _owner(page, "h2") != _owner(page, "t")
