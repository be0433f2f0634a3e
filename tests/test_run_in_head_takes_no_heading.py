"""A brief that opens on a run-in head in capitals and a colon (``DUNMORE: The…``) has
its head (``markers.run_in_head``): a heading stack an extractor wrote right above it
is another story's, set beside it on the page. The brief takes no heading
(``heading_shape.Asked.headed``, ``headlines.attach``, ``drafts.heading_terms``), and
the story's text after it is no part of the brief."""

from __future__ import annotations

import ocr

# pdftotext: a story ends; the next story's heading stack, naming the brief's place; a
# road brief from the column beside it; then the story's text.
ENDED = """Pier repairs finished early
The harbour trust said on Friday that the repairs to the
east pier were finished three weeks early and under budget,
and the pier will reopen to anglers on Saturday morning.

Bells ring out again at St Brigid’s
after a year in the workshop
Dunmore ringers mark the return with
a full peal on Sunday evening

DUNMORE: The coast road will close
between the harbour and the golf club
from 7pm to 6am on Tuesday while the
drains are cleared. A diversion will be signed.

"""
BODY = """The six bells of St Brigid’s church rang together on Sunday
for the first time in more than a year, after they came back
from the foundry in Loughborough where they were recast.
The ringers, who had practised on handbells all winter, said
the new tenor was a full tone brighter than the old one.
"""


def _holding(text: str, words: str) -> list[ocr.Article]:
    page = ocr.process(text, lang="en", correct=False)
    return [a for a in page.articles if words in " ".join(a.paragraphs)]


def test_a_heading_stack_above_a_run_in_head_is_not_the_briefs() -> None:
    road = _holding(ENDED + BODY, "coast road will close")
    assert len(road) == 1
    assert road[0].dateline == "DUNMORE:"
    assert not road[0].headlines and road[0].kicker is None
    assert "six bells" not in " ".join(road[0].paragraphs)

