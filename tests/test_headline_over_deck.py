"""A headline and its deck that pdftotext writes in one block with the byline under
them, no blank line between (a narrow column's heading stack set in two sizes): the
block's first lines, which run on from line to line, are the headline; the deck opens
on the first line in a capital that does not go on the line above
(``text_pieces.headline_over_deck``). Both head the story the byline signs; neither is
read as its text."""

from __future__ import annotations

import ocr
from ocr.text_pieces import headline_over_deck
from tests.conftest import article_holding

# pdftotext: the story before ends a sentence; a kicker set apart; the headline
# wrapped over three lines and its deck over four, glued to the byline; the column.
STACKED = """A6
THE MILLBROOK ADVERTISER | Thursday, 12 November 2026

Volunteers will repaint the
bandstand in the spring if the
weather allows.

AT THE TOWN HALL

Close the Wharf Street car
park? Traders split after
two-hour meeting
Council says the site runs at
a loss each year; shopkeepers
fear the loss of passing
trade
Ruth Danby reports

MILLBROOK — A
plan to close the Wharf
Street car park and sell
the land for housing drew
a packed public gallery
on Tuesday night.
The council's finance
committee heard that the
car park earned less than
it cost to light and patrol.
"Without those spaces we
lose the shoppers who stop
on their way home," said
Gwen Pryce, who runs the
hardware shop on the corner.
A decision is due in January.
"""


def test_a_headline_and_deck_glued_over_a_byline_head_its_story() -> None:
    page = ocr.process(STACKED, lang="en", correct=False)
    story = article_holding(page, "plan to close the Wharf Street car park")
    assert story.byline == "Ruth Danby reports"
    heads = (*story.headlines, story.subheadline)
    assert "Close the Wharf Street car park? Traders split after two-hour meeting" in heads
    assert ("Council says the site runs at a loss each year; shopkeepers fear the loss"
            " of passing trade") in heads
    assert not any("Close the Wharf" in p for p in story.paragraphs)


def test_where_the_deck_opens() -> None:
    assert headline_over_deck([
        "Dock crane fails for", "second time in a week", "Shipping lines warn of delays",
        "at the container berth"]) == 2
    # A headline's line that ends on a colon goes on.
    assert headline_over_deck([
        "Late again? Not this time:", "Fenwick wins the Harbour Mile",
        "The schoolteacher beats the holder by a stride after two near misses"]) == 2
    # Running text wraps without a sentence's end, but a line in lower case goes on.
    assert headline_over_deck([
        "Harbour board to review", "berthing fees", "after complaints from", "fishermen"]) == 0
    # A kicker in capitals over a headline is no deck.
    assert headline_over_deck(["HARBOUR", "Dock crane fails again"]) == 0
    # Lines that end a sentence are a paragraph's, not a heading stack's.
    assert headline_over_deck([
        "Fees rise in April.", "The board met on", "Monday"]) == 0
