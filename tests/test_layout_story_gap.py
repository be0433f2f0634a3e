"""Where one story's text ends in a column and another's begins under it, with no rule
between (``ocr.layout.merge.story_gap``): the white there is most of a line more than the
column's leading (S2 s815: 87 px foot to foot against 46; a paragraph set apart by a little
white is not so far). The geometry of a six-column Chinese page at 300 dpi (body lines 34 px
high, 46 px apart): the cut parted the column at that white, and merging its pieces
joined the two stories' text into one block (held-out S2: the column's lower story read
with the one above it, order-aware CER 0.167 against 0.053 order-free)."""

from __future__ import annotations

from ocr.layout import Region
from ocr.layout.merge import merge_in_columns, merge_pieces
from ocr.model import BlockKind, Box

TYPE = 33.0  # the body's type size, as layout measures it (``type_ref``)
X, W = 2043, 340
COLUMN = Box(X, 1200, W, 1200)


def _piece(top: int, lines: int, first: Box | None = None) -> Region:
    boxes = tuple(Box(X, top + 46 * n, W, 34) for n in range(lines))
    if first is not None:
        boxes = (first, *boxes)
    box = boxes[0].union(boxes[-1])
    return Region(BlockKind.BODY, box, boxes, size=TYPE, weight=4.0)


#: The upper story's last ten lines; its foot at 1712 + 34.
UPPER = _piece(1298, 10)


def test_a_story_s_end_and_the_next_one_s_text_stay_apart() -> None:
    # The next story's first line 78 px under the last one, foot to foot (46 px would be
    # the leading; S2 s815 parts at 86-88). Over 1.2 lines of white, so merge_pieces
    # parts them by their white alone; the column's merge joins such pieces but here.
    lower = _piece(1790, 6)
    assert len(merge_pieces([UPPER, lower], TYPE)) == 2
    assert len(merge_in_columns([UPPER, lower], [COLUMN], TYPE, 34.0)) == 2


def test_a_speck_in_the_white_makes_no_line() -> None:
    """Grain at the column's right edge, in the white between the stories, is no line
    that would close the white up."""
    lower = _piece(1790, 6, first=Box(X + W - 10, 1766, 7, 7))
    assert len(merge_in_columns([UPPER, lower], [COLUMN], TYPE, 34.0)) == 2


def test_a_column_at_its_leading_is_one_block() -> None:
    """Pieces of one story's column (cut at a band the cut took for white) join again,
    and so do pieces parted by a paragraph's last line that holds a lone full stop: its
    mark, flush left, sits at the foot of a line at the column's leading."""
    assert len(merge_pieces([UPPER, _piece(1758, 6)], TYPE)) == 1
    stop = Box(X + 1, 1780, 11, 12)  # ``。`` alone, its foot where the line's is
    assert len(merge_pieces([UPPER, _piece(1804, 6, first=stop)], TYPE)) == 1


def test_a_deck_of_few_lines_is_left_to_the_heading_rules() -> None:
    """Three lines over a column, off by the same white, are a deck or a byline's lines:
    not this rule's (the rules of heading matter part them or not)."""
    deck = _piece(1620, 3)
    lower = _piece(1790, 6)
    assert len(merge_in_columns([deck, lower], [COLUMN], TYPE, 34.0)) == 1
