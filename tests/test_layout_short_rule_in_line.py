"""A column rule two or three lines long under a story's foot, in line with the page's
column rule above it, parts the foot's two columns.

S5 s850, S6 s865 (Chinese pages): a short story's last lines stand in two columns three
lines tall under its deck, ruled apart as the page's columns are higher up; the rule is
shorter than the length a column rule is asked for (eight body characters, which keeps a
masthead's glyph stems out), was not found, and the two columns, set tight to it, were
read row into row as one block (one of them a "subheadline").
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
TEXT = ("本报讯对城东旧砖厂地块安置小区规划方案进行批前公示含栋高层住宅一所小学和一处湖景公园"
        "市自然资源和规划局通讯员卜文月日记者汪晓帆轮渡码头拟迁往东侧米处名代表发言")
SIZE, PITCH, PER_LINE = 30, 46, 14
LEFT, RULE_X, RIGHT = 60, 498, 512  # columns of 14 characters, 8 px of white by the rule


def _column(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, x: int, y: int,
            lines: int, k: int) -> int:
    for i in range(lines):
        line = "".join(TEXT[(k + j) % len(TEXT)] for j in range(PER_LINE))
        draw.text((x, y + i * PITCH), line, fill=0, font=font)
        k += PER_LINE
    return k


def _page() -> tuple[np.ndarray, tuple[int, int]]:
    """A story in two ruled columns twelve lines tall, a rule across under it, then a
    short story's headline and deck across both columns and its foot: two columns three lines tall,
    ruled apart in the same gutter. Returns the page's ink and the foot's rows."""
    img = Image.new("L", (1000, 1200), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(HEI), SIZE)
    k = _column(draw, font, LEFT, 60, 12, 0)
    k = _column(draw, font, RIGHT, 60, 12, k)
    bottom = 60 + 12 * PITCH
    draw.rectangle((LEFT, bottom + 10, 940, bottom + 13), fill=0)  # the rule across
    head = ImageFont.truetype(str(HEI), 60)
    draw.text((LEFT, bottom + 40), "城东旧砖厂地块安置小区", fill=0, font=head)
    deck = ImageFont.truetype(str(HEI), 38)
    draw.text((LEFT, bottom + 130), "含栋高层住宅一所小学和一处湖景公园", fill=0, font=deck)
    foot = bottom + 200
    k = _column(draw, font, LEFT, foot, 3, k)
    _column(draw, font, RIGHT, foot, 2, k)
    foot_end = foot + 3 * PITCH
    ink = np.asarray(img) < 128
    ink[54:bottom, RULE_X : RULE_X + 3] = True  # the page's column rule
    ink[foot - 4 : foot_end - 8, RULE_X : RULE_X + 3] = True  # the foot's, three lines
    return ink, (foot, foot_end)


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_short_rule_in_line_with_a_column_rule_is_found() -> None:
    ink, (foot, foot_end) = _page()
    vertical = find_rules(ink, 120, 240).vertical
    assert any(r.x <= RULE_X + 1 and r.right >= RULE_X + 2 and r.y >= foot - 10
               and r.bottom <= foot_end for r in vertical)
    lone = ink.copy()
    lone[:foot - 20, RULE_X : RULE_X + 3] = False  # no column rule above it: a stem's length
    assert not any(r.y >= foot - 10 for r in find_rules(lone, 120, 240).vertical)


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_story_foot_ruled_in_two_columns_is_read_apart() -> None:
    ink, (foot, _) = _page()
    layout = detect_layout(np.where(ink, 0, 255).astype(np.uint8), ink)
    text = [r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE]
    assert not [b for b in text if b.bottom > foot + 20 and b.x < RULE_X - 100
                and b.right > RIGHT + 100]
