"""A byline's post written among a story's text is no headline.

pdftotext writes a byline's second line (``Ledger Staff Writer``) where its baseline
falls among the columns beside it: between two blocks of the story's text, or under
the headline with the byline's name elsewhere. Read as a heading (a short line in title
case after a sentence's end) it cut the story in two. A line that names a writer's
post and nothing else is never a heading. Right under a byline it stays the classifier's
question (whose post it is). Drawn here, as pdftotext writes such a page.
"""

from __future__ import annotations

import ocr
from ocr.byline_words import writers_post

PAGE = """Commuter rail extension
clears final federal hurdle
By DANA REYES

WASHINGTON — The Federal
Transit Administration on
Thursday approved the review
of the 33-mile extension.

Ledger Staff Writer

Gov. Karen Aldous called the
decision a turning point for
the southern tier of the state.
The approval does not promise
federal money, officials said.
"""


def test_a_post_is_told() -> None:
    assert writers_post("Ledger Staff Writer")
    assert writers_post("Courier Science Writer")
    assert not writers_post("Money still uncertain")
    assert not writers_post("Staff writers win state award for coverage")


def test_a_post_among_the_text_keeps_the_story_whole() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    assert [a.headlines for a in page.articles] == [
        ("Commuter rail extension clears final federal hurdle",)]
    text = " ".join(page.articles[0].paragraphs)
    assert "Gov. Karen Aldous called" in text
