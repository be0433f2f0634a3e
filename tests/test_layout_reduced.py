"""Layout of archival-resolution pages on a reduced copy (``ocr.layout.reduced``).

A page scanned at twice the resolution is laid out at half size and must come out as
the page at its own resolution does: same columns, same spanning headlines, boxes in
the large page's pixels. Thin rules survive the reduction.
"""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from conftest import FIXTURES

from ocr.layout import detect_layout, spanned_columns
from ocr.layout.reduced import LAYOUT_EM, reduce_page, reduction
from ocr.model import BlockKind
from ocr.preprocess import preprocess
from ocr.readers.image import load_image

IMAGES = FIXTURES / "images"


def test_pages_of_small_type_are_laid_out_as_they_are() -> None:
    assert reduction(None) == 1
    assert reduction(LAYOUT_EM * 1.4) == 1  # 150 dpi: an em of 20-23 px
    assert reduction(LAYOUT_EM * 2.3) == 2  # 300-400 dpi
    assert reduction(LAYOUT_EM * 3.2) == 3


@pytest.mark.parametrize("factor", [2, 3])
def test_a_one_pixel_rule_survives_and_shares_are_kept(factor: int) -> None:
    ink = np.zeros((60, 60), dtype=bool)
    ink[31, 5:55] = True  # a hairline across
    ink[5:55, 40] = True  # and one down
    ink[10:20, 10:20] = True  # a solid patch
    gray = np.where(ink, 0, 255).astype(np.uint8)
    small_gray, small, shares = reduce_page(gray, ink, factor)
    share = shares.ink
    assert small.shape == (60 // factor, 60 // factor) == share.shape == small_gray.shape
    assert small[31 // factor, 5 // factor + 1 : 55 // factor - 1].all()
    assert small[5 // factor + 1 : 55 // factor - 1, 40 // factor].all()
    # A hairline fills a cell by a share of 1/factor, the patch by all of it.
    assert share[31 // factor, 25 // factor] == pytest.approx(255 / factor, abs=1)
    assert share[15 // factor, 15 // factor] == 255
    assert not small[45 // factor, 10 // factor]
    # Black on white is no mid-tone, though the reduced grey of a hairline's cell is grey.
    assert 60 < small_gray[31 // factor, 25 // factor] < 200
    assert not shares.mid.any()


@pytest.mark.parametrize("name", ["en-4col-grey16.png", "zh-4col-clean.png"])
def test_a_page_at_twice_the_resolution_is_laid_out_as_at_its_own(name: str) -> None:
    scan = load_image(IMAGES / name)[0]
    big = preprocess(cv2.resize(scan.gray, None, fx=2.0, fy=2.0,
                                interpolation=cv2.INTER_CUBIC))
    assert big.text_height is not None and reduction(big.text_height) == 2
    layout = detect_layout(big.gray, big.binary == 0, em=big.text_height,
                           glyph=big.glyph_height)
    assert (layout.width, layout.height) == big.gray.shape[::-1]
    truth = json.loads((IMAGES / name).with_suffix(".truth.json").read_text(encoding="utf-8"))
    assert len(layout.columns) == len(truth["columns"])
    to_original = big.transform.to_original
    columns = [to_original(c) for c in layout.columns]
    for (x, _y, w, _h), col in zip(sorted(truth["columns"]), columns, strict=True):
        # truth in the 150 dpi page's pixels, columns in the doubled page's
        assert abs(col.x - 2 * x) <= 40 and abs(col.w - 2 * w) <= 80
    heads = [to_original(r.box) for r in layout.regions if r.kind == BlockKind.HEADLINE]
    for t in truth["blocks"]:
        if t["kind"] != "headline" or t["span"] is None or t["span"][0] == t["span"][1]:
            continue
        x, y, w, h = (2 * v for v in t["box"])
        hits = [b for b in heads if b.x < x + w and x < b.right and b.y < y + h and y < b.bottom]
        assert hits, t["text"]
        best = max(hits, key=lambda b: b.w)
        assert len(spanned_columns(best, columns)) >= 2, t["text"]
    for r in layout.regions:
        assert 0 <= r.box.x and r.box.right <= layout.width
        assert 0 <= r.box.y and r.box.bottom <= layout.height
