"""Mark labelling (ocr.layout.blocks.components, mark_boxes) on real scans: the faster
labelling must find exactly the marks OpenCV's default labelling finds, so that layout
figures cannot move when only its speed changes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import CORPUS, needs_corpus

from ocr.layout import _glyphs, detect_layout
from ocr.layout.blocks import components, despeckle, glyph_height, mark_boxes, type_size
from ocr.model import Box
from ocr.preprocess import preprocess
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


@needs_corpus
@pytest.mark.parametrize("path", PAGES[:1], ids=[p.stem[:14] for p in PAGES[:1]])
def test_marks_from_preprocessing_give_the_same_layout(path: object) -> None:
    # The scan path hands layout the marks despeckling labelled (Prepared.marks) instead
    # of labelling the page again: the cleaned page's own marks, so the same layout.
    prepared = preprocess(next(iter(load_image(path))))  # type: ignore[arg-type]
    ink = prepared.binary == 0
    assert prepared.marks is not None
    assert np.array_equal(
        np.sort(prepared.marks[1:], axis=0), np.sort(components(ink.view(np.uint8))[2][1:], axis=0)
    )
    assert detect_layout(prepared.gray, ink, marks=prepared.marks) == detect_layout(
        prepared.gray, ink
    )


def test_mark_boxes_keep_the_order_of_their_rectangle() -> None:
    # Two strokes whose first rows share one of the labeller's two-row blocks, in a band
    # that starts on an odd row of the marks' rectangle: numbered as the rectangle numbers them.
    mask = np.zeros((40, 60), np.uint8)
    mask[5, 2:8] = 1  # the rectangle's top row
    mask[12, 40:50] = 1  # a band starting on an odd row (7 below the top)
    mask[13, 10:20] = 1  # a separate stroke a row lower, further left
    want = components(np.ascontiguousarray(mask[5:14, 2:50]))[2][1:]
    want[:, cv2.CC_STAT_LEFT] += 2
    want[:, cv2.CC_STAT_TOP] += 5
    assert np.array_equal(mark_boxes(mask)[1:], want)


@needs_corpus
@pytest.mark.parametrize("path", PAGES[:1], ids=[p.stem[:14] for p in PAGES[:1]])
def test_type_size_from_the_page_marks_is_the_boxes_own(path: object) -> None:
    # Layout measures each block's and line's type from the marks of the whole page
    # (Glyphs) instead of labelling the box again: the same figure for every box, also
    # where a mark crosses the box's edge or a picture took part of a mark away.
    prepared = preprocess(next(iter(load_image(path))))  # type: ignore[arg-type]
    ink = prepared.binary == 0
    stats = components(ink.view(np.uint8))[2]
    char_h = glyph_height(stats, ink.shape[0])
    layout = detect_layout(prepared.gray, ink, marks=prepared.marks)
    boxes = [r.box for r in layout.regions] + [ln for r in layout.regions for ln in r.lines]
    boxes += [Box(b.x + b.w // 3, b.y + b.h // 3, b.w // 2, b.h // 2) for b in boxes[:40]]
    picture = layout.regions[len(layout.regions) // 2].box
    text = despeckle(ink, char_h)
    plain = _glyphs(stats, char_h, [])
    cut_text = text.copy()
    cut_text[picture.y : picture.bottom, picture.x : picture.right] = False
    cut = _glyphs(stats, char_h, [picture])
    served = 0
    for b in boxes:
        assert type_size(text, b, plain) == type_size(text, b)
        assert type_size(cut_text, b, cut) == type_size(cut_text, b)
        served += plain.inside(b) is not None
    assert 0 < served < len(boxes)  # both ways of measuring were taken
