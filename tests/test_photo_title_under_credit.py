"""A photo's credit written before its title and caption (pdftotext, pdfminer).

A paper sets the credit right under the photo and the title and caption under the
credit, so an extractor writes ``credit`` / ``TITLE`` / ``caption``. The credit took the
text before it for its caption (a column's last lines end a sentence, as a caption
does), the title went unclaimed and the caption ran as an item of its own. The pages
are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

PAGE = """SCHOOLS

Board backs later start
for high school

By PRIYA NATHAN
Gazette Staff Writer

DENTON — The School Board
voted 5-2 on Tuesday to move
the high school's first bell
from 7:25 to 8:10 a.m. next fall.
Parents who spoke at the meeting
were split. Several said the
change would leave older students
less time for after-school jobs.
The district will add two buses
to keep the elementary schedule.

MARCO DIAZ/GAZETTE PHOTO

FIRST FROST

A jogger crosses the footbridge
over Kettle Creek on Monday,
when the temperature fell to 24
degrees.

Food bank seeks drivers

The Denton Food Bank needs
volunteer drivers on Thursday
mornings to bring groceries to
homebound residents, its director
said. Drivers must be 21.
"""


def test_credit_before_a_title_goes_with_the_titled_caption() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    photo = next(p for p in page.photos if p.caption and "jogger" in p.caption)
    assert photo.title == "FIRST FROST"
    assert photo.credit == "MARCO DIAZ/GAZETTE PHOTO"
    school = next(a for a in page.articles if "School Board" in "".join(a.paragraphs))
    assert "elementary schedule" in "".join(school.paragraphs)  # its last lines stay its
    assert all("FIRST FROST" not in h for a in page.articles for h in a.headlines)
    assert not any("jogger" in "".join(a.paragraphs) for a in page.articles)


def test_a_caption_with_its_own_credit_after_it_keeps_it() -> None:
    """Photos stacked (caption, credit, title, caption, credit): the second caption's
    credit is the one after it, and the first keeps the text before."""
    stacked = PAGE.replace("degrees.\n", "degrees.\nHANNAH LIU/GAZETTE PHOTO\n")
    page = ocr.process(stacked, lang="en", correct=False)
    photo = next(p for p in page.photos if p.caption and "jogger" in p.caption)
    assert photo.credit == "HANNAH LIU/GAZETTE PHOTO"
