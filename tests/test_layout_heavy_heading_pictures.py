"""A heavy scan's bold heading line is type, not pictures (``picture_glyph``).

Fresh draw s3278 (pool Y, a UMing page with Noto Sans CJK Bold heads, five columns, a
heavy scan): blur and grain broke the thin Ming body into strokes and specks, half the
page's marks 4-7 px, and the median mark, the unit the picture search is set in, measured
9 px under a 35 px em (0.26). In a window four such units wide a heading character 86 px
tall is nearly all ink, and its marks are no "glyph-sized" mark: `老渡口要搬 市民听证会上各抒己见`
came out as two pictures and five pieces, `雾中追尾谁之过？` as two pictures over its deck,
and the stories parted at them (headline lines 7 of 22; held to the em, 14).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.model import BlockKind, Box
from ocr.preprocess import measure_type

MING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
SANS_BOLD = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
HEAD = "老渡口要搬 市民听证会上各抒己见"
BODY = ("码头拟向东迁六百米十七位代表轮流发言本报记者从市交通局获悉渡口迁建方案"
        "昨天上午举行听证会来自沿河各街道的居民船员和商户代表围绕新址各抒己见")
HEAD_SIZE, BODY_SIZE, PITCH, PER_LINE, LINES = 86, 34, 48, 12, 18
COLUMNS = (60, 540, 1020)
TOP = 230  # the body's first line, under the heading line set at y 60


def _heavy_page(level: int, photo: Box | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A heading line over three columns of Ming body type on grey paper, blurred, grained
    and cut at ``level`` as a heavy scan's binarization cuts it (ink is True); ``photo`` a
    textured grey picture set in the first column's place."""
    img = Image.new("L", (1500, 1150), 228)
    draw = ImageDraw.Draw(img)
    draw.text((60, 60), HEAD, font=ImageFont.truetype(str(SANS_BOLD), HEAD_SIZE, index=2), fill=20)
    body = ImageFont.truetype(str(MING), BODY_SIZE)
    for x in COLUMNS:
        for n in range(LINES):
            y = TOP + PITCH * n
            if photo is not None and x == photo.x and y + PITCH > photo.y:
                break
            k = (n * PER_LINE + x) % len(BODY)
            draw.text((x, y), (BODY * 2)[k : k + PER_LINE], font=body, fill=20)
    if photo is not None:
        rng = np.random.default_rng(3)
        blobs = rng.random((max(2, photo.h // 40), max(2, photo.w // 40))) * 140 + 60
        tone = cv2.resize(blobs.astype(np.float32), (photo.w, photo.h),
                          interpolation=cv2.INTER_CUBIC)
        img.paste(Image.fromarray(np.clip(tone, 25, 220).astype(np.uint8)), (photo.x, photo.y))
    gray = cv2.GaussianBlur(np.asarray(img, dtype=np.float32), (0, 0), 1.2)
    gray += np.random.default_rng(7).normal(0, 14, gray.shape)
    out = np.clip(gray, 0, 255).astype(np.uint8)
    return out, out < level


@pytest.mark.skipif(not (MING.exists() and SANS_BOLD.exists()),
                    reason="AR PL UMing or Noto Sans CJK Bold not installed")
def test_a_heavy_scans_bold_heading_line_is_one_block_of_type_not_pictures() -> None:
    gray, ink = _heavy_page(140)
    em, glyph = measure_type(ink)
    assert em is not None and glyph is not None
    assert glyph < 0.4 * em  # the median mark is a stroke, as on s3278
    layout = detect_layout(gray, ink, em=em)
    assert not [r.box for r in layout.regions if r.kind is BlockKind.ILLUSTRATION]
    heads = [r.box for r in layout.regions if r.lines and r.box.y < TOP - 20]
    assert len(heads) == 1 and heads[0].x <= 70 and heads[0].w >= 1200, heads


@pytest.mark.skipif(not (MING.exists() and SANS_BOLD.exists()),
                    reason="AR PL UMing or Noto Sans CJK Bold not installed")
def test_a_small_photo_on_the_heavy_page_is_still_a_picture() -> None:
    """The unit grows; a photo a column's third wide (a portrait, 3.5 ems) stays a photo."""
    photo = Box(60, 500, 130, 160)
    gray, ink = _heavy_page(140, photo)
    em, _ = measure_type(ink)
    layout = detect_layout(gray, ink, em=em)
    pictures = [r.box for r in layout.regions if r.kind is BlockKind.ILLUSTRATION]
    assert any((i := p.intersection(photo)) is not None and i.area >= 0.8 * photo.area
               for p in pictures), pictures


def test_the_picture_glyph_is_held_only_from_below_and_only_with_an_em() -> None:
    from ocr.layout.blocks import PICTURE_GLYPH_EM, picture_glyph

    assert picture_glyph(9.0, None) == 9.0
    assert picture_glyph(9.0, 35.0) == pytest.approx(PICTURE_GLYPH_EM * 35.0)
    assert picture_glyph(21.0, 35.0) == 21.0  # a whole character, or a Latin x-height
