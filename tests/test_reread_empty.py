"""A column block Tesseract read as nothing has each of its lines read alone
(``ocr.reread.reread_skipped``), as a block read as a speck has: on a heavy scan a
three-line Hei headline (64 px type, specks between its characters) came back empty as
a column and was dropped with a warning, its story left headless (S4 s839, S5 s854,
S6 s863). A sliver of specks, or a speck or two boxed as a block, too narrow for two
characters of its type, or whose type is under the body's, is not asked."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import ocr.reread
from ocr.layout import Region
from ocr.model import BlockKind, Box, Line
from ocr.recognize import PSM_SINGLE_COLUMN, Job, crop_origin
from ocr.reread import holds_type, reread_skipped

HEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # fonts-wqy-microhei (Makefile)
HEADLINE = ["一只“数蜜", "蜂”的纸箱子", "拿了一等奖"]  # S5 s854's, as printed
MARGIN = 19  # scan._margin of 64 px type: 0.3 of it
CHAR_H = 12.0  # the body's glyph height layout measured on S5 s854


def _heading() -> tuple[np.ndarray, Region, Job]:
    """A grey page with a three-line headline of 64 px Hei type, speckled as a heavy
    scan is; its region (line boxes from the ink) and the column job ``scan`` gives it."""
    img = Image.new("L", (640, 420), 232)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(HEI, 64)
    boxes = []
    for n, text in enumerate(HEADLINE):
        x0, y0, x1, y1 = (int(v) for v in draw.textbbox((60, 60 + 92 * n), text, font=font))
        draw.text((60, 60 + 92 * n), text, font=font, fill=35)
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
    gray = np.asarray(img).astype(float)
    rng = np.random.default_rng(854)
    gray += rng.normal(0, 12, gray.shape)
    for _ in range(6):  # the heavy scan's square specks
        x, y = int(rng.integers(60, 560)), int(rng.integers(60, 330))
        gray[y : y + 8, x : x + 8] = 45
    page = np.clip(gray, 0, 255).astype(np.uint8)
    region = Region(BlockKind.HEADLINE, Box.enclosing(boxes) or boxes[0], tuple(boxes),
                    size=64.0)
    x, y = crop_origin(region.box, MARGIN)
    b = region.box
    job = Job(page[y : b.bottom + MARGIN, x : b.right + MARGIN], psm=PSM_SINGLE_COLUMN)
    return page, region, job


def _text(line: Line) -> str:
    return "".join(w.text for w in line.words)


def test_a_heading_read_as_nothing_is_read_line_by_line() -> None:
    gray, region, job = _heading()
    (lines,), warnings = reread_skipped(gray, [region], [job], [MARGIN], [[]], "chi_sim", 60,
                                        char_h=CHAR_H)
    assert warnings == ()
    assert len(lines) == 3
    assert [_text(ln) for ln in lines][1:] == HEADLINE[1:]
    assert _text(lines[0]).startswith("一只")  # (``数蜜`` read ``'数宣``: a rare character)
    # in the block crop's pixels, top to bottom, each over its own printed line (a
    # quote mark's box stands a line tall: the line's middle is asked, not its top)
    origin = crop_origin(region.box, MARGIN)
    for line, printed in zip(lines, region.lines, strict=True):
        assert line.box is not None
        middle = line.box.shift(*origin).y + line.box.h // 2
        assert printed.y <= middle <= printed.bottom


def test_a_sliver_read_as_nothing_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Specks down the page's edge that layout took for a column of tiny lines: 2 px
    wide, lines of 8 px type; no character fits, so nothing is read again."""
    gray = np.full((200, 60), 230, np.uint8)
    gray[20:180:20, 30:32] = 40
    lines = tuple(Box(30, y, 2, 8) for y in range(20, 180, 20))
    region = Region(BlockKind.BODY, Box(30, 20, 2, 168), lines, size=8.0)
    assert not holds_type(region, CHAR_H)
    # a heavy scan's speck boxed as a block of two lines (S6 s872: read alone, ``a``)
    assert not holds_type(Region(BlockKind.BODY, Box(695, 404, 11, 27),
                                 (Box(695, 404, 11, 10), Box(697, 418, 9, 13)), size=9.6),
                          CHAR_H)
    asked: list[Job] = []

    def read(jobs: list[Job], *args: object, **kwargs: object) -> list[list[Line]]:
        asked.extend(jobs)
        return [[] for _ in jobs]

    monkeypatch.setattr(ocr.reread, "recognize_all", read)
    job = Job(gray[18:190, 28:34], psm=PSM_SINGLE_COLUMN)
    assert reread_skipped(gray, [region], [job], [2], [[]], "eng", 60,
                          char_h=CHAR_H) == ([[]], ())
    assert asked == []


def test_a_strip_under_the_body_type_read_as_nothing_is_not_asked() -> None:
    """A strip of specks by a column's edge (S2 s824: 33 px wide, three "lines" of 14 px
    type against the body's 18) is wide enough for two of its "characters" but its type
    is under the body's: read alone it came back ``I`` ``I`` ``I`` and was taken into
    the stories beside it. The heading the rule is for is asked (64 px type)."""
    lines = (Box(2366, 1084, 33, 14), Box(2366, 1150, 33, 14), Box(2366, 1259, 33, 14))
    strip = Region(BlockKind.BODY, Box(2366, 1084, 33, 189), lines, size=14.0)
    assert strip.box.w >= 2 * strip.size  # wide enough: only the type size tells it
    assert not holds_type(strip, 18.0)
    _, heading, _ = _heading()
    assert holds_type(heading, CHAR_H)

