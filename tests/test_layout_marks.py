"""Mark labelling (ocr.layout.blocks.components, mark_boxes) on real scans: the faster
labelling must find exactly the marks OpenCV's default labelling finds, so that layout
figures cannot move when only its speed changes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import CORPUS, needs_corpus
from hypothesis import given
from hypothesis import strategies as st

from ocr.layout import _glyphs, detect_layout
from ocr.layout.blocks import (
    components,
    despeckle,
    glyph_height,
    lookup,
    mark_boxes,
    percentile_of_sorted,
    type_size,
)
from ocr.layout.marks import Marks
from ocr.layout.rules import _open_along, find_rules
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


def test_marks_past_sixteen_bits_are_labelled_as_opencv_labels_them() -> None:
    """A heavy scan's grain outnumbers 16-bit labels: the page is labelled in 32 bits
    instead, with the same marks as OpenCV's default labelling."""
    rng = np.random.default_rng(7)
    page = np.zeros((2000, 1400), np.uint8)
    page[rng.integers(0, 2000, 150_000), rng.integers(0, 1400, 150_000)] = 1  # grain
    for top in range(100, 1900, 40):  # lines of type-sized bars
        for left in range(60, 1340, 30):
            page[top : top + 18, left : left + 3] = 1
            page[top + 14 : top + 18, left : left + 20] = 1
    want = cv2.connectedComponentsWithStats(page, connectivity=8)
    got = components(page)
    assert got[0] == want[0] > 1 << 16
    assert np.array_equal(got[1], want[1]) and np.array_equal(got[2], want[2])
    few = np.ascontiguousarray(page[:300, :300])
    want, got = cv2.connectedComponentsWithStats(few, connectivity=8), components(few)
    assert got[0] == want[0] < 1 << 16
    assert got[1].dtype == np.uint16 and np.array_equal(got[1], want[1])
    assert np.array_equal(got[2], want[2])


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


@pytest.mark.parametrize("shape", [(0, 67), (40, 0), (0, 0)])
def test_a_mask_without_pixels_is_all_background(shape: tuple[int, int]) -> None:
    """A box that lies off the page crops to no pixels: no marks, whichever OpenCV (5.1
    refuses to label an empty image, 5.0 gave the background alone)."""
    n, labels, stats, _ = components(np.zeros(shape, np.uint8))
    assert n == 1 and labels.shape == shape and stats[1:n].shape == (0, 5)
    assert type_size(np.zeros((30, 30), bool), Box(40, 40, 10, 10)) is not None


@needs_corpus
@pytest.mark.parametrize("path", PAGES[:1], ids=[p.stem[:14] for p in PAGES[:1]])
def test_marks_from_preprocessing_give_the_same_layout(path: object) -> None:
    # The scan path hands layout the marks despeckling labelled (Prepared.marks) instead
    # of labelling the page again: the cleaned page's own marks, so the same layout.
    prepared = preprocess(next(iter(load_image(path))))  # type: ignore[arg-type]
    ink = prepared.binary == 0
    assert prepared.marks is not None
    assert np.array_equal(
        np.sort(prepared.marks.rows()[1:], axis=0),
        np.sort(components(ink.view(np.uint8))[2][1:], axis=0),
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


def _rows(stats: np.ndarray) -> list[tuple[int, ...]]:
    """Stats rows as a sorted list (marks are the same whatever order they come in)."""
    return sorted(map(tuple, stats[1:].tolist()))


def _rule_mask(ink: np.ndarray, glyph: float) -> tuple[list[Box], np.ndarray]:
    """The rules layout finds on ``ink``, each with a pixel round it, and their mask."""
    h, w = ink.shape
    rules = find_rules(ink, max(30, min(w, h) // 25, int(4 * glyph)), int(8 * glyph))
    boxes = []
    for r in rules.horizontal + rules.vertical:
        x0, y0 = max(0, r.x - 1), max(0, r.y - 1)
        boxes.append(Box(x0, y0, min(w, r.right + 1) - x0, min(h, r.bottom + 1) - y0))
    mask = np.zeros_like(ink)
    for b in boxes:
        mask[b.y : b.bottom, b.x : b.right] = True
    return boxes, mask


@needs_corpus
@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:14] for p in PAGES])
def test_marks_less_the_rules_are_the_marks_of_the_page_less_the_rules(path: object) -> None:
    # Layout takes the marks of the page less its rules from despeckling's labelling,
    # labelling again only the marks a rule's box reaches into: the same marks as
    # labelling the page less its rules, and the same specks dropped.
    prepared = preprocess(next(iter(load_image(path))))  # type: ignore[arg-type]
    assert prepared.marks is not None
    ink = prepared.binary == 0
    boxes, mask = _rule_mask(ink, glyph_height(prepared.marks.rows(), ink.shape[0]))
    text = ink & ~mask
    _, labels, stats, _ = components(text.view(np.uint8))
    found = prepared.marks.without(boxes, mask)
    assert found is not None and found.patches  # rules touching type were cut out of it
    assert _rows(found.rows()) == _rows(stats)
    char_h = glyph_height(stats, ink.shape[0])
    for size in (char_h, 3 * char_h):  # the page's specks, and far more of them
        assert np.array_equal(found.despeckle(text, size), despeckle(text, size, (labels, stats)))


def test_marks_cut_by_a_rule_in_pieces_and_specks() -> None:
    # A rule with letters hanging from it and dust along it: cut out, it leaves the
    # letters, a row of dust specks (more than are cleared one by one) and a lone speck.
    ink = np.zeros((120, 400), dtype=bool)
    ink[40:43, 10:390] = True  # the rule
    for x in range(20, 380, 20):
        ink[43:70, x : x + 6] = True  # stems touching it from below
    for x in range(12, 388, 8):
        ink[38:40, x] = True  # dust on its top edge, joined to it
    ink[80:83, 100:300] = True  # a short rule with three specks of dust
    ink[78:80, [110, 150, 190]] = True
    ink[100:104, 50:54] = True  # a mark apart from it all
    ink[5, 5] = True  # and a speck
    _, labels, stats, _ = components(ink.view(np.uint8))
    marks = Marks.of(labels, stats)
    boxes = [Box(9, 39, 382, 5), Box(99, 79, 202, 5)]
    mask = np.zeros_like(ink)
    for box in boxes:
        mask[box.y : box.bottom, box.x : box.right] = True
    text = ink & ~mask
    _, want_labels, want, _ = components(text.view(np.uint8))
    found = marks.without(boxes, mask)
    assert found is not None and len(found.patches) == 2
    assert sorted(len(p.stats) for p in found.patches) == [4, 1 + 18 + 47]
    assert _rows(found.rows()) == _rows(want)
    for char_h in (2.0, 12.0, 20.0):  # the dust (one by one, all at once), the small mark
        got = found.despeckle(text, char_h)
        assert np.array_equal(got, despeckle(text, char_h, (want_labels, want)))
    # Rules whose marks' boxes cover the page more than once over (a double frame round
    # it) are left to labelling the whole page.
    frames = np.zeros_like(ink)
    frames[[0, -1], :] = frames[:, [0, -1]] = True
    frames[[3, -4], 3:-3] = frames[3:-3, [3, -4]] = True
    _, labels, stats, _ = components(frames.view(np.uint8))
    tops = [Box(0, 0, 400, 1), Box(3, 3, 394, 1)]
    assert Marks.of(labels, stats).without(tops[:1], frames) is not None
    assert Marks.of(labels, stats).without(tops, frames) is None


def _same_percentiles(values: np.ndarray) -> None:
    ordered = np.sort(values.astype(np.int32))
    for q in (90, 80, 50, 10):
        got = percentile_of_sorted(ordered, q)
        assert got == float(np.percentile(values, q)) and isinstance(got, float)


def test_percentile_of_sorted_is_numpys_to_the_bit() -> None:
    rng = np.random.default_rng(7)
    for _ in range(3000):
        _same_percentiles(rng.integers(0, int(rng.integers(2, 300)), int(rng.integers(1, 400))))


@needs_corpus
@pytest.mark.parametrize("path", PAGES[:1], ids=[p.stem[:14] for p in PAGES[:1]])
def test_percentile_of_sorted_is_numpys_on_a_page_s_marks(path: object) -> None:
    heights = components(_ink(path))[2][1:, cv2.CC_STAT_HEIGHT]
    for values in (heights, heights[:1], heights[:2], heights[heights >= 3]):
        _same_percentiles(values)


@needs_corpus
@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:14] for p in PAGES])
def test_rules_opened_row_by_row_are_the_page_opened(path: object) -> None:
    ink = _ink(path)
    for size in ((120, 1), (40, 1), (9, 1)):  # (columns are opened by OpenCV itself)
        line = cv2.getStructuringElement(cv2.MORPH_RECT, size)
        want = cv2.morphologyEx(ink, cv2.MORPH_OPEN, line)
        assert want.any()
        assert np.array_equal(_open_along(ink, line, rows=True), want)


_coord, _size = st.integers(-50, 50), st.integers(0, 60)


@given(st.tuples(_coord, _coord, _size, _size), st.tuples(_coord, _coord, _size, _size))
def test_box_union_and_intersection_are_their_definitions(a: tuple[int, ...],
                                                          b: tuple[int, ...]) -> None:
    # Written out with comparisons for speed (layout calls them ~50,000 times a page).
    p, q = Box(*a), Box(*b)
    x, y = min(p.x, q.x), min(p.y, q.y)
    assert p.union(q) == Box(x, y, max(p.right, q.right) - x, max(p.bottom, q.bottom) - y)
    x, y = max(p.x, q.x), max(p.y, q.y)
    r, t = min(p.right, q.right), min(p.bottom, q.bottom)
    assert p.intersection(q) == (Box(x, y, r - x, t - y) if r > x and t > y else None)


@needs_corpus
@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:14] for p in PAGES])
def test_labels_looked_up_band_by_band_are_numpys_take(path: object) -> None:
    n, labels, stats, _ = components(_ink(path))
    small = stats[:, cv2.CC_STAT_AREA] < 30
    small[0] = False
    ids = np.arange(n, dtype=np.int64)
    # a band boundary inside the page, a page narrower than a band, one row, no rows
    for table in (small, ids):
        for part in (labels, labels[:, :7], labels[5:6], labels[:0], labels[3]):
            got = lookup(table, part)
            assert got.dtype == table.dtype and np.array_equal(got, np.take(table, part))
    assert lookup(small, labels).any()
