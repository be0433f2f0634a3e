"""A line of type beside a picture that crosses the picture's top edge stays whole
(``layout.leaves``): a leaf that holds a picture is cut in bands over, beside and under
it, and the band over it ended at the picture's top across the whole leaf, through a
headline set beside the photo's top (held-out S4 s848: the headline's last line lost
its lower half to a line of junk read as the story's text, and the heading was cut off
its story)."""

from __future__ import annotations

import numpy as np

from ocr.layout.leaves import leaves
from ocr.layout.rules import Rules
from ocr.model import Box

CHAR_H = 24.0
PICTURE = Box(40, 600, 500, 400)


def _page(head_top: int) -> np.ndarray:
    """A photo on the left; beside it a headline line (glyphs 60 px tall) from
    ``head_top``, then a column of text; right under the photo its caption, set on into
    the text's column (no white band or gutter parts the photo from the headline)."""
    mask = np.zeros((1200, 1200), dtype=bool)

    def line(y: int, h: int, x0: int, x1: int, step: int) -> None:
        for x in range(x0, x1 - step, step):
            mask[y : y + h, x : x + step - 6] = True

    line(head_top, 60, 600, 1150, 40)
    for y in range(head_top + 90, 1000, 36):
        line(y, 24, 600, 1150, 18)
    line(1000, 24, 40, 640, 18)
    mask[PICTURE.y : PICTURE.bottom, PICTURE.x : PICTURE.right] = False
    return mask


def _whole(head_top: int) -> bool:
    cut = leaves(_page(head_top), Rules((), ()), CHAR_H, [PICTURE])
    return any(b.y <= head_top and b.bottom >= head_top + 60 and b.x <= 600 and b.right >= 1100
               for b in cut)


def test_a_headline_line_crossing_a_photo_s_top_beside_it_is_one_leaf() -> None:
    assert _whole(560)


def test_a_headline_line_wholly_over_the_photo_s_top_is_one_leaf_as_before() -> None:
    assert _whole(520)
