"""A brief's standing head on top of a dated listing, whose first row opens on a time
(``Fixtures`` / ``Saturday: Kelderby Town v…``, ``50 years ago`` / ``October 1976:
Kelderby's…``, ``On TV tonight`` / ``7 p.m. WTVC 4: …``, ``Tides`` / ``High: 5:42 a.m.
…``). The row is no sentence's opening (``head_over_sentence`` asks a common word in a
capital) and holds few words in a narrow column, so the head ran into the listing, or
the listing into the story above (``leads.opens_on_time``,
``readers.heads_over_briefs.head_over_times``, ``downstyle_headlines._dated_listing``). A
story's own label rows open on a word (``Teams`` / ``Kelderby Town: Stubbs,…``); its
time rows run on under its own text, and a listing's row written a word a block
(``6.30pm`` / ``Scotland`` / ``Reporting`` / ``7.00pm The Fishing Coast:``) heads nothing."""

from __future__ import annotations

import ocr
from ocr.leads import opens_on_time
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

STORY = """Town hall roof repairs to start

Scaffolding will go up around Kelderby town
hall on Monday as work begins on the roof,
which has leaked into the council chamber
since the storms of last winter. The repairs
are expected to take ten weeks and will cost
the council £84,000.
"""

# pdftotext: a story, then a narrow briefs column of two dated listings.
PAGE = STORY + """
Fixtures
Saturday: Kelderby Town
v Saltby Athletic (3pm);
Wrayton Rovers v Moor
End (3pm)
Tuesday: Wrayton Rovers
v Kelderby Town, County
Cup (7.45pm).

50 years ago
October 1976: Kelderby’s
new swimming baths were
opened by the Mayor, who
was persuaded to take the
first dip in his chain of
office. The baths cost
£318,000.
"""

# pdfminer: the tides box under a signed story's last paragraph, its head a block of its
# own: a story's text above, the head was read as the story's crosshead.
TIDES = """Harbour wall to be raised

By Joel Mertz

Work to raise the harbour wall by a metre
will start when the winter storms have passed,
the harbour master said on Monday. Boat
owners were asked to check their moorings.

Tides

High: 5:42 a.m. (9.8 ft.), 6:08
p.m. (10.3 ft.)
Low: 11:51 a.m. (0.6 ft.), 12:20
a.m. Sunday (0.9 ft.)
"""

# pdfminer: a TV listing's first row written a word a block (``6.30pm Reporting
# Scotland``): its last piece over the next row is no head.
PIECES = STORY + """
Tonight’s TV

6.30pm

Scotland

Reporting

7.00pm The Fishing Coast:
the last herring boats of the
east

9.00pm Drama: Harbour

Lights (2/6)
"""

# a story's own tide rows run on under its text, no short line over them.
STORY_ROWS = """Harbour wall to be raised

Work to raise the harbour wall by a metre
will start when the winter storms have passed,
the harbour master said on Monday. This
weekend's tides are the highest of the year:
High: 5:42 a.m. (9.8 ft.), 6:08 p.m.
(10.3 ft.); Low: 11:51 a.m. (0.6 ft.).
Boat owners were asked to check their moorings.
"""

# pdfminer: a brief, then the tides box written in chunks of two rows, the head on top of
# the first (three lines: too few for ``heading_on_top``'s other forms).
LIBRARY_TIDES = """Library hours change
Starting Jan. 4, the
Wexmouth Public Library
will open at 9 a.m. instead
of 10 on weekdays. Weekend
hours, noon to 4 p.m., are
unchanged.

Tides
High: 5:42 a.m. (9.8 ft.), 6:08
p.m. (10.3 ft.)

Low: 11:51 a.m. (0.6 ft.),
12:20 a.m. Sunday (0.9 ft.)
"""

def _articles(page: str) -> list[ocr.Article]:
    return list(ocr.process(page, lang="en", correct=False).articles)


def _holding(page: str, words: str) -> list[ocr.Article]:
    return [a for a in _articles(page) if words in " ".join(a.paragraphs)]


def test_dated_listings_head_their_rows() -> None:
    fixtures = _holding(PAGE, "Saltby Athletic")
    looking = _holding(PAGE, "swimming baths")
    assert [a.headlines for a in fixtures] == [("Fixtures",)]
    assert [a.headlines for a in looking] == [("50 years ago",)]
    assert fixtures[0].paragraphs[0].startswith("Saturday: Kelderby Town")
    assert "swimming" not in " ".join(fixtures[0].paragraphs)


def test_heading_on_top_parts_a_head_over_a_clock() -> None:
    lines = ["On TV tonight", "7 p.m. WTVC 4: Harrow Valley", "Gardens, the county's",
             "parks in spring. 8 p.m.", "WTVC 4: Town Hall Live."]
    m = load_profile().patterns("en")
    assert heading_on_top(lines, text_widths(lines), m) == 1


def test_tides_under_a_story_are_a_brief_of_their_own() -> None:
    tides = _holding(TIDES, "11:51 a.m.")
    assert [a.headlines for a in tides] == [("Tides",)]
    assert "5:42" not in " ".join(_holding(TIDES, "Boat owners")[0].paragraphs)


def test_tides_in_two_rows_are_not_the_brief_above() -> None:
    library = _holding(LIBRARY_TIDES, "Weekend hours")
    assert len(library) == 1 and "5:42" not in " ".join(library[0].paragraphs)
    assert [a.headlines for a in _holding(LIBRARY_TIDES, "5:42")] == [("Tides",)]

def test_a_listings_pieces_are_no_heads() -> None:
    heads = [h for a in _articles(PIECES) for h in a.headlines]
    assert "Reporting" not in heads and "Scotland" not in heads


def test_a_storys_time_rows_stay_its_text() -> None:
    articles = _articles(STORY_ROWS)
    assert len(articles) == 1
    assert "Low: 11:51 a.m." in " ".join(articles[0].paragraphs)


def test_rows_and_pieces_are_no_heads() -> None:
    m = load_profile().patterns("en")
    for lines in (["6.30pm Reporting Scotland", "7.00pm The Fishing Coast: the",
                   "last herring boats of the east", "9.00pm Drama: Harbour Lights"],
                  ["Tonight: Showers, low 31", "Tomorrow: Mild, high 52 with",
                   "rain by evening in the hills", "and along the coast road."],
                  ["High water", "4.38pm.", "The harbour master asks all", "skippers to report."]):
        assert heading_on_top(lines, text_widths(lines), m) == 0


def test_opens_on_time() -> None:
    for row in ("7 p.m. WTVC 4: Harrow Valley", "6.30pm Reporting Scotland",
                "Saturday: Kelderby Town", "October 1976: Kelderby’s new",
                "High: 5:42 a.m. (9.8 ft.)"):
        assert opens_on_time(row), row
    for line in ("Kelderby Town: Stubbs, Walsh,", "Men: 1. Samuel Okonjo,",
                 "Starting Jan. 4, the", "Today: cloudy, max 17°C", "12 people were hurt"):
        assert not opens_on_time(line), line
