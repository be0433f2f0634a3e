"""A speck level with a line, far from its type, is no part of the line's box
(``layout.blocks.text_lines``): grain on a heavy scan, on a kicker's row, stretched the
kicker's line across the page (900 px for four characters), and a kicker is narrower
than its headline (held-out S2: ``生态环境`` read as a story's first paragraph)."""

from __future__ import annotations

import numpy as np

from ocr.layout.blocks import text_lines
from ocr.layout.grain import without_speck_lines
from ocr.model import Box


def _kicker(speck_x: int) -> np.ndarray:
    ink = np.zeros((120, 1400), dtype=bool)
    for x in range(100, 260, 40):  # four characters, 36 px tall
        ink[40:76, x : x + 34] = True
    ink[50:57, speck_x : speck_x + 7] = True  # a speck on the line's row
    return ink


def test_a_speck_far_along_a_kicker_s_row_is_left_out() -> None:
    (line,) = text_lines(_kicker(1300), Box(0, 0, 1400, 120))
    assert line.x == 100 and line.right <= 260


def test_a_mark_near_the_line_is_its_own() -> None:
    """A full stop or a quote a character or two after the line's type is type."""
    (line,) = text_lines(_kicker(300), Box(0, 0, 1400, 120))
    assert line.right == 307


def _block(speck: tuple[int, int]) -> list[Box]:
    """A kicker of four characters and a speck on a row of its own under it."""
    ink = np.zeros((160, 1400), dtype=bool)
    for x in range(100, 260, 40):
        ink[40:76, x : x + 34] = True
    y, x = speck
    ink[y : y + 6, x : x + 6] = True
    return text_lines(ink, Box(0, 0, 1400, 160))


def test_a_lone_speck_on_a_row_of_its_own_beside_a_kicker_is_no_line_of_its_block() -> None:
    """Grain 900 px off, cut into the kicker's block, made it wider than its headline."""
    lines = _block((90, 1150))
    assert len(lines) == 2  # the cut's "lines": the kicker and the speck
    (kept,) = without_speck_lines(lines)
    assert kept.x == 100 and kept.right <= 260


def test_a_mark_under_the_lines_span_stays() -> None:
    """A CJK line's last ``。`` wrapped alone under the column is type."""
    lines = _block((90, 110))
    assert without_speck_lines(lines) == lines
