"""A byline a heavy scan misread, over its writer's post, at the head of the story's text
(issue 10, thirty-sixth session; held-out S s812: ``By GRETCHEN se tsa`` / ``Staff
Writer`` / ``The City Council…``). The byline pattern refuses the misread name, so the
byline stayed the first paragraph's opening words; a line that opens as a writer's byline
does, over the writer's post, opens the byline (``deck_lines.opens_byline``, the one test
``drafts._lead_byline`` and ``deck_lines.deck_over_byline`` ask). A sentence that opens
``By Tuesday`` over more of its text is no byline. The blocks are set as layout and
recognition leave them, each word boxed."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order


def _line(text: str, x: int, y: int, size: int) -> Line:
    """A line of words set ``size`` px tall, each word boxed as Tesseract boxes it."""
    words, left = [], x
    for w in text.split():
        words.append(Word(w, Box(left, y, size * len(w) // 2, size)))
        left += size * len(w) // 2 + size // 3
    return Line(tuple(words), Box(x, y, left - x, size + 12))


TEXT = ["The City Council will vote next week on", "a plan to charge for parking on the",
        "square on Saturdays, and shop owners", "packed Tuesday's hearing to oppose it.",
        "Most said their trade would go to the", "mall on the bypass, where parking is free."]


def _story(first: list[str]) -> Article:
    """A headline over one text block whose first lines are ``first``, then ``TEXT``."""
    lines, top = [], 480
    for text in [*first, *TEXT]:
        lines.append(_line(text, 120, top, 18))
        top += 32
    blocks = (
        Block("b1", BlockKind.HEADLINE, (_line("Shop owners oppose parking fee", 120, 400, 44),),
              Box(120, 400, 700, 56)),
        Block("b2", BlockKind.BODY, tuple(lines), Box(120, 480, 716, top - 480)),
    )
    page = Page("p", SRC, "en", (2480, 3508), blocks=blocks)
    articles = assemble(order(classify(page))).articles
    assert len(articles) == 1
    return articles[0]


def test_a_misread_byline_over_its_writer_s_post_is_taken_off_the_text() -> None:
    art = _story(["By GRETCHEN se tsa", "Staff Writer"])
    assert art.byline == "By GRETCHEN se tsa Staff Writer"
    assert art.paragraphs[0].startswith("The City Council")


def test_a_sentence_opening_by_over_its_next_line_stays_text() -> None:
    art = _story(["By Tuesday the shop owners had signed", "a letter to the council asking it to"])
    assert art.byline is None
    assert art.paragraphs[0].startswith("By Tuesday the shop owners")
