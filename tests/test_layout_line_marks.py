"""A full-width comma the cut left alone goes with its heading line (``line_marks``).

Fresh draw s3254 (pool Y, a UMing page with Noto Sans CJK Bold heads, a heavy scan): the
headline ``老船长走了，他的航海 / 日志还在`` came out as ``老船长走了`` and ``他的航海`` with the
comma a piece of its own between them. The comma's ink sits in the lower left of its em,
so 94 px of white stood between the halves against 82 px type, and the comma's piece stood
in the band between them: ``merge_pieces`` joined neither. So on s3269
``全市秋粮收购进度过七成，`` / ``种粮大户算起“增收账”`` (a deck, 41 px type) and
``放学后的两小时，`` / ``孩子``.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.layout.blocks import Region
from ocr.model import BlockKind, Box
from ocr.preprocess import measure_type

MING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
SANS_BOLD = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
HEAD = "老船长走了，他的航海"
BODY = ("引航站原站长林守礼上周病逝终年七十六岁他在港区引航四十二年安全引领船舶"
        "一万余艘次退休后仍常到码头给年轻引航员讲潮水和航道同事们说他的日志还在")
TOP = 230  # the body's first line, under the heading line set at y 60


def _heavy_page() -> tuple[np.ndarray, np.ndarray]:
    """A bold heading line with a full-width comma over three columns of Ming body type,
    blurred, grained and cut as a heavy scan's binarization cuts it (ink is True)."""
    img = Image.new("L", (1500, 1150), 228)
    draw = ImageDraw.Draw(img)
    draw.text((60, 60), HEAD, font=ImageFont.truetype(str(SANS_BOLD), 82, index=2), fill=20)
    body = ImageFont.truetype(str(MING), 34)
    for x in (60, 540, 1020):
        for n in range(18):
            k = (n * 12 + x) % len(BODY)
            draw.text((x, TOP + 48 * n), (BODY * 2)[k : k + 12], font=body, fill=20)
    gray = cv2.GaussianBlur(np.asarray(img, dtype=np.float32), (0, 0), 1.2)
    gray += np.random.default_rng(7).normal(0, 14, gray.shape)
    out = np.clip(gray, 0, 255).astype(np.uint8)
    return out, out < 140


@pytest.mark.skipif(not (MING.exists() and SANS_BOLD.exists()),
                    reason="AR PL UMing or Noto Sans CJK Bold not installed")
def test_a_heading_line_cut_at_its_full_width_comma_is_one_block() -> None:
    gray, ink = _heavy_page()
    em, _ = measure_type(ink)
    layout = detect_layout(gray, ink, em=em)
    heads = [r.box for r in layout.regions if r.lines and r.box.y < TOP - 20]
    # both halves and the comma one block (the last glyph's strokes, cut off at the line's
    # end, are another matter: main leaves them apart too)
    assert any(h.x <= 70 and h.right >= 820 for h in heads), heads
    assert not [h for h in heads if 470 <= h.x <= 560], heads


def _piece(x: int, y: int, w: int, h: int, size: float) -> Region:
    return Region(BlockKind.BODY, Box(x, y, w, h), (Box(x, y, w, h),), size)


def test_a_mark_goes_with_the_heading_line_it_follows_within_an_em() -> None:
    from ocr.layout.line_marks import marks_on_lines

    line = _piece(100, 400, 420, 84, 82.0)
    comma = _piece(540, 450, 36, 34, 33.0)  # its foot a little under the line's
    after = _piece(600, 402, 330, 82, 82.0)
    out = marks_on_lines([line, comma, after], 34.0)
    assert len(out) == 2
    assert out[0].box == Box(100, 400, 476, 84) and out[0].size == 82.0
    assert out[0].lines == (Box(100, 400, 476, 84),)


def test_what_is_no_mark_of_a_heading_line_stays_apart() -> None:
    """The false joins feared: a speck in the gutter past the heading line's end, a glyph
    of a line beside it, a comma in a column of body type (left to the columns), and a
    speck after a line's last glyph with nothing of the line after it (a masthead's)."""
    from ocr.layout.line_marks import marks_on_lines

    line = _piece(100, 400, 420, 84, 82.0)
    gutter_speck = _piece(580, 440, 20, 20, 20.0)  # 60 px of white: over 0.6 of the type
    glyph = _piece(540, 402, 60, 80, 80.0)  # a character alone, no mark
    body = _piece(100, 800, 420, 36, 34.0)
    body_comma = _piece(530, 820, 12, 16, 16.0)
    end_speck = _piece(540, 450, 36, 34, 33.0)  # nothing of the line after it
    for rest in ([gutter_speck], [glyph], [body, body_comma], [end_speck]):
        out = marks_on_lines([line, *rest], 34.0)
        assert out == [line, *rest]
