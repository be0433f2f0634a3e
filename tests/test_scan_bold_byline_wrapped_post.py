"""A story's byline set bold at the head of its text column, measured as a heading in the
body's size (issue 10, thirtieth session, held-out S6 s869): ``By Fiona Leckie, Chief`` /
``Reporter`` (the writer's post wrapped to a line of its own) and ``"By Tom Hardie`` (a
speck of the scan read as a mark before it). Neither first line alone is a byline, so the
block stayed a headline: it opened a story of its own with the text, and the story's
kicker, headline and deck over its photo headed nothing. The blocks are set as layout and
recognition leave them."""

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


def _page(*byline: str) -> Page:
    """A kicker, a two-line headline and a deck across two columns; under them the
    story's photo in the first column, the byline over the text in the second."""
    text = ("The lifeboat was launched at twenty", "past six, an hour before the tide",
            "turned, and reached the stranded", "yacht off Gull Point within minutes.")
    blocks = (
        _block("b1", K, Box(690, 1594, 190, 34), 10.8, "HARBOUR"),
        _block("b2", H, Box(690, 1638, 1030, 180), 30.0, "Lifeboat crew pull four",
               "from yacht on Gull Point"),
        _block("b3", S, Box(694, 1830, 1040, 110), 15.0, "A rising wind drove the boat onto",
               "the rocks at first light"),
        _block("b4", BlockKind.ILLUSTRATION, Box(699, 1960, 531, 400), 0.0),
        _block("b5", H, Box(1250, 1960, 420, 99), 11.4, *byline),
        _block("b6", B, Box(1263, 2070, 536, 600), 10.6, *text * 3),
        _block("b7", B, Box(1819, 1960, 547, 710), 10.6, *text[1:] * 4),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def _kinds(page: Page) -> dict[str, BlockKind]:
    return {b.id: b.kind for b in page.blocks}


def test_a_bold_byline_with_its_post_wrapped_is_the_byline() -> None:
    page = classify(_page("By Morven Achterlonie, Chief", "Reporter"))
    assert _kinds(page)["b5"] is BlockKind.BYLINE
    articles = assemble(order(page)).articles
    assert len(articles) == 1
    assert articles[0].headlines == ("Lifeboat crew pull four from yacht on Gull Point",)
    assert articles[0].paragraphs[0].startswith("The lifeboat was launched")


def test_a_bold_byline_after_a_speck_read_as_a_mark_is_the_byline() -> None:
    page = classify(_page('"By Alasdair Crombie'))
    assert _kinds(page)["b5"] is BlockKind.BYLINE
    assert len(assemble(order(page)).articles) == 1


def test_a_heading_in_the_body_s_size_that_names_no_writer_stays_a_heading() -> None:
    """A crosshead whose words open as a byline's would (``By the harbour wall``) is no
    byline: the pattern wants a writer's name."""
    page = classify(_page("By the harbour wall,", "a long night"))
    assert _kinds(page)["b5"] is H
