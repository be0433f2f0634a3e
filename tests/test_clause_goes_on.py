"""A column that ends on a semicolon (``…his wife of 51 years, Edna;``) has ended a clause,
not its sentence: the block under it that opens in lower case (``two sons; and four
grandchildren.``) goes on with it, even while another story left mid-sentence waits for
its own next column (``story_flow.clause_goes_on``)."""

from __future__ import annotations

import ocr
from ocr.model import BODY, Block, Line, Word
from ocr.story_flow import clause_goes_on

# pdftotext: the harbor story's first column ends mid-sentence, the obituary is written
# whole after it, its column broken after a semicolon, then the harbor story's tail.
PAGE = """Breakwater work to start
in spring at Gull Point

By ANNA REEVES
Staff Writer

GULL POINT — Crews will begin
rebuilding the north breakwater in
April, the harbor commission said
Tuesday, after two winters of storms
opened a gap near the light. The
harbor master said the

Walter Brandt, ferry
captain, dies at 88

By SAM OKORO
Staff Writer

Walter Brandt, who ran the Gull
Point ferry for 34 years, died
Sunday at his home. He was 88.
He is survived by his wife of 51
years, Edna;

two sons; and four grandchildren.
A service will be held at 11 a.m.
Friday at St. Anne's Church.

new breakwater would be finished
by June if the weather holds.
"""


def _block(*lines: str) -> Block:
    return Block(id="b", kind=BODY, lines=tuple(
        Line(words=tuple(Word(w) for w in ln.split())) for ln in lines))


def test_the_clause_under_a_semicolon_stays_with_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    by_head = {a.headlines[0] if a.headlines else "": " ".join(a.paragraphs)
               for a in page.articles}
    obit = next(t for h, t in by_head.items() if h.startswith("Walter Brandt"))
    harbor = next(t for h, t in by_head.items() if h.startswith("Breakwater"))
    assert "Edna; two sons; and four grandchildren." in obit
    assert "grandchildren" not in harbor
    assert harbor.endswith("finished by June if the weather holds.")


class _Draft:
    def __init__(self, *blocks: Block) -> None:
        self.blocks = list(blocks)


def test_a_deck_line_under_a_semicolon_is_no_clause() -> None:
    story = _Draft(_block("State says the old dam is unsafe;"))
    assert not clause_goes_on(story, _block("neighbors fear losing the pond"))
    assert clause_goes_on(story, _block("two sons; and four", "grandchildren."))
    assert not clause_goes_on(story, _block("Two sons survive him.", "A service follows."))
