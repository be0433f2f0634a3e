"""A headline's punctuation is not running text's: it may open on the words it quotes
and close the quotation on its next line (``‘We lost everything in an hour,’`` / ``says
owner as…``) under a kicker, and a title of rank cut short before a name (``Capt. Elias
Norgaard``) ends no sentence inside it."""

from __future__ import annotations

import ocr
from ocr.heading_shape import headline_shape
from ocr.model import BODY, Block, Line, Word
from ocr.typography import SENTENCE_INSIDE
from tests.conftest import article_holding

# pdftotext: a kicker, the label of the briefs box beside the story, the headline that
# quotes its first words over three lines, the box's first brief, then the story's deck,
# byline and text.
QUOTED = """B2
HARBOR COUNTY GAZETTE | Friday, April 3, 2026

Tide tables
High: 6:12 a.m. (9.4 ft.), 6:40 p.m. (9.9 ft.)
Low: 12:20 p.m. (0.8 ft.)

HARBOR FIRE

IN BRIEF

‘We lost everything in an hour,’
says owner as flames gut
the Quay Street chandlery

MILLPORT — The county recycling
center on Dock Road will close for
roof repairs from Monday to Friday,
the public works office said.

A century of rope, brass and charts burns on the waterfront;
the fire marshal suspects a heater
By Nora Quill and Sam Ferris

For 112 years the Aske family sold
rope, brass and charts from the Quay
Street chandlery. Now there is a hole
where the shop stood, and a smell of
tar that will not leave the harbor.
Owner Tom Aske, 61, watched from the
seawall as the roof came down.
"""


def test_a_headline_under_a_kicker_may_close_its_quote_on_the_next_line() -> None:
    page = ocr.process(QUOTED, lang="en", correct=False)
    story = article_holding(page, "For 112 years the Aske family")
    heads = " ".join(story.headlines)
    assert "says owner as flames gut the Quay Street chandlery" in heads
    assert not any("lost everything" in p for p in story.paragraphs)


def _block(*texts: str) -> Block:
    return Block("b1", BODY, tuple(Line(tuple(Word(w) for w in t.split())) for t in texts))


def test_running_text_that_opens_on_a_quote_is_no_headline_elsewhere() -> None:
    quote = _block("‘We will not sign this", "contract,’ she said at the", "union hall")
    assert not headline_shape(quote, "en", -1.0)
    assert headline_shape(quote, "en", -1.0, quote_runs_on=True)


def test_a_title_of_rank_ends_no_sentence_inside_a_headline() -> None:
    assert SENTENCE_INSIDE.search("Capt. Elias Norgaard, ferry") is None
    assert SENTENCE_INSIDE.search("votes on Sept. 14 budget") is None
    assert SENTENCE_INSIDE.search("the ferry left. Then it sank") is not None
    stack = _block("Capt. Elias Norgaard, ferry", "master who ran the Gull",
                   "Island boat for 40 years,", "dies at 88")
    assert headline_shape(stack, "en", -1.0)
