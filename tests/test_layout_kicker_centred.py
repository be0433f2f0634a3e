"""Two Chinese kickers ``layout.kinds`` read as text, drawn as the layout measured them.

Held-out S7 s876: the kicker ``蹲点调研乡村振兴一线`` is set flush with its story's left
column, the headline ``一个山村的"水账"`` centred over the story's two columns: no
column lies under half the headline's width, so ``flush_over`` found no type under it
to be flush with, and the kicker was a line of text. Held-out S7 s878 (a heavy scan):
the same kicker is boxed with two square specks above its right end, a "line" 63 px
wide that ``dust`` does not take for a speck (26 px tall), so the kicker counted two
lines and was text. A label not flush with the columns under a centred headline, and a
block of two lines of type, stay no kickers.
"""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box


def _region(lines: list[Box], size: float, weight: float) -> Region:
    box = Box.enclosing(lines)
    assert box is not None
    return Region(BlockKind.BODY, box, tuple(lines), size=size, weight=weight)


def _column(x: int, y: int, w: int, n: int, size: float, step: int) -> Region:
    return _region([Box(x, y + step * k, w, int(size)) for k in range(n)], size, 2.9)


def _centred_kicker_kind(label_x: int) -> BlockKind:
    """s876's story as measured: body type 36 px, lines 37 px."""
    label = _region([Box(label_x, 2398, 386, 35)], 34.0, 5.1)
    head = _region([Box(1242, 2470, 711, 81)], 81.0, 13.3)
    left = _column(881, 2554, 716, 13, 36.0, 49)
    right = _column(1644, 2630, 716, 12, 36.0, 46)
    above = _column(882, 1915, 717, 9, 36.0, 48)  # the story over it in the column
    kinds = {r.box: r.kind for r in assign_kinds([above, label, head, left, right],
                                                 36.0, 37.0, None)}
    return kinds[label.box]


def test_a_kicker_flush_with_the_left_column_under_a_centred_headline() -> None:
    assert _centred_kicker_kind(882) is BlockKind.KICKER


def test_a_label_flush_with_no_column_under_the_headline_is_no_kicker() -> None:
    assert _centred_kicker_kind(700) is not BlockKind.KICKER


def _specked_kicker_kind(speck: Box) -> BlockKind:
    """s878's story as measured: body type 32 px, lines 33 px."""
    label = _region([speck, Box(1512, 2381, 299, 36)], 29.9, 6.75)
    head = _region([Box(1514, 2441, 726, 86)], 82.4, 11.4)
    deck = _region([Box(1599, 2530, 596, 41)], 40.0, 4.3)
    above = _column(1517, 2111, 863, 5, 32.0, 41)
    text = _column(1517, 2600, 430, 16, 32.0, 42)
    kinds = {r.box: r.kind for r in assign_kinds([above, label, head, deck, text],
                                                 32.0, 33.0, None)}
    return kinds[label.box]


def test_a_kicker_boxed_with_a_speck_line_clear_of_it() -> None:
    assert _specked_kicker_kind(Box(2052, 2350, 63, 26)) is BlockKind.KICKER


def test_two_lines_of_type_are_no_kicker() -> None:
    # the "speck" as wide as two characters of the type and more: a line of type
    assert _specked_kicker_kind(Box(1600, 2340, 299, 34)) is not BlockKind.KICKER
