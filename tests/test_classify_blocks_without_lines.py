"""Blocks with no lines reach ``classify``: on a scan, a heading's block whose reading
was a speck (``recognize.speck``) keeps its box and measured size with no line; on a
text page a byline's block may come empty from a caller's page. The rules that read a
block's first or last line (a bold byline's, a byline that signs whole) must pass such a
block by, as the rules before them did, not raise."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE, scanned_block

from ocr.classify import classify
from ocr.model import BlockKind, Box, Page

B, H = BlockKind.BODY, BlockKind.HEADLINE
TEXT = ("The harbour board agreed on Monday to", "dredge the inner basin before the",
        "autumn gales, at a cost of £240,000.")


def test_a_scanned_heading_read_as_nothing_stays_a_heading() -> None:
    blocks = (
        dataclasses.replace(scanned_block("b1", H, Box(1250, 1960, 420, 40)), font_size=11.0),
        dataclasses.replace(scanned_block("b2", B, Box(1263, 2010, 536, 300), *TEXT * 3),
                            font_size=10.6),
    )
    page = classify(Page("p", IMAGE_SOURCE, "en", (2480, 3508), blocks=blocks))
    assert [b.kind for b in page.blocks] == [H, B]

