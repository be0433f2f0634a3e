"""A brief under its headline, written right before a photo's credit, is no caption.

pdftotext writes a photo's credit between the brief set over the photo and the caption
set under it (``Pool opens Saturday`` / ``The Westfield municipal pool will open…`` /
``Courtesy of Dana Pruitt`` / ``A lifeguard checks…``). Both blocks beside the credit
end a sentence as a caption does; the one before was taken, and the brief lost its
text to the photo while the caption became a headless item. A headline sums up its
brief's lead in the lead's own words (``leads.headed_by``), a photo's title names none
of its caption's: so a block under a headline it shares those words with is the
headline's story, and the caption is on the credit's other side.
"""

from __future__ import annotations

import ocr

PAGE = """Library adds Sunday hours

The Westfield Public Library will open
on Sundays from 1 to 5 p.m. starting
March 2, the library board voted
Tuesday.

Pool opens Saturday
The Westfield municipal pool will open
for the season on Saturday at 10 a.m.
Season passes are on sale at the town
clerk's office.

Courtesy of Dana Pruitt

A lifeguard checks the deep end of the
Westfield municipal pool during a
training session on Thursday.

Road work on Elm Street
Crews will repave Elm Street between
Main and Oak streets next week, and
the road will close to through traffic
from 7 a.m. to 4 p.m. each day.
"""


def test_caption_is_not_the_brief_under_its_headline() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    photo = next(p for p in page.photos if p.credit == "Courtesy of Dana Pruitt")
    assert (photo.caption or "").startswith("A lifeguard checks the deep end")
    pool = next(a for a in page.articles if "Pool opens Saturday" in a.headlines)
    assert "".join(pool.paragraphs).startswith("The Westfield municipal pool will open")


TITLED = """ICE OUT ON MIRROR LAKE

Two kayakers paddle past the last of
the ice on Mirror Lake on Sunday
afternoon.

Courtesy of Dana Pruitt

WESTFIELD — The town will hire two
more lifeguards for the summer, the
parks director told the select board on
Monday night, and the pool will stay
open until 8 p.m. on weekdays.
"""


def test_photo_title_over_its_caption_keeps_it() -> None:
    page = ocr.process(TITLED, lang="en", correct=False)
    photo = next(p for p in page.photos if p.credit == "Courtesy of Dana Pruitt")
    assert (photo.caption or "").startswith("Two kayakers paddle past")
