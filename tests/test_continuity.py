"""Text without geometry: a column's line written among the headlines goes back."""

from __future__ import annotations

import ocr
from ocr.model import BlockKind

PAGE = """B2

CITY NEWS

THE VALLEY COURIER | MONDAY, MAY 6, 2024

Heat wave pushes power demand to
record for early May
will be sent to the east side depot

Main Street to close for repaving

By LAURA MENDEZ

Main Street between First and Fifth avenues will
close to traffic for three weeks starting Monday
while crews strip and repave the road, the city said.
About 9,000 cars use the street each day. Buses

on routes 2 and 5, the transit agency said. Parking
on the side streets will be free during the work.
Shop owners said they were told of the plan in March.

By OMAR HASSAN

Power use across the region set a record for early
May on Sunday as temperatures reached 96 degrees,
the grid operator said. It asked residents to raise
their thermostats in the afternoon and to run
dishwashers and washing machines after 9 p.m.
"""


def test_a_column_line_among_the_headlines_goes_back_into_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    arts = {a.headlines[0] if a.headlines else "": a for a in page.articles}
    street = arts["Main Street to close for repaving"]
    text = " ".join(street.paragraphs)
    assert "Buses will be sent to the east side depot on routes 2 and 5" in text
    heat = [a for a in page.articles if "Power use across" in " ".join(a.paragraphs)][0]
    assert heat.headlines == ("Heat wave pushes power demand to record for early May",)
    assert not any(a.paragraphs == ("will be sent to the east side depot",)
                   for a in page.articles)


FOLIO_BAND = """B2

CITY NEWS

ROAD WORK

THE VALLEY COURIER | MONDAY, MAY 6, 2024

Main Street to close for repaving

By LAURA MENDEZ

Main Street between First and Fifth avenues will close to
traffic for three weeks while crews repave the road, the
city said. About 9,000 cars use the street each day.
"""


def test_a_kicker_in_the_folio_band_stays_with_its_story() -> None:
    """The section label (first in the band) is furniture; a later label that names
    what a story talks about (road) is that story's kicker."""
    page = ocr.process(FOLIO_BAND, lang="en", correct=False)
    furniture = [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE]
    assert "CITY NEWS" in furniture
    assert "ROAD WORK" not in furniture
    art = page.articles[0]
    assert "ROAD WORK" in (art.kicker, *art.headlines)

