"""A briefs column's label (``IN BRIEF``, ``BRIEFLY``) is the page's furniture.

A boxed column of briefs carries a label in capitals over its items; it names the
column, as a section label names the page, and heads none of the briefs (the truth of
the held-out pages keeps it with the furniture). Read as a headline it was the first
brief's; as furniture it still parts the briefs from the story written above them.
The page is drawn here.
"""

from __future__ import annotations

import ocr

PAGE = """Rowers take state title
By MARA LINDQVIST
LAKEPORT — The Lakeport High rowing team won the state title
on Saturday, finishing four seconds ahead of Westfield in the
final race of the season on Mirror Lake.
Coach Dana Whitfield said the crew had trained since March.

IN BRIEF
Lakeport’s recycling center will stop taking glass
bottles next month, because the county’s hauler can no
longer sell it. Residents should put glass in the trash.

NEWS BRIEFS
The county’s recycling program will add a second
collection truck for rural routes, officials said.
"""


def test_a_briefs_label_is_furniture_and_parts_the_briefs_from_the_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    doc = ocr.page_dict(page)
    assert "IN BRIEF" in doc["furniture"] and "NEWS BRIEFS" in doc["furniture"]
    story = next(a for a in page.articles if "rowing" in "".join(a.paragraphs))
    assert "glass" not in "".join(story.paragraphs)
    assert all("BRIEF" not in h for a in page.articles for h in a.headlines)


FOLIO_INSIDE = """Rowers take state title
By MARA LINDQVIST
LAKEPORT — The Lakeport High rowing team won the state title
on Saturday, finishing four seconds ahead of Westfield in the
final race of the season on Mirror Lake.

B4

Coach Dana Whitfield said the crew had trained on the lake
since March, often before sunrise.
"""


def test_a_folio_written_inside_a_column_parts_nothing() -> None:
    """A folio (``B4``) an extractor writes between a story's columns is no label."""
    page = ocr.process(FOLIO_INSIDE, lang="en", correct=False)
    story = next(a for a in page.articles if "rowing" in "".join(a.paragraphs))
    assert "sunrise" in "".join(story.paragraphs)
