"""``bench scans --stages``: where a page's CPU went, stage by stage, with the scan path's
functions put back afterwards."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

import ocr.pipeline
import ocr.scan
from ocr import tessapi
from ocr.pipeline import process_pages
from scripts.bench.scans import stage_clock


@pytest.mark.integration
def test_stage_clock_times_each_stage_of_a_scan_and_puts_the_functions_back() -> None:
    before = (ocr.scan.preprocess, ocr.scan.detect_layout, tessapi.Engine.read,
              ocr.pipeline.run_stages)
    spent: dict[str, float] = {}
    with stage_clock(spent):
        page = process_pages(FIXTURES / "images" / "en-3col-colour.png", lang="en",
                             correct=False)[0]
    assert page.blocks
    assert set(spent) == {"load", "prep", "layout", "tess", "blocks", "shared"}
    assert all(v >= 0 for v in spent.values()) and spent["tess"] > 0
    assert (ocr.scan.preprocess, ocr.scan.detect_layout, tessapi.Engine.read,
            ocr.pipeline.run_stages) == before
