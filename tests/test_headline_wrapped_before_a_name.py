"""A sentence-case headline an extractor wrote over two lines, wrapped before a capital
or a figure (``…aground on the Holloway`` / ``Shoal as the river falls``), is one
headline when its story's text reads the two words at the break side by side
(``heading_roles._latin_wrapped``); a deck whose first word the story reads only after
a sentence's end stays the deck.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: kicker, the headline wrapped inside a name, the deck, the byline, the story.
WRAPPED_INSIDE_A_NAME = """B3 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

RIVER TRAFFIC

Coal barge runs aground on the Holloway
Shoal as the river falls
Channel closed to tows for nine hours; no fuel spilled
By Dale Whitcomb
Staff Writer

ELK RIVER, W.Va. — A coal barge ran aground on
the Holloway Shoal early Monday as the river
dropped two feet overnight, closing the channel
to tows for nine hours.
No fuel was spilled, the Coast Guard said, and
the barge was pulled free at dawn on Tuesday.
"""

# The same stack with a headline whole on its line and a deck opening on a capital
# that the story reads only after a full stop (``…Holloway Shoal. Crews…``).
DECK_AFTER_A_NAME = """B3 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

RIVER TRAFFIC

Coal barge runs aground on Holloway
Crews free it at dawn; channel reopens to tows
By Dale Whitcomb
Staff Writer

ELK RIVER, W.Va. — A coal barge ran aground on
the bar below Holloway. Crews worked through the
night and pulled it free at dawn on Tuesday.
No fuel was spilled, the Coast Guard said.
"""


def test_a_headline_wrapped_inside_a_name_its_story_reads_is_one_headline() -> None:
    page = ocr.process(WRAPPED_INSIDE_A_NAME, lang="en", correct=False)
    story = article_holding(page, "A coal barge ran aground")
    assert story.kicker == "RIVER TRAFFIC"
    assert story.headlines == ("Coal barge runs aground on the Holloway Shoal as the river falls",)
    assert (story.subheadline or "").startswith("Channel closed to tows")


def test_a_deck_opening_on_a_capital_after_a_full_stop_stays_the_deck() -> None:
    page = ocr.process(DECK_AFTER_A_NAME, lang="en", correct=False)
    story = article_holding(page, "A coal barge ran aground")
    assert story.headlines == ("Coal barge runs aground on Holloway",)
    assert (story.subheadline or "").startswith("Crews free it at dawn")
