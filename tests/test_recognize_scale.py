"""Big type is read shrunk into Tesseract's comfort zone, and its boxes come back in the
crop's own pixels: a bold CJK headline 100 px high, rendered with a real Ming face,
loses whole characters or lines when Tesseract reads it as it is."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.recognize import (
    BODY_SHRINK,
    BODY_TYPE,
    COMFORT_TYPE,
    Job,
    body_scale,
    recognize,
    recognize_all,
    scale_for,
)
from ocr.scan import read_scan

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"  # fonts-arphic-uming (Makefile APT_PKGS)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HEADLINE = ["首届太仓金仓湖半程马拉松鸣枪", "开跑"]


def _bold_lines(lines: list[str], size: int, font: str = UMING) -> np.ndarray:
    """Lines of bold type (the face's strokes thickened by a tenth of an em), 1.3 em apart."""
    f = ImageFont.truetype(font, size)
    width = int(max(f.getlength(t) for t in lines)) + 40
    pitch = int(size * 1.3)
    img = Image.new("L", (width, pitch * len(lines) + 30), 255)
    draw = ImageDraw.Draw(img)
    for n, text in enumerate(lines):
        draw.text((20, 15 + pitch * n), text, font=f, fill=0,
                  stroke_width=max(1, size // 25), stroke_fill=0)
    return np.asarray(img)


def _hits(read: str, truth: str) -> int:
    """Characters of ``truth`` found in ``read`` (order aside, each counted once)."""
    rest = list(read)
    hits = 0
    for c in truth:
        if c in rest:
            rest.remove(c)
            hits += 1
    return hits


def test_type_in_the_comfort_zone_is_read_as_it_is() -> None:
    assert scale_for(20.0) == scale_for(COMFORT_TYPE) == scale_for(50.0) == 1.0
    assert scale_for(100.0) == pytest.approx(COMFORT_TYPE / 100.0)


@pytest.mark.integration
@pytest.mark.parametrize("size", [80, 100, 120])
def test_a_big_bold_cjk_headline_reads_right_when_shrunk(size: int) -> None:
    crop = _bold_lines(HEADLINE, size)
    lines = recognize(Job(crop, psm=4, scale=scale_for(size)), "chi_sim", 60)
    assert [ln.text for ln in lines][1:] == ["开跑"]
    assert _hits(lines[0].text, HEADLINE[0]) >= len(HEADLINE[0]) - 1
    # Boxes are in the crop's pixels, not the shrunk image's: the second line's words
    # sit in the lower half of the crop, and the first line spans most of its width.
    h, w = crop.shape
    second = lines[1].box
    assert second is not None and h / 2 < second.y + second.h / 2 < h
    first = lines[0].box
    assert first is not None and first.w > 0.8 * (w - 40) and first.right <= w


@pytest.mark.integration
def test_a_shrunk_headline_reads_whole_wherever_its_crop_starts() -> None:
    """Shrunk type reads differently as the crop moves by a pixel (the sampling grid
    moves over the strokes); a garbled, unsure reading is read again half a shrunk pixel
    over, so no margin loses the headline, and the boxes stay on the crop's pixels."""
    crop = np.pad(_bold_lines(HEADLINE, 100), 40, constant_values=255)
    for margin in range(20, 40):
        part = crop[40 - margin + 20:, 40 - margin + 20:]
        lines = recognize(Job(part, psm=4, scale=scale_for(100)), "chi_sim", 60)
        assert [ln.text for ln in lines][1:] == ["开跑"], (margin, [ln.text for ln in lines])
        assert _hits(lines[0].text, HEADLINE[0]) >= len(HEADLINE[0]) - 1, margin
        first = lines[0].box
        assert first is not None and abs(first.x - margin) <= 8, (margin, first)


@pytest.mark.integration
def test_shrunk_and_plain_blocks_in_one_call_keep_their_own_boxes() -> None:
    """Scaled blocks share a Tesseract call with unscaled ones; each maps back on its own."""
    big = _bold_lines(HEADLINE, 100)
    small = _bold_lines(["Harbour traffic rises"], 28, DEJAVU)
    out = recognize_all([Job(big, 4, scale_for(100)), Job(small, 7)], "chi_sim+eng", 60, 1)
    assert out[0][-1].text == "开跑"
    assert out[1][0].text == "Harbour traffic rises"
    box = out[1][0].box
    assert box is not None and box.right <= small.shape[1] and box.bottom <= small.shape[0]


@pytest.mark.integration
def test_a_page_with_a_big_bold_headline_reads_it_whole() -> None:
    """Through the scan path: layout measures the type, recognition shrinks it, and the
    headline block's text and box land on the page where it was printed."""
    f = ImageFont.truetype(UMING, 40)
    head = _bold_lines(HEADLINE, 100)
    page = Image.new("L", (1600, 900), 255)
    page.paste(Image.fromarray(head), (60, 40))
    draw = ImageDraw.Draw(page)
    body = ["城市公交线网优化调整，新开通的线路将覆盖", "城北新区和科教新城的主要居民小区，市民",
            "出行更加便捷。公交公司表示，下月起还将", "增加早晚高峰时段的发车班次。"]
    for n, text in enumerate(body):
        draw.text((80, 420 + 56 * n), text, font=f, fill=0)
    data = io.BytesIO()
    page.save(data, format="PNG", dpi=(300, 300))
    (read,) = read_scan(data.getvalue(), lang="zh")
    heads = [b for b in read.blocks if b.box and b.box.y < 380 and b.text]
    text = "".join(b.text for b in heads).replace("\n", "")
    assert "开跑" in text and _hits(text, "".join(HEADLINE)) >= len("".join(HEADLINE)) - 1
    lines = [ln for b in heads for ln in b.lines if ln.box]
    assert lines and all(60 <= ln.box.x and ln.box.bottom <= 60 + head.shape[0] for ln in lines)


def test_a_block_is_shrunk_only_as_far_as_its_smallest_parted_line_allows() -> None:
    """Two lines of 76 px type are shrunk; a block that also holds a line of 30 px type,
    or whose lines layout could not part (one 564 px "line" of 120 px type: a masthead
    over its imprint line), is read as it is, so the small line is not lost."""
    from ocr.layout import Region
    from ocr.model import BlockKind, Box
    from ocr.preprocess import preprocess
    from ocr.scan import _job

    prepared = preprocess(np.full((800, 2000), 255, dtype=np.uint8))

    def scale(lines: list[tuple[int, int]], size: float) -> float:
        boxes = tuple(Box(20, y, 1800, h) for y, h in lines)
        box = Box.enclosing(list(boxes))
        assert box is not None
        region = Region(BlockKind.HEADLINE, box, boxes, size)
        return _job(prepared, region, 30.0).scale

    assert scale([(20, 80), (110, 80)], 76.0) == pytest.approx(scale_for(76.0))
    assert scale([(20, 80), (110, 30)], 76.0) == 1.0
    assert scale([(20, 564)], 120.0) == 1.0


def test_body_type_is_shrunk_mildly_and_only_at_archival_resolution() -> None:
    """Body type of a 300 dpi scan (27-39 px) is read towards ``BODY_TYPE``, never below
    ``BODY_SHRINK``; a 150 dpi page's type (13 px) and big type (``scale_for``'s) are not."""
    assert body_scale(13.0) == body_scale(BODY_TYPE) == 1.0
    assert body_scale(27.0) == pytest.approx(BODY_TYPE / 27.0)
    assert body_scale(37.0) == body_scale(50.0) == BODY_SHRINK
    assert body_scale(100.0) == body_scale(0.0) == 1.0


@pytest.mark.integration
def test_a_column_of_300_dpi_body_type_reads_the_same_words_shrunk() -> None:
    """A column of 10-point type at 300 dpi read at ``body_scale`` gives the words read
    at full size, with boxes on the crop's own pixels."""
    f = ImageFont.truetype(DEJAVU, 42)
    body = ["The harbour board met on Tuesday", "to discuss the new quay, which",
            "will open to shipping next spring."]
    img = Image.new("L", (900, 80 * len(body) + 40), 255)
    draw = ImageDraw.Draw(img)
    for n, text in enumerate(body):
        draw.text((20, 20 + 80 * n), text, font=f, fill=0)
    crop = np.asarray(img)
    x, y, _, h = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), "T", font=f)
    scale = body_scale(float(h - y))
    assert scale < 1.0
    whole = recognize(Job(crop, psm=4), "eng", 60)
    shrunk = recognize(Job(crop, psm=4, scale=scale), "eng", 60)
    assert [ln.text for ln in shrunk] == [ln.text for ln in whole] == body
    for a, b in zip(whole, shrunk, strict=True):
        assert a.box is not None and b.box is not None
        assert abs(a.box.x - b.box.x) <= 3 and abs(a.box.bottom - b.box.bottom) <= 3
