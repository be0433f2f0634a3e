"""A briefs column set right under a story's last paragraph, with no label over it: each
brief's standing head (``In court``, ``Correction``) comes after more of the story's text
than a brief runs, where a crosshead would stand. The text under the head tells: a brief's
lead names its subject in full (``A story on Page 3…``, a person with an age, ``Dale
Pruett (41), of Mill Lane, was fined…``) and the brief ends within ``BRIEF_CHARS``; the
text under a crosshead refers back or runs on (``downstyle_headlines._brief_under``)."""

from __future__ import annotations

import ocr

# pdfminer: a block a paragraph; a story under its headline, then two briefs.
PAGE = """Harbour trust approves new slipway after two-year wait

Work on a new slipway at the Old Dock will begin in March after the harbour
trust approved the £2.4 million plan at its meeting on Tuesday night.

The present slipway, built in 1962, has been closed to boats over eight tonnes
since a survey found cracks in its lower courses last spring, and owners have
had to take their vessels to Ardmore for hull work.

Trust chairman Neil Baillie said the yard would stay open while the work went
on, with the winch moved to the east side of the dock until the autumn.

Boat owners who spoke at the meeting welcomed the plan but asked that the
trust keep mooring fees at this year’s rates until the slipway reopens.

In court

Dale Pruett (41), of Mill Lane, was fined £250 at
Ardmore Sheriff Court for driving without insurance
on the coast road. His licence was endorsed.

Correction

A story on Page 3 of last week’s edition gave the
wrong date for the lifeboat open day. It is on 14
June, not 7 June as we said.
"""

# A story's crosshead over a paragraph that introduces a second person with an age,
# after which the story runs on for more than a brief's length.
STORY = """Two crews share the honours at the winter regatta

Crews from Ardmore and Kilbride shared the honours at the winter regatta on
Saturday, when a stiff westerly made the outer course hard going for every boat.

The Ardmore coxed four won the senior race by a length after leading from the
start, and their coach said the win had come after a season of early mornings.

Kilbride took the junior race and the mixed doubles, their best day on the water
since the club was founded, and the club’s new boat was launched afterwards.

The women’s race

Moira Kerr, 19, of Kilbride, won the women’s single sculls in her first season
of racing, beating last year’s winner by more than ten seconds on the outer course.

She said she had trained through the autumn on the loch above the town and had
not expected to win. Her coach said she would race at the national trials in
April, and the club hoped to send two more of its young sculls with her.

Organisers said more than 300 people had watched from the harbour wall, the
biggest crowd the regatta had drawn in a decade, and that the event would be
held on the same weekend next year.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_briefs_after_a_storys_end_open_under_their_heads() -> None:
    articles = _articles(PAGE)
    story = _holding(articles, "£2.4 million plan")
    assert len(story) == 1
    assert "Pruett" not in " ".join(story[0].paragraphs)
    for head, words, other in (("In court", "Dale Pruett (41)", "lifeboat"),
                               ("Correction", "lifeboat open day", "Pruett")):
        brief = _holding(articles, words)
        assert len(brief) == 1
        assert head in brief[0].headlines
        assert other not in " ".join(brief[0].paragraphs)


def test_a_crosshead_over_a_person_named_with_an_age_stays_in_its_story() -> None:
    articles = _articles(STORY)
    story = _holding(articles, "winter regatta on")
    assert len(story) == 1
    text = " ".join(story[0].paragraphs)
    assert "Moira Kerr, 19" in text and "300 people" in text
    assert "The women’s race" not in story[0].headlines
