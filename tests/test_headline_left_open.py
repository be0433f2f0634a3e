"""Heading lines of text without geometry that end as no heading ends, and pieces that
open in lower case.

A sentence-case headline or deck wrapped over two lines starts its second line in a
capital where it opens on a name (``Health officials urge anyone at Terminal B on`` /
``Feb. 3 to check vaccination records``; ``After 63 years, Novak’s`` / ``Bakery pulls
its last loaf``): the first line, ending on a preposition after a name or on a name's
possessive, tells that it goes on. And a piece of a stretched line in lower case
(``to`` / ``of Health``, as pdfminer writes a justified line's words apart) is no
headline: a title's first word is capitalised. The pages are drawn here.
"""

from __future__ import annotations

import ocr
from ocr.heading_words import goes_on

WRAPPED = """HEALTH

State confirms flu case in
traveler at the airport
Officials urge anyone at Terminal B on
March 3 to check vaccination records
By DANA REYES
Ledger Science Writer

PORTLAND — State health officials on Friday confirmed a case
of measles in a traveler who passed through the airport.
"""


def test_a_line_ending_after_a_name_goes_on() -> None:
    assert goes_on("Officials urge anyone at Terminal B on", "March 3 to check records")
    assert goes_on("After 63 years, Novak’s", "Bakery pulls its last loaf")


def test_a_heading_that_ends_on_a_particle_or_a_whole_clause_stays_apart() -> None:
    """A deck under a headline that ends on a verb's particle or a plain word."""
    assert not goes_on("Budget talks at City Hall drag on", "Council to meet again Monday")
    assert not goes_on("Harbor board names new port director", "Okafor starts June 1")
    assert not goes_on("Mayor backs plan for Main Street", "Shops fear the loss of parking")


def test_a_line_opening_on_an_article_is_no_name_run_on() -> None:
    """Under a sentence-case heading a name of a word or two goes on with it (``Late
    rally lifts Mariners past`` / ``Bridgeport``); ``The Ashford`` opens a sentence (the
    brief's first line, which pdfminer cut at a stretched space)."""
    assert goes_on("Late rally lifts Mariners past", "Bridgeport")
    assert not goes_on("Library extends weekend hours", "The Ashford")


def test_a_deck_wrapped_after_a_name_is_one_deck() -> None:
    page = ocr.process(WRAPPED, lang="en", correct=False)
    (story,) = [a for a in page.articles if a.paragraphs]
    heads = [*story.headlines, story.subheadline or ""]
    assert "Officials urge anyone at Terminal B on March 3 to check vaccination records" in heads


PIECES = """The traveler had not been
vaccinated and had recently
returned from overseas.

to
of Health

according

Measles is one of the most
contagious diseases known; the
virus can linger in the air.
"""


def test_pieces_in_lower_case_are_no_headline() -> None:
    page = ocr.process(PIECES, lang="en", correct=False)
    assert not any("of Health" in h for a in page.articles for h in a.headlines)
