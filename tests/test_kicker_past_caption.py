"""A kicker pdfminer wrote between a photo's caption and its credit (the label set level
with the credit, at the head of the next column's story) goes over the headline right
after the credit (``photo_titles.kicker_past_caption``), not over the photo as its title;
a photo's own title read so, with its caption (not a headline) after the credit, stays the
photo's.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdfminer: a photo read caption first, the kicker beside its credit, then the credit,
# the next story's headline, deck and byline.
KICKER_BESIDE_CREDIT = """C3 THE BRANDON LEDGER Wednesday, April 8, 2026

The ferry will run its winter timetable until
the end of March, the operator said.

Volunteers plant oak saplings along the riverbank at Hollins Park on Sunday.

SCHOOLS

Picture: Ledger archive

Board backs a later start for the high school
Parents split over the first bell moving to 8.10am

By Marta Kowalczyk

The school board voted 5-2 on Tuesday to move the
high school's first bell from 7.25am to 8.10am next
autumn, after a meeting that ran past ten o'clock.
Several parents said the change would leave older
students less time for jobs after school.
"""

# A title between a caption and a credit with a caption (not a headline) after the credit
# (pdfminer: ``…a 15-month pregnancy`` / ``OPENING MOVES`` / ``Lena Ortiz for The Times`` /
# ``Rosa Quintero sweeps silt…``): the title is a photo's.
TITLE_BESIDE_CREDIT = """C3 THE BRANDON LEDGER Wednesday, April 8, 2026

The ferry will run its winter timetable until
the end of March, the operator said.

Volunteers plant oak saplings along the riverbank at Hollins Park on Sunday.

SPRING PLANTING

Picture: Ledger archive
The oaks replace trees lost in the February storm.

The school board voted 5-2 on Tuesday to move the
high school's first bell from 7.25am to 8.10am next
autumn, after a meeting that ran past ten o'clock.
"""


def test_a_kicker_between_caption_and_credit_goes_over_the_headline_after() -> None:
    page = ocr.process(KICKER_BESIDE_CREDIT, lang="en", correct=False)
    story = article_holding(page, "The school board voted 5-2")
    assert story.kicker == "SCHOOLS"
    assert story.headlines == ("Board backs a later start for the high school",)
    assert all(p.title != "SCHOOLS" for p in page.photos)


def test_a_title_between_caption_and_credit_stays_the_photos() -> None:
    page = ocr.process(TITLE_BESIDE_CREDIT, lang="en", correct=False)
    assert any(p.title == "SPRING PLANTING" for p in page.photos)
    assert all(a.kicker != "SPRING PLANTING" and "SPRING PLANTING" not in a.headlines
               for a in page.articles)
