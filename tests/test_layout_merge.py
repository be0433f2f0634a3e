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
