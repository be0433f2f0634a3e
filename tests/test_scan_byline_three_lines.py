"""A lead's byline set bold and wrapped to three lines in a narrow column (issue 10,
twenty-ninth session): ``By Hannah`` / ``Lowry, Staff`` / ``Reporter`` measured as a
heading, in the body's size. Taken for one it headed the lead's text, and the lead's
headline and deck headed nothing (held-out S5, six columns). The blocks are set as
layout and recognition leave them."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.SUBHEADLINE


def _block(i: str, kind: BlockKind, box: Box, size: float, *lines: str) -> Block:
    return dataclasses.replace(scanned_block(i, kind, box, *lines), font_size=size)


def _page(*byline: str) -> Page:
    text = ("PORT ELLIS — The lights went out on", "Quarry Road at a quarter to five,",
            "just as the street lamps should have", "come on, and stayed out all night.")
    blocks = (
        _block("b1", H, Box(108, 372, 1511, 400), 33.0, "Nine hours in the dark:",
               "what failed at the Mill Lane", "substation"),
        _block("b2", S, Box(105, 780, 1511, 140), 14.0, "A worn switch left the east side",
               "without power from dusk until dawn"),
        _block("b3", H, Box(108, 960, 290, 120), 10.6, *byline),
        _block("b4", B, Box(108, 1100, 352, 640), 10.2, *text * 4),
        _block("b5", B, Box(495, 960, 352, 780), 10.2, *text[1:] * 5),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def test_a_bold_byline_wrapped_to_three_lines_is_the_byline() -> None:
    page = classify(_page("By Hannah", "Lowry, Staff", "Reporter"))
    assert {b.id: b.kind for b in page.blocks}["b3"] is BlockKind.BYLINE
    articles = assemble(order(page)).articles
    assert len(articles) == 1
    assert articles[0].headlines == ("Nine hours in the dark: what failed at the Mill Lane "
                                     "substation",)


def test_a_three_line_heading_that_opens_with_by_is_no_byline() -> None:
    """A crosshead's words that open as a byline would but name no writer stay heading."""
    page = classify(_page("By the numbers:", "what the outage", "cost the town"))
    assert {b.id: b.kind for b in page.blocks}["b3"] is H
