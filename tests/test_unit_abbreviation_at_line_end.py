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




# A narrow column wraps a brief's headline before its unit: the stop stands alone on its
# line (``lbs.``), where no figure says it is a unit's; a folio line stands over it.
WRAPPED = STORY_ABOVE + """VALLEY TIMES | Sunday, March 8, 2026

Catfish tops 52
lbs.
A catfish pulled by Ray and Ann
Dole of Mill Bend weighed 52 pounds
on Saturday, a state record.
"""


def test_a_headline_wrapped_before_its_unit_heads_its_brief() -> None:
    page = ocr.process(WRAPPED, lang="en", correct=False)
    fish = next(a for a in page.articles if "Dole" in "".join(a.paragraphs))
    assert fish.headlines == ("Catfish tops 52 lbs.",)
    assert not any("lbs." in p for a in page.articles for p in a.paragraphs)
