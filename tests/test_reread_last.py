"""A CJK headline's one-character last line, lost by Tesseract, is read on the end of the
line above it (``ocr.reread_last``): alone, a lone large character gives Tesseract
nothing to go on; after the line it ends, it reads. A last line that was read, and a
speck under a line, are left alone."""

from __future__ import annotations

import dataclasses

import numpy as np
from conftest import HEAD_MARGIN, drawn_cjk_head, line_texts, read_cjk_head

from ocr.layout import Region
from ocr.model import Box
from ocr.recognize import crop_origin
from ocr.reread_last import reread_last

HEAD = ["社区食堂开进老小", "区一餐十二元吃得", "饱"]


def _headline(speck: bool = False) -> tuple[np.ndarray, Region]:
    """The three-line headline, its last line one character (or, with ``speck``, two
    lines and a speck of dust under the second)."""
    if speck:
        return drawn_cjk_head(HEAD[:2], (700, 300), speck=(400, 190, 406, 195))
    return drawn_cjk_head(HEAD, (700, 300))


def test_a_lost_one_character_last_line_is_read_after_the_line_above() -> None:
    gray, region = _headline()
    job, read = read_cjk_head(gray, region)
    assert line_texts(read)[:2] == HEAD[:2]
    lost = read[:2]  # the last line as Tesseract loses it on a scan (s804, s805)
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [lost], "chi_sim", 60)[0]
    assert line_texts(out) == HEAD
    x, y = crop_origin(region.box, HEAD_MARGIN)
    assert out[-1].box is not None and out[-1].box.shift(x, y) == region.lines[-1]


def test_a_last_line_read_is_left_as_read() -> None:
    gray, region = _headline()
    job, read = read_cjk_head(gray, region)
    assert line_texts(read) == HEAD
    assert reread_last(gray, [region], [job], [HEAD_MARGIN], [read], "chi_sim", 60)[0] is read


def test_a_speck_under_a_headline_is_no_line_to_read() -> None:
    gray, region = _headline(speck=True)
    job, read = read_cjk_head(gray, region)
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [read], "chi_sim", 60)[0]
    assert out is read


def test_the_line_above_misread_is_taken_from_the_surer_reading() -> None:
    """The line above read with its first character wrong and unsure (``名`` for ``区``,
    the two lines run together in the block's reading: s804) is read again with it."""
    gray, region = _headline()
    job, read = read_cjk_head(gray, region)
    first = read[1].words[0]
    wrong = dataclasses.replace(first, text="名" + first.text[1:], confidence=0.3)
    misread = dataclasses.replace(read[1], words=(wrong, *read[1].words[1:]))
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [[read[0], misread]], "chi_sim", 60)[0]
    assert line_texts(out) == HEAD


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
    job, read = read_cjk_head(gray, region)
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [read[:2]], "chi_sim", 60)[0]
    assert line_texts(out) == HEAD


def test_a_line_above_read_a_character_short_still_takes_its_last_line() -> None:
    """The line above read a character short (``区一`` as ``名``, unsure: S3 s829 read
    ``届村`` as ``和``), the last line lost: the side-by-side reading, a character longer
    than the first over the line above, still ends in the lost character (held-out S3
    s829, S s803, S2 s817, s818)."""
    gray, region = _headline()
    job, read = read_cjk_head(gray, region)
    words = read[1].words
    text = "名" + "".join(w.text for w in words)[2:]
    box = Box.enclosing([w.box for w in words if w.box is not None])
    short = dataclasses.replace(words[0], text=text, box=box, confidence=0.3)
    misread = dataclasses.replace(read[1], words=(short,))
    assert line_texts([misread]) == ["名餐十二元吃得"]
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [[read[0], misread]], "chi_sim", 60)[0]
    assert line_texts(out) == HEAD
