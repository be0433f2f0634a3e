"""A kicker set flush with the story's photo under a headline set in from it
(``layout.heading_kinds.flush_over``): a bold two-character section label (``健康``) at
the story's left edge, the headline centred 200 px in from it, the story's photo right
under the headline from the same left edge. The type under the headline was asked for
among the text only, none stood there, and the label, lying over no part of the
headline's box, was typed body: the story lost its kicker (fresh draws: ``健康``,
``教育``). A label a column off the photo under the headline is still no kicker (the
guard)."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 35.0, 36.0


def _region(box: Box, lines: int, size: float, weight: float = 4.7) -> Region:
    rows = tuple(Box(box.x, box.y + 44 * n, box.w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, 44 * (lines - 1) + int(size)),
                  rows, size=size, weight=weight)


def _label_kind(photo_x: int) -> BlockKind:
    label = _region(Box(131, 1570, 71, 0), 1, 35.0, weight=10.6)
    head = _region(Box(346, 1625, 657, 0), 1, 58.0, weight=8.9)
    photo = Region(BlockKind.ILLUSTRATION, Box(photo_x, 1705, 511, 220))
    above = _region(Box(132, 1055, 509, 0), 10, TYPE)  # the story above, over a rule
    rule = Region(BlockKind.RULE, Box(131, 1533, 1666, 7))
    regions = assign_kinds([label, head, photo, above, rule], TYPE, LINE, None)
    return {r.box: r.kind for r in regions}[label.box]


def test_a_label_flush_with_the_photo_under_a_headline_is_its_kicker() -> None:
    assert _label_kind(131) is BlockKind.KICKER


def test_a_label_a_column_off_the_photo_is_no_kicker() -> None:
    assert _label_kind(700) is not BlockKind.KICKER
