"""A photo near the dark strip along a scan's edge is found as a photo: the strip is no
picture (held-out scans: joined to it by the tone search's window, the photo made one
area the page's height with the strip, tightened to the strip alone, and the photo was
read as a block of text)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.model import BlockKind

SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WORDS = ("the county extension office said it was too early to know how much fruit was "
         "lost damage often does not show for several days").split()


@pytest.mark.skipif(not SANS.exists(), reason="DejaVu Sans not installed")
def test_a_photo_beside_the_scan_edge_strip_is_a_photo() -> None:
    rng = np.random.default_rng(7)
    img = Image.new("L", (1600, 2000), 235)
    draw = ImageDraw.Draw(img)
    for x, level in enumerate((190, 110, 75, 75, 110, 150, 190)):  # the scan's dark edge
        draw.rectangle((8 * x, 0, 8 * x + 7, 1999), fill=level)
    photo = (96, 150, 1500, 700)  # a gutter's width from the strip
    draw.rectangle(photo, fill=120)
    font = ImageFont.truetype(str(SANS), 60)  # body x-height 32 px: a 128 px window
    draw.text((96, 40), "Volunteers Pull Two Tons of Trash", font=font, fill=0)
    for x in (96, 600, 1080):  # columns under it
        k = x
        for n in range(15):
            line = " ".join(WORDS[(k + i) % len(WORDS)] for i in range(4))
            draw.text((x, 760 + 80 * n), line[:16], font=font, fill=0)
            k += 3
    gray = np.clip(np.asarray(img, dtype=np.int16) + rng.normal(0, 12, (2000, 1600)), 0, 255)
    gray = gray.astype(np.uint8)
    layout = detect_layout(gray, gray < 150)
    pictures = [r.box for r in layout.regions if r.kind == BlockKind.ILLUSTRATION]
    assert any(abs(p.x - photo[0]) < 30 and abs(p.right - photo[2]) < 30
               and abs(p.y - photo[1]) < 30 and abs(p.bottom - photo[3]) < 30
               for p in pictures), pictures
