"""Words of a stretched line that pdfminer wrote away from their paragraph.

A narrow justified column stretches a line of few words wide, and pdfminer writes its
words apart at the widest spaces, a text box each, some of them after the paragraph's
box (``through`` after a pool brief's last line) while the rest of the line stays in
the paragraph as short lines (``weeknights`` / ``the end of``). Read alone, the lone
word was an article of its own and the brief lacked it. It goes back into the short
line's hole in the article written next to it, where it reads on with a common word
pair. The page is drawn here in the way pdfminer writes such columns.
"""

from __future__ import annotations

import ocr

PAGE = """IN BRIEF

Pool reopens Saturday

The Westfield municipal pool
will reopen on Saturday after
six weeks of repairs to its
filter system. The pool will
stay open until 9 p.m. on
weeknights
the end of
August, the recreation
department said.

through

Choir looks for tenors

The Lakeport Community
Choir is looking for tenors
and basses for its winter
concert season. Rehearsals
are held on Tuesday nights
at the public library.

Food drive Saturday

The Rotary Club of Lakeport
will collect canned goods and
boxed food outside the Main
Street post office from 9 a.m.
to 3 p.m. Saturday.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def test_a_stretched_line_word_goes_back_into_its_paragraph() -> None:
    """``through`` goes back between ``weeknights`` and ``the end of`` (``through the``
    is a common pair), so the pool brief reads whole and no one-word article is left."""
    arts = _articles(PAGE)
    pool = next(a for a in arts if a.headlines == ("Pool reopens Saturday",))
    text = " ".join(pool.paragraphs)
    assert "weeknights through the end of August" in text
    assert not any(" ".join(a.paragraphs).strip() == "through" for a in arts)


def test_a_column_line_is_no_piece_of_a_stretched_line() -> None:
    """A line of five words or more written apart is a column's line, not a piece of a
    stretched one: it is not put into a short line's hole."""
    page = PAGE.replace("through\n", "through the fall and the\n")
    pool = next(a for a in _articles(page) if a.headlines == ("Pool reopens Saturday",))
    assert "through the fall" not in " ".join(pool.paragraphs)


def test_a_word_that_reads_on_nowhere_stays_out() -> None:
    """A lone word that makes no common pair with the hole's lines is not forced in:
    put out of order it would cost the paragraph more than its absence."""
    page = PAGE.replace("through\n", "xylophones\n")
    pool = next(a for a in _articles(page) if a.headlines == ("Pool reopens Saturday",))
    assert "xylophones" not in " ".join(pool.paragraphs)
