"""A story's stack over its byline's post alone, written in one chunk, is the stack and
the byline (``readers.textheads.post_under_stack``, asked by ``reflow`` at a chunk's end).

pdftotext writes a story's headline and deck, then the post of a byline whose name it
wrote elsewhere or that names none (``Court Reporter``), with no blank line between.
Read as one block, the stack was running text and ran into the story above, and the
story under it lost its headline. A story's text right under its byline, over the post
written after the lead's first column, stays text; so does a byline's post wrapped from
the line over it.
"""

from __future__ import annotations

import ocr
from ocr.model import Line, Word
from ocr.readers.textheads import post_under_stack
from tests.conftest import article_holding

# pdftotext: the story above ends, a kicker, then the court story's headline (three
# lines) and deck (two) with the byline's post under them in one chunk, then its text.
STACK_OVER_POST = """B3 THE HARWICK LEDGER Friday, May 7, 2027

The council will vote on the plan next month,
and residents may comment until then at the
town hall or on its website.

COURTS

Farmhand jailed for four
years over stolen tractors
sold at a cattle auction
Judge says the thefts left three families
short of the machines their farms need
Court Reporter

A farmhand who stole six tractors from farms
around Fenby and sold them at a livestock
auction was jailed for four years on Tuesday.
Daniel Hoskin (29), of Mill Lane, admitted
the thefts at Harwick Crown Court.
"""

# The lead's first column under its byline, then the byline's post pdftotext wrote after
# it, then the rest of the lead: the story's text, no stack.
TEXT_UNDER_BYLINE = """B3 THE HARWICK LEDGER Friday, May 7, 2027

Courthouse library to get
a new roof by the spring
By Anna Kerr

The county will take bids on a new roof for
the courthouse library through the end of April
Staff Writer

and crews will start work in the summer, the
clerk said. The job should take two months.
"""


def _lines(texts: list[str]) -> list[Line]:
    return [Line(tuple(map(Word, t.split()))) for t in texts]


def test_a_stack_over_its_post_heads_the_story_under_it() -> None:
    page = ocr.process(STACK_OVER_POST, lang="en", correct=False)
    story = article_holding(page, "A farmhand who stole six tractors")
    heads = " ".join(story.headlines)
    assert "Farmhand jailed for four years over stolen tractors" in heads
    assert story.byline == "Court Reporter"
    above = article_holding(page, "The council will vote on the plan")
    assert "Farmhand" not in " ".join(above.paragraphs)
    assert "Court Reporter" not in " ".join(above.paragraphs)


def test_text_under_its_byline_over_the_post_stays_text() -> None:
    page = ocr.process(TEXT_UNDER_BYLINE, lang="en", correct=False)
    story = article_holding(page, "The county will take bids on a new roof")
    assert not any("The county will take bids" in h for a in page.articles for h in a.headlines)
    assert "Courthouse library" in " ".join(story.headlines)


def test_the_post_is_parted_only_under_a_stack() -> None:
    stack = ["Farmhand jailed for four", "years over stolen tractors", "Court Reporter"]
    assert post_under_stack(_lines(stack))
    # ... not right under a byline: the story's text opens there, the post is its byline's
    assert not post_under_stack(_lines(stack), under_byline=True)
    # ... not under a paragraph's last lines, which end a sentence
    assert not post_under_stack(_lines(["The vote is next month.",
                                        "Residents may comment until then",
                                        "Staff Writer"]))
    # ... nor where the post goes on the line over it (``Our Rugby`` / ``Correspondent``)
    assert not post_under_stack(_lines(["Haven hold on in the mud to beat",
                                        "Kelso 17-15", "Our Rugby", "Correspondent"]))
    # ... nor under a byline's name with it (a byline, the marker rules')
    assert not post_under_stack(_lines(["Farmhand jailed for four", "By Anna Kerr",
                                        "Staff Writer"]))
