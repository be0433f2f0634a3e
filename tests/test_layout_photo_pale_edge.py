"""A photo's pale top found with it (``layout.picture_edges.grown``): the photo search
needs mid-tone, so a pale sky over a photo's grey ground (20-30 levels under the paper,
no mid-tone) was left out, and the columns beside it were cut at the photo's found top
(held-out S2: their last lines read with its caption). The box is grown over the rows of
pale picture beyond it, and stops at paper and at type: a headline over the photo and
its caption set close under it, on a clean page and on a grained, toned one."""

from __future__ import annotations

import numpy as np
from conftest import type_line

from ocr.layout.illustrations import find_illustrations
from ocr.model import Box

CHAR_H = 30.0
PHOTO = Box(100, 300, 700, 330)  # the printed photo
SKY = 130  # its pale top's depth


def _page(paper: int, grain: float, caption_gap: int, head_gap: int = 40) -> np.ndarray:
    """A page's strip: a headline over a photo (pale, blotched sky over grey ground), its
    caption ``caption_gap`` px under it, and a column of type beside it; ``grain``: the
    paper's noise (a heavy scan's); the headline's foot ``head_gap`` px over the sky."""
    rng = np.random.default_rng(7)
    h, w = 1000, 1600
    gray = np.full((h, w), float(paper))
    yy, xx = np.mgrid[0:SKY, 0 : PHOTO.w]
    sky = paper - 26 + 6 * np.sin(xx / 45.0) * np.cos(yy / 30.0)  # pale, no mid-tone
    ground = 150 + 25 * np.sin(xx[:1] / 60.0) + rng.normal(0, 8, (PHOTO.h - SKY, PHOTO.w))
    gray[PHOTO.y : PHOTO.y + SKY, PHOTO.x : PHOTO.right] = sky
    gray[PHOTO.y + SKY : PHOTO.bottom, PHOTO.x : PHOTO.right] = ground
    gray += rng.normal(0, grain, gray.shape)
    gray = np.clip(gray, 0, 255)
    type_line(gray, PHOTO.x, PHOTO.y - head_gap - 60, 680, 60)  # the headline
    type_line(gray, PHOTO.x, PHOTO.bottom + caption_gap, 640, 24)  # the caption
    for row in range(12):  # the column beside the photo, 36 px to its right
        type_line(gray, PHOTO.right + 36, 300 + 48 * row, 600)
    return gray.astype(np.uint8)


def _photo(gray: np.ndarray) -> Box:
    found = find_illustrations(gray, gray < 128, CHAR_H)
    assert len(found) == 1
    return found[0]


def test_a_photo_s_pale_sky_is_found_with_it() -> None:
    box = _photo(_page(paper=255, grain=0.0, caption_gap=10))
    assert abs(box.y - PHOTO.y) <= 3  # not the ground's top, 130 px lower
    assert box.bottom < PHOTO.bottom + 10 + 12  # the caption, 24 px, is not the photo's
    assert box.x >= PHOTO.x - 3 and box.right <= PHOTO.right + 3


def test_on_a_grained_page_growth_stops_at_the_caption_and_the_column() -> None:
    box = _photo(_page(paper=240, grain=12.0, caption_gap=6))
    assert abs(box.y - PHOTO.y) <= 6
    assert box.bottom < PHOTO.bottom + 6 + 12  # the caption's rows are as dark as the sky's
    assert box.right < PHOTO.right + 36  # nor the column of type beside it
    assert box.y > 260  # nor the headline over it


def test_growth_stops_at_a_headline_set_close_over_the_sky() -> None:
    """The headline's foot 24 px over the sky, on a grained page (held-out S3 s835: a
    headline 27 px over a photo's pale top): the sky is the photo's, the headline not."""
    box = _photo(_page(paper=240, grain=12.0, caption_gap=10, head_gap=24))
    assert PHOTO.y - 6 <= box.y <= PHOTO.y + 6
