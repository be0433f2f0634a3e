"""A deck set over two columns on a heavy scan, its last line one character short of
the gutter (held-out S2 s818: ``…超过三千人`` over ``次``). ``columns._spanning_line``
tries the wider white bands across as well as the first and last three (sc43cut, for
grain-split lines); the band between the deck's two lines was such a try, the part
under it showed the gutter, and the deck's short last line went to the left column as
its first body line (two headline lines lost). The band under the short line is the
deck's foot."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.model import Box

LEFT = (100, 536)
RIGHT = (573, 1009)  # a 37 px gutter, no rule in it
SHORT = 160  # the deck's last line ends here, far short of the gutter


def _page() -> np.ndarray:
    """A headline over both columns, two deck lines under it set tight (the last one
    short), each line split by a white row of grain, and under them,
    looser, the two columns."""
    gray = np.full((1400, 1100), 240, dtype=np.uint8)
    latin_line(gray, LEFT[0], RIGHT[1], 140, glyph=40, pitch=26)
    gray[160, :] = 240
    for y, end in ((194, RIGHT[1]), (226, SHORT)):
        latin_line(gray, LEFT[0], end, y, glyph=26, pitch=17)
        gray[y + 12, :] = 240  # grain's white row through the line
    for k in range(30):
        for x0, x1 in (LEFT, RIGHT):
            latin_line(gray, x0, x1, 262 + k * 34)
    return gray


def _blocks(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions if r.lines]


def test_a_decks_short_last_line_stays_with_the_deck() -> None:
    blocks = _blocks(_page())
    # (sc43cut: the deck's first line alone, its short last line the left column's head)
    assert not any(b.y < 250 and b.right < RIGHT[0] for b in blocks)
    assert any(b.y < 230 and b.right > RIGHT[0] and b.bottom >= 250 for b in blocks)
