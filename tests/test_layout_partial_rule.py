"""A rule under a story over some of a zone's columns, beside a column of another story
that runs on past it: the page-wide rules are cut first, the column is parted at its
gutter, and its line level with the shorter rule is not cut through (held-out scans: the
rule was cut across the whole page, the line beside it struck out and the story beside
it read row by row with the lead's)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout

SANS = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
WORDS = ("the county extension office said it was too early to know how much fruit was "
         "lost damage often does not show for several days when frozen blossoms turn "
         "brown at the center forecasters expect one more cold night").split()
GUTTER = (1000, 1060)


def _column(draw: ImageDraw.ImageDraw, x0: int, x1: int, y0: int, y1: int,
            font: ImageFont.FreeTypeFont) -> list[int]:
    """Lines of words from ``y0`` to ``y1`` between ``x0`` and ``x1``; their tops."""
    tops, k, y = [], 0, y0
    while y + 40 <= y1:
        line = ""
        while draw.textlength(line + WORDS[k % len(WORDS)], font=font) < x1 - x0:
            line += WORDS[k % len(WORDS)] + " "
            k += 1
        draw.text((x0, y), line.strip(), fill=0, font=font)
        tops.append(y)
        y += 46
    return tops


@pytest.mark.skipif(not SANS.exists(), reason="Liberation Sans not installed")
def test_a_rule_over_some_columns_does_not_cut_the_column_beside_it() -> None:
    img = Image.new("L", (1400, 1600), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(SANS), 34)
    draw.rectangle((60, 60, 1340, 65), fill=0)  # page-wide rules, top and foot
    draw.rectangle((60, 1480, 1340, 1485), fill=0)
    draw.text((600, 1510), "Westfield Evening Post", fill=0, font=font)
    for x0 in (60, 380, 700):  # a story in three columns, a rule under it
        _column(draw, x0, x0 + 280, 100, 700, font)
        _column(draw, x0, x0 + 280, 790, 1440, font)
    tops = _column(draw, GUTTER[1], 1320, 100, 1440, font)  # another story, all the way
    rule_y = next(t + 18 for t in tops if 700 <= t + 18 < 790)  # level with its line
    draw.rectangle((60, rule_y, 1030, rule_y + 4), fill=0)  # into the gutter
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    text = [r.box for r in layout.regions if r.lines]
    assert not [b for b in text if b.x < GUTTER[0] and b.right > GUTTER[1]], text
    right = [b for b in text if b.x >= GUTTER[0]]
    assert len(right) == 1 and right[0].y <= 110 and right[0].bottom >= tops[-1] + 20, right
