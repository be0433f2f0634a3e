"""A brief's headline set in sentence case (``Flu clinic`` / ``Thursday``), written by
pdfminer as lines of the brief's first paragraph, between a sentence that ended and a
lead naming its subject and the day, is cut off as that brief's headline, whole
(``text_pieces.heads_news_lead``, ``typography.goes_on``); a lead's stop after ``a.m.``
ends no sentence (``leads.opens_news_lead``)."""

from __future__ import annotations

import ocr
from ocr.heading_words import goes_on
from ocr.leads import opens_news_lead

# pdfminer: a block a paragraph, a brief's headline glued over its lead.
PAGE = """Harlow goalie stops 41 shots

By  TOM  BRENNAN

Staff  Writer

Harlow  goalie  Ines  Varga  made  41  saves  as  the
Hawks  beat  Dover  3-1  on  Saturday  night  at  the
Ridge  Arena.  Varga  was  named  the  game's  star.

Flu clinic
Thursday
The  Harlow  Visiting  Nurse  Association  will  give
free  flu  shots  from  10  a.m.  to  2  p.m.  Thursday  at
the  Grange  Hall,  12  Mill  Road.  No  appointment  is
needed.
"""


def test_a_lead_stop_after_an_abbreviation_ends_no_sentence() -> None:
    lead = ("The Harlow Visiting Nurse Association will give free flu shots from 10 a.m. "
            "to 2 p.m. Thursday at the Grange Hall.")
    assert opens_news_lead(lead) == "named"
    # a bare subject may be a word of a name pdfminer wrote apart: its first stop counts
    assert opens_news_lead("Nurses will give shots from 9 a.m. Next up is Thursday.") is None


def test_a_one_word_name_goes_on_a_short_sentence_case_headline() -> None:
    assert goes_on("Flu clinic", "Thursday")
    assert not goes_on("Flu clinic", "Shots are free")


def test_a_sentence_case_headline_over_a_lead_heads_the_brief() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    brief = [a for a in page.articles if any("flu shots" in p for p in a.paragraphs)]
    assert len(brief) == 1
    assert list(brief[0].headlines) == ["Flu clinic Thursday"]
    assert not any("Varga" in p for p in brief[0].paragraphs)
