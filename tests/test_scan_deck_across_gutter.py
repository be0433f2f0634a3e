"""A deck's line set across the page, cut at the gutter it spans, reads as one line
(``heading_roles._pieces_along``).

Held-out S7 s884: under ``HOLLOW CREEK MINE`` and its two-line headline, a deck of two
lines across the page; layout cut its first line at the gutter under the headline, so
``out through a flooded`` is a block of its own, a little higher than the line it ends
and measured as headline type, and the order read it before the deck
(``out through a flooded`` / ``Crews drilled … the men`` / ``return entry``). S3 s834 is
the same in a column pair: ``No one hurt; cause under`` | ``investigation, fire`` /
``marshal says``. Blocks as layout and recognition leave them on a 300 dpi page (the
words' boxes as read), in the order the scan path gave them.
"""

from __future__ import annotations

from conftest import assembled_scan

from ocr.model import Article, Block, BlockKind, Box, Line, Word

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE

Read = tuple[str, int, int, int, int]


def _line(*words: Read) -> Line:
    boxes = [Box(x, y, w, h) for _, x, y, w, h in words]
    return Line(tuple(Word(t, b) for (t, *_), b in zip(words, boxes, strict=True)),
                Box.enclosing(boxes))


def _block(bid: str, kind: BlockKind, *lines: Line) -> Block:
    return Block(bid, kind, lines, Box.enclosing([ln.box for ln in lines if ln.box]))


def _mine(piece_x: int = 1568) -> list[Block]:
    """S7 s884's head as read; ``piece_x``: where the deck's cut-off piece starts."""
    dx = piece_x - 1568
    return [
        _block("k", K, _line(("HOLLOW", 104, 466, 164, 31), ("CREEK", 279, 465, 127, 30),
                             ("MINE", 419, 464, 90, 28))),
        _block("h", H,
               _line(("All", 102, 528, 167, 96), ("four", 310, 526, 254, 97),
                     ("trapped", 601, 517, 469, 126), ("miners", 1112, 513, 416, 143),
                     ("brought", 1568, 499, 487, 146), ("out", 2095, 511, 199, 87)),
               _line(("alive", 109, 672, 277, 97), ("after", 431, 667, 292, 97),
                     ("31", 763, 667, 134, 95), ("hours", 947, 659, 342, 98))),
        _block("p", H, _line(("out", 1568 + dx, 797, 87, 45), ("through", 1674 + dx, 777, 213, 76),
                             ("a", 1909 + dx, 802, 29, 36), ("flooded", 1954 + dx, 785, 204, 63))),
        _block("d", S,
               _line(("Crews", 110, 812, 171, 50), ("drilled", 298, 809, 177, 52),
                     ("a", 495, 805, 30, 40), ("6-inch", 540, 805, 168, 52),
                     ("air", 731, 806, 77, 47), ("hole,", 825, 802, 129, 58),
                     ("then", 971, 801, 123, 71), ("walked", 1116, 797, 191, 52),
                     ("the", 1328, 797, 85, 48), ("men", 1435, 808, 111, 37)),
               _line(("return", 112, 891, 170, 56), ("entry", 303, 889, 161, 69))),
        _block("b", B,
               _line(("HOLLOW", 112, 1330, 150, 40), ("CREEK", 276, 1330, 130, 40),
                     ("—", 420, 1330, 40, 40), ("All", 474, 1330, 60, 40),
                     ("four", 548, 1330, 80, 40), ("miners", 642, 1330, 130, 40)),
               _line(("trapped", 112, 1385, 150, 40), ("for", 276, 1385, 60, 40),
                     ("31", 350, 1385, 40, 40), ("hours", 404, 1385, 110, 40),
                     ("walked", 528, 1385, 130, 40), ("out.", 672, 1385, 80, 40))),
    ]


def _story(blocks: list[Block], head: str = "h") -> Article:
    (story,) = [a for a in assembled_scan(blocks).articles if head in a.block_ids]
    return story


def test_a_deck_line_cut_at_a_gutter_reads_whole_in_its_place() -> None:
    story = _story(_mine())
    assert story.headlines == ("All four trapped miners brought out alive after 31 hours",)
    assert story.subheadline == ("Crews drilled a 6-inch air hole, then walked the men out "
                                 "through a flooded return entry")


def test_a_deck_line_and_its_piece_in_a_narrow_column_pair() -> None:
    """S3 s834: the piece's two words, with an ascender and a descender each, measure
    taller than the line's (``_type_height`` 43 against 32); the lines' boxes, side by
    side, are of one height."""
    blocks = [
        _block("h", H,
               _line(("“We", 1490, 1259, 153, 62), ("heard", 1666, 1255, 201, 67),
                     ("the", 1890, 1255, 108, 67), ("roof", 2021, 1255, 160, 67),
                     ("go”:", 2191, 1276, 162, 71)),
               _line(("fire", 1489, 1365, 120, 67), ("guts", 1630, 1388, 156, 69),
                     ("old", 1812, 1365, 112, 67), ("cannery", 1946, 1391, 285, 67)),
               _line(("warehouse", 1486, 1476, 391, 68))),
        _block("p", S, _line(("investigation,", 1939, 1597, 219, 41),
                             ("fire", 2164, 1593, 64, 45))),
        _block("d", S,
               _line(("No", 1487, 1594, 54, 32), ("one", 1556, 1606, 56, 20),
                     ("hurt;", 1626, 1593, 86, 39), ("cause", 1723, 1605, 86, 21),
                     ("under", 1823, 1593, 104, 34)),
               _line(("marshal", 1488, 1650, 139, 32), ("says", 1636, 1662, 68, 34))),
        _block("b", B,
               _line(("ASTORIA", 1488, 1740, 150, 34), ("—", 1650, 1740, 30, 34),
                     ("Fire", 1690, 1740, 70, 34), ("gutted", 1770, 1740, 110, 34)),
               _line(("the", 1488, 1790, 60, 34), ("old", 1560, 1790, 60, 34),
                     ("cannery", 1630, 1790, 140, 34), ("overnight.", 1780, 1790, 170, 34))),
    ]
    story = _story(blocks)
    assert story.subheadline == "No one hurt; cause under investigation, fire marshal says"


def test_a_heading_a_gutter_away_is_no_piece_of_the_deck() -> None:
    """Beyond a type height to the right of the line it stands level with, the block is
    the next column's own (a neighbour's headline), not the deck's line going on."""
    story = _story(_mine(piece_x=1546 + 60))
    assert story.subheadline == ("Crews drilled a 6-inch air hole, then walked the men "
                                 "return entry")
