"""A byline some papers set with ``by`` in lower case over the writer's post (``by Megan
Hartley`` / ``Reporter``) is the story's byline, as ``By Megan Hartley`` is: the deck over
it stays a heading and the story's text opens under it. Read as text, the stack's deck
and the byline became the story's first paragraph (pdftotext: ``…within eight minutes of
the 999 call by Amy Lockwood Reporter Two paddleboarders…``), and, once a marker, the
byline was taken for a headline's wrapped rest (``text_headings._heading_rest``: a few
words in lower case under a heading). The shape of S8 (prose pool Y, docs/text-path.md,
thirty-seventh session) in other words. A line of running text that goes on after
``by`` (``by the harbour trust``) stays text."""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: a kicker, the headline and its deck in one block over the byline and post,
# then the story; a second story under a kicker whose byline stands alone.
LOWER_CASE_BYLINE = """12 THE COASTAL ADVERTISER Friday, March 6, 2026

FLOOD WATCH

Harbour wall repairs to
start before spring tides
Contractors will close the
promenade for six weeks while
the sea wall is rebuilt
by Megan Hartley
Reporter

Work to rebuild a crumbling
stretch of Saltmarsh sea wall
will begin on Monday, two
weeks before the spring tides.
The promenade between the
lifeboat station and the pier
will be shut while the work
goes on, the council said.
The wall was last repaired
in 1987.

SCHOOLS

Village school saved after
parents raise £80,000
by Owen Pritchard
Education Reporter

Parents in Lower Hatton have
raised £80,000 to keep their
village school open, a month
after the county council said
it would close in July.
The money was raised in six
weeks, much of it by the harbour trust
and the village’s two pubs.
"""


def test_a_lower_case_byline_signs_its_story_under_its_deck() -> None:
    page = ocr.process(LOWER_CASE_BYLINE, lang="en", correct=False)
    story = article_holding(page, "Work to rebuild a crumbling")
    assert story.byline is not None and story.byline.startswith("by Megan Hartley")
    assert any(h.startswith("Harbour wall repairs to") for h in story.headlines)
    text = " ".join(story.paragraphs)
    assert "Contractors will close" not in text and "Megan Hartley" not in text
    assert story.paragraphs[0].startswith("Work to rebuild a crumbling")


def test_a_lower_case_byline_is_no_headline_s_wrapped_rest() -> None:
    page = ocr.process(LOWER_CASE_BYLINE, lang="en", correct=False)
    story = article_holding(page, "Parents in Lower Hatton have")
    assert story.byline is not None and story.byline.startswith("by Owen Pritchard")
    assert not any("Owen Pritchard" in h for h in story.headlines)
    assert story.paragraphs[0].startswith("Parents in Lower Hatton have")


def test_running_text_that_goes_on_after_by_stays_text() -> None:
    page = ocr.process(LOWER_CASE_BYLINE, lang="en", correct=False)
    story = article_holding(page, "Parents in Lower Hatton have")
    text = " ".join(story.paragraphs)
    assert "much of it by the harbour trust and the village’s two pubs." in text


# A deck whose last line wraps at "by" and a feast: a deadline, not a writer (the
# profile's lower-case pattern leaves out weekdays and feasts, as classify's ``_WHEN``).
DEADLINE_IN_DECK = """14 THE COASTAL ADVERTISER Friday, March 6, 2026

TRADE

Market stalls move to
the old bus station
Traders must clear the square
by Christmas Eve
By Megan Hartley
Reporter

Market traders will leave the
town square for the old bus
station in the new year, the
council said on Thursday.
The square is to be paved
again for the first time
since 1974.
"""


def test_by_a_feast_under_a_deck_is_no_byline() -> None:
    page = ocr.process(DEADLINE_IN_DECK, lang="en", correct=False)
    story = article_holding(page, "Market traders will leave the")
    assert story.byline is not None and story.byline.startswith("By Megan Hartley")
    assert "Christmas" not in " ".join(story.paragraphs)
