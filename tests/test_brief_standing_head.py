"""A column of briefs each under a standing head of a word or a few, in sentence case
(``Births``, ``Road work ahead``), written by pdfminer as a block of its own between one
brief's last sentence and the next brief's text: each head opens its brief
(``downstyle_headlines.standing_head``). A story's crosshead after paragraphs of a signed
story, a calendar's day over its listings and a word of a stretched line written apart
stay running text."""

from __future__ import annotations

import ocr

# pdfminer: a block a paragraph; a briefs column under a section label.
BRIEFS = """NEWS IN BRIEF

Births

Nadia and Tom Okafor of Elm Street announced the
birth of a son, Felix, on Nov. 3 at Ridgeway
Hospital. He weighed 7 pounds, 9 ounces.

Road work ahead

Crews will repave Ash Lane between Oak and Pine
streets starting Monday, the public works office
said. Detours will be posted.

Lost and found

A gold wedding band was turned in at the Harlow
Public Library last week. Its owner may claim it
at the front desk.
"""

# A signed story whose crosshead follows four paragraphs of it.
STORY = """Ferry service resumes at Dunmore pier

By ANA SOTO

Staff Writer

Ferry service between Dunmore and Gull Island resumed
Monday after a five-week halt for repairs to the pier,
the harbor commission said.

The commission spent $1.2 million replacing pilings
that storms in September had cracked, and inspectors
signed off on the work Friday afternoon.

Island residents had relied on a water taxi that ran
twice a day and cost three times the ferry fare, and
several said they had put off trips to the mainland.

The first boat left the pier at 6:15 a.m. with 40 cars
and a school bus aboard, its captain said.

Winter schedule

Departures run every two hours from 6:15 a.m. to
8:15 p.m. through March.
"""

# A calendar's listings by day.
CALENDAR = """What’s happening

Friday

Holiday concert by the Harlow Community Band,
7 p.m., Town Hall. Free.

Saturday

Pancake breakfast at the fire station, 8 to
11 a.m. Tickets are $6 at the door.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_each_standing_head_opens_its_brief() -> None:
    articles = _articles(BRIEFS)
    for head, words, other in (("Births", "son, Felix", "Ash Lane"),
                               ("Road work ahead", "Ash Lane", "wedding band"),
                               ("Lost and found", "wedding band", "Felix")):
        brief = _holding(articles, words)
        assert len(brief) == 1
        assert head in brief[0].headlines
        assert other not in " ".join(brief[0].paragraphs)


def test_a_crosshead_after_a_signed_storys_paragraphs_stays_in_the_story() -> None:
    articles = _articles(STORY)
    story = _holding(articles, "five-week halt")
    assert len(story) == 1
    assert "every two hours" in " ".join(story[0].paragraphs)
    assert "Winter schedule" not in story[0].headlines


def test_a_calendars_days_part_no_listing() -> None:
    articles = _articles(CALENDAR)
    listing = _holding(articles, "Community Band")
    assert len(listing) == 1
    assert "Pancake breakfast" in " ".join(listing[0].paragraphs)


def test_a_word_of_a_stretched_line_is_no_head() -> None:
    # pdfminer wrote a justified line's words apart: ``the state`` / ``of`` … ``Department``.
    text = """Bridge to close to trucks

Trucks over 10 tons will be kept off the Mill
Street bridge starting Monday after inspectors
found cracked bearings, the state

of

Transportation said.

Department

Cars and light pickups may still use the bridge.
Repairs are scheduled for the summer.
"""
    articles = _articles(text)
    assert not any("Department" in a.headlines for a in articles)
    assert len(_holding(articles, "light pickups")) == 1
