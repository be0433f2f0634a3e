"""A headline an extractor wrote as text between its story's kicker and its deck, right
over the byline (a figure and a colon in sentence case, which no rule of shape takes for
a headline; a wrapped headline's rest in lower case), is the stack's headline: a story's
text opens under its byline, never inside its heading stack
(``heading_rest.piece_inside_heading_stack``). Two kickers side by side leave a piece in
lower case under them as it was, and a brief's sentence between two headings stays text.
"""

from __future__ import annotations

import ocr
from ocr.heading_rest import piece_inside_heading_stack
from ocr.heading_words import goes_on
from ocr.model import BODY, BYLINE, HEADLINE, Block, Line, Word
from tests.conftest import article_holding

# pdfminer: the kicker, the headline in two lines (a figure, a colon), the deck, the
# byline and its post, then the story under a dateline.
STACK_WITH_A_COLON = """B4 THE ELK RIVER GAZETTE Tuesday, March 3, 2026

The library’s book sale runs through
Saturday in the lower-level meeting room.

ICE STORM

14 hours in the dark: Crews restore
power to most of Laurel Ridge

Linemen from three states worked through the night; 600 homes still wait

By Dale Whitcomb
Staff Writer

LAUREL RIDGE, W.Va. — Power came back to
most of Laurel Ridge before dawn Monday,
fourteen hours after ice brought down lines
across the east side of town.
About 600 homes on the ridge road were still
without service Monday afternoon, the utility
said, and crews expected to reach them today.
"""


def test_a_headline_with_a_colon_between_kicker_and_deck() -> None:
    page = ocr.process(STACK_WITH_A_COLON, lang="en", correct=False)
    story = article_holding(page, "Power came back to")
    assert story.kicker == "ICE STORM"
    assert story.headlines == ("14 hours in the dark: Crews restore power to most of Laurel Ridge",)
    assert (story.subheadline or "").startswith("Linemen from three states")
    text = " ".join(story.paragraphs)
    assert "14 hours in the dark" not in text
    assert story.paragraphs[0].startswith("Power came back to")


def _blocks(*pieces: tuple[str, ...]) -> list[Block]:
    return [Block(f"b{k}", BODY, tuple(Line(tuple(map(Word, t.split()))) for t in lines))
            for k, lines in enumerate(pieces)]


def test_a_wrapped_headline_rest_in_lower_case_under_one_kicker() -> None:
    blocks = _blocks(
        ("ARTS",),
        ("Quilt show draws record crowd, fills",),
        ("two halls at the fairgrounds",),
        ("Organizers will add a third day next year",),
        ("By June Hollis",),
    )
    kinds = [HEADLINE, HEADLINE, BODY, HEADLINE, BYLINE]
    piece_inside_heading_stack(blocks, kinds)
    assert kinds == [HEADLINE, HEADLINE, HEADLINE, HEADLINE, BYLINE]
    # A headline written whole with its wrapped line: a line in lower case under it is
    # a column's, which ``continuity`` puts back into its story.
    blocks = _blocks(
        ("ARTS",),
        ("Quilt show draws record crowd", "at the fairgrounds"),
        ("will be parked at the east gate",),
        ("Organizers will add a third day next year",),
        ("By June Hollis",),
    )
    kinds = [HEADLINE, HEADLINE, BODY, HEADLINE, BYLINE]
    piece_inside_heading_stack(blocks, kinds)
    assert kinds[2] is BODY


def test_two_kickers_side_by_side_and_a_brief_stay_as_they_were() -> None:
    # Two stories' rows written across: the piece in lower case may go on either.
    blocks = _blocks(
        ("SCHOOLS",),
        ("COUNTY",),
        ("Board closes Elm Street school Levy fails by 212",),
        ("after 90 years votes in a recount",),
        ("Parents ask for a crossing guard at Route 9",),
        ("By June Hollis",),
    )
    kinds = [HEADLINE, HEADLINE, HEADLINE, BODY, HEADLINE, BYLINE]
    piece_inside_heading_stack(blocks, kinds)
    assert kinds[3] is BODY
    # A brief's sentence between two headings ends a sentence: text.
    blocks = _blocks(
        ("Blood drive Monday",),
        ("The Red Cross will collect blood at the fire hall.",),
        ("Road work slows Route 9 traffic",),
        ("By June Hollis",),
    )
    kinds = [HEADLINE, BODY, HEADLINE, BYLINE]
    piece_inside_heading_stack(blocks, kinds)
    assert kinds == [HEADLINE, BODY, HEADLINE, BYLINE]


def test_a_sentence_case_headline_wrapped_after_its_comma_goes_on() -> None:
    """The headline set between the kicker and the deck may wrap after its first clause
    (``heading_words.goes_on``): no heading ends on a comma after four words or more, so
    the line under it is the headline's rest, not a deck; a deck under a headline that
    ends on no comma stays apart."""
    assert goes_on("Council backs 3% water fee rise,", "6-1 vote ends a year of debate")
    assert not goes_on("Council backs 3% water fee rise", "Average bill climbs $4 a month")
    assert not goes_on("Council backs 3% water fee rise,", "CITY HALL")
