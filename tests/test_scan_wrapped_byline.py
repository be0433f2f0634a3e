"""A byline wrapped in a narrow column and its writer's post in italic (issue 10,
twenty-sixth session): ``By MAREN`` / ``TOLLEFSON`` set in bold, measured as a heading,
then ``Agriculture Editor`` in italic, measured as a deck. Read so, the post opened a
story of its own and the heading kept none of its text (held-out S3, six columns). The
blocks are set as layout and recognition leave them."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE


def _block(i: str, kind: BlockKind, box: Box, size: float, *lines: str) -> Block:
    return dataclasses.replace(scanned_block(i, kind, box, *lines), font_size=size)


def _page(post_kind: BlockKind, post: str) -> Page:
    text = ("GRANITE BEND — The co-op paid less", "this fall than it did a year ago,",
            "and the herd is smaller than it was", "when the family bought the farm.")
    blocks = (
        _block("b1", K, Box(95, 440, 210, 26), 7.0, "ON THE FARM"),
        _block("b2", H, Box(99, 483, 1300, 118), 33.0, "Can a small orchard still pay its way?"),
        _block("b3", H, Box(96, 717, 220, 78), 9.4, "By ROSAMUND", "ABERCROMBIE"),
        _block("b4", post_kind, Box(95, 815, 247, 33), 10.2, post),
        _block("b5", B, Box(97, 866, 349, 636), 10.5, *text * 4),
        _block("b6", B, Box(482, 712, 349, 784), 10.5, *text[1:] * 5),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def test_a_wrapped_byline_and_its_italic_post_stay_with_the_story() -> None:
    page = classify(_page(S, "Agriculture Editor"))
    kinds = {b.id: b.kind for b in page.blocks}
    assert kinds["b4"] is BlockKind.BYLINE
    articles = assemble(order(page)).articles
    assert len(articles) == 1
    assert articles[0].headlines == ("Can a small orchard still pay its way?",)


def test_a_deck_under_a_byline_that_is_no_post_stays_a_deck() -> None:
    """A line of the story's own words in the deck's face, not a writer's post (a
    sentence), is not made the byline's."""
    page = classify(_page(S, "Prices fell, and the herd got smaller."))
    assert {b.id: b.kind for b in page.blocks}["b4"] is S
