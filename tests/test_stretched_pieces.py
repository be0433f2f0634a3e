"""Briefs' headlines among the pieces of stretched lines (pdfminer).

A narrow briefs column set justified stretches a line with few words wide, and
pdfminer writes its words apart at the widest spaces, a block each: a lone word in
lower case after a brief's last sentence (``weeknights``), or the next brief's first
line cut into ``The Lakeport`` / ``Community`` under its headline. Read as running text
the lone word left the text above open (no headline after it) and the pieces made the
column under the headline two words wide (no wrapped headline over it). The page is
drawn here, in the way pdfminer writes such a column.
"""

from __future__ import annotations

import ocr

PAGE = """IN BRIEF

The Westfield municipal pool
will reopen this weekend after
six weeks of repairs to its
filter system and deck, the
recreation department said.

weeknights

Choir looks for
tenors and basses

The Lakeport

Community

Choir is looking for tenors
and basses for its winter
concert season. Rehearsals
are held at the library.

Food bank drive Saturday

The

Rotary

Club of Lakeport will collect
canned goods and boxed food
outside the Main Street post
office from 9 a.m. to 3 p.m.
"""


def _by_headline() -> dict[str, str]:
    page = ocr.process(PAGE, lang="en", correct=False)
    return {" ".join(a.headlines): " ".join(a.paragraphs) for a in page.articles}


def test_a_lone_word_leaves_the_brief_above_ended() -> None:
    """``weeknights`` (lower case, a block of its own) does not make ``Choir looks for``
    go on the pool brief's sentence: the choir brief has its headline."""
    briefs = _by_headline()
    assert "Choir looks for tenors and basses" in briefs
    assert "Choir" not in briefs.get("", "")


def test_pieces_under_a_headline_are_its_text() -> None:
    """The pieces of the brief's first line stay its text, not its headline's end."""
    briefs = _by_headline()
    choir = briefs["Choir looks for tenors and basses"]
    assert choir.startswith("The Lakeport Community Choir is looking")
    food = briefs["Food bank drive Saturday"]
    assert food.startswith("The Rotary Club of Lakeport") and "Choir" not in food


def test_a_crosshead_over_referring_text_stays_in_its_story() -> None:
    """A one-line heading over pieces whose text refers back (``The new site``) is no
    brief's headline: the lead under a brief's names its subject in full."""
    page = ocr.process("""Library extends weekend hours

The Lakeport Public Library will stay open until 8 p.m.
on Saturdays beginning next month, the trustees said.

More room for readers

The new

wing

will add a reading room and a children's corner to the
building, which opened in 1962, trustees said.
""", lang="en", correct=False)
    assert len(page.articles) == 1
