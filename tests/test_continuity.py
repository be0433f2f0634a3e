"""Text without geometry: a column's line written among the headlines goes back."""

from __future__ import annotations

import ocr

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
