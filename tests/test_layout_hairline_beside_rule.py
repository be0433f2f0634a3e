"""A grained hairline column rule a few pixels beside a box's side rule is still a rule.

S7 s878 (a heavy Chinese scan): the hairline between two columns binarizes dotted, and
the ruled box of briefs beside its lower half has a side rule 12 px from it. Found
straight piece by piece, the hairline's pieces were joined with the side rule into one
box 20 px wide, too wide for a hairline, and both were lost: the columns, set tight to
the rule, were read row into row across it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.layout.rules import find_rules
from ocr.model import BlockKind

HEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
TEXT = ("市发展改革委召开居民生活用水价格调整听证会来自不同行业的名听证参加人围绕调价方案"
        "发表意见按照听证方案我市居民生活用水第一阶梯年用水量由立方米调整为立方米价格保持")
SIZE, PITCH, PER_LINE = 30, 48, 15
LEFT, HAIR_X, RIGHT = 60, 516, 528  # a column 450 px wide, white 6 px each side of the rule
SIDE_X, TOP, LINES = 526, 60, 24  # the box's side rule: 4 px, 7 px right of the hairline


def _page() -> tuple[np.ndarray, int, int]:
    """Two columns of CJK body type set tight to a grained 3 px hairline between them,
    the right one's lower half in a ruled box whose side rule stands 7 px beside it."""
    img = Image.new("L", (1100, TOP + LINES * PITCH + 80), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(HEI), SIZE)
    k = 0
    for i in range(LINES):
        y = TOP + i * PITCH
        for x0 in (LEFT, RIGHT + 12 if i >= LINES // 2 else RIGHT):
            line = "".join(TEXT[(k + j) % len(TEXT)] for j in range(PER_LINE))
            k += PER_LINE
            draw.text((x0, y), line, fill=0, font=font)
    ink = np.asarray(img) < 128
    top, bottom = TOP - 6, TOP + LINES * PITCH
    rng = np.random.default_rng(878)
    row = top
    while row < bottom:  # dotted: one to three of its three columns inked, cracks of 1-3 rows
        if rng.random() < 0.08:
            row += int(rng.integers(1, 4))
            continue
        a = int(rng.integers(0, 3))
        ink[row, HAIR_X + a : HAIR_X + min(3, a + int(rng.integers(1, 3)))] = True
        row += 1
    mid = TOP + (LINES // 2) * PITCH - 12
    ink[mid:bottom, SIDE_X : SIDE_X + 4] = True  # the box's side rule, solid
    ink[mid : mid + 5, SIDE_X:1040] = True  # and its top
    return ink, top, bottom


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_grained_hairline_beside_a_side_rule_is_found() -> None:
    ink, top, bottom = _page()
    vertical = find_rules(ink, 4 * SIZE, 8 * SIZE).vertical
    hair = [r for r in vertical if r.x <= HAIR_X + 2 and r.right >= HAIR_X + 1]
    assert hair and max(r.h for r in hair) >= 0.9 * (bottom - top)
    assert all(r.w <= 8 for r in hair)  # the hairline alone, not joined to the side rule


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
def test_columns_set_tight_to_a_grained_hairline_are_read_apart() -> None:
    ink, _, _ = _page()
    gray = np.where(ink, 0, 255).astype(np.uint8)
    layout = detect_layout(gray, ink)
    text = [r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE]
    assert not [b for b in text if b.x < HAIR_X - 100 and b.right > RIGHT + 100]
