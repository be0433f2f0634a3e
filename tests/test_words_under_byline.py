"""pdfminer writes a justified line stretched wide a few words a block: a story's first
line under its byline (``The Riverton`` / ``Planning Board`` / ``gave preliminary…``)
is the story's text, not a heading (``text_headings._words_under_byline``)."""

from __future__ import annotations

import ocr

# pdfminer: a block a paragraph, double spaces in justified lines; the first line of a
# narrow column, stretched, written as three blocks.
STRETCHED = """Council backs new fire station on Elm Road

By HENRY CALLOWAY
Staff Writer

The  Ashford

Town  Council

voted
unanimously  Monday  to  build  a  fire  station  on
Elm  Road,  ending  a  search  for  a  site  that  began
four  years  ago.

The  station  will  house  two  engines  and  a
ladder  truck  and  is  expected  to  cost  $9  million.

Harbor ferry adds late boat for summer

By RUTH OYELARAN

Staff Writer

The  harbor  ferry  will  run  a  last  boat  at  11
p.m.  on  Fridays  and  Saturdays  from  June  1,  the
ferry  board  decided  on  Tuesday.
"""


def test_a_stretched_first_line_under_a_byline_is_the_story_s_text() -> None:
    page = ocr.process(STRETCHED, lang="en", correct=False)
    council = [a for a in page.articles if any("fire station" in h for h in a.headlines)]
    assert len(council) == 1
    # (a piece may join the byline as its post: the story's text all the same)
    body = " ".join((council[0].byline or "", *council[0].paragraphs))
    assert "Ashford" in body and "Town Council" in body and "unanimously" in body
    assert not any("Ashford" in h or "Town Council" in h for h in council[0].headlines)
    ferry = [a for a in page.articles if any("ferry" in h for h in a.headlines)]
    assert len(ferry) == 1 and "last boat" in " ".join(ferry[0].paragraphs)
    assert "Ashford" not in " ".join(ferry[0].paragraphs)
