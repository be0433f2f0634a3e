"""A deck over its story's first line cut alone from the column (``merge._deck_over``): on a
heavy scan a Chinese deck of two lines one size up from the body (1.06 of it) stands under
its headline, a line's white under it, and the XY-cut parted the story's indented first
line from the rest of the column at the indent. The deck and that one line were joined
first (a one-line piece is no running text to weigh a deck against), and the three lines
then joined the column: the headline headed a story with no deck, the deck read as the
story's opening (a fresh draw: ``石桥村发展乡村旅游，去年接待游客十二 / 万人次``)."""

from __future__ import annotations

from ocr.layout.arrange import arrange
from ocr.layout.blocks import Region
from ocr.model import BlockKind
from tests.conftest import rows_region

TYPE = 36.0


def _region(x: int, y: int, w: int, heights: list[int], pitch: int, size: float,
            weight: float = 4.4) -> Region:
    return rows_region(x, y, w, heights, pitch, size, weight)


def _kinds(white: int) -> list[tuple[int, BlockKind]]:
    """The blocks (first line's top, kind) of the column under a two-line headline: a deck
    of two lines, ``white`` under it, the story's first line indented and alone, then
    the column's other lines at their leading."""
    head = _region(921, 570, 658, [62, 64], 73, 62.0, weight=10.0)
    deck = _region(902, 720, 716, [43, 39], 50, 38.0, weight=4.6)
    first_y = 720 + 50 + 39 + white
    first = _region(939, first_y, 706, [40], 48, 35.0)
    column = _region(902, first_y + 52, 742, [40] * 12, 48, 35.5)
    beside = _region(129, 420, 744, [38] * 40, 48, 35.0)  # the next story's column
    regions, _, _ = arrange([head, deck, first, column, beside], TYPE, TYPE, [], 3508)
    return sorted((r.box.y, r.kind) for r in regions if r.box.x > 880)


def test_a_deck_over_its_story_s_first_line_cut_alone_is_a_deck() -> None:
    kinds = _kinds(29)
    assert (720, BlockKind.SUBHEADLINE) in kinds
    assert [k for _, k in kinds].count(BlockKind.BODY) == 1  # the first line joined its column


def test_a_column_s_first_lines_at_its_leading_stay_its_text() -> None:
    # no more white under the two lines than the column's own leading (8 px): the story's
    # text, one block, though its first lines measure a little larger
    kinds = _kinds(9)
    assert (720, BlockKind.BODY) in kinds and [k for _, k in kinds].count(BlockKind.BODY) == 1
