"""Briefs in a box parted by a thin grey line: the line is a rule, though binarizing
hides it (blurred, it is a row of grey above the ink threshold) or keeps it grained as
a "line" of type (held-out scans: the briefs were read as one)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ocr.layout import detect_layout
from ocr.layout.blocks import Region
from ocr.layout.faint import hairline
from ocr.model import BlockKind, Box

SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WORDS = ("recycling pickup will be delayed by one day next week because of the holiday "
         "residents whose collection usually falls on thursday should put their bins").split()


def _brief(draw: ImageDraw.ImageDraw, y: int, lines: int, font: ImageFont.FreeTypeFont) -> int:
    k = 0
    for _ in range(lines):
        line = ""
        while draw.textlength(line + WORDS[k % len(WORDS)], font=font) < 520:
            line += WORDS[k % len(WORDS)] + " "
            k += 1
        draw.text((80, y), line.strip(), fill=0, font=font)
        y += 50
    return y


@pytest.mark.skipif(not SANS.exists(), reason="DejaVu Sans not installed")
def test_a_grey_hairline_between_two_briefs_is_a_rule() -> None:
    """A 1 px line of grey 90 between two briefs stacked in a column, blurred as a scan
    blurs it: under the ink threshold nowhere, found on the grey page between them."""
    img = Image.new("L", (800, 1000), 245)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(SANS), 34)
    end = _brief(draw, 60, 6, font)
    line_y = end + 14
    draw.line((120, line_y, 560, line_y), fill=90, width=1)
    _brief(draw, line_y + 40, 6, font)
    gray = np.asarray(img.filter(ImageFilter.GaussianBlur(1.2)))
    ink = gray < 128
    assert not ink[line_y - 2 : line_y + 3, 120:560].any()  # binarizing hides it
    layout = detect_layout(gray, ink)
    rules = [r.box for r in layout.regions if r.kind == BlockKind.RULE]
    assert any(r.y - 3 <= line_y <= r.bottom + 3 and r.w > 300 for r in rules)
    text = [r for r in layout.regions if r.lines]
    assert len(text) == 2  # nothing else taken for a rule


def test_a_grained_hairline_left_as_a_line_of_type_is_a_rule() -> None:
    """A 5 px "line" 400 px long, measured beside CJK body type of 36 px: a rule."""
    piece = Region(BlockKind.BODY, Box(178, 1728, 401, 5), (Box(178, 1728, 401, 5),), size=5.0)
    assert hairline(piece, 36.0).kind is BlockKind.RULE
    line = Region(BlockKind.BODY, Box(178, 1728, 401, 36), (Box(178, 1728, 401, 36),), size=36.0)
    assert hairline(line, 36.0).kind is BlockKind.BODY
