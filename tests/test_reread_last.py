"""A CJK headline's one-character last line, lost by Tesseract, is read on the end of the
line above it (``ocr.reread_last``): alone, a lone large character gives Tesseract
nothing to go on; after the line it ends, it reads. A last line that was read, and a
speck under a line, are left alone."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import Region
from ocr.model import BlockKind, Box, Line
from ocr.recognize import PSM_SINGLE_COLUMN, Job, crop_origin, recognize_all, scale_for
from ocr.reread_last import reread_last

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
HEAD = ["社区食堂开进老小", "区一餐十二元吃得", "饱"]
MARGIN = 10


def _headline(speck: bool = False) -> tuple[np.ndarray, Region]:
    """A three-line headline of 60 px bold Song type, its last line one character (or,
    with ``speck``, two lines and a speck of dust under the second)."""
    img = Image.new("L", (700, 300), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 60, index=0)
    boxes = []
    for n, text in enumerate(HEAD[:2] if speck else HEAD):
        at = (30, 20 + 80 * n)
        x0, y0, x1, y1 = draw.textbbox(at, text, font=font)
        draw.text(at, text, font=font, fill=0)
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
    if speck:
        draw.rectangle((400, 190, 406, 195), fill=0)
        boxes.append(Box(400, 190, 7, 6))
    region = Region(BlockKind.HEADLINE, Box.enclosing(boxes) or boxes[0], tuple(boxes),
                    size=float(boxes[0].h))
    return np.asarray(img), region


def _read(gray: np.ndarray, region: Region) -> tuple[Job, list[Line]]:
    x, y = crop_origin(region.box, MARGIN)
    b = region.box
    job = Job(gray[y : b.bottom + MARGIN, x : b.right + MARGIN], psm=PSM_SINGLE_COLUMN,
              scale=scale_for(region.size))
    return job, recognize_all([job], "chi_sim", 60)[0]


def _texts(lines: list[Line]) -> list[str]:
    return ["".join(w.text for w in ln.words) for ln in lines]


def test_a_lost_one_character_last_line_is_read_after_the_line_above() -> None:
    gray, region = _headline()
    job, read = _read(gray, region)
    assert _texts(read)[:2] == HEAD[:2]
    lost = read[:2]  # the last line as Tesseract loses it on a scan (s804, s805)
    out = reread_last(gray, [region], [job], [MARGIN], [lost], "chi_sim", 60)[0]
    assert _texts(out) == HEAD
    x, y = crop_origin(region.box, MARGIN)
    assert out[-1].box is not None and out[-1].box.shift(x, y) == region.lines[-1]


def test_a_last_line_read_is_left_as_read() -> None:
    gray, region = _headline()
    job, read = _read(gray, region)
    assert _texts(read) == HEAD
    assert reread_last(gray, [region], [job], [MARGIN], [read], "chi_sim", 60)[0] is read


def test_a_speck_under_a_headline_is_no_line_to_read() -> None:
    gray, region = _headline(speck=True)
    job, read = _read(gray, region)
    out = reread_last(gray, [region], [job], [MARGIN], [read], "chi_sim", 60)[0]
    assert out is read


def test_the_line_above_misread_is_taken_from_the_surer_reading() -> None:
    """The line above read with its first character wrong and unsure (``名`` for ``区``,
    the two lines run together in the block's reading: s804) is read again with it."""
    gray, region = _headline()
    job, read = _read(gray, region)
    first = read[1].words[0]
    wrong = dataclasses.replace(first, text="名" + first.text[1:], confidence=0.3)
    misread = dataclasses.replace(read[1], words=(wrong, *read[1].words[1:]))
    out = reread_last(gray, [region], [job], [MARGIN], [[read[0], misread]], "chi_sim", 60)[0]
    assert _texts(out) == HEAD


def test_a_speck_beside_the_last_character_is_left_out_of_its_line() -> None:
    """Two specks of grain level with the last character, far to its right, stretch
    layout's line box over six cells (s803 ``收``); the line's type is the character."""
    gray, region = _headline()
    gray = gray.copy()
    last = region.lines[-1]
    for x in (last.right + 150, last.right + 293):
        gray[last.y + 20 : last.y + 27, x : x + 7] = 0
    wide = Box(last.x, last.y, last.w + 300, last.h)
    region = Region(region.kind, Box.enclosing([*region.lines[:2], wide]) or wide,
                    (*region.lines[:2], wide), size=region.size)
    job, read = _read(gray, region)
    out = reread_last(gray, [region], [job], [MARGIN], [read[:2]], "chi_sim", 60)[0]
    assert _texts(out) == HEAD


def test_a_line_above_read_a_character_short_still_takes_its_last_line() -> None:
    """The line above read a character short (``区一`` as ``名``, unsure: S3 s829 read
    ``届村`` as ``和``), the last line lost: the side-by-side reading, a character longer
    than the first over the line above, still ends in the lost character (held-out S3
    s829, S s803, S2 s817, s818)."""
    gray, region = _headline()
    job, read = _read(gray, region)
    words = read[1].words
    text = "名" + "".join(w.text for w in words)[2:]
    box = Box.enclosing([w.box for w in words if w.box is not None])
    short = dataclasses.replace(words[0], text=text, box=box, confidence=0.3)
    misread = dataclasses.replace(read[1], words=(short,))
    assert _texts([misread]) == ["名餐十二元吃得"]
    out = reread_last(gray, [region], [job], [MARGIN], [[read[0], misread]], "chi_sim", 60)[0]
    assert _texts(out) == HEAD
