"""A brief's standing head over a narrow briefs column, whose lines hold three words or
fewer each (``Market stalls move`` / ``Work to resurface`` / ``the square means the``):
the line under the head is a full line of its column, not a piece of a stretched line
pdfminer wrote apart (``downstyle_headlines.standing_head`` asks
``text_pieces.full_line``), so the head parts the brief from the one above. And a
story's crosshead in a narrow column under a page's number written inside the column
(``14``) stays the story's: reading back for the story's length passes the page's
furniture, though not a briefs column's label (``downstyle_headlines._inside_story``)."""

from __future__ import annotations

import ocr
from ocr.text_pieces import full_line

# pdfminer: a briefs column's label, a headless brief, a head, its brief.
PDFMINER = """NEWS IN BRIEF

A jumble sale at St
Anne’s church hall raised
£860 for the Moorside
hospice. Organisers
thanked the forty
volunteers who helped.

Market stalls move

Work to resurface
the square means the
Friday market will set
up on Quay Street for
a month from Monday.
"""

# pdftotext: the head right on top of its brief's text (the reader parts it).
PDFTOTEXT = PDFMINER.replace("Market stalls move\n\n", "Market stalls move\n")

# pdfminer: a story in a narrow column, the page's number inside it, a crosshead.
FOLIO_IN_STORY = """Harbour wall repairs
to start in spring

By Ann Lowe

Work to repair the
harbour wall damaged
in last winter’s storms
will start in March,
the county council
said on Tuesday. The
£1.2m job will close
the east pier for
twelve weeks.

14

The council said the
contractor would work
from a barge so the
fish quay can stay
open, and boats will
moor on the west side.

Fishermen worried

Skippers who land
their catch at the
east pier said the
closure would cost
them dearly in the
busiest months.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_head_over_a_narrow_columns_full_line_parts_two_briefs_pdfminer() -> None:
    articles = _articles(PDFMINER)
    brief = _holding(articles, "Quay Street")
    assert len(brief) == 1 and brief[0].headlines == ("Market stalls move",)
    first = _holding(articles, "jumble sale")
    assert len(first) == 1 and first[0] is not brief[0]


def test_head_over_a_narrow_columns_full_line_parts_two_briefs_pdftotext() -> None:
    articles = _articles(PDFTOTEXT)
    brief = _holding(articles, "Quay Street")
    assert len(brief) == 1 and brief[0].headlines == ("Market stalls move",)
    assert "jumble sale" not in " ".join(brief[0].paragraphs)


def test_a_crosshead_under_a_folio_inside_the_column_stays_the_storys() -> None:
    articles = _articles(FOLIO_IN_STORY)
    story = _holding(articles, "harbour wall damaged")
    assert len(story) == 1
    assert "Skippers who land" in " ".join(story[0].paragraphs)
    assert all("Fishermen worried" not in a.headlines for a in articles)


def test_full_line_against_its_neighbours() -> None:
    # A narrow column's line of three words fills its measure ...
    assert full_line(["Work to resurface", "the square means the",
                      "Friday market will set", "up on Quay Street for"])
    # ... a stretched line's first piece leaves most of it, as does a short line in a
    # wide column; a line with too few under it measures nothing.
    assert not full_line(["Starting", "Jan.", "4, the Wexmouth Public Library will",
                          "open at 9 a.m. instead of 10 a.m. on"])
    assert not full_line(["Kevin Lorimer", "(34), of Seagate, was fined £200 at the",
                          "sheriff court for driving without insurance"])
    assert not full_line(["Work to resurface", "the square means the"])
