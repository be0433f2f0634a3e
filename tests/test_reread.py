"""Lines Tesseract skipped in a column block are read again on their own (``ocr.reread``):
put back in their place, in the block crop's pixels; a "line" that is no type (a strip
of photo edge) is not put back."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import Region
from ocr.model import BlockKind, Box
from ocr.recognize import PSM_SINGLE_COLUMN, Job, crop_origin, recognize_all
from ocr.reread import reread_skipped, skipped

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
TEXT = ["The council met on Tuesday", "to weigh the plan for the", "new bridge over the river,",
        "which opens next spring."]
MARGIN = 10
CHAR_H = 17.0  # the body's x-height layout measures for 30 px DejaVu type


def _column() -> tuple[np.ndarray, Region, Box]:
    """A page with one column of four printed lines, and under them a strip of grain
    layout took for a fifth line; the region with its line boxes, and the grain's box."""
    img = Image.new("L", (900, 420), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    boxes = []
    for n, text in enumerate(TEXT):
        x0, y0, x1, y1 = draw.textbbox((60, 40 + 56 * n), text, font=font)
        draw.text((60, 40 + 56 * n), text, font=font, fill=0)
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
    rng = np.random.default_rng(7)
    grain = Box(60, 280, 500, 30)
    for _ in range(400):  # dust and short strokes, no letters
        x, y = int(rng.integers(grain.x, grain.right)), int(rng.integers(grain.y, grain.bottom))
        draw.line((x, y, x + int(rng.integers(1, 4)), y + int(rng.integers(0, 3))), fill=0)
    lines = (*boxes, grain)
    region = Region(BlockKind.BODY, Box.enclosing(list(lines)) or grain, lines, size=30.0)
    return np.asarray(img), region, grain


def _read(gray: np.ndarray, region: Region) -> tuple[Job, list]:
    x, y = crop_origin(region.box, MARGIN)
    b = region.box
    job = Job(gray[y : b.bottom + MARGIN, x : b.right + MARGIN], psm=PSM_SINGLE_COLUMN)
    return job, recognize_all([job], "eng", 60)[0]


def _text(line) -> str:  # noqa: ANN001 (a model Line)
    return " ".join(w.text for w in line.words)


def test_a_skipped_line_is_read_again_and_put_back_in_its_place() -> None:
    gray, region, grain = _column()
    job, read = _read(gray, region)
    printed = [ln for ln in read if _text(ln) in TEXT]
    assert [_text(ln) for ln in printed] == TEXT  # (the column as Tesseract reads it)
    lost = printed[2]
    as_if_skipped = [ln for ln in printed if ln is not lost]  # the grain left out too
    origin = crop_origin(region.box, MARGIN)
    assert skipped(region, origin, as_if_skipped) == [region.lines[2], grain]

    (lines,), warnings = reread_skipped(gray, [region], [job], [MARGIN], [as_if_skipped],
                                        "eng", 60, char_h=CHAR_H)
    assert warnings == ()
    assert [_text(ln) for ln in lines] == TEXT  # the grain is not put back
    back = lines[2].box
    assert back is not None and lost.box is not None
    # In the block crop's pixels, where Tesseract put the line reading the whole block.
    assert abs(back.y - lost.box.y) <= 3 and abs(back.x - lost.box.x) <= 3
    assert abs(back.h - lost.box.h) <= 4


def test_a_column_read_whole_is_left_as_read() -> None:
    gray, region, _ = _column()
    job, read = _read(gray, region)
    assert reread_skipped(gray, [region], [job], [MARGIN], [read], "eng", 60,
                          char_h=CHAR_H) == ([read], ())


def test_a_block_read_as_a_speck_is_read_line_by_line() -> None:
    """A block of lines read as one unsure character over its first line (a two-line
    headline under heavy noise read as ``人`` at confidence 0.03): each line is read
    alone, and the speck is not kept."""
    from ocr.model import Line, Word

    gray, region, _ = _column()
    job, _ = _read(gray, region)
    first = region.lines[0].shift(-crop_origin(region.box, MARGIN)[0],
                                  -crop_origin(region.box, MARGIN)[1])
    speck = [Line(words=(Word("人", first, 0.03),), box=first)]
    (lines,), _ = reread_skipped(gray, [region], [job], [MARGIN], [speck], "eng", 60,
                                 char_h=CHAR_H)
    assert [_text(ln) for ln in lines] == TEXT
