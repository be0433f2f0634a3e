"""A story's sentence left open over a brief, resumed further down (pdftotext, pdfminer).

pdftotext and pdfminer write the columns of a page in their own order: a brief set
beside a story's columns may come between the story's column that stops mid-sentence
(``The council also set aside $400,000 for``) and the one that goes on with it
(``repairs to the Elm Street playground…``). Text left open above a heading-shaped
block kept it body, a fragment of the sentence, and the brief ran into the story. Where
a later block opens in lower case, the sentence's rest is there. And a word pdfminer
took out of a stretched line (``Saturdays``), written after a brief that ended its
sentence, does not leave that brief open for the story's rest. The pages are drawn
here, as the extractors write such columns.
"""

from __future__ import annotations

import ocr
from ocr.model import BODY, Block, Line, Word
from ocr.text_pieces import lone_piece

PARKS = """Council approves new
budget for parks
By MARIA LOPEZ
Staff Writer

The City Council voted 5-2
on Tuesday night to approve a
$12 million parks budget that
adds two full-time rangers and
extends pool hours. The vote
followed a three-hour public
hearing in which residents
asked for more lifeguards and
a new skate park. The council
also set aside $400,000 for

Pool reopens after
summer repairs
The Westfield municipal pool
will reopen this weekend after
six weeks of repairs to its
filter system and deck, the
recreation department said.

repairs to the Elm Street
playground, which has been
closed since a storm in May.
Mayor Ellen Ward said she
would sign the budget this week.
"""

DAM = """Residents split over
plan to remove old dam
By LENA BRAUN
Staff Writer

More than 150 people packed
the Town Hall auditorium on
Thursday to argue over the
future of the Mill Pond dam,
which the state has rated in
poor condition. Engineers said
repairing the dam would cost
$4.6 million, while

Blood drive Tuesday
The American Red Cross
will hold a blood drive from
1 to 6 p.m. Tuesday at the
parish hall on Chestnut Street.
Donors can walk in.

Saturdays

removing the dam would let
alewives and brook trout reach
miles of upstream habitat for
the first time in two centuries,
supporters of removal said at
the Thursday hearing on the dam.
"""


def _by_headline(text: str) -> dict[str, str]:
    page = ocr.process(text, lang="en", correct=False)
    return {" ".join(a.headlines): " ".join(a.paragraphs) for a in page.articles}


def test_a_brief_between_a_story_s_columns_keeps_its_headline() -> None:
    items = _by_headline(PARKS)
    assert "Pool reopens after summer repairs" in items
    pool = items["Pool reopens after summer repairs"]
    assert pool.startswith("The Westfield municipal pool") and "playground" not in pool
    parks = items["Council approves new budget for parks"]
    assert "set aside $400,000 for repairs to the Elm Street playground" in parks
    assert "Westfield" not in parks


def test_a_fragment_of_the_open_sentence_stays_its_text() -> None:
    """No later block opens in lower case: the title-case line goes on the sentence."""
    text = PARKS.split("repairs to the Elm")[0].replace(
        "Pool reopens after\nsummer repairs\n", "Elm Street Playground\nRepairs\n\n")
    items = _by_headline(text)
    assert "Elm Street Playground Repairs" not in items


def test_a_lone_word_after_a_brief_leaves_it_ended() -> None:
    items = _by_headline(DAM)
    assert "Blood drive Tuesday" in items
    assert "alewives" not in items["Blood drive Tuesday"]
    dam = items["Residents split over plan to remove old dam"]
    assert "would cost $4.6 million, while removing the dam would let alewives" in dam


def test_a_short_chinese_line_is_no_lone_piece() -> None:
    """A Chinese line holds no spaces: a short one (a brief's last line) is no piece of
    a stretched Latin line."""
    def block(text: str) -> Block:
        return Block("b1", BODY, (Line(tuple(Word(w) for w in text.split())),))

    assert lone_piece(block("Saturdays"))
    assert lone_piece(block("The Ashford"))
    assert not lone_piece(block("市民可到社区服务中心咨询"))
    assert not lone_piece(block("walk in."))
