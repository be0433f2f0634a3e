"""A heading's lines an extractor wrote as blocks of their own right over the byline
(a deck wrapped at a column's edge, ``… beating`` / ``311 other entries``; a deck's two
clauses on a semicolon; a headline and deck under no heading after a photo's
credit) are the heading's, not a story's text: a story opens under its byline, never
between its heading and byline (``heading_rest.heading_rest_over_byline``). A column's
last words over the next story's byline stay text."""

from __future__ import annotations

import ocr
from ocr.heading_rest import heading_rest_over_byline
from ocr.model import BODY, BYLINE, CREDIT, HEADLINE, Block, Line, Word
from tests.conftest import article_holding

# pdftotext: a kicker, then the deck written in two pieces (its wrapped last words a
# line of their own), the post alone as the byline, then the story.
DECK_IN_PIECES = """C6
MILLBROOK EVENING STAR | Friday, October 9, 2026

The lock keepers’ cottages will be let to
holiday visitors from April, the trust said.

HARVEST FAIR

Giant marrow takes the cup
A 61-pound marrow grown on an allotment behind the fire station wins the county fair, beating
140 other entries
Our correspondent

MILLBROOK — Arthur Penhale had never
entered a show before. On Saturday his
marrow, watered twice a day since May,
beat 140 others at the county fair.
The judges weighed it three times.
"I kept thinking the scale was wrong,"
said the head judge, Mary Tolland.
Penhale, 74, plans to make soup.
"""


def test_a_deck_in_pieces_over_the_byline_is_a_heading() -> None:
    page = ocr.process(DECK_IN_PIECES, lang="en", correct=False)
    story = article_holding(page, "Arthur Penhale had never")
    assert story.byline == "Our correspondent"
    assert "Giant marrow takes the cup" in story.headlines
    text = " ".join(story.paragraphs)
    assert "140 other entries" not in text and "allotment" not in text
    assert story.paragraphs[0].startswith("Arthur Penhale had never")


def _blocks(*pieces: tuple[str, ...]) -> list[Block]:
    return [Block(f"b{k}", BODY, tuple(Line(tuple(map(Word, t.split()))) for t in lines))
            for k, lines in enumerate(pieces)]


def test_a_deck_on_a_semicolon_and_a_column_tail() -> None:
    blocks = _blocks(
        ("FLOODS",),
        ("Forty cellars on Mill Lane take in water;",),
        ("pumping could go on until Sunday",),
        ("By Ellen Marsh",),
        ("The river rose a foot an hour",),
        ("after dark, and the",),
        ("By Tom Ridley",),
    )
    kinds = [HEADLINE, BODY, BODY, BYLINE, BODY, BODY, BYLINE]
    heading_rest_over_byline(blocks, kinds)
    assert kinds[1:3] == [HEADLINE, HEADLINE]
    # A column's last lines over another story's byline: mid-sentence, on ``the``.
    assert kinds[4:6] == [BODY, BODY]


def test_a_headline_under_no_heading_after_a_credit() -> None:
    blocks = _blocks(
        ("Photo: Ellen Marsh",),
        ("Footbridge closed as cracks found in 1931 span",),
        ("walkers face a two-mile detour",),
        ("By Ellen Marsh",),
    )
    kinds = [CREDIT, BODY, BODY, BYLINE]
    heading_rest_over_byline(blocks, kinds)
    assert kinds == [CREDIT, HEADLINE, HEADLINE, BYLINE]
    # Running text that opens in lower case after a sentence is a column's tail.
    blocks = _blocks(("The ferry ran late.",), ("and the pier was shut",), ("By Ellen Marsh",))
    kinds = [BODY, BODY, BYLINE]
    heading_rest_over_byline(blocks, kinds)
    assert kinds == [BODY, BODY, BYLINE]


def test_a_block_without_lines_over_the_byline_is_left_alone() -> None:
    """The model lets a block hold no line (a region recognition read nothing in) or
    an empty line: neither is a heading's rest, and neither stops the walk with an
    IndexError."""
    empty = Block("b1", BODY)
    blank = Block("b1", BODY, (Line(tuple(map(Word, "Forty cellars take in water".split()))),
                               Line(())))
    for piece in (empty, blank):
        blocks = [*_blocks(("FLOODS",)), piece, *_blocks(("By Ellen Marsh",))]
        kinds = [HEADLINE, BODY, BYLINE]
        heading_rest_over_byline(blocks, kinds)
        assert kinds == [HEADLINE, BODY, BYLINE]
