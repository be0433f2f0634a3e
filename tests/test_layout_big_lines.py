"""Two lines of a big, light CJK headline are two lines, not a tall region of columns:
the white between two of its characters, level with the short second line's end, is no
gutter (held-out scans: 春季招聘会提供岗位一万二千个 was cut after 提供, its pieces read
as a kicker and two headlines)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
HEAD = ("春季招聘会提供岗位一万", "二千个")
BODY = "本报讯记者从市人社局获悉今年春季招聘会将于本月举行共有三百二十家企业参加提供岗位"


@pytest.mark.skipif(not UMING.exists(), reason="AR PL UMing not installed")
def test_a_two_line_headline_in_light_type_is_not_cut_between_its_characters() -> None:
    img = Image.new("L", (1500, 1500), 255)
    draw = ImageDraw.Draw(img)
    head = ImageFont.truetype(str(UMING), 118)
    for n, text in enumerate(HEAD):
        draw.text((60, 60 + 140 * n), text, font=head, fill=0)
    draw.rectangle((60, 350, 1440, 354), fill=0)  # a rule under it, across the page
    body = ImageFont.truetype(str(UMING), 34)  # the two lines over 12 of its glyphs tall
    for x in (60, 540, 1020):  # three columns of body type under it
        for n in range(20):
            k = (n * 12 + x) % len(BODY)
            draw.text((x, 400 + 50 * n), (BODY * 2)[k : k + 12], font=body, fill=0)
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    first = [r.box for r in layout.regions if r.lines and r.box.y < 180]
    width = int(head.getlength(HEAD[0]))
    assert len(first) == 1 and first[0].x <= 70 and first[0].right >= 60 + width - 20, first
