"""A kicker boxed with a speck of a heavy scan's grain over it (issue 10, forty-eighth
session): fresh draws of pools W and Y, heavy, ``PORT NEWS`` and ``TRAVEL MISERY``, each a
bold line of small capitals under a rule and over its headline, with a speck 10 px square
left in the white between the rule and the line, right over the line's words. The cut
boxed the speck with the line, the speck counted as a second line of type
(``grain.type_lines``: a narrow "line" was none only set clear of the widest), and a
kicker is one line (``heading_kinds.kicker_line``): the line was typed body and read into
no story, its headline's story headed by the headline alone. A speck (both sides under
half the body's type, ``grain.SPECK_TYPE``) is no line wherever it stands.

The guard is the false positive feared most: a headline's last character a heavy scan
broke into pieces (``骗`` at the end of a Chinese headline, its pieces 17 x 23 and
16 x 16 px against type 36 px tall), boxed as a block of its own over the headline's
next line, stays more than one line and no kicker."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.grain import type_lines
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 27.0, 35.0
BODY_WEIGHT = 4.4


def _column(x: int, y: int, lines: int, w: int = 345) -> Region:
    rows = tuple(Box(x, y + 44 * n, w, 27) for n in range(lines))
    return Region(BlockKind.BODY, Box(x, y, w, 44 * (lines - 1) + 27), rows,
                  size=TYPE, weight=BODY_WEIGHT)


def _label(speck: Box) -> Region:
    """The kicker's line (180 px wide, 24 px tall, bold) boxed with what stands over it."""
    words = Box(908, 2456, 180, 24)
    return Region(BlockKind.BODY, speck.union(words), (speck, words), size=23.0, weight=7.4)


def _kind(label: Region) -> BlockKind:
    head_rows = (Box(909, 2506, 1110, 77), Box(907, 2601, 1005, 76))
    head = Region(BlockKind.BODY, Box(907, 2506, 1112, 171), head_rows, size=54.8,
                  weight=13.1)
    rule = Region(BlockKind.RULE, Box(906, 2428, 1118, 5))
    over = _column(907, 2067, 8)  # the story above, its column ending over the rule
    under = [_column(x, 2700, 14) for x in (907, 1290, 1673)]
    columns = [_column(x, 1300, 24) for x in (120, 500)]
    regions = [label, head, rule, over, *under, *columns]
    kinds = {r.box: r.kind for r in assign_kinds(regions, TYPE, LINE, None)}
    return kinds[label.box]


def test_a_kicker_boxed_with_a_speck_over_its_words_is_its_headline_s_kicker() -> None:
    assert _kind(_label(Box(997, 2436, 10, 10))) is BlockKind.KICKER


def test_a_speck_over_a_line_s_words_is_no_line_of_type() -> None:
    assert type_lines(_label(Box(997, 2436, 10, 10)), TYPE) == 1


def test_a_broken_character_s_pieces_are_lines_of_type() -> None:
    """``骗``'s pieces in 36 px type: the upper 77 x 24, under it 17 x 23 and 16 x 16."""
    rows = (Box(1550, 2167, 77, 24), Box(1550, 2191, 17, 23), Box(1551, 2219, 16, 16))
    piece = Region(BlockKind.BODY, Box(1550, 2167, 77, 68), rows, size=22.7, weight=9.9)
    assert type_lines(piece, 36.0) > 1


def test_a_line_with_a_character_s_piece_over_it_is_no_kicker() -> None:
    assert _kind(_label(Box(997, 2426, 16, 24))) is not BlockKind.KICKER
