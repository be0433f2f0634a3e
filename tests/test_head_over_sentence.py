"""A brief's head set in larger type right on top of its text, no blank line between,
over a first line that opens a new sentence (``Library hours change`` / ``Starting Jan.
4, the`` / ``Wexmouth Public Library`` / …). In larger type the head holds fewer
characters than the column's line but is not cut short against the next line's first
word, so ``_on_top`` refused it and the head ran into the brief's text as its first
words (``readers.heads_over_briefs.head_over_sentence``)."""

from __future__ import annotations

import ocr
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.readers.heads_over_briefs import head_over_sentence
from ocr.typography import text_widths

# pdftotext: a story to its last line, then a brief in a narrow column, its head on top.
PAGE = """Council delays vote on harbor dredging

The Wexmouth City Council on Tuesday put off a
vote on dredging the inner harbor until February,
after fishermen asked for more time to study the
plan. The Army Corps of Engineers has offered to
pay most of the cost if the city signs by spring,
and the mayor said the delay would not put that
money at risk.

Library hours change
Starting Jan. 4, the
Wexmouth Public Library
will open at 9 a.m. instead
of 10 on weekdays and will
stay open until 8 p.m. on
Thursdays. Weekend hours
are unchanged.
"""


def _m():  # type: ignore[no-untyped-def]
    return load_profile().patterns("en")


def _asked(lines: list[str]) -> bool:
    return head_over_sentence(lines, text_widths(lines), _m())


def test_brief_head_over_new_sentence_heads_the_brief() -> None:
    articles = list(ocr.process(PAGE, lang="en", correct=False).articles)
    brief = [a for a in articles if "Weekend hours" in " ".join(a.paragraphs)]
    assert len(brief) == 1
    assert brief[0].headlines == ("Library hours change",)
    assert brief[0].paragraphs[0].startswith("Starting Jan. 4")


def test_heading_on_top_parts_the_head() -> None:
    lines = PAGE.split("\n\n")[2].splitlines()
    assert heading_on_top(lines, text_widths(lines), _m()) == 1


def test_paragraph_short_first_line_over_a_name_stays() -> None:
    # a line of running text over a name that goes on it: ``Andrew`` is a common word's
    # spelling too, but ``Koh`` after it says a name
    assert not _asked(["Company principal", "Andrew Koh said the first",
                       "shipment of the new cranes", "would arrive by late spring."])


def test_dateline_over_its_lead_stays() -> None:
    assert not _asked(["WEXMOUTH", "The city council voted on", "Tuesday to close the pool on",
                       "weekends through the summer."])


def test_crosshead_over_a_paragraph_that_refers_back_stays() -> None:
    assert not _asked(["Money still uncertain", "The approval does not guarantee",
                       "the state will pay its share of", "the cost, officials warned."])


def test_line_ending_on_a_small_word_stays() -> None:
    assert not _asked(["The Union Depot on", "Water Street, empty since 1987,",
                       "will become a food hall under a", "plan the council backed."])
