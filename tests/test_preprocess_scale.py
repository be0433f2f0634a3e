"""Archival resolution: a page scanned at twice the resolution measures twice the text
height and the same skew, although large pages are measured on a reduced copy."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import FIXTURES

from ocr.preprocess import MEASURE_PIXELS, estimate_skew, rotate, text_height
from ocr.readers.image import load_image


@pytest.mark.parametrize("name", ["en-4col-grey16.png", "zh-4col-clean.png"])
def test_text_height_scales_with_the_resolution(name: str) -> None:
    gray = load_image(FIXTURES / "images" / name)[0].gray
    big = cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    assert gray.size <= MEASURE_PIXELS < big.size  # the big one is measured reduced
    small_h = text_height(cv2.threshold(gray, 0, 255, cv2.THRESH_OTSU)[1] == 0)
    big_h = text_height(cv2.threshold(big, 0, 255, cv2.THRESH_OTSU)[1] == 0)
    assert small_h is not None and big_h is not None
    assert big_h == pytest.approx(2 * small_h, rel=0.1)


def test_skew_of_a_300_dpi_page_is_found_to_a_tenth_of_a_degree() -> None:
    """The fixture page is printed a little turned; at twice the resolution, and turned
    1.3 degrees more, the same skew (and the 1.3 degrees) is found."""
    gray = load_image(FIXTURES / "images" / "en-4col-grey16.png")[0].gray
    big = cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)

    def skew(page: np.ndarray) -> float:
        ink = cv2.threshold(page, 0, 255, cv2.THRESH_OTSU)[1] == 0
        return estimate_skew(ink, 5.0, text_height(ink))

    printed = skew(gray)
    assert abs(printed) > 0.3
    assert skew(big) == pytest.approx(printed, abs=0.1)
    assert skew(rotate(big, 1.3)[0]) == pytest.approx(printed + 1.3, abs=0.1)
