"""A one-column photo whose upper half is a pale sky (``picture_edges.picture_sized``):
the photo search finds mid-tone only in its lower half, under a picture's size, and the
part was dropped before it was grown over its pale top; the photo was never found, and
its caption and credit were read as text of the column (held-out S2 s819, S3 s826). A
photo's grey part half a picture's side or more is grown first and measured then; a
solid black ornament as small is not grown."""

from __future__ import annotations

import numpy as np
from conftest import type_line

from ocr.layout.illustrations import find_illustrations, mid_tone
from ocr.layout.picture_edges import picture_sized
from ocr.model import Box

CHAR_H = 22.0  # a picture is five characters, 110 px, on each side
PHOTO = Box(900, 300, 400, 200)  # one column's width, a short photo
SKY = 95  # its pale top: the grey ground under it 105 px tall


def _page(paper: int = 250) -> np.ndarray:
    """A headline over the photo, its credit and caption under it, and the next
    column's type to its left across a gutter."""
    rng = np.random.default_rng(11)
    gray = np.full((900, 1500), float(paper))
    yy, xx = np.mgrid[0:SKY, 0 : PHOTO.w]
    gray[PHOTO.y : PHOTO.y + SKY, PHOTO.x : PHOTO.right] = (
        paper - 28 + 6 * np.sin(xx / 40.0) * np.cos(yy / 25.0))  # pale: no mid-tone
    ground = 140 + 30 * np.sin(np.arange(PHOTO.w) / 50.0)[None, :]
    gray[PHOTO.y + SKY : PHOTO.bottom, PHOTO.x : PHOTO.right] = (
        ground + rng.normal(0, 8, (PHOTO.h - SKY, PHOTO.w)))
    gray = np.clip(gray, 0, 255)
    type_line(gray, PHOTO.x, PHOTO.y - 100, PHOTO.w, 60)  # the headline
    type_line(gray, PHOTO.x, PHOTO.bottom + 10, 300, 20)  # the credit
    for row in range(3):  # the caption
        type_line(gray, PHOTO.x, PHOTO.bottom + 40 + 40 * row, PHOTO.w)
    for row in range(14):  # the column to its left
        type_line(gray, 200, 200 + 45 * row, 650)
    return gray.astype(np.uint8)


def test_a_short_photo_half_sky_is_found_whole() -> None:
    gray = _page()
    found = find_illustrations(gray, gray < 128, CHAR_H)
    assert len(found) == 1
    box = found[0]
    assert abs(box.y - PHOTO.y) <= 6  # its sky's top, not the ground's, 95 px lower
    assert box.bottom < PHOTO.bottom + 10  # the credit is not the photo's
    assert box.x >= PHOTO.x - 6 and box.right <= PHOTO.right + 6


def test_only_a_photo_s_grey_part_is_grown_before_it_is_measured() -> None:
    """A part under a picture's size is grown first only when it is a photo's grey: a
    masthead's black arms, 95 x 200 px (an NZZ page's), grown over the toned paper
    beside them would be a picture's size, but they are ink, not mid-tone."""
    min_side = 5 * CHAR_H
    gray = _page()
    ground = Box(PHOTO.x, PHOTO.y + SKY, PHOTO.w, PHOTO.h - SKY)
    assert picture_sized(mid_tone(gray), ground, min_side)
    arms = np.full((400, 400), 245, np.uint8)
    arms[100:300, 150:245] = 15
    assert not picture_sized(mid_tone(arms), Box(150, 100, 95, 200), min_side)
    line = Box(200, 200, 650, 30)  # a line of the column: a tenth of its least side
    assert not picture_sized(mid_tone(gray), line, min_side)
