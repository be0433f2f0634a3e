"""A column piece that opens mid-sentence, read after a story that ended its sentence, is
taken back to an earlier English story left open only where that story ended on a
column's foot or the piece's words read on from its last ones; else it is kept apart
for the stories read after it (``read_on.kept_apart``, ``pending_columns``)."""

from __future__ import annotations

import ocr
from ocr.drafts import Draft
from ocr.model import BODY, Block, Line, Word
from ocr.read_on import TAKE_BACK_GAIN, read_on, takes_back

# A letters page: the letter ends on its signature (no stop, a line cut short), a brief
# ends its sentence, then a piece of the slipway story, whose start is written after it
# and whose text ends mid-sentence at its column's foot.
SIGNED_THEN_PIECE = """Letters to the Editor

Keep the ferry running

Sir, I read with dismay that the winter
sailings to the island may be cut from
four a day to two. Many of us rely on the
early boat to reach work and the clinic.
— Name and address supplied

Library opens late on Fridays

The town library will stay open until 8pm
on Fridays from next month, the council
said. The reading room is unchanged.

walls before the first storms arrive and
the boats can be hauled out in safety.

Harbour slipway to be rebuilt

By ANNA REID

The harbour board agreed on Tuesday to
spend £120,000 rebuilding the east slipway,
which was closed in the spring after a
section of its concrete gave way under a
trailer. Work will start in October, and
the contractor has been told to finish the
"""

# pdftotext: the budget story's column cut at its foot on a full line, a brief, then
# the story's next column, whose first words (``looked`` | ``harder at``) the word
# model reads on from poorly.
FOOT_THEN_COLUMN = """Council backs new budget

By SAM ORTIZ

The council approved a budget of $41
million on Monday night after a debate
that ran past midnight, with two members
voting against it. Critics said that
the finance committee should have looked

Library opens late on Fridays

The town library will stay open until 8pm
on Fridays from next month, the council
said. The reading room is unchanged.

harder at the cost of the new fire station
before raising the tax rate again, but the
mayor said the station could not wait.
"""


def _texts(page: str) -> dict[str, str]:
    read = ocr.process(page, lang="en", correct=False)
    return {a.headlines[0] if a.headlines else "": " ".join(a.paragraphs)
            for a in read.articles}


def test_a_piece_after_a_signature_goes_to_the_story_read_later() -> None:
    texts = _texts(SIGNED_THEN_PIECE)
    slipway = texts["Harbour slipway to be rebuilt"]
    assert slipway.endswith("told to finish the walls before the first storms arrive "
                            "and the boats can be hauled out in safety.")
    letter = next(t for t in texts.values() if "ferry" in t)
    assert "storms" not in letter
    assert letter.endswith("— Name and address supplied")


def test_a_column_cut_at_its_foot_still_takes_its_next_column_back() -> None:
    texts = _texts(FOOT_THEN_COLUMN)
    assert texts["Council backs new budget"].endswith(
        "should have looked harder at the cost of the new fire station before raising "
        "the tax rate again, but the mayor said the station could not wait.")
    assert "fire station" not in texts["Library opens late on Fridays"]


def _story(*lines: str) -> Draft:
    words = [Line(words=tuple(Word(text=w) for w in ln.split())) for ln in lines]
    return Draft(start=0, blocks=[Block(id="b1", kind=BODY, lines=tuple(words))])


def test_a_piece_that_reads_on_is_taken_back_past_a_short_line() -> None:
    story = _story("The board approved a 2.9 percent")
    gain = read_on(story, "increase in the harbour dues")
    assert gain is not None and gain >= TAKE_BACK_GAIN
    assert takes_back(story, "increase in the harbour dues")
    assert not takes_back(_story("— Name and address supplied"), "walls before the first")


def test_a_block_with_no_words_is_taken_back_as_before() -> None:
    """Empty input: no first word to weigh (``first.split()[0]`` raised IndexError); no
    word says either way, so the block goes back, as ``resumed`` decided."""
    story = _story("the finance committee should have looked")
    assert read_on(story, "") is None
    assert takes_back(story, "")
    assert takes_back(story, "   ")
