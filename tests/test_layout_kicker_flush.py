"""A kicker set flush with its column over a headline whose ink stands a character in
(the head centred, or opening with a hanging quote): ``layout.kinds`` asked the kicker
to lie over the headline's box by half its width, and a two-character section label
(``教育``) 50 px left of the headline's first stroke was read as a story of its own
(held-out S s803, once a speck no longer stretched the headline's box to the column's
edge). A line a column away from the headline is still no kicker of it."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 32.0, 44.0


def _region(box: Box, lines: int, size: float, step: int, weight: float = 3.0) -> Region:
    rows = tuple(Box(box.x, box.y + step * n, box.w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, step * lines - (step - int(size))),
                  rows, size=size, weight=weight)


def _label_kind(label_x: int) -> BlockKind:
    label = _region(Box(label_x, 2190, 53, 0), 1, 28.0, 44)
    head = _region(Box(970, 2245, 654, 0), 2, 84.0, 100, weight=12.0)
    column = _region(Box(921, 2470, 705, 0), 12, TYPE, 44)
    left = _region(Box(181, 2090, 705, 0), 20, TYPE, 44)  # the column left of the story
    kinds = {r.box: r.kind for r in assign_kinds([label, head, column, left], TYPE, LINE, None)}
    return kinds[label.box]


def test_a_kicker_flush_with_the_column_over_an_indented_headline() -> None:
    assert _label_kind(921) is BlockKind.KICKER


def test_a_line_a_column_away_is_no_kicker() -> None:
    assert _label_kind(700) is not BlockKind.KICKER
