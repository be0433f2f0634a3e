"""A headline right under its kicker in capitals may ask or call out: the kicker vouches
for it (``heading_shape.headline_shape``'s ``kicked``; ``stack_in_block.stack_under_kicker``).
Refused as a sentence's end, the headline was read as the story's text, and the kicker,
left alone, went to the item above it (a photo's title, a brief's head). Running text
under a kicker that asks or calls out stays text: a lead asks in quotes or after a
sentence of its own, and a paragraph's question goes on in its line.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdfminer: the story before ends, then the kicker, then the headline (asking, two lines)
# and the deck (three lines) in one block, then the byline and the story.
ASKS_IN_ONE_BLOCK = """B2 THE MARSHVILLE COURANT Friday, June 5, 2026

The board meets again on the first Monday
of July, the chairwoman said.

HOUSING

Who will live in the
old mill apartments?
Forty units open in August and the town
has yet to decide how many stay below
market rent

By Edna Vossberg

The first tenants of the converted Hollins mill
could move in by August, the developer told the
planning board on Thursday.
The building stood empty for 31 years.
"""

# A one-line headline that calls out, under its kicker, its deck under it.
CALLS_OUT = """B2 THE MARSHVILLE COURANT Friday, June 5, 2026

The board meets again on the first Monday
of July, the chairwoman said.

SPELLING BEE

Perfect!

A 12-year-old from Dunmore spells 31 words without a slip to win the county bee

By Tomas Reyes

DUNMORE — Priya Castellanos did not ask for a
single definition on Saturday. She spelled the
last word, sesquipedalian, in four seconds.
"""

# A kicker over its story's lead that opens on a question and goes on in its line: the
# story's text, as running text asks.
LEAD_ASKS = """B2 THE MARSHVILLE COURANT Friday, June 5, 2026

The board meets again on the first Monday
of July, the chairwoman said.

IN BRIEF

Is the pool open? Not until the filters
are replaced on Tuesday, the parks office said.

The library will close early on Friday
for a staff meeting, the director said.
"""


def test_a_headline_that_asks_in_one_block_under_its_kicker_heads_the_story() -> None:
    page = ocr.process(ASKS_IN_ONE_BLOCK, lang="en", correct=False)
    story = article_holding(page, "The first tenants of the converted Hollins mill")
    assert story.kicker == "HOUSING"
    assert story.headlines == ("Who will live in the old mill apartments?",)
    assert (story.subheadline or "").startswith("Forty units open in August")
    assert "old mill apartments?" not in " ".join(story.paragraphs)


def test_a_headline_that_calls_out_under_its_kicker_heads_the_story() -> None:
    page = ocr.process(CALLS_OUT, lang="en", correct=False)
    story = article_holding(page, "Priya Castellanos did not ask")
    assert story.kicker == "SPELLING BEE"
    assert story.headlines == ("Perfect!",)
    assert "Perfect!" not in " ".join(story.paragraphs)


def test_a_lead_that_asks_under_a_kicker_stays_text() -> None:
    page = ocr.process(LEAD_ASKS, lang="en", correct=False)
    story = article_holding(page, "Not until the filters")
    assert "Is the pool open?" in " ".join(story.paragraphs)
    assert not any("pool" in h for h in story.headlines)
