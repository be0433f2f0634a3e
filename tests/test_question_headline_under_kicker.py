"""A headline that asks, under a label in capitals, with a deck written as sentences.

A feature's stack (``IN THE GARDEN`` / a question / a deck of two short sentences / the
byline) ends sentences on every line but the label, so the headline shape and the walk to
the byline (a question heads only a byline right under it) read the question and deck
as the last paragraph of the story before. A label in capitals heads a story's stack,
never running text: the block right under it that opens on a question is the headline.
The page is drawn here in extractor style (pdftotext's plain text).
"""

from __future__ import annotations

from conftest import STORY_ABOVE

import ocr

BEFORE = STORY_ABOVE

STORY = """By ROSA HALVERSON
Valley Times Staff Writer

CEDAR FORKS — Orchard owners along the
river lit smudge pots on Tuesday night as
the temperature fell to 27 degrees, the
coldest for the date since 1998.
Most of the blossoms survived, said
extension agent Paul Dorsey, though the
early pears may have lost half their crop.
"""

APART = ("IN THE GARDEN\n\nWill the frost spare the apples?\n"
         "Growers hope so. Insurers are less sure.\n")
WRAPPED = ("IN THE GARDEN\n\nWill the frost spare\nthe apples?\nGrowers hope so. Insurers\n"
           "are less sure.\n")


def _orchard(text: str) -> ocr.Article:
    page = ocr.process(text, lang="en", correct=False)
    return next(a for a in page.articles if "smudge pots" in "".join(a.paragraphs))


def test_a_question_under_a_label_heads_the_story_with_its_deck() -> None:
    orchard = _orchard(BEFORE + APART + STORY)
    heads = [*orchard.headlines, orchard.subheadline or "", orchard.kicker or ""]
    assert "Will the frost spare the apples?" in heads
    assert "Growers hope so. Insurers are less sure." in heads
    assert "IN THE GARDEN" in heads
    assert "frost" not in " ".join(orchard.paragraphs)


def test_the_question_and_deck_wrapped_in_one_block() -> None:
    orchard = _orchard(BEFORE + WRAPPED + STORY)
    heads = [*orchard.headlines, orchard.subheadline or ""]
    assert "Will the frost spare the apples?" in heads
    assert "Growers hope so. Insurers are less sure." in heads


def test_a_question_and_sentences_under_no_label_stay_text() -> None:
    """The story before may end on a question and a short sentence: no label, no headline."""
    text = BEFORE + APART.split("\n\n", 1)[1] + STORY
    page = ocr.process(text, lang="en", correct=False)
    assert not any("Will the frost" in h for a in page.articles for h in a.headlines)
