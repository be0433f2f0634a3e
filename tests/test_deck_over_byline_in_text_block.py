"""A deck layout boxed with its story's text, over the byline (issue 10, thirty-sixth
session; held-out S7 s876: ``一个山村的"水账"`` over a block that opens ``澜溪县云台村解决饮水
难题调查`` / ``本报记者 阙晓 罗一帆`` / ``编者按：吃水难曾是不少山区村庄的…``). The deck's line
was the story's first paragraph; a story's text opens under its byline, never over it,
so the lines over a byline line inside the first text block, in type no smaller than the
text's and ending no sentence, are the deck (``deck_lines.deck_over_byline``). The blocks
are set as layout and recognition leave them, each word boxed."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H = BlockKind.BODY, BlockKind.HEADLINE


def _line(text: str, x: int, y: int, size: int) -> Line:
    """A line of words set ``size`` px tall, each word boxed as Tesseract boxes it."""
    words, left = [], x
    for w in text.split():
        width = size * len(w) if not w.isascii() else size * len(w) // 2
        words.append(Word(w, Box(left, y, width, size)))
        left += width + size // 3
    return Line(tuple(words), Box(x, y, left - x, size + 12))


def _block(i: str, kind: BlockKind, x: int, y: int, lines: list[tuple[str, int]]) -> Block:
    out, top = [], y
    for text, size in lines:
        out.append(_line(text, x, top, size))
        top += size + 14
    return Block(i, kind, tuple(out), Box(x, y, 716, top - y))


ZH_TEXT = [("编者按：吃水难曾是不少山区村庄的", 36), ("“老大难”。今天起，本报推出蹲点", 36),
           ("调研系列报道，记者深入乡村一线，", 36), ("记录群众身边的变化。", 36),
           ("云台村地处深山，全村三百多户人家", 36), ("过去靠挑水过日子。", 36)]


def _zh_page(deck: str, deck_size: int) -> Page:
    blocks = (
        Block("b1", H, (_line("一个山村的“水账”", 960, 2440, 80),), Box(960, 2440, 700, 92)),
        _block("b2", B, 882, 2549, [(deck, deck_size), ("本报记者 阙晓 罗一帆", 36), *ZH_TEXT]),
    )
    return Page("p", SRC, "zh", (2480, 3508), blocks=blocks)


EN_TEXT = [(t, 18) for t in (
    "The ferry terminal at Pike Quay will be", "rebuilt by 2028 after the council voted",
    "seven to two on Tuesday night to borrow", "the money against the harbour dues.",
    "Opponents said the cost would fall on", "the fishing fleet that uses the quay.")]


def _en_page(deck: str, deck_size: int, *byline: str) -> Page:
    blocks = (
        Block("b1", H, (_line("Council backs harbour plan", 120, 400, 44),),
              Box(120, 400, 700, 56)),
        _block("b2", B, 120, 480, [(deck, deck_size),
                                   *((b, 18) for b in byline or ("By Jane Morrow",)), *EN_TEXT]),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def _decked_page(tail: str, tail_size: int) -> Page:
    """S7 s882: the deck's last line boxed with the byline and the text under it."""
    blocks = (
        Block("b1", H, (_line("Council backs harbour plan", 120, 400, 44),),
              Box(120, 400, 700, 56)),
        Block("b2", BlockKind.SUBHEADLINE,
              (_line("Vote clears way for a new ferry terminal and a", 120, 470, 24),),
              Box(120, 470, 700, 36)),
        _block("b3", B, 120, 516, [(tail, tail_size), ("By Jane Morrow", 18),
                                   ("Staff Writer", 18), *EN_TEXT]),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def _story(page: Page) -> Article:
    articles = assemble(order(classify(page))).articles
    assert len(articles) == 1
    return articles[0]


def test_a_chinese_deck_over_the_byline_in_the_text_block_is_the_deck() -> None:
    art = _story(_zh_page("澜溪县云台村解决饮水难题调查", 39))
    assert art.subheadline == "澜溪县云台村解决饮水难题调查"
    assert art.byline is not None and art.byline.startswith("本报记者")
    assert art.paragraphs[0].startswith("编者按")


def test_an_english_deck_over_the_byline_in_the_lead_s_block_is_the_deck() -> None:
    art = _story(_en_page("Vote clears way for new ferry terminal", 24))
    assert art.subheadline == "Vote clears way for new ferry terminal"
    assert art.byline == "By Jane Morrow"
    assert art.paragraphs[0].startswith("The ferry terminal")


def test_a_deck_over_a_misread_byline_over_its_writer_s_post_is_the_deck() -> None:
    """S s812: a heavy scan's byline read ``By GRETCHEN se tsa``, which the byline
    pattern refuses; it opens as a writer's byline does, over the writer's post."""
    art = _story(_en_page("Vote clears way for new ferry terminal", 24,
                          "By GRETCHEN se tsa", "Staff Writer"))
    assert art.subheadline == "Vote clears way for new ferry terminal"
    assert not art.paragraphs[0].startswith("Vote clears")


def test_a_line_in_smaller_type_than_the_text_stays_text() -> None:
    """An editor's note or a place line set small over the byline is no deck."""
    art = _story(_zh_page("澜溪县云台村解决饮水难题调查", 28))
    assert art.subheadline is None
    assert "解决饮水难题" in "".join(art.paragraphs)


def test_a_line_that_ends_a_sentence_stays_text() -> None:
    art = _story(_en_page("The council met on Tuesday.", 24))
    assert art.subheadline is None
    assert "met on Tuesday" in " ".join(art.paragraphs)


def test_a_deck_s_last_line_over_the_byline_goes_on_with_the_deck() -> None:
    art = _story(_decked_page("wider harbour mouth", 24))
    assert art.subheadline == "Vote clears way for a new ferry terminal and a wider harbour mouth"
    assert art.byline is not None and art.byline.startswith("By Jane Morrow")
    assert art.paragraphs[0].startswith("The ferry terminal")
