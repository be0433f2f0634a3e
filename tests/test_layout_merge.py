"""Pieces of one column that the cut left reaching into each other's lines are one block
again (``ocr.layout.merge.merge_in_columns``): the geometry of a Liberation Serif page at
300 dpi (``python -m scripts.bench fonts``), whose justified first line ``A group    of``
and the line under it left a river that the cut took for a gutter."""

from __future__ import annotations

from ocr.layout import Region
from ocr.layout.merge import merge_in_columns
from ocr.model import BlockKind, Box

COLUMNS = [Box(572, 634, 408, 2716), Box(1033, 704, 407, 2648)]
#: ``of`` / ``now``, the right ends of lines 1 and 2, cut off as a piece of their own.
FRAGMENT = Region(BlockKind.BODY, Box(1365, 2268, 75, 88),
                  (Box(1406, 2268, 34, 30), Box(1365, 2326, 75, 30)), size=24.5)
#: ``A group``: line 1 left of the river.
OPENING = Region(BlockKind.BODY, Box(1076, 2270, 228, 38), (Box(1076, 2270, 228, 38),),
                 size=29.6)
#: The column from line 2 on (``volunteers now``, ``delivers hot meals to`` ...).
COLUMN = Region(BlockKind.BODY, Box(1033, 2326, 407, 1026),
                tuple(Box(1033, 2326 + 58 * n, 407, 30) for n in range(18)), size=28.6)
#: The column left of it, level with the story's first lines.
BESIDE = Region(BlockKind.BODY, Box(572, 2268, 408, 500),
                tuple(Box(572, 2268 + 58 * n, 408, 30) for n in range(9)), size=28.6)


def test_pieces_reaching_into_each_others_lines_are_one_block() -> None:
    out = merge_in_columns([FRAGMENT, OPENING, COLUMN, BESIDE], COLUMNS, 20.0, 30.0)
    assert {r.box for r in out} == {BESIDE.box, Box(1033, 2268, 407, 1084)}


def test_a_bolder_piece_stays_apart() -> None:
    head = Region(BlockKind.BODY, Box(1365, 2268, 75, 88), FRAGMENT.lines, size=24.5,
                  weight=9.0)
    body = Region(BlockKind.BODY, COLUMN.box, COLUMN.lines, size=28.6, weight=3.0)
    out = merge_in_columns([head, body], COLUMNS, 20.0, 30.0)
    assert len(out) == 2


#: A column whose body wraps round an inset (its box the L-shaped union merge_pieces
#: makes), and what may stand in the inset.
WRAPPED = Region(BlockKind.BODY, Box(100, 100, 600, 800),
                 tuple(Box(100, 100 + 58 * n, 590 if n < 5 or n > 9 else 320, 30)
                       for n in range(14)), size=28.0, weight=3.0)
INSET = Box(430, 400, 260, 250)


def test_what_stands_in_an_inset_stays_apart() -> None:
    """A pull quote (a heading) and body text beside a picture in the inset are not
    pieces of the column's lines, though their boxes lie in the column's."""
    quote_lines = tuple(Box(440, 410 + 54 * n, 240, 40) for n in range(4))
    heading = Region(BlockKind.HEADLINE, INSET, quote_lines, size=40.0, weight=3.6)
    columns = [Box(100, 100, 600, 800)]
    assert len(merge_in_columns([WRAPPED, heading], columns, 20.0, 30.0)) == 2
    picture = Region(BlockKind.ILLUSTRATION, Box(440, 420, 240, 150))
    # (a fragment of a few letters: its size measured 1.2x small, as of / now above)
    beside = Region(BlockKind.BODY, Box(440, 566, 240, 30), (Box(440, 566, 240, 30),),
                    size=23.0, weight=3.0)
    level = Region(BlockKind.BODY, Box(100, 100, 600, 800),
                   tuple(Box(100, 102 + 58 * n, 320, 30) for n in range(14)), size=28.0,
                   weight=3.0)
    out = merge_in_columns([level, beside, picture], columns, 20.0, 30.0)
    assert len(out) == 3  # level with the column's lines, but a picture stands there
