"""A brief's head printed on top of its lead, whose first line is justified and
stretched so wide that pdftotext writes it a word a line (``Firehouse bake sale`` /
``The`` / ``Harlow`` / ``Volunteer`` / ``Fire Department holds its…``): the pieces are one
full line, so the head that left room for the next word was broken by hand and opens
its brief (``text_pieces.over_stretched_line``, ``downstyle_headlines.standing_head``;
pdfminer writes the first pieces a block each: ``text_pieces.text_under``).
A stretched line's first word at the top of a column, which with the other pieces fits
the column, stays running text."""

from __future__ import annotations

import ocr

# pdftotext: a briefs column, no white between a head and its lead.
BRIEFS = """NEWS IN BRIEF

Firehouse bake sale
The
Harlow
Volunteer
Fire Department holds its
annual bake sale from 9 a.m.
to noon Saturday at the
station on Mill Road. Pies are
$8 and cookies $1 a dozen.

Ash Lane paving
Starting
Nov.
9,
the
town will close Ash Lane
between Oak and Pine streets
for three days of paving, the
public works office said.
"""

# pdfminer: a block a paragraph, and a stretched line's first words a block of their own.
MINER = """NEWS IN BRIEF

Library book sale

The Friends of the Harlow Public Library hold their
winter book sale from 10 a.m. to 2 p.m. Saturday.
Hardcovers are $1 and paperbacks 50 cents.

Gale warning for the bay

The

Coast Guard
station at Dunmore has posted
a gale warning for the bay
from 6 p.m. Friday to noon
Saturday. Boat owners were
asked to double their lines.

Carols on the green

The

Harlow
Town

Choir sings carols on the
green at 5 p.m. Sunday. Hot
cider is free for all comers.
"""

# A signed story whose column breaks before a stretched line written a word a line.
STORY = """Ferry fares to rise in April

By ANA SOTO

Staff Writer

Fares on the Gull Island ferry will rise by a
quarter in April, the harbor commission said
on Tuesday, the first increase in six years.

Island
Residents
Association
members asked for a later last boat home
at a meeting in March, and the commission
agreed to study a 10:30 p.m. sailing.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(" ".join(a.paragraphs).split())]


def test_a_head_over_a_stretched_lead_opens_its_brief() -> None:
    articles = _articles(BRIEFS)
    for head, words, other in (("Firehouse bake sale", "cookies $1 a dozen", "Ash Lane"),
                               ("Ash Lane paving", "three days of paving", "bake sale")):
        brief = _holding(articles, words)
        assert len(brief) == 1
        assert head in brief[0].headlines
        assert head not in " ".join(brief[0].paragraphs)
        assert other not in " ".join(brief[0].paragraphs)


def test_pdfminers_head_over_a_stretched_lines_pieces_opens_its_brief() -> None:
    articles = _articles(MINER)
    brief = _holding(articles, "double their lines")
    assert len(brief) == 1
    assert "Gale warning for the bay" in brief[0].headlines
    assert "book sale" not in " ".join(brief[0].paragraphs)


def test_pdfminers_pieces_over_blocks_of_lines_are_one_first_line() -> None:
    # ``The`` | ``Harlow`` / ``Town`` | ``Choir sings carols…``: one stretched line.
    articles = _articles(MINER)
    brief = _holding(articles, "cider is free")
    assert len(brief) == 1
    assert "Carols on the green" in brief[0].headlines
    assert "double their lines" not in " ".join(brief[0].paragraphs)


def test_a_stretched_lines_first_word_atop_a_column_stays_running_text() -> None:
    articles = _articles(STORY)
    story = _holding(articles, "Residents Association members")
    assert len(story) == 1
    assert "harbor commission said" in " ".join(" ".join(story[0].paragraphs).split())
    assert not any("Island" in a.headlines for a in articles)


def test_a_blank_line_in_the_heading_is_no_heading_over_pieces() -> None:
    """An extractor may leave a blank line inside a chunk: the heading test reads no
    word of it (it raised IndexError) and sees no heading over the stretched line."""
    from ocr.text_pieces import over_stretched_line

    lead = ["The", "Port", "Langley", "Community Choir sings carols at the",
            "harbor on Saturday evening, and the", "public is welcome to join in."]
    assert over_stretched_line(["Carols by the harbor", *lead], 1)
    assert not over_stretched_line(["Harbor carols", "", *lead], 2)
