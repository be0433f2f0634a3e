"""Two photos side by side across a gutter are two pictures (``layout.picture_edges.parted``):
the density window bridges the white between them into one area, which on a heavily
degraded page (held-out S s803) spanned a story's column and the rail beside it and
kept the rail from being read as one. A photo whose pale part still holds tone is one."""

from __future__ import annotations

import numpy as np

from ocr.layout.illustrations import find_illustrations
from ocr.model import Box

CHAR_H = 21.0


def _page(gutter_tone: float) -> np.ndarray:
    """A 300 dpi page's strip with two grey photos 700 px wide and 340 high, 36 px of
    paper between them (``gutter_tone``: its share of mid-tone pixels: 0 is paper, a
    pale sky 0.3), and specks of dust on the paper as on a heavy scan."""
    rng = np.random.default_rng(3)
    gray = np.full((600, 1700), 235, dtype=np.uint8)
    for x0 in (100, 836):
        shade = np.linspace(90, 170, 700)[None, :] + rng.normal(0, 12, (340, 700))
        gray[120:460, x0 : x0 + 700] = np.clip(shade, 0, 255).astype(np.uint8)
    band = gray[120:460, 800:836]
    band[rng.random(band.shape) < gutter_tone] = 120
    for _ in range(40):  # dust: single dark specks, some in the gutter
        y, x = int(rng.integers(0, 600)), int(rng.integers(0, 1700))
        gray[y : y + 5, x : x + 5] = 40
    gray[300:306, 815:821] = 40
    return gray


def test_two_photos_across_a_gutter_are_two_pictures() -> None:
    gray = _page(gutter_tone=0.0)
    found = sorted(find_illustrations(gray, gray < 128, CHAR_H), key=lambda b: b.x)
    assert len(found) == 2
    left, right = found
    assert left.right <= 810 and right.x >= 826
    assert all(abs(b.w - 700) <= 40 and abs(b.h - 340) <= 40 for b in found)


def test_a_photo_with_a_pale_band_is_one_picture() -> None:
    gray = _page(gutter_tone=0.3)
    found = find_illustrations(gray, gray < 128, CHAR_H)
    assert len(found) == 1
    assert found[0].intersection(Box(100, 120, 1436, 340)) is not None
    assert found[0].w >= 1400
