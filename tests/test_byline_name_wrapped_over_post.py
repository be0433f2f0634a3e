"""A byline whose last name a narrow column wrapped onto a line of its own, over the
writer's post: ``By Colin Ashworth and Marta`` / ``Villalobos`` / ``Gazette staff``,
``By ELENA`` / ``MARQUEZ-OYELARAN`` / ``Herald Staff Writer``.

Two lines of a wrapped name were read as a byline and one name over its post too, but
not the three together: the zone was read as text, went on with the story before it
(whose column ended on no stop), and the story under it opened at its dateline with
neither its byline nor its headline. The page is drawn in pdftotext's style.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

PAGE = """THE VALLEY
HARBOR COUNTY GAZETTE | Tuesday, March 10, 2026

Dredging of the inner harbor will resume in May,
the port authority said, once the state signs off
on a plan to truck the spoil to the old quarry
at Fenwick instead of dumping it offshore
where the lobstermen set their traps

Ferry line to end winter
sailings, with loss of 60 jobs
By Colin Ashworth and Marta
Villalobos
Gazette staff

TARROW LANDING — The company
that has run the Gull Island ferry since
1958 will stop its winter sailings in
January, cutting 60 jobs, its owners
told the crews on Monday.

HARBOR

Pier 4 fish market to close for repairs
By ELENA
MARQUEZ-OYELARAN
Herald Staff Writer

TARROW LANDING — The city will close
the fish market on Pier 4 for six weeks
from April 1 while crews replace rotted
pilings, the harbor master said Friday.
"""


def _page() -> ocr.Page:
    return ocr.process(PAGE, lang="en", correct=False)


def test_two_writers_the_last_name_wrapped_over_their_post() -> None:
    ferry = article_holding(_page(), "Gull Island ferry")
    assert ferry.byline == "By Colin Ashworth and Marta Villalobos Gazette staff"
    assert ferry.headlines[:1] == ("Ferry line to end winter sailings, with loss of 60 jobs",)
    assert ferry.paragraphs[0].startswith("The company that has run")


def test_one_writer_in_capitals_the_name_wrapped_over_the_post() -> None:
    page = _page()
    market = article_holding(page, "fish market on Pier 4")
    assert market.byline == "By ELENA MARQUEZ-OYELARAN Herald Staff Writer"
    assert "Pier 4 fish market to close for repairs" in market.headlines
    dredging = article_holding(page, "Dredging of the inner harbor")
    assert "Villalobos" not in " ".join(dredging.paragraphs)


def test_a_sentence_opening_on_by_stays_text() -> None:
    """``By Friday`` / ``Evening`` / ``the river…``: the third line is the sentence going
    on, no writer's post, so the zone is the story's text."""
    text = PAGE.replace("told the crews on Monday.",
                        "told the crews on Monday.\n\nBy Friday\nEvening\nthe crews had gone home.")
    ferry = article_holding(ocr.process(text, lang="en", correct=False), "Gull Island ferry")
    assert "By Friday Evening the crews had gone home." in " ".join(ferry.paragraphs)
