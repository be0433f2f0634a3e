"""Mark labelling (ocr.layout.blocks.components, mark_boxes) on real scans: the faster
labelling must find exactly the marks OpenCV's default labelling finds, so that layout
figures cannot move when only its speed changes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import CORPUS, needs_corpus

from ocr.layout.blocks import components, mark_boxes
from ocr.readers.image import load_image

PAGES = sorted((CORPUS / "nzz").glob("*.tif"))[:2] if CORPUS.is_dir() else []


def _ink(path: object) -> np.ndarray:
    gray = next(iter(load_image(path))).gray  # type: ignore[arg-type]
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


@needs_corpus
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:14] for p in PAGES])
def test_components_match_opencv_default(path: object, threads: int) -> None:
    before = cv2.getNumThreads()
    cv2.setNumThreads(threads)
    try:
        ink = _ink(path)
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, 60), np.uint8))
        for mask in (ink, lines, np.ascontiguousarray(ink[101:900, 37:1500])):
            want = cv2.connectedComponentsWithStats(mask, connectivity=8)
            got = components(mask)
            assert got[0] == want[0] and got[0] > 1
            assert np.array_equal(got[1], want[1])
            assert np.array_equal(got[2], want[2])
    finally:
        cv2.setNumThreads(before)


@needs_corpus
@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:14] for p in PAGES])
def test_mark_boxes_are_the_page_wide_boxes(path: object) -> None:
    ink = _ink(path)
    # long horizontal strokes only: a few marks on an otherwise empty page-sized mask
    sparse = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, 80), np.uint8))
    want = cv2.connectedComponentsWithStats(sparse, connectivity=8)[2]
    got = mark_boxes(sparse)
    assert len(got) > 1
    assert np.array_equal(got[1:], want[1:])


def test_mark_boxes_of_an_empty_mask() -> None:
    assert len(mark_boxes(np.zeros((50, 80), np.uint8))) == 1
