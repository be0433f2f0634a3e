"""A story's headline and deck written as one block with nothing else in it, no kicker
over them and no byline under (its byline set elsewhere, or none), are the story's stack:
the headline, set larger, holds far fewer characters a line than the deck under it
(``stack_in_block.stack_in_larger_type``). A paragraph's short last line over the next
paragraph ends a sentence, and a paragraph's lines keep one measure: they stay text.
"""

from __future__ import annotations

import ocr
from ocr.model import BODY, HEADLINE, Block, Line, Word
from ocr.profiles import load_profile
from ocr.stack_in_block import stack_in_larger_type
from tests.conftest import article_holding

# pdfminer: a story's last lines, then a block holding a headline of three lines in
# large type and its deck of two set smaller, then the next story's lead with no byline.
STACK_ALONE = """B3 THE HARWICK LEDGER Friday, May 7, 2027

Applicants who already receive housing
assistance can apply for a 30% discount,
and forms will go out with the next bill.

Two mills, one river: what
went wrong at the Fenby
weir
A cracked sluice gate flooded the lower meadows
overnight; the water board promises an inquiry

Farmers along the lower Fenby woke on Wednesday
to find their meadows under a foot of water after a
sluice gate at the old weir cracked in the night.
The water board said repairs would take a week.
"""

# A paragraph whose short last line ends its sentence, then the next paragraph, in one
# block (pdftotext writes no blank line between paragraphs): both are text.
PARAGRAPHS_IN_ONE_BLOCK = """B3 THE HARWICK LEDGER Friday, May 7, 2027

Farmers along the lower Fenby woke on Wednesday
to find their meadows under a foot of water.
The board said repairs would take a
week.
Crews from three counties worked through the night to
shore up the bank below the old mill, officials said.
"""


def _block(texts: list[str]) -> Block:
    return Block("b1", BODY, tuple(Line(tuple(map(Word, t.split()))) for t in texts))


def test_a_headline_and_deck_alone_in_a_block_head_the_story_under_them() -> None:
    page = ocr.process(STACK_ALONE, lang="en", correct=False)
    story = article_holding(page, "Farmers along the lower Fenby woke")
    assert story.headlines == ("Two mills, one river: what went wrong at the Fenby weir",)
    assert (story.subheadline or "").startswith("A cracked sluice gate flooded")
    above = article_holding(page, "Applicants who already receive")
    assert "Fenby weir" not in " ".join(above.paragraphs)


def test_paragraphs_in_one_block_stay_text() -> None:
    page = ocr.process(PARAGRAPHS_IN_ONE_BLOCK, lang="en", correct=False)
    story = article_holding(page, "Crews from three counties")
    assert "The board said repairs would take a week." in " ".join(story.paragraphs)
    assert not any("week" in h for a in page.articles for h in a.headlines)


def test_a_column_cut_paragraph_of_one_measure_is_no_stack() -> None:
    """A paragraph a column break cut ends no sentence, but its lines keep one measure:
    no line steps down from a headline's type to a deck's."""
    markers = load_profile(None).patterns("en")
    lines = ["The county will take bids on a new roof for",
             "the courthouse through the end of April",
             "Crews will start work in the summer and the",
             "clerk expects the job to last two months"]
    assert not stack_in_larger_type([_block(lines)], [BODY], 0, markers)
    stack = ["Two mills, one river: what", "went wrong at the Fenby", "weir",
             "A cracked sluice gate flooded the lower meadows",
             "overnight; the water board promises an inquiry"]
    assert stack_in_larger_type([_block(stack)], [BODY], 0, markers)
    assert not stack_in_larger_type([_block(stack)], [HEADLINE], 0, markers)


def test_pieces_and_a_wider_second_deck_line_are_no_stack() -> None:
    """A word alone on a line not its run's last is pdfminer's piece of a stretched line
    of running text; a deck's first line is the widest of the block (the type steps down
    once), so a block whose later line is wider is no stack."""
    markers = load_profile(None).patterns("en")
    deck = ["A cracked sluice gate flooded the lower meadows",
            "overnight; the water board promises an inquiry"]
    pieces = ["Two mills, one river: what", "went", "wrong at the Fenby weir", *deck]
    assert not stack_in_larger_type([_block(pieces)], [BODY], 0, markers)
    wider = ["Two mills, one river: what", "went wrong at the Fenby", "weir",
             "A cracked sluice gate flooded the meadows",
             "overnight; the water board promises an inquiry into it"]
    assert not stack_in_larger_type([_block(wider)], [BODY], 0, markers)


def test_a_block_opening_on_a_dateline_is_its_story_text() -> None:
    """A story's lead a scrambling extractor wrote in short pieces opens on its dateline
    (``ASHFORD —``): its lines may part into two runs and step in length as a stack's do,
    but a dateline opens a story's text, never its headline."""
    markers = load_profile(None).patterns("en")
    rest = ["Novak’s Bakery ran to", "Mill Street",
            "Crowds formed before dawn as word spread that the",
            "ovens would be lit for the last time"]
    assert not stack_in_larger_type([_block(["ASHFORD — The queue at", *rest])], [BODY], 0,
                                    markers)
    assert stack_in_larger_type([_block(["The queue at", *rest])], [BODY], 0, markers)
