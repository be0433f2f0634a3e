"""A deck set off from its story's text by white (``layout.set_solid.deck_set_off``): a
Chinese deck of two lines one size up from the body (1.06 of it on a UMing scan) right
under its headline, a line's white under it before the story's first line, the story's
lines at their leading below. Asked for 1.08 of the body, it was joined to the story's
column as its first two lines (``merge``) and the headline headed a story with no deck
(fresh draws: ``研究部署防汛抗旱和安全生产工作 邢 / 建国主持`` over ``7月15日，市委书记…``)."""

from __future__ import annotations

from ocr.layout.arrange import arrange
from ocr.layout.blocks import Region
from ocr.model import BlockKind
from tests.conftest import rows_region

TYPE = 35.0


def _region(x: int, y: int, w: int, heights: list[int], pitch: int, size: float,
            weight: float = 3.8) -> Region:
    return rows_region(x, y, w, heights, pitch, size, weight)


def _kinds(white: int, deck_size: float) -> list[tuple[int, BlockKind]]:
    """The blocks (first line's top, kind) under a headline over a deck over 15 lines of
    text, ``white`` between the deck's last line and the text's first."""
    head = _region(143, 469, 627, [76], 95, 75.0, weight=22.6)
    tail = _region(143, 564, 75, [76], 95, 68.7, weight=11.8)
    deck = _region(142, 642, 674, [39, 38], 51, deck_size, weight=4.1)
    top = 642 + 51 + 38 + white
    text = _region(142, top, 705, [36] * 15, 49, TYPE)
    beside = _region(890, 469, 705, [36] * 40, 49, TYPE)  # the next column's story
    regions, _, _ = arrange([head, tail, deck, text, beside], TYPE, TYPE, [], 3508)
    return sorted((r.box.y, r.kind) for r in regions if r.box.x < 800)


def test_a_deck_off_its_text_by_a_line_s_white_is_a_deck() -> None:
    assert (642, BlockKind.SUBHEADLINE) in _kinds(37, 37.0)


def test_a_story_s_first_lines_at_its_leading_are_its_text() -> None:
    # no more white under them than between the column's lines: the story's text, one
    # block (its first lines measured a little larger: a body's lines vary by 5%)
    kinds = _kinds(13, 37.0)
    assert (642, BlockKind.BODY) in kinds and len([k for _, k in kinds if k is BlockKind.BODY]) == 1
