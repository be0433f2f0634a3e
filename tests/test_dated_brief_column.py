"""A wire brief opened by its dateline (``BOISE (AP) — …``), written where its lines fell
among a story's column and left open there, is followed by that story's next part: the
block on a capital that names none of the brief's subject and what the story talks of
goes back to the story (``dated_briefs.column_after_dated_brief``); the brief's own
tail, in lower case, still finds the brief."""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: the orchard story's first part, its crosshead, the salmon brief's first
# lines (its column goes on later), then the orchard story's next part after a blank.
PAGE = """AGRICULTURE
Apple growers in the valley
count a thin harvest

By RUTH DALGAARD
Farm Editor

CEDAR FORKS — Hank and Marta Olsen
picked the last of their Honeycrisp
apples on Saturday, two weeks early and
about a third short of last year, after
a late frost in April killed the
blossoms on the orchard's lower rows.
"We lost the bottom of the hill in one
night," Marta Olsen said.

Small growers hang on
BOISE (AP) — Idaho fish biologists
counted 1,240 sockeye salmon at
Redfish Lake this summer, the most
since counts began in 1985, the
Department

The valley had 64 family orchards
in 1990, according to the county
extension office. It has 11 today,
and most of their apples go to
cider presses in Twin Falls. The
Olsens sell theirs at a roadside
stand and to two grocers in town.

of Fish and Game said Friday.
"""


def test_the_story_takes_its_next_part_back_from_the_brief() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    orchard = " ".join(article_holding(page, "Honeycrisp").paragraphs)
    salmon = " ".join(article_holding(page, "sockeye").paragraphs)
    assert "64 family orchards" in orchard
    assert "orchards" not in salmon
    assert salmon.endswith("Department of Fish and Game said Friday.")


def test_a_brief_s_second_paragraph_after_its_sentence_end_stays() -> None:
    # The brief ends its sentence: its second paragraph, which names none of its lead's
    # words and two of the orchard story's, is still its own.
    second = ("In some years of the 1990s, fewer than\n100 returned, when orchards "
              "drew the\nriver down to water their apples.\n")
    ended = PAGE.removesuffix("\nof Fish and Game said Friday.\n").replace(
        "the\nDepartment\n", "the\nDepartment of Fish and Game said Friday.\n\n" + second)
    page = ocr.process(ended, lang="en", correct=False)
    salmon = " ".join(article_holding(page, "sockeye").paragraphs)
    assert "orchards drew the river down" in salmon
