"""A unit of measure's full stop after its figure (``52 lbs.``) ends no headline.

A brief's headline may end on one (``Record catfish weighs 52 lbs.``), which the
headline shape read as a sentence's end: the brief lost its headline to its text. The
page is drawn here in extractor style (pdftotext's plain text).
"""

from __future__ import annotations

from conftest import STORY_ABOVE

import ocr

PAGE = STORY_ABOVE + """Record catfish weighs 52 lbs.
A flathead catfish pulled from the Cedar
River near Mill Bend on Saturday weighed
52 pounds, a state record, the Department
of Fish and Game said.

Hay prices steady
Alfalfa in small square bales sold for $9
to $11 a bale at the Friday auction, about
what it brought a month ago.
"""


def _page() -> ocr.Page:
    return ocr.process(PAGE, lang="en", correct=False)


def test_a_headline_ending_on_a_unit_heads_its_brief() -> None:
    fish = next(a for a in _page().articles if "flathead" in "".join(a.paragraphs))
    assert "Record catfish weighs 52 lbs." in fish.headlines

