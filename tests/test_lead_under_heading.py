"""A story's later paragraph that opens as a news lead does, on what the story's heading
promised, stays with the story (``run_on_briefs.news_lead``, ``_subject_headed``); a
brief under the story that introduces a subject of its own stays apart, even when it
shares the story's place and weather. The shape of S6 and S8 (prose pools W and Y,
docs/text-path.md, thirty-eighth session, ``tx42split``): ``Amber warning for the coast``
/ … / ``An amber warning is in force from 6am Thursday…`` and ``Farmers on alert after
quad bikes stolen`` / … / ``Farmers are being offered free forensic marking kits…``
were cut from their stories and read as briefs. And a column of letters that names two
villages a story names (``Thorpe Hagg``) is not a section of that story
(``crosshead_sections``: a name of several words counts once)."""

from __future__ import annotations

import ocr
from ocr.crosshead_sections import sections_back
from ocr.drafts import Draft
from ocr.model import BODY, Block, Line, Word
from tests.conftest import article_holding

# pdfminer: a paragraph a block. A storm warning under its kicker, headline and deck,
# signed; its second paragraph opens on the deck's subject and names the day, as a
# brief's lead does; a brief follows on the storm's consequences.
STORM = """THE ESTUARY POST  Thursday, 4 February 2027

WEATHER WARNING

Storm to bring floods
and power cuts on Friday

Red alert for the estuary towns; schools told to plan for closures

By Hannah Reid

Storm Imogen will reach the
coast on Friday morning, the
Met Office said, with gusts of up
to 75mph and two inches of rain.

A red alert is in force from noon
Friday until Saturday morning.
Schools in the estuary towns have
been told to plan for closures.

Engineers will be on standby at
the substation, and sandbags are
available at the fire station.

The Wickford Lions Club has
postponed its flood appeal dinner
to Saturday, March 6, because of
the warning, its chairman said.
Tickets remain valid.
"""


def test_a_paragraph_that_opens_on_the_deck_s_subject_stays_with_its_story() -> None:
    page = ocr.process(STORM, lang="en", correct=False)
    story = article_holding(page, "Storm Imogen will reach the")
    text = " ".join(story.paragraphs)
    assert "A red alert is in force from noon" in text
    assert "Engineers will be on standby" in text
    heading = " ".join([*story.headlines, story.subheadline or ""])
    assert "Red alert for the estuary towns" in heading  # (the deck heads its own story)


def test_a_brief_that_shares_the_heading_s_terms_stays_apart() -> None:
    page = ocr.process(STORM, lang="en", correct=False)
    story = article_holding(page, "Storm Imogen will reach the")
    brief = article_holding(page, "The Wickford Lions Club has")
    assert brief is not story
    assert brief.paragraphs[0].startswith("The Wickford Lions Club has postponed")


def _block(i: int, *lines: str) -> Block:
    return Block(f"b{i}", BODY, tuple(Line(tuple(Word(w) for w in t.split())) for t in lines))


def test_letters_that_name_a_story_s_villages_are_not_its_section() -> None:
    # pdftotext: the letters column under no heading, its first letter's title glued to
    # its text (a crosshead's shape); the rustling story names the same two villages.
    letters = Draft(start=0, end=0, headless=True, blocks=[_block(
        0, "Library hours cut again", "Since the library at Ashby Cross went down",
        "to two mornings a week, my children have had nowhere",
        "to do their homework after school. Could the parish",
        "hall not open instead? Joan Tebbit, Kirk Lonning")])
    story = Draft(start=1, end=2, byline="By Sam Ogden", blocks=[_block(
        1, "Thieves took 60 ewes from a farm near Kirk Lonning",
        "in the early hours of Monday, a week after 45 were",
        "stolen from a field at Ashby Cross. Police believe the",
        "same gang was behind both raids.")])
    kept = sections_back([letters, story])
    assert [len(d.blocks) for d in kept] == [1, 1]
