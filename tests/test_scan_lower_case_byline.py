"""A byline opening on a lower-case ``by``, set bold and a size up at the head of its
story's first column (issue 10, thirty-seventh session, held-out S8, pool Y: s893, s894).

Some papers set the writer's name so: ``by Kirsty Dunmore`` / ``Chief Reporter`` under the
lead's photo and its caption, then the text. Layout measured the line as heading type
(s894 1.24 times the body's; s893 1.39 and 1.42: a bold face a size up), and the profile's
byline patterns open on a capital, so classify left it a headline: it opened a story of its
own with the text, and the lead's kicker, headline and deck headed nothing (s893 41/51
headline lines on the right article, s894 28/32). The blocks are set as layout and
recognition left them on s893 (boxes, sizes)."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE
#: The page's body type, as layout measured it on s893.
BODY = 10.2


def _block(i: str, kind: BlockKind, box: Box, size: float, *lines: str) -> Block:
    return dataclasses.replace(scanned_block(i, kind, box, *lines), font_size=size)


def _page(size: float, *byline: str) -> Page:
    """The lead across four columns: kicker, a two-line headline, a deck, the photo and its
    caption; under them the byline (``byline``, measured ``size``) at the head of the first
    column over the writer's post and the text, the text going on in the next columns."""
    text = ("FAMILIES of 31 elderly", "residents at a Kelderby", "care home have been",
            "told they must find new", "places for their loved", "ones before the end of",
            "November, when the home", "will close its doors.")
    blocks = (
        _block("b1", K, Box(111, 383, 164, 25), 7.9, "EXCLUSIVE"),
        _block("b2", H, Box(112, 416, 1380, 221), 29.0, "‘We found out from a letter",
               "left on Mum’s bed’"),
        _block("b3", S, Box(114, 650, 1447, 120), 15.0,
               "Families given six weeks to find new places as Harbour View",
               "care home is set to close"),
        _block("b4", BlockKind.ILLUSTRATION, Box(118, 798, 1472, 382), 0.0),
        _block("b5", BlockKind.CAPTION, Box(121, 1188, 1472, 64), 9.5,
               "Harbour View on Cliff Terrace, which will close on November 27",
               "Picture submitted"),
        _block("b6", H, Box(123, 1284, 347, 37 * len(byline)), size, *byline),
        _block("b7", B, Box(123, 1284 + 37 * len(byline) + 6, 353, 440), BODY,
               "Chief Reporter", *text),
        _block("b8", B, Box(497, 1281, 354, 513), BODY, *text[2:], *text[:4]),
        _block("b9", B, Box(873, 1276, 354, 512), BODY, *text[3:], *text[:5]),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def _kinds(page: Page) -> dict[str, BlockKind]:
    return {b.id: b.kind for b in page.blocks}


def test_a_lower_case_byline_in_the_body_s_size_is_the_byline() -> None:
    """s894: ``by Kirsty Dunmore`` measured 1.24 times the body."""
    page = classify(_page(12.5, "by Kirsty Dunmore"))
    assert _kinds(page)["b6"] is BlockKind.BYLINE
    articles = assemble(order(page)).articles
    assert len(articles) == 1
    assert articles[0].kicker == "EXCLUSIVE"
    assert articles[0].headlines[0] == "‘We found out from a letter left on Mum’s bed’"
    assert "FAMILIES of 31" in articles[0].paragraphs[0]


def test_a_lower_case_byline_a_size_up_is_the_byline() -> None:
    """s893: the name in bold a size up (1.42 times the body's), short of a headline's."""
    page = classify(_page(14.5, "by Tom Ashworth"))
    assert _kinds(page)["b6"] is BlockKind.BYLINE
    assert len(assemble(order(page)).articles) == 1


def test_a_line_in_a_headline_s_size_stays_a_heading() -> None:
    """At a headline's size (``HEADLINE_RATIO`` times the body's) a line is a heading,
    whatever its words."""
    page = classify(_page(16.0, "by Kirsty Dunmore"))
    assert _kinds(page)["b6"] is H


def test_by_and_a_date_is_no_writer() -> None:
    """``by Christmas``, a deck's wrapped last words (S5 s855), and ``by Dec. 23`` are a
    deadline: no byline."""
    for words in ("by Christmas", "by Dec. 23"):
        assert _kinds(classify(_page(12.5, words)))["b6"] is H


def test_a_line_that_names_no_writer_stays_a_heading() -> None:
    """``by the harbour wall`` goes on a sentence: the pattern wants a writer's name."""
    assert _kinds(classify(_page(12.5, "by the harbour wall")))["b6"] is H
