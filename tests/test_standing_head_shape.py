"""A brief's standing head whose shape the rule read too narrowly, taken into the story
above as its last paragraph (``downstyle_headlines.standing_head``):

- a head set in larger type over a narrow column, wrapped after a word or two, its second
  line going on with the first (``Splash pads`` / ``extended``, ``Library hours`` /
  ``change``), which pdfminer boxes apart from its text as a block of two lines
  (``heading_words.wrapped_head``);
- a head whose first word is a compound (``Load-shedding``), which the first-word test
  (letters and an apostrophe only) refused (``heading_words.word_letters``).

Guards: a kicker over its headline is no wrapped head (``SPORT`` / ``Harriers win``), two
lines of running text that end a sentence are no head, and a label's colon is no
compound (``Tonight:``)."""

from __future__ import annotations

import ocr
from ocr.downstyle_headlines import short_head
from ocr.heading_words import wrapped_head
from tests.conftest import article_holding

# pdfminer, a narrow briefs column (the form of S7 en789 and S4 en692): a brief's last
# sentence, then the next brief under a head wrapped over two lines, a block of its own.
WRAPPED = """Burn ban stays

Harlow County’s fire marshal kept a ban on open
burning in place through August because of the
dry conditions. The volunteer department
answered 17 grass fires in two weeks.

Hose ban
extended

Residents of Marlow Heights may not use a
hose to wash cars at home until the end of
August, the utility said on Friday.
"""

# pdfminer (the form of S12 en901): a brief's standing head whose first word is a
# compound, between a brief's last sentence and the next brief's lead.
COMPOUND = """Library closes early

The Elandsdrift public library will
close at 13:00 on Saturdays in February
while the reading room is painted. Books
can be returned through the slot in the
front door.

Road-works

Residents of Westdene will have no power
from 06:00 to 08:30 on Tuesday while a
transformer is replaced.
"""


def _page(text: str) -> ocr.Page:
    return ocr.process(text, lang="en", correct=False)


def test_a_head_wrapped_over_two_lines_opens_its_brief() -> None:
    page = _page(WRAPPED)
    brief = article_holding(page, "wash")
    assert brief.headlines == ("Hose ban extended",)
    assert "grass fires" not in " ".join(brief.paragraphs)
    assert "Hose ban" not in " ".join(article_holding(page, "grass fires").paragraphs)


def test_a_head_whose_first_word_is_a_compound_opens_its_brief() -> None:
    page = _page(COMPOUND)
    assert article_holding(page, "transformer").headlines == ("Road-works",)
    assert "Road-works" not in " ".join(article_holding(page, "reading room").paragraphs)


def test_the_wrap_is_a_line_that_goes_on() -> None:
    assert wrapped_head(["Shipping", "movements"]) == "Shipping movements"
    assert wrapped_head(["Library hours", "change"]) == "Library hours change"
    assert wrapped_head(["Tide times"]) == "Tide times"
    # A kicker over its headline goes on with nothing; three lines are no standing head.
    assert wrapped_head(["SPORT", "Harriers win"]) is None
    assert wrapped_head(["Road", "works", "ahead"]) is None


def test_a_compound_is_letters_a_label_is_not() -> None:
    assert short_head("Load-shedding")
    assert short_head("Round-up")
    assert not short_head("Tonight: showers")  # (a row's label and its colon)
    assert not short_head("6.30pm Reporting Scotland")  # (a listing's row)


def test_two_lines_of_running_text_in_a_block_are_no_head() -> None:
    # A paragraph's end that pdfminer boxed apart ends its sentence: it stays text.
    text = """Bridge to close to trucks

Trucks over 10 tons will be kept off the Mill
Street bridge starting Monday after inspectors
found cracked bearings.

The state will pay for the
repairs, officials said.

Cars and light pickups may still use the bridge.
Repairs are scheduled for the summer.
"""
    page = _page(text)
    assert "light pickups" in " ".join(article_holding(page, "cracked bearings").paragraphs)
    assert not any("The state will pay" in " ".join(a.headlines) for a in page.articles)
