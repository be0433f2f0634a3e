"""A brief's headline in larger type, written right on top of its text.

A boxed briefs column sets each brief's headline in bold, larger than the text: it wraps
at fewer characters than the column's lines, so its first line is not short against
them (``Pool reopens after`` / ``summer repairs`` would hold ``summer`` at body size),
and pdftotext writes it with no blank line over the brief's text. Its second line,
ending no sentence well short of the column, tells: running text fills its line to the
column break. Read as the text's first lines, the headline glued the brief to the one
above. The page is drawn here.
"""

from __future__ import annotations

import ocr
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top

PAGE = """Harbor board names new
port director
The Lakeport Harbor Board on
Tuesday named Denise Okafor,
a former shipping executive,
as the port's director. She
starts work on June 1.

Pool reopens after
summer repairs
The Westfield municipal pool
will reopen this weekend after
six weeks of repairs to its
filter system and deck, the
recreation department said.
Hours are 10 a.m. to 7 p.m.

Choir seeks tenors
and basses
The Lakeport Community Choir
is looking for tenors and
basses for its winter concert
season. Rehearsals are held
weeknights at the library.
"""


def test_briefs_headlines_in_larger_type_head_their_briefs() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    by_head = {a.headlines[-1] if a.headlines else "": a for a in page.articles}
    assert "Pool reopens after summer repairs" in by_head
    assert "Choir seeks tenors and basses" in by_head
    pool = "".join(by_head["Pool reopens after summer repairs"].paragraphs)
    assert pool.startswith("The Westfield municipal pool") and "Choir" not in pool
    assert "Choir" in "".join(by_head["Choir seeks tenors and basses"].paragraphs)


def _on_top(texts: list[str]) -> int:
    return heading_on_top(texts, [0.0] * len(texts), load_profile(None).patterns("en"))


def test_a_name_run_on_over_the_break_is_running_text() -> None:
    """A column's first lines that break inside a name (``the Harbor City`` /
    ``Farmers Market``) are running text, however short the second line."""
    assert _on_top(["After 31 years in the parking lot", "behind City Hall, the Harbor City",
                    "Farmers Market will move this summer to the new park",
                    "on the waterfront, city officials announced Wednesday.",
                    "The market, which runs Saturdays"]) == 0


def test_a_word_a_line_is_no_heading() -> None:
    """pdftotext writes a stretched justified line a word a line: no heading's lines."""
    assert _on_top(["Monday", "after inspectors", "Department of Transportation said the",
                    "bridge would stay closed to trucks over 10 tons",
                    "until repairs are finished."]) == 0


STRETCHED = """Choir seeks new
members for spring
The Lakeport Community Choir
is looking for singers for its
spring concert season, the
director said. Rehearsals are
held weeknights at the library.

Pool reopens after
summer repairs
The
Westfield
municipal
pool will reopen this weekend
after six weeks of repairs to
its filter system and deck, the
recreation department said.
"""


def test_a_stretched_first_line_written_a_word_a_line_is_no_measure() -> None:
    """pdftotext writes the brief's stretched first line a word a line (``The`` /
    ``Westfield`` / ``municipal``): the column is measured on the lines under them."""
    page = ocr.process(STRETCHED, lang="en", correct=False)
    pool = next(a for a in page.articles if "filter" in "".join(a.paragraphs))
    assert pool.headlines == ("Pool reopens after summer repairs",)
    assert "Choir" not in "".join(pool.paragraphs)


ONE_LINE = """The ferry will run on its summer
schedule through Labor Day, the
port authority said.

Food drive this Saturday
The Lakeport Lions Club will
collect canned goods outside
the Main Street grocery from 9
a.m. to noon. Volunteers are
still needed, organizers said.
"""

CROSSHEAD = """Harbor board backs ferry plan
By ANA RUIZ
LAKEPORT — The harbor board on Monday backed a plan to
add a second ferry to the island run, a move riders have
sought for a decade, and asked the state for a grant.
The board's vote was unanimous.

New dock, longer hours
The second boat would need a
new dock on the island side,
which engineers said could be
built by next summer.
"""


def test_a_one_line_heading_over_a_lead_that_names_its_subject_heads_a_brief() -> None:
    """``Food drive this Saturday`` is as wide as a column's line; what tells is the line
    under it, which opens on a capitalised article and names its subject in full."""
    page = ocr.process(ONE_LINE, lang="en", correct=False)
    drive = next(a for a in page.articles if "canned" in "".join(a.paragraphs))
    assert drive.headlines == ("Food drive this Saturday",)
    assert "ferry" not in "".join(drive.paragraphs)


def test_a_crosshead_over_text_that_refers_back_stays_in_its_story() -> None:
    """Under a crosshead a story's text refers back (``The second boat``): no brief."""
    page = ocr.process(CROSSHEAD, lang="en", correct=False)
    story = next(a for a in page.articles if "unanimous" in "".join(a.paragraphs))
    assert "engineers" in "".join(story.paragraphs)


CROSSHEAD_TWO_LINES = """LAKEPORT — The harbor board on Monday backed a plan to
add a second ferry to the island run, a move riders have
sought for a decade, and asked the state for a grant.

A long wait for a
second boat
The board first asked for the boat in 2015, but the
state turned down two grant requests, and the island
dock was too small for a second vessel to tie up.
"""


def test_a_two_line_crosshead_over_text_that_refers_back_stays_body() -> None:
    """Under a crosshead a story's text refers back (``The board first asked…``): the
    crosshead is not cut off as a heading on top of it."""
    texts = CROSSHEAD_TWO_LINES.split("\n\n")[1].splitlines()
    assert _on_top(texts) == 0
