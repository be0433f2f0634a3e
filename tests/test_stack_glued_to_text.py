"""A story's stack written in one block with what stands under it: on top of the story's
text with no byline between (pdftotext: a headline of three lines in a narrow column, or
a headline and a deck set across the columns, then the text a column wide), or right over
its byline under no kicker (pdfminer, which parts blocks at gaps; pdftotext, a narrow
column's stack written after another story). Read as text, the headline and deck became
the story's first paragraph, and the story kept its kicker alone or no heading at all.
The class of S8 (prose pool Y) and S7 (pool X) in docs/text-path.md, thirty-eighth
session (tx42en); the excerpts here are written for the test, in those pages' forms.
A letter's signature and address over the next letter, and another story's last lines
over a byline, stay text."""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: a kicker, then a headline of two lines and a deck set across the columns
# (one line wider than the text's), on top of the text with no blank line and no byline.
DECK_ACROSS_ON_TOP = """14 THE NORTHSHORE HERALD Tuesday, May 12, 2026

COUNTY CRICKET

Harbourside 212 all out: Late collapse
hands title to Moorend
Last-wicket stand of 41 falls two runs short as the visitors hold their nerve on the
final afternoon
Harbourside will start next season
without the championship pennant
they have held for three summers
after a late collapse on Sunday
handed the title to Moorend.
Chasing 215 to win, the home side
were 170 for four at tea before
losing six wickets for 42 runs.

ROADS

Resurfacing to close Mill Lane
for a fortnight
Mill Lane will be closed between
the bridge and the school from
Monday while the road is resurfaced,
the county council said.
"""

# pdftotext, a narrow column: a kicker, then a headline of three lines on top of its text.
NARROW_HEADLINE_ON_TOP = """6 THE NORTHSHORE HERALD Tuesday, May 12, 2026

RUGBY LEAGUE

Wharf Lane 18 Saints 16:
Hooker’s try seals
a derby to remember
Wharf Lane kept their unbeaten home record
with a try two minutes from the end by
hooker Dan Pickersgill, who forced his way
over from a scrum on the Saints’ line.
The visitors had led 16-12 with ten minutes
to go after a penalty from their full-back
Rhys Meadows.
"""

# pdfminer, a narrow column: a brief and a tide table's rows, then a story's kicker and
# its headline (opening on a figure) and deck in one block of six lines (more than a
# heading block's) right over its byline.
STACK_OVER_BYLINE = """8 THE NORTHSHORE HERALD Tuesday, May 12, 2026

Ferry fares to rise
Fares on the Gull Point ferry will rise by 20p from June 1, the operator said.

Tide times
High water: 6.12am, 6.40pm
Low water: 12.05am, 12.31pm

CHARITY

90-year-old
swimmer crosses the
bay for charity
Retired teacher raises
thousands for the hospice
that nursed her husband

by Ellen Marsh
Reporter

A retired teacher swam the two miles across Northshore Bay on Saturday, a week after
her ninetieth birthday, and raised more than £6,000 for the town’s hospice.

She finished in an hour and 52 minutes, cheered in by some 200 people on the slipway.
"""

# Letters: a signature and address over the next letter (three runs, no stack), and a
# story's last lines that end a sentence over a byline.
LETTERS = """10 THE NORTHSHORE HERALD Tuesday, May 12, 2026

LETTERS

Bus shelter long overdue
Sir, – The new bus shelter on
Harbour Road is welcome, but it
has taken the council eleven
years to put it up. I hope the
next one will come sooner.
Margaret Hollins
Hill Top Farm
Moorend
Sir, – May I thank the crew of
the inshore lifeboat, who came
to my son’s aid off the point
last Sunday when his dinghy
capsized in a sudden squall.
Peter Ashworth, Quay Street
"""


def test_a_headline_and_a_deck_set_across_are_parted_from_the_text_under_them() -> None:
    page = ocr.process(DECK_ACROSS_ON_TOP, lang="en", correct=False)
    story = article_holding(page, "Harbourside will start next season")
    assert "Harbourside 212 all out: Late collapse hands title to Moorend" in story.headlines
    assert story.subheadline is not None and story.subheadline.startswith("Last-wicket stand")
    assert story.paragraphs[0].startswith("Harbourside will start next season")
    assert "Late collapse" not in " ".join(story.paragraphs)


def test_a_narrow_column_s_headline_of_three_lines_is_parted_from_its_text() -> None:
    page = ocr.process(NARROW_HEADLINE_ON_TOP, lang="en", correct=False)
    story = article_holding(page, "Wharf Lane kept their unbeaten home record")
    assert any(h.startswith("Wharf Lane 18 Saints 16:") for h in story.headlines)
    assert story.paragraphs[0].startswith("Wharf Lane kept their unbeaten home")


def test_a_stack_in_one_block_over_its_byline_heads_its_story() -> None:
    page = ocr.process(STACK_OVER_BYLINE, lang="en", correct=False)
    story = article_holding(page, "A retired teacher swam the two miles")
    assert "90-year-old swimmer crosses the bay for charity" in story.headlines
    assert story.subheadline is not None and story.subheadline.startswith("Retired teacher")
    assert story.byline is not None and story.byline.startswith("by Ellen Marsh")
    assert "90-year-old" not in " ".join(story.paragraphs)


def test_a_signature_and_address_over_the_next_letter_stay_text() -> None:
    page = ocr.process(LETTERS, lang="en", correct=False)
    letter = article_holding(page, "May I thank the crew of")
    assert not any("Hill Top Farm" in h or "Margaret Hollins" in h for h in letter.headlines)
    assert "Hill Top Farm" in " ".join(
        p for a in page.articles for p in a.paragraphs)
