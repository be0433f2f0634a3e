"""A headline and its deck stacked in a narrow column over a byline, taller than four lines.

A narrow column wraps a headline over three lines and its deck over four more; the
extractor writes them right over the byline, under the last paragraph of the story
before, as running text (pdftotext and pdfminer: ``…in May.`` / ``Pier repairs to`` /
``close Harbor Street`` / …). Taller than a headline's stack, the lines were read as the
story before's last paragraph. The page is drawn here in extractor style.
"""

from __future__ import annotations

import ocr

PAGE = """Council delays vote
on parking meters

By JOAN PARK
Gazette Staff Writer

EASTON — The City Council on Monday
put off a vote on new parking meters
downtown until its April meeting.
Councilors asked staff for a study of
how the meters would affect shops.
The study is due in March.

Pier repairs to
close Harbor Street
for six weeks
Crews will replace the
rotted pilings; ferry
riders should allow
extra time
By LUIS ORTEGA

EASTON — Harbor Street will close
between Pier 2 and Front Street from
March 1 while crews rebuild the old
fishing pier, the harbor office said.
The ferry will keep its schedule.
"""


def test_tall_stack_over_a_byline_heads_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    pier = next(a for a in page.articles if "fishing pier" in "".join(a.paragraphs))
    heads = " ".join([*pier.headlines, pier.subheadline or ""])
    assert "Pier repairs to close Harbor Street for six weeks" in heads
    assert "rotted pilings" in heads
    council = next(a for a in page.articles if "parking meters" in "".join(a.paragraphs))
    assert "Pier repairs" not in " ".join(council.paragraphs)


def test_a_paragraph_that_ends_its_sentence_stays_text() -> None:
    """Running text over a byline ends a sentence: no heading stack."""
    text = PAGE.replace("extra time\n", "extra time.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert not any("Pier repairs" in h for a in page.articles for h in a.headlines)
