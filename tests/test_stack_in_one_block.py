"""A story's headline and deck that pdfminer wrote as one block under their kicker (no
blank line between them, as the type sets them closer than the kicker) are the story's
headline and deck (``stack_in_block.stack_under_kicker``), parted where one line does not
go on to the next (``heading_wraps``: a line ending on a colon or a small word goes on);
a lead paragraph right under a kicker stays the story's text.
"""

from __future__ import annotations

import ocr
from ocr.model import BODY, Block, Line, Word
from ocr.stack_in_block import heading_runs
from tests.conftest import article_holding

# pdfminer: the story before ends, then the kicker, then the headline's three lines and
# the deck's two (its first as wide as the page's widest) in one block, then the byline
# and the story.
STACK_IN_ONE_BLOCK = """A4 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

The county will take bids on the new roof
through the end of April, the clerk said.

AT THE CAPITOL

Raise the gas tax for
road repairs? Senators
split after long debate
Budget office says the roads fund is short $410 million; truckers call the
plan a tax on jobs

Mara Quist reports

CHARLESTON — A plan to raise the state gas tax by
six cents a gallon split the Senate finance panel on
Tuesday after a hearing that ran past midnight.
The money would go to a fund for bridges and roads.
"""

# The same stack with a headline wrapped after a small word and after a colon.
WRAPPED_ON_A_SMALL_WORD = """A4 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

The county will take bids on the new roof
through the end of April, the clerk said.

IN COURT

Judge rules for farmer in
14-year fight over a strip of
river meadow
Developer’s claim to the parcel rested on a 1952
survey the court calls unreliable

By Lorna Pike
Courts Reporter

A county judge ruled on Thursday that a strip of
river meadow belongs to the farmer who has grazed
cattle on it since the 1940s.
"""

# A kicker over its story's lead, with no headline between: the lead's lines end its
# sentences and wrap in lower case, so they are the story's text.
LEAD_UNDER_A_KICKER = """A4 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

The county will take bids on the new roof
through the end of April, the clerk said.

IN BRIEF

Drivers on Route 9 should expect delays.
Crews will repave the bridge deck
from Monday to Friday this week.

The library will close early on Friday
for a staff meeting, the director said.
"""


def test_a_headline_and_deck_in_one_block_under_a_kicker_are_the_stack() -> None:
    page = ocr.process(STACK_IN_ONE_BLOCK, lang="en", correct=False)
    story = article_holding(page, "A plan to raise the state gas tax")
    assert story.kicker == "AT THE CAPITOL"
    assert story.headlines == (
        "Raise the gas tax for road repairs? Senators split after long debate",)
    assert story.subheadline == ("Budget office says the roads fund is short $410 million; "
                                 "truckers call the plan a tax on jobs")


def test_a_headline_wrapped_after_a_small_word_stays_one_headline() -> None:
    page = ocr.process(WRAPPED_ON_A_SMALL_WORD, lang="en", correct=False)
    story = article_holding(page, "A county judge ruled on Thursday")
    assert story.kicker == "IN COURT"
    assert story.headlines == (
        "Judge rules for farmer in 14-year fight over a strip of river meadow",)
    assert (story.subheadline or "").startswith("Developer’s claim to the parcel")


def test_a_lead_under_a_kicker_stays_text() -> None:
    page = ocr.process(LEAD_UNDER_A_KICKER, lang="en", correct=False)
    story = article_holding(page, "Drivers on Route 9 should expect delays")
    assert story.headlines == () or "Drivers on Route 9" not in " ".join(story.headlines)
    assert "Drivers on Route 9 should expect delays." in " ".join(story.paragraphs)


def test_heading_runs_part_at_a_clause_in_a_capital_only() -> None:
    lines = ["Second place again? Not this time:", "Vance takes the Coast Classic",
             "The Ashford rider wins by 4 seconds after two", "runner-up finishes"]
    block = Block("b1", BODY, tuple(Line(tuple(map(Word, t.split()))) for t in lines))
    assert heading_runs(block) == [[0, 1], [2, 3]]
