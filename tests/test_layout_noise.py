"""Layout of blurred, noisy scans: hairlines the binarizing grained must not wreck the page."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.layout.rules import find_rules
from ocr.model import BlockKind

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WORDS = "the council met on monday to hear the plan for new homes by the river".split()


def test_grained_hairline_column_rule_is_found_whole() -> None:
    """A one-pixel column rule, blurred to mid-grey and grained by noise, binarizes with a
    crack of a row or two every few rows: it is still one rule down its whole length."""
    rng = np.random.default_rng(7)
    ink = np.zeros((1200, 400), dtype=bool)
    ink[100:1100, 200] = True
    ink[100:1100, 201] = rng.random(1000) < 0.3  # ragged on one side
    for y in range(104, 1100, 9):  # a crack of 1-2 rows every 9 rows
        ink[y : y + int(rng.integers(1, 3)), 200:202] = False
    rules = find_rules(ink, 60, 8 * 24)
    assert len(rules.vertical) == 1 and rules.vertical[0].h >= 950


def _column(draw: ImageDraw.ImageDraw, x: int, y: int, lines: int) -> None:
    font = ImageFont.truetype(SERIF, 34)
    for n in range(lines):
        words = [WORDS[(n * 3 + k) % len(WORDS)] for k in range(6)]
        draw.text((x, y + n * 48), " ".join(words), font=font, fill=0)


def test_grained_photo_frame_is_a_rule_and_body_type_stays_body() -> None:
    """A photo's hairline frame that noise broke into a hundred dots is not a block of
    "type" a few pixels high: counted as lines of type it outnumbered the body's lines,
    the page's body size came out at the dots' height and every block was a headline."""
    img = Image.new("L", (1400, 1300), 255)
    draw = ImageDraw.Draw(img)
    _column(draw, 60, 80, 20)
    for y in range(60, 1250, 10):  # the frame's side: dots 3 px wide, 5 px tall, 5 px apart
        draw.rectangle((1300, y, 1302, y + 4), fill=0)
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    text = [r for r in layout.regions if r.lines]
    assert text and all(r.box.x < 1200 for r in text), [r.box for r in text]
    assert {r.kind for r in text} == {BlockKind.BODY}
