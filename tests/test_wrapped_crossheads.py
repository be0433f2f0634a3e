"""An English crosshead wrapped over two lines inside a story, told from a headline
wrapped by hand by what stands around it.

A crosshead set in the story's narrow column wraps (``What changes for`` / ``riders``):
two short lines in sentence case, no sentence's mark, after a paragraph that ended its
sentence and over a paragraph's start, which is what a brief's headline wrapped by hand
looks like (``downstyle_headlines._wrapped_heading``). Read as one, it cut the story in
two: its later half became a headless item. What tells it is what the text under it talks
of: the story's own words (``ferry``, ``county``, ``Harbor Line``) come back below it,
where a brief under its headline speaks of other things. The page is drawn here in
extractor style (pdftotext's plain text).
"""

from __future__ import annotations

import ocr

STORY = """TRANSPORT

County takes over the ferry and the
Harbor Line buses from July
By NORA QUIST
Staff Writer

The county will run the Gull Point ferry
and the Harbor Line buses as one service
from July 1, commissioners decided on
Tuesday, ending forty years in which the
two were run by rival private operators.
The ferry carries about 1,900 riders a day
and the Harbor Line about 3,400. Both lost
money every year since 2019, and the
county already paid most of their deficits.

What changes for
riders
One ticket will cover the ferry and the
Harbor Line buses, and a monthly pass will
cost $62, down from $95 for the two passes
bought apart, the county said. The first
bus will leave the ferry landing ten
minutes after each boat comes in.
Drivers and deckhands will keep their jobs
and their pay, the county said, and the
ferry's timetable stays as it is until the
autumn.

"""

BRIEF = """School board picks new
superintendent after search
Maren Tolliver, a principal in Ashcombe
for twelve years, was named the district's
superintendent on Monday after a five-month
search. She starts in August.
"""


def _page(text: str) -> ocr.Page:
    return ocr.process(text, lang="en", correct=False)


def test_a_wrapped_crosshead_stays_in_its_story() -> None:
    page = _page(STORY + BRIEF)
    story = next(a for a in page.articles if "rival private" in " ".join(a.paragraphs))
    text = " ".join(story.paragraphs)
    assert "One ticket will cover" in text and "Drivers and deckhands" in text
    assert "deficits. What changes for riders One ticket" in text
    heads = [h for a in page.articles for h in a.headlines]
    assert not any(h.startswith("What changes") for h in heads)


def test_a_brief_s_wrapped_headline_under_the_story_stays_one() -> None:
    """The brief's text shares none of the story's words: its two lines head it."""
    page = _page(STORY + BRIEF)
    brief = next(a for a in page.articles if "five-month" in " ".join(a.paragraphs))
    assert brief.headlines == ("School board picks new superintendent after search",)
    assert "ferry" not in " ".join(brief.paragraphs)
