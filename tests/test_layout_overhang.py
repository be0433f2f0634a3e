"""A photo's credit set wider than its photo runs into the gutter, level with the last
line of the headline in the column beside it; the cut parts the headline at the photo's
foot and joins its lower half to the credit: one line across the gutter, read as one
(held-out S7 s879, ``layout.overhang``). Parted at the gutter, the headline's line and
the credit are blocks of their own; a headline set across both columns stays whole."""

from __future__ import annotations

import numpy as np
from conftest import latin_line

from ocr.layout import detect_layout
from ocr.layout.overhang import one_line_parted
from ocr.model import BlockKind, Box

COLUMNS = ((100, 620), (643, 1163))  # two columns, a 23 px gutter
GUTTER = (620, 643)


def _body(gray: np.ndarray) -> None:
    """Body type in the left column over the headline, and in both under it."""
    for k in range(6):
        latin_line(gray, *COLUMNS[0], 100 + k * 34)
    for x0, x1 in COLUMNS:
        for k in range(15):
            latin_line(gray, x0, x1, 590 + k * 34)


def _credit_page() -> np.ndarray:
    """A photo in the right column, its credit set flush right and wider than the photo
    (into the gutter); the left column's three-line headline beside the photo, its last
    line (ragged) level with the credit."""
    gray = np.full((1400, 1300), 240, dtype=np.uint8)
    gray[100:495, 643:1163] = np.random.default_rng(1).integers(40, 200, (395, 520))
    latin_line(gray, 600, 1163, 505, glyph=16, pitch=11)  # the credit, from inside the gutter
    for k, right in enumerate((620, 620, 560)):
        latin_line(gray, 100, right, 340 + k * 75, glyph=60, pitch=38)
    _body(gray)
    return gray


def _blocks_at(gray: np.ndarray, y0: int, y1: int) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions
                   if r.lines and r.kind is not BlockKind.RULE and y0 <= r.box.y < y1),
                  key=lambda b: b.x)


def test_a_credit_into_the_gutter_is_parted_from_the_headline_beside_it() -> None:
    level = _blocks_at(_credit_page(), 495, 560)  # the credit's band
    assert len(level) == 2
    head, credit = level
    assert head.right <= GUTTER[1] and credit.x >= 590  # neither crosses the gutter
    assert head.h > 2 * credit.h  # the headline's half-line, the credit's own line


def test_a_headline_across_both_columns_stays_whole() -> None:
    """A one-line headline set over both columns, body over and under it on both
    sides: its word spaces near the gutter are a few tenths of its height, no gutter."""
    gray = np.full((1400, 1300), 240, dtype=np.uint8)
    for x0, x1 in COLUMNS:
        for k in range(11):  # the last a line and a half over the headline
            latin_line(gray, x0, x1, 100 + k * 34)
    latin_line(gray, 100, 1163, 500, glyph=60, pitch=38)
    _body(gray)
    head = Box(100, 500, 1019, 60)
    columns = [Box(x0, y, x1 - x0, h) for x0, x1 in COLUMNS for y, h in ((100, 364), (590, 500))]
    assert one_line_parted(gray < 128, [*columns, head], [GUTTER], [], 18.0) == [*columns, head]
