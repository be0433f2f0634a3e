"""Blocks with no lines reach ``classify``: on a scan, a heading's block whose reading
was a speck (``recognize.speck``) keeps its box and measured size with no line; on a
text page a byline's block may come empty from a caller's page. The rules that read a
block's first or last line (a bold byline's, a byline that signs whole) must pass such a
block by, as the rules before them did, not raise."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE, scanned_block

from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Line, Page, Source, Word

B, H, Y = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.BYLINE
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


def _text_block(i: str, kind: BlockKind, *lines: str) -> Block:
    return Block(i, kind, tuple(Line(tuple(Word(w) for w in t.split())) for t in lines))


def test_an_empty_byline_over_a_post_leaves_the_post_to_the_byline() -> None:
    blocks = (_text_block("b1", Y), _text_block("b2", B, "Gazette Staff Writer"),
              _text_block("b3", B, *TEXT))
    page = classify(Page("p", Source(path=None, sha256="0" * 64, kind="text"), "en", None,
                         blocks=blocks))
    assert [b.kind for b in page.blocks] == [Y, Y, B]
