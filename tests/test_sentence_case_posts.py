"""A writer's post set in sentence case (``Education reporter``, ``Political editor``),
as many papers set it under the name, is the byline's, like one in title case
(``Courier Staff Writer``); a post alone with no name over it (``Staff writer``, ``Times
correspondent``) signs the story under the headline it follows. A signed story's short
opening paragraph (a feature's delayed lead) is not all of it: the news lead under it
is the story's own, not a brief's (``column_blocks.signed_lede``); and a post written
apart from its name, among the story's text, goes on the byline (``post_apart``)."""

from __future__ import annotations

import ocr
from ocr.byline_words import post_apart, writer_title
from tests.conftest import article_holding

# pdftotext: a kicker, headline and deck, the byline and its post, then the story.
SIGNED = """A3
HARBOR COUNTY GAZETTE | Thursday, March 12, 2026

SCHOOLS

Board closes Elm Street school, moves 210 pupils
Parents plead for another year; the district says the building is past saving
By Dana Whitcombe
Education reporter

The Harbor County school board
voted 5-2 on Tuesday night to close
Elm Street Elementary at the end of
the school year and send its 210
pupils to two schools across town.
The 1911 brick building needs a new
roof, new boilers and an elevator, at
a cost the district puts at $14 million.
"We cannot spend that on a building
we would still have to replace,"
said board chair Helen Marsh.

Parents filled the library for three
hours before the vote. Several asked
for one more year to raise money.
"""


def test_a_post_in_sentence_case_stays_with_its_byline() -> None:
    page = ocr.process(SIGNED, lang="en", correct=False)
    story = article_holding(page, "Elm Street Elementary")
    assert story.byline == "By Dana Whitcombe Education reporter"
    assert story.headlines[:1] == ("Board closes Elm Street school, moves 210 pupils",)
    assert story.paragraphs[0].startswith("The Harbor County school board")
    assert "Parents filled the library" in " ".join(story.paragraphs)


# A post alone under the headline and deck; the story opens with two short sentences
# before its news lead (which names the day, as a brief's lead does).
UNNAMED = """A5
HARBOR COUNTY GAZETTE | Thursday, March 12, 2026

Ferry captain steers her last crossing after 38 years
Ruth Pallister, 66, retires from the Gull Island run with 41,000 trips behind her
Times correspondent

The horn went three times, the
way it always does. Then she cried.

A ferry captain who steered the
Gull Island run for 38 years made
her last crossing on Friday, the
county transit office said. Ruth
Pallister, 66, has made about 41,000
trips on the 20-minute run to the
mainland since 1988.
"""


def test_a_post_alone_signs_the_story_and_its_lead_stays() -> None:
    page = ocr.process(UNNAMED, lang="en", correct=False)
    story = article_holding(page, "The horn went three times")
    assert story.byline == "Times correspondent"
    assert "made her last crossing on Friday" in " ".join(story.paragraphs)
    assert story.headlines[:1] == ("Ferry captain steers her last crossing after 38 years",)


# pdftotext wrote the byline's post after the story's first column.
APART = """A2
HARBOR COUNTY GAZETTE | Thursday, March 12, 2026

Sewer rates to rise 9 percent in July
By Omar Leclerc

The Harbor County utilities board
approved a 9 percent rise in sewer
rates on Monday, the second in two
years, to pay for a new pump station
on Quay Road.

Utilities reporter

The average household will pay about
$4 more a month, the board said. The
station, built in 1964, failed twice
last winter and flooded three streets.
"""


def test_a_post_written_apart_goes_on_its_byline() -> None:
    page = ocr.process(APART, lang="en", correct=False)
    story = article_holding(page, "new pump station")
    assert story.byline == "By Omar Leclerc Utilities reporter"
    assert "$4 more a month" in " ".join(story.paragraphs)
    assert len([a for a in page.articles if "Sewer" in " ".join(a.headlines)]) == 1


def test_what_a_post_is() -> None:
    assert writer_title("Health correspondent")
    assert writer_title("Chief political correspondent")
    assert not writer_title("The city has a new editor")  # (a sentence's start: too long)
    assert post_apart("By Omar Leclerc", "Political editor")
    assert not post_apart("By Omar Leclerc, Staff Writer", "Political editor")  # has one
    assert not post_apart(None, "Political editor")
