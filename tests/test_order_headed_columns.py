"""A story's second column rising level with its headline's short last line
(``order_gutters.headed_columns``): the headline is read, then the columns under it,
left to right.

Neither a white band (the column overlaps the headline's box) nor a gutter (the headline
spans both columns) parts such a region, and sorted line by line the second column was
read before the byline and text of the first (held-out S7 s884: order-aware CER 0.23
against 0.02 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H = BlockKind.BODY, BlockKind.HEADLINE
PITCH = 48


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler
    (a sentence ending at each line: no column runs on into the next mid-sentence)."""
    n = max(1, box.h // PITCH)
    filler = "the festival sold out every screening."
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_column_beside_the_headline_s_short_last_line_is_read_after_the_first() -> None:
    """Two lines of headline over two columns, the second line over the first column
    alone; the second column's text starts beside it."""
    got = _order([
        _text("head", H, Box(100, 400, 1460, 180), "Small films, long lines: festival",
              "sells out its 12th year"),
        _text("byline", BlockKind.BYLINE, Box(100, 610, 400, 40), "By Joel Mertz"),
        _text("col_1", B, Box(100, 660, 700, 480), "By Saturday afternoon the line"),
        _text("col_2", B, Box(860, 540, 700, 600), "night shift at the diner"),
    ])
    assert got == ("head", "byline", "col_1", "col_2"), got

