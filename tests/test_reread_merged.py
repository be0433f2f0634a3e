"""Heading lines Tesseract ran together are read again line by line (``ocr.reread_merged``):
a CJK headline broken one character before its end, set close, comes back from a column
reading as one garbled line over both of layout's lines; read alone, each line is whole.
A CJK headline whose column reading misread a line without running it into another is
read line by line too, the surer reading kept; a Latin one read as its lines is left."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import Region
from ocr.model import BlockKind, Box, Line, Word
from ocr.recognize import PSM_SINGLE_COLUMN, Job, crop_origin, recognize_all, scale_for
from ocr.reread_merged import merged, reread_merged

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
HEAD = ["湖区湿地迎来越冬候鸟", "群"]
MARGIN = 20


def _headline(leading: float) -> tuple[np.ndarray, Region]:
    """A two-line headline of 100 px bold Song type, its last line one character, set
    at ``leading`` times the type; the region with layout's two line boxes."""
    img = Image.new("L", (1300, 360), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 100, index=0)
    boxes = []
    for n, text in enumerate(HEAD):
        at = (40, 30 + int(100 * leading) * n)
        x0, y0, x1, y1 = draw.textbbox(at, text, font=font)
        draw.text(at, text, font=font, fill=0)
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
    region = Region(BlockKind.HEADLINE, Box.enclosing(boxes) or boxes[0], tuple(boxes),
                    size=float(boxes[0].h))
    return np.asarray(img), region


def _read(gray: np.ndarray, region: Region) -> tuple[Job, list[Line], tuple[int, int]]:
    x, y = crop_origin(region.box, MARGIN)
    b = region.box
    job = Job(gray[y : b.bottom + MARGIN, x : b.right + MARGIN], psm=PSM_SINGLE_COLUMN,
              scale=scale_for(region.size))
    return job, recognize_all([job], "chi_sim", 60)[0], (x, y)


def _texts(lines: list[Line]) -> list[str]:
    return ["".join(w.text for w in ln.words) for ln in lines]


def test_a_headline_whose_lines_were_run_together_is_read_line_by_line() -> None:
    gray, region = _headline(leading=1.15)
    job, read, origin = _read(gray, region)
    assert merged(region, origin, read)  # one line over both (Tesseract's column reading)
    assert _texts(read) != HEAD
    out = reread_merged(gray, [region], [job], [MARGIN], [read], "chi_sim", 60)[0]
    assert _texts(out) == HEAD
    # in the crop's pixels, in the order of the page
    assert [ln.box.y + origin[1] for ln in out if ln.box] == sorted(
        ln.box.y + origin[1] for ln in out if ln.box)


def test_a_cjk_headline_read_as_its_lines_is_kept_where_surer() -> None:
    gray, region = _headline(leading=1.3)
    job, read, origin = _read(gray, region)
    assert _texts(read) == HEAD
    assert not merged(region, origin, read)
    out = reread_merged(gray, [region], [job], [MARGIN], [read], "chi_sim", 60)[0]
    assert _texts(out) == HEAD  # read again, and no worse


def test_a_cjk_headline_with_a_line_misread_apart_is_read_line_by_line() -> None:
    gray, region = _headline(leading=1.3)
    job, read, origin = _read(gray, region)
    # the column reading of a heavy scan: the short last line read as another
    # character, unsure, in its own place (not run into the line above)
    last = read[-1]
    wrong = Line(words=(Word("鹏", last.words[0].box, 0.3),), box=last.box)
    misread = [*read[:-1], wrong]
    assert not merged(region, origin, misread)
    out = reread_merged(gray, [region], [job], [MARGIN], [misread], "chi_sim", 60)[0]
    assert _texts(out) == HEAD


def test_a_latin_headline_read_as_its_lines_is_left_as_read() -> None:
    gray, region = _headline(leading=1.3)
    job, read, origin = _read(gray, region)
    latin = [Line(words=(Word("Heron", ln.box, 0.4),), box=ln.box) for ln in read]
    assert not merged(region, origin, latin)
    out = reread_merged(gray, [region], [job], [MARGIN], [latin], "chi_sim", 60)[0]
    assert out is latin


def test_a_body_column_is_not_asked_again() -> None:
    gray, region = _headline(leading=1.15)
    job, read, _ = _read(gray, region)
    body = Region(BlockKind.BODY, region.box, region.lines, size=region.size)
    assert reread_merged(gray, [body], [job], [MARGIN], [read], "chi_sim", 60)[0] is read
