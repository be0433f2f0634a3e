"""A caption set over two columns on a heavy scan, the column rule between them worn to
dashes under it (held-out S8 s896: the lead's photo caption over the lead's first two
columns, the rule found over half its rows). ``columns._spanning_line`` parts a line set
over columns where the part under it shows a gutter; it tried the first three white bands,
and grain had split each caption line with a white row, so the band under the caption
was the fourth and never tried; the gutter under it, found past the dashes, was not
looked for either. The caption and both columns were one block, read across."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.model import Box

LEFT = (100, 536)
RIGHT = (573, 1009)  # a 37 px gutter, the rule at 553..556 in it
FOUND = 700  # the rule is whole from here down


def _page(*, split: bool = True) -> np.ndarray:
    """Two caption lines across both columns (each split by a white row when ``split``),
    under them the two columns; the rule whole from ``FOUND`` down, dashes above."""
    gray = np.full((1400, 1100), 240, dtype=np.uint8)
    for y in (200, 236):
        latin_line(gray, LEFT[0], RIGHT[1], y, glyph=26, pitch=17)
        if split:
            gray[y + 12, :] = 240  # grain's white row through the line
    for k in range(30):
        for x0, x1 in (LEFT, RIGHT):
            latin_line(gray, x0, x1, 272 + k * 34)
    gray[FOUND:1320, 553:556] = 20
    for y in range(272, FOUND, 44):
        gray[y : y + 20, 553:556] = 20
    return gray


def _blocks(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions if r.lines]


def test_a_caption_with_split_lines_is_taken_off_the_columns_under_it() -> None:
    blocks = _blocks(_page())
    # (main: one block from the caption down both columns, read across the gutter)
    columns = [b for b in blocks if b.bottom > 900]
    assert columns and not any(b.x < LEFT[1] and b.right > RIGHT[0] for b in columns)
    assert any(b.y < 260 and b.right > RIGHT[0] for b in blocks)  # the caption, across
    assert blocks == _blocks(_page(split=False))  # as the caption's lines whole are cut
