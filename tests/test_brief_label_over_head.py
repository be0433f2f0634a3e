"""A briefs column's standing label in sentence case stacked over its first brief's head,
after a story's last sentence (``Briefly`` / ``Library opens Sundays`` / ``The Marsh
County Library…``): each line alone reads as a fragment of the other's sentence, so
neither was a heading and the brief ran on from the story above
(``downstyle_headlines.label_over``). And a run-in-head brief (``ORCHARD LANE: …``) under
a page's folio lines is a brief of its own, so the head after it heads the next brief,
not a story's crosshead (``downstyle_headlines._inside_story``)."""

from __future__ import annotations

import ocr

# pdfminer: a story to its last sentence, the column's label, a brief's head, its text.
LABELLED = """Council votes to keep the ferry running

The county council voted 7-2 on Tuesday to keep the
river ferry running through the winter, reversing a
plan to lay it up from November to March to save
money. Commissioners who voted for the plan said the
crossing carried too few cars in the cold months to
pay its way, but more than 200 residents signed a
petition asking the council to keep it, and several
told the meeting they had no other way to reach the
hospital on the far bank. The ferry costs the county
about $410,000 a year to run, the clerk said.

Briefly

Library opens Sundays

The Marsh County Library will open on Sundays from
noon to 4 p.m. starting next month, the library board
said Monday. The hours were paid for by a grant from
the county's community fund.
"""

# A stretched line's words that pdfminer wrote a block each: no label over a head.
PIECES = LABELLED.replace("Briefly\n\nLibrary opens Sundays\n\nThe Marsh",
                          "Retired\n\nWalter\n\nBrisk, 74, said the Marsh")

# A run-in-head brief under the folio's lines, then a listing's standing head.
RUN_IN = """LETTERS & VIEWS

THE GAZETTE | Mon 7 Dec 2026

ORCHARD LANE: The road will close between
the school and the bridge from 8pm to 6am
for three nights from Monday while the gas
main is replaced. A diversion will run via
Mill Street.

Harbour movements

Arrivals: Northern Light (grain, Riga);
Solway Maid (coal, Ayr).
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_label_over_head_after_a_story_opens_the_brief() -> None:
    articles = _articles(LABELLED)
    brief = _holding(articles, "Sundays from")
    assert len(brief) == 1
    assert brief[0].headlines[-1] == "Library opens Sundays"
    story = _holding(articles, "river ferry")
    assert len(story) == 1 and story[0] is not brief[0]
    assert "Briefly" not in " ".join(story[0].paragraphs)


def test_lone_words_of_a_stretched_line_are_no_label_over_a_head() -> None:
    heads = {h for a in _articles(PIECES) for h in (*a.headlines, a.kicker)}
    assert not heads & {"Retired", "Walter"}


def test_head_after_a_run_in_head_brief_opens_the_next_brief() -> None:
    articles = _articles(RUN_IN)
    listing = _holding(articles, "Solway Maid")
    assert len(listing) == 1
    assert listing[0].headlines[-1:] == ("Harbour movements",)
    assert not _holding(listing, "gas main")
