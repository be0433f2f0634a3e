"""The XY cut and a headline set across the columns: the white beside a CJK quote in
heading type, level with a body gutter by chance, is no gutter (``gutter_lines``)."""

from __future__ import annotations

import numpy as np

from ocr.layout.columns import segment
from ocr.layout.rules import Rules

CHAR_H = 20.0
#: Four body columns (x0, x1), 40 px gutters between them.
COLUMNS = ((40, 440), (480, 880), (920, 1320), (1360, 1760))


def _glyph(mask: np.ndarray, y: int, x: int, size: int) -> None:
    """A heading character of strokes: a frame, a bar and a stem, 5 px thick."""
    mask[y : y + size, x : x + 5] = mask[y : y + size, x + size - 5 : x + size] = True
    mask[y : y + 5, x : x + size] = mask[y + size - 5 : y + size, x : x + size] = True
    mask[y + size // 2 - 2 : y + size // 2 + 3, x : x + size] = True
    mask[y : y + size, x + size // 2 - 2 : x + size // 2 + 3] = True


def _page(quote_white: tuple[int, int] | None) -> np.ndarray:
    """Body lines in all four columns over and under a 60 px headline across the first
    three. ``quote_white``: the white beside an opening quote in the headline, whose mark
    stands after it; ``None``: two stories' headlines, each on its own columns."""
    mask = np.zeros((1000, 1800), dtype=bool)
    for x0, x1 in COLUMNS:
        for y in range(20, 980, 40):
            if x0 < 1300 and 400 <= y < 540:
                continue  # the headline's rows, over the first three columns
            mask[y : y + 24, x0:x1] = True
    y, size = 440, 60
    if quote_white is None:
        spans = [(40, 440), (480, 1300)]
    else:
        a, b = quote_white
        spans = [(40, a), (b + 18, 1300)]
        # “: two slanted marks, their feet under each other's heads
        mask[y + 2 : y + 26, b : b + 9] = mask[y + 2 : y + 26, b + 7 : b + 16] = True
    for x0, x1 in spans:
        x = x0
        while x + size <= x1:
            _glyph(mask, y, x, size)
            x += size + 4
    return mask


def _headline_leaves(mask: np.ndarray) -> list:
    leaves = segment(mask, Rules((), ()), char_h=CHAR_H)
    return [leaf for leaf in leaves if leaf.y <= 445 and leaf.bottom >= 495 and leaf.h < 100]


def test_white_beside_a_quote_over_a_gutter_does_not_cut_the_headline() -> None:
    """The quote's white (420-458) reaches into the gutter (440-480) from the left and its
    mark stands in the rest: the white through the region is 18 px, wider than a word
    space in body type, but the headline runs across it and is one block."""
    heads = _headline_leaves(_page((420, 458)))
    assert len(heads) == 1, heads
    assert heads[0].x <= 45 and heads[0].right >= 1240


def test_two_stories_headlines_on_their_own_columns_are_still_cut_apart() -> None:
    """The same page with two headlines, each ending at its columns' edge: the gutter's
    white runs through the headline band whole, and it cuts them apart."""
    heads = _headline_leaves(_page(None))
    assert len(heads) == 2, heads
    assert sorted(h.x for h in heads) == [40, 480]
