"""A standing head over a listing whose first row pdftotext wrote in pieces, a word or two
a line (``50 years ago`` / ``October`` / ``1976:`` / ``Kelderby’s new swimming baths…``),
or set full (``Tonight’s TV`` / ``6.30pm Reporting Scotland``, ``In court`` / ``Kevin
Lorimer (34), of Seagate, was fined`` written whole): the head was held inside the
listing's block, or went to the story above by a word it shares (``court``, ``years``), or
to a photo as its title. The row is read over its pieces (``text_pieces.listing_row``),
an initialism ends a head (``TV``), a court brief's person named with an age opens no
heading's second line, and a head told by its rows is the article's right under it
(``downstyle_headlines.heads_rows``). A listing's own first row and a stretched line's
pieces with a time already on the first head nothing."""

from __future__ import annotations

import ocr
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.text_pieces import listing_row
from ocr.typography import text_widths

# pdftotext: a story that says ``years``, then a look back whose first row is written a
# word a line (a justified line in a narrow column).
LOOK_BACK = """Pier reopens after five years

Kelderby’s Victorian pier reopened to the public
on Saturday after five years of repairs that cost
the council £2.1 million. More than 3,000 people
walked its length on the first afternoon, and the
cafe at the far end ran out of scones by three.

50 years ago
October
1976:
Kelderby’s new swimming baths were opened
by the Mayor, who was
persuaded to take the
first dip in his chain of
office. The baths cost
£318,000 and the first
week’s visitors numbered 4,600.
"""

# pdftotext: a court story, a photo's caption and credit, then a court brief set whole
# under its standing head (its lead on one line, its rest on another).
COURT = """Dock foreman jailed for six years

A dock foreman who helped smuggle tobacco through
the harbour was jailed for six years at Carrick
Haven Sheriff Court yesterday. The court heard he
had hidden it in frozen fish for eighteen months.

The Kvitsøy Shanty Men perform on the deck of the drifter Reaper at the Fish Quay.
© Moray Firth Photography

In court
Kevin Lorimer (34), of Seagate, was fined
£400 at Carrick Haven Sheriff Court for shouting and swearing at the Harbour Bar on 2 December.
"""

# pdftotext: a story, then tonight's TV, its head ending on an initialism.
TV = """Harbour lights switched on

The harbour’s Christmas lights were switched on by
pupils of Seagate Primary on Friday evening, when a
crowd of several hundred sang carols on the quay.

Tonight’s TV
6.30pm Reporting Scotland
7.00pm The Fishing Coast: the last
herring boats of the east
"""


def _holding(page: str, words: str) -> list[ocr.Article]:
    return [a for a in ocr.process(page, lang="en", correct=False).articles
            if words in " ".join(a.paragraphs)]


def test_a_look_back_written_in_pieces_heads_its_row() -> None:
    looking = _holding(LOOK_BACK, "swimming baths")
    assert [a.headlines for a in looking] == [("50 years ago",)]
    assert looking[0].paragraphs[0].startswith("October 1976:")
    assert "50 years ago" not in " ".join(_holding(LOOK_BACK, "scones")[0].headlines)


def test_a_court_brief_set_whole_is_headed_by_its_standing_head() -> None:
    brief = _holding(COURT, "Kevin Lorimer")
    assert [a.headlines for a in brief] == [("In court",)]
    assert "In court" not in _holding(COURT, "frozen fish")[0].headlines


def test_tonights_tv_heads_its_rows() -> None:
    tv = _holding(TV, "Reporting Scotland")
    assert [a.headlines for a in tv] == [("Tonight’s TV",)]
    assert "Scotland" not in " ".join(_holding(TV, "carols")[0].paragraphs)


def test_listing_row_joins_a_stretched_rows_pieces() -> None:
    look = ["October", "1976:", "Kelderby’s new swimming baths were opened", "by the Mayor"]
    day = ["Saturday:", "Kelderby", "Town v Saltby Athletic (3pm);", "Wrayton Rovers v"]
    assert listing_row(look) == "October 1976: Kelderby’s new swimming baths were opened"
    assert listing_row(day) == "Saturday: Kelderby Town v Saltby Athletic (3pm);"
    # A first line that is no piece is the row; one short line alone is no stretched line.
    tv = ["6.30pm Reporting Scotland", "7.00pm The Fishing"]
    assert listing_row(tv) == "6.30pm Reporting Scotland"
    assert listing_row(["4.38pm.", "The harbour master asks all", "skippers."]) == "4.38pm."


def test_a_listings_own_rows_and_a_paragraphs_first_line_head_nothing() -> None:
    m = load_profile().patterns("en")
    for lines in (
            # a listing's own first row, written in pieces: no head over it
            ["Saturday:", "Kelderby", "Town v Saltby Athletic (3pm);", "Wrayton Rovers v"],
            ["October", "1976:", "Kelderby’s new swimming baths were opened", "by the Mayor"],
            # a paragraph's short first line, its sentence going on to a day's colon
            ["The club meets on", "Saturday:", "members should bring",
             "their own boots and a towel to the hall."],
            # a head ending on a name that goes on
            ["Fixtures for Kelderby", "Saturday:", "Town v Saltby Athletic (3pm);",
             "Wrayton Rovers v Moor End"]):
        assert heading_on_top(lines, text_widths(lines), m) == 0, lines
