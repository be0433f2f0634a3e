"""Bylines of two forms the grammar lacked: a second writer's name wrapped after ``and``,
and a report ``Compiled by`` its editor.

``By MARTA OYELOWO and`` / ``DEAN FARRIS`` / ``Valley Times Staff``: the first line ended
on ``and`` and matched no byline, so the three lines were read as headings and the
post as a headline of its own, parting the story from its headlines. ``Compiled by
GRETA VOSS`` (a market report, a calendar) wrapped as ``Compiled by GRETA`` / ``VOSS``
left ``VOSS`` a headline that opened a story of its own. The page is drawn here in
extractor style (pdftotext's plain text).
"""

from __future__ import annotations

import ocr

PAGE = """LABOR

Nurses vote to authorize strike at county hospital
By MARTA OYELOWO and
DEAN FARRIS
Valley Times Staff

CEDAR FORKS — Nurses at Cedar County
General Hospital voted 212-9 on Tuesday
to authorize a strike if talks on staffing
levels fail before the end of the month.
The hospital said it would keep bargaining.

FARM REPORT

Corn eases, soybeans steady
Compiled by GRETA
VOSS

Corn for December delivery closed at $4.12
a bushel at the Cedar Forks elevator on
Friday, down 3 cents on the week.
Soybeans held at $10.40 a bushel.
"""


def _page() -> ocr.Page:
    return ocr.process(PAGE, lang="en", correct=False)


def test_a_second_writer_wrapped_after_and_is_the_byline() -> None:
    nurses = next(a for a in _page().articles if "Nurses at" in "".join(a.paragraphs))
    assert nurses.byline is not None
    assert "MARTA OYELOWO and DEAN FARRIS" in nurses.byline
    assert "Nurses vote to authorize strike at county hospital" in nurses.headlines
    assert not any("OYELOWO" in h or "Staff" in h for h in nurses.headlines)


def test_compiled_by_is_a_byline() -> None:
    page = _page()
    corn = next(a for a in page.articles if "Corn for December" in "".join(a.paragraphs))
    assert corn.byline is not None and corn.byline.startswith("Compiled by GRETA VOSS")
    assert "Corn eases, soybeans steady" in corn.headlines
    assert not any(h == "VOSS" for a in page.articles for h in a.headlines)


def test_a_sentence_wrapped_after_and_stays_text() -> None:
    """``By Christmas and`` opens a sentence: one word is too few for a writer's name."""
    text = PAGE.replace("The hospital said it would keep bargaining.",
                        "By Christmas and\nNew Year the hospital said it would keep bargaining.")
    nurses = next(a for a in ocr.process(text, lang="en", correct=False).articles
                  if "Nurses at" in "".join(a.paragraphs))
    assert "By Christmas and New Year" in " ".join(nurses.paragraphs)
