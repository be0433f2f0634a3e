"""A headless story set under another story's text in the same column, parted from it by
white alone (issue 10, thirty-seventh session; held-out S4 s845: an interview under the
flood story's first column, S5 s859, s849, S3 s827). Read in order, the lower block came
right after the story's text and was taken as its next paragraphs, so the page lost an
article; more white than the leading, foot to foot, and an indented first line say the
story ended and another began (``ocr.stacked_story``). The same block set at the
column's leading, or opening mid-paragraph, stays the story's. The blocks are set as
layout and recognition leave them, each word boxed."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

PITCH, SIZE = 32, 18

FLOOD = ["The water came at night, and it came", "fast. By 3 a.m. a neighbor was pounding",
         "on her door, and by the time she got", "downstairs the river was in the shop.",
         "Trays of flour stood in a foot of brown", "water when the first light came up over",
         "the levee that had held for forty years,"]
FLOOD_ON = ["and the ovens her father bought in 1979", "were ruined. She said she would open",
            "again by spring if the insurer pays out.", "The town has asked the state for help.",
            "A meeting is set for Thursday at six in", "the school gym, the mayor's office said.",
            "Volunteers will bring pumps and boots."]
CHESS = ["Mira Castellano joined the Wexmouth", "Chess Club in March. On Thursday night,",
         "in the second round of the club's winter", "championship, the 12-year-old beat the",
         "club's president in 31 moves. She sat", "down with us after school on Monday."]


def _line(text: str, x: int, y: int, size: int = SIZE) -> Line:
    """A line of words set ``size`` px tall, each word boxed as Tesseract boxes it."""
    words, left = [], x
    for w in text.split():
        words.append(Word(w, Box(left, y, size * len(w) // 2, size)))
        left += size * len(w) // 2 + size // 3
    return Line(tuple(words), Box(x, y, left - x, size + 12))


def _body(bid: str, texts: list[str], x: int, top: int, indent: int) -> Block:
    """A column block of ``texts``, its first line set ``indent`` px in."""
    lines = [_line(t, x + (indent if k == 0 else 0), top + k * PITCH)
             for k, t in enumerate(texts)]
    return Block(bid, BlockKind.BODY, tuple(lines), Box(x, top, 560, len(texts) * PITCH))


def _page(under: list[str], white: int, indent: int) -> list[Article]:
    """The flood story's headline over two columns that end level, and ``under`` set in
    the first column under its text, ``white`` px more than the leading below it."""
    top = 480
    foot = top + len(FLOOD) * PITCH
    blocks = (
        Block("b1", BlockKind.HEADLINE,
              (_line("Baker's shop under water as the Tamber bursts its banks", 120, 400, 44),),
              Box(120, 400, 1180, 56)),
        _body("b2", FLOOD, 120, top, 24),
        _body("b3", FLOOD_ON, 740, top, 0),
        _body("b4", under, 120, foot + white, indent),
    )
    page = Page("p", SRC, "en", (2480, 3508), blocks=blocks)
    return list(assemble(order(classify(page))).articles)


def test_a_story_under_another_s_text_parted_by_white_is_an_article_of_its_own() -> None:
    arts = _page(CHESS, white=40, indent=24)
    assert len(arts) == 2
    assert arts[0].paragraphs[-1].endswith("pumps and boots.")
    assert arts[1].paragraphs[0].startswith("Mira Castellano joined")


def test_the_story_s_own_paragraph_at_the_column_s_leading_stays_its_own() -> None:
    arts = _page(CHESS, white=0, indent=24)
    assert len(arts) == 1


def test_a_block_under_white_that_is_no_paragraph_s_start_stays_the_story_s() -> None:
    arts = _page(CHESS, white=40, indent=0)
    assert len(arts) == 1
