"""The page's type is measured from its letters, not from a halftone photo's dots."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import components, detect_layout, in_dot_field
from ocr.layout.blocks import char_height, glyph_height
from ocr.model import BlockKind
from ocr.preprocess import measure_type

SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
WORDS = "the council said on friday that new roads would open in the north of the city".split()

needs_font = pytest.mark.skipif(not SERIF.exists(), reason="DejaVu Serif not installed")


def _text(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], size: int) -> None:
    """Justified-ish body text filling ``box`` at ``size`` px type, lines 1.2 em apart."""
    font = ImageFont.truetype(str(SERIF), size)
    x0, y0, x1, y1 = box
    y, i = y0, 0
    while y + size < y1:
        line = ""
        while draw.textlength(line + WORDS[i % len(WORDS)] + " ", font=font) < x1 - x0:
            line += WORDS[i % len(WORDS)] + " "
            i += 1
        draw.text((x0, y), line, fill=0, font=font)
        y += int(size * 1.2)


def _halftone(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], pitch: int) -> None:
    """A photo printed as a 45-degree screen of round dots whose size follows the tone."""
    x0, y0, x1, y1 = box
    for row, y in enumerate(range(y0, y1, pitch // 2)):
        for x in range(x0 + (row % 2) * pitch // 2, x1, pitch):
            tone = 0.5 + 0.4 * np.sin(x / 90.0) * np.cos(y / 70.0)  # ink share 0.1 .. 0.9
            r = pitch * 0.5 * np.sqrt(tone) * 0.9
            draw.ellipse((x - r, y - r, x + r, y + r), fill=0)


def _page(size: int, photo: bool, shape: tuple[int, int] = (1400, 1000)) -> np.ndarray:
    """A page of body text, with a halftone photo over its upper half if ``photo``."""
    img = Image.new("L", (shape[1], shape[0]), 255)
    draw = ImageDraw.Draw(img)
    if photo:
        _halftone(draw, (40, 40, shape[1] - 40, shape[0] // 2), 12)
        _text(draw, (40, shape[0] // 2 + 30, shape[1] - 40, shape[0] - 40), size)
    else:
        _text(draw, (40, 40, shape[1] - 40, shape[0] - 40), size)
    return np.asarray(img) < 128


@needs_font
def test_halftone_dots_do_not_set_the_glyph_height() -> None:
    ink = _page(36, photo=False)
    alone = char_height(ink)
    page = _page(36, photo=True)
    stats = components(page.astype(np.uint8))[2]
    assert in_dot_field(stats[1:]).sum() > 1000  # the screen's dots
    assert abs(glyph_height(stats, page.shape[0]) - alone) <= 2
    text_h, glyph = measure_type(page)
    assert glyph is not None and abs(glyph - alone) <= 2
    assert text_h is not None and abs(text_h - measure_type(ink)[0]) <= 3  # type: ignore[operator]


@needs_font
@pytest.mark.parametrize("size", [9, 12, 20])
def test_small_type_is_not_a_dot_field(size: int) -> None:
    """Classified-ad type, or a 150 dpi page: packed as tight in its own units, not dots."""
    ink = _page(size, photo=False)
    stats = components(ink.astype(np.uint8))[2]
    assert not in_dot_field(stats[1:]).any()


HEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
HAN = "本地企业研发新型农业无人机一小时可完成两百亩农田植保作业记者从高新区获悉区内一家科技企业"


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
@pytest.mark.parametrize("size", [14, 16, 20])
def test_small_cjk_type_in_heavy_ink_is_not_a_dot_field(size: int) -> None:
    """Heavy ink fills small CJK glyphs into solid squares packed across and down:
    but on lines, not staggered like a screen's dots."""
    img = Image.new("L", (1000, 1400), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(HEI), size)
    for n, y in enumerate(range(40, 1360, int(size * 1.4))):
        line = "".join(HAN[(7 * n + k) % len(HAN)] for k in range(900 // size))
        draw.text((40, y), line, fill=0, font=font)
    ink = cv2.dilate((np.asarray(img) < 200).astype(np.uint8), np.ones((2, 2), np.uint8))
    stats = components(ink)[2]
    assert not in_dot_field(stats[1:]).any()


@needs_font
def test_a_light_halftone_under_a_headline_is_one_photo_whole() -> None:
    """A halftone in light tones (small dots, white paper between them: no window of it
    is mostly grey or ink) between a headline and its columns is found as a photo, whole:
    its dots, glyph-sized, had been read as a block of type the headline stood over."""
    img = Image.new("L", (1400, 1800), 255)
    draw = ImageDraw.Draw(img)
    draw.text((60, 60), "Rural Clinic Adds Hours", fill=0,
              font=ImageFont.truetype(str(SERIF), 90))
    x0, y0, x1, y1 = 60, 220, 1340, 820
    for row, y in enumerate(range(y0, y1, 6)):  # a 45-degree screen, pitch 12
        for x in range(x0 + (row % 2) * 6, x1, 12):
            r = 2.1 + 0.4 * np.sin(x / 90.0) * np.cos(y / 70.0)  # ink share 0.12 .. 0.26
            draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
    _text(draw, (60, 880, 660, 1740), 30)
    _text(draw, (740, 880, 1340, 1740), 30)
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    photos = [r.box for r in layout.regions if r.kind == BlockKind.ILLUSTRATION]
    assert len(photos) == 1
    p = photos[0]
    assert p.x <= x0 + 30 and p.y <= y0 + 30 and p.right >= x1 - 30 and p.bottom >= y1 - 30
    assert p.bottom < 880 and p.y > 160
    heads = [r for r in layout.regions if r.kind == BlockKind.HEADLINE]
    assert heads and heads[0].box.bottom < y0
