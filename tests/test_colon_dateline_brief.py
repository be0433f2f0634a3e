"""A headless brief that opens on a place in capitals and a colon (``DUNMORE: The…``), as
British and Irish papers set a dateline, or on a run-in label so set (``BIN COLLECTION:
Crews…``): pdftotext writes it under the brief above with no blank line, and the dateline
is what parts the two (``layouts/generic.toml [markers.en] dateline``). A label with a
colon inside a sentence, or over a value in lower case, opens nothing."""

from __future__ import annotations

import ocr

# pdftotext: a briefs column, its briefs run on with no blank line between.
BRIEFS = """Lifeboat open day
The Dunmore lifeboat station will
open its doors on Sunday from 10am
to 3pm, with tours of the boathouse.
Entry is free.
KILBRIDE: The coast road will close
between the harbour and the golf
club from 7pm to 6am on Tuesday and
Wednesday while the drains are
cleared. A diversion will be signed.
BIN COLLECTION: Crews will collect
garden waste on Friday instead of
Thursday next week because of the
holiday, the council said.
"""

# A story whose sentence holds a label in capitals and a colon over lower case.
STORY = """Harbour fees to rise in April

Mooring fees at Dunmore harbour will rise by 4 per cent
in April, the harbour trust said on Monday, the first
rise in three years. The notice on the pier reads
WARNING: mooring is at owners’ risk, and the trust said
it would not change that wording.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_a_colon_dateline_parts_a_headless_brief_from_the_one_above() -> None:
    articles = _articles(BRIEFS)
    lifeboat = _holding(articles, "tours of the boathouse")
    assert len(lifeboat) == 1
    assert "coast road" not in " ".join(lifeboat[0].paragraphs)
    road = _holding(articles, "coast road will close")
    assert len(road) == 1
    assert "garden waste" not in " ".join(road[0].paragraphs)
    assert len(_holding(articles, "garden waste")) == 1


def test_a_label_over_lower_case_inside_a_sentence_opens_nothing() -> None:
    articles = _articles(STORY)
    story = _holding(articles, "first rise in three years")
    assert len(story) == 1
    assert "not change that wording" in " ".join(story[0].paragraphs)
