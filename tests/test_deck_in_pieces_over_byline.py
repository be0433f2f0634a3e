"""A deck layout cut in two blocks, between its headline and a byline block (issue 10,
fortieth session; held-out S5 s855 with sc45jump's foot row: the court story's deck
``Developer's claim to the`` / ``3.2-acre parcel rested`` / ``on a 1952 survey the`` in
one block and its last line ``court calls unreliable``, level with the dog show's jump
line and taken off with it, a block of its own; the byline ``By Lorna Pike`` and the
post ``Courts reporter`` two blocks under it). Left as text, the deck was read as the
story's first paragraph and the byline opened an article apart from its heading. The
pieces, in all a deck's lines, ending no sentence, in type no smaller than the text's
under the byline, are the deck (``kinds_by_place.decks_by_byline``). The blocks are set
as layout and recognition leave them, each word boxed."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
X, W = 1650, 346  # one column of a six-column page, as s855's


def _line(text: str, y: int, size: int) -> Line:
    """A line of words ``size`` px tall at the column's left edge, boxed as Tesseract boxes
    them (a Latin letter half as wide as tall, a Han letter square)."""
    words, left = [], X
    for w in text.split():
        width = size * len(w) if not w.isascii() else size * len(w) // 2
        words.append(Word(w, Box(left, y, width, size)))
        left += width + size // 3
    return Line(tuple(words), Box(X, y, min(left - X, W), size + 8))


def _block(i: str, kind: BlockKind, y: int, lines: list[str], size: int,
           pitch: int) -> Block:
    out = tuple(_line(t, y + k * pitch, size) for k, t in enumerate(lines))
    return Block(i, kind, out, Box(X, y, W, len(lines) * pitch))


EN_TEXT = ["A Superior Court judge", "on Thursday ended one of", "the county's",
           "longest-running property", "fights, ruling that a narrow", "strip of meadow along the"]
EN_DECK = ["Developer's claim to the", "3.2-acre parcel rested", "on a 1952 survey the"]


def _en_page(deck: list[str], tail: str, deck_size: int) -> Page:
    """s855's court story as sc45jump's layout leaves it: kicker, headline, the deck's
    first lines, its last line a block apart, byline, post, text."""
    blocks = (
        Block("k", K, (_line("IN COURT", 1760, 20),), Box(X, 1760, 137, 28)),
        _block("h", H, 1801, ["Judge rules for", "farmer in 14-year",
                              "fight over a strip of", "river meadow"], 36, 49),
        _block("d1", B, 1998, deck, deck_size, 43),
        _block("d2", B, 2127, [tail], deck_size, 43),
        _block("by", B, 2190, ["By Lorna Pike"], 22, 42),
        _block("post", B, 2232, ["Courts reporter"], 22, 42),
        _block("t", B, 2278, EN_TEXT, 22, 42),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


ZH_TEXT = ["本报讯 城北区北环路以北", "区域的供水管网改造工程", "于昨日全面完工，沿线两",
           "千余户居民用上了新管道", "供水压力明显提升。"]


def _zh_page(deck: list[str], tail: str, deck_size: int) -> Page:
    blocks = (
        _block("h", H, 1801, ["老城区管网改造完工"], 60, 76),
        _block("d1", B, 1890, deck, deck_size, 46),
        _block("d2", B, 1890 + 46 * len(deck), [tail], deck_size, 46),
        _block("by", B, 1890 + 46 * (len(deck) + 1) + 10, ["本报记者 阙晓"], 34, 44),
        _block("t", B, 1890 + 46 * (len(deck) + 1) + 56, ZH_TEXT, 34, 44),
    )
    return Page("p", SRC, "zh", (2480, 3508), blocks=blocks)


def _story(page: Page) -> list[Article]:
    return [a for a in assemble(order(classify(page))).articles if a.headlines or a.paragraphs]


def test_an_english_deck_in_two_blocks_over_a_byline_block_is_the_deck() -> None:
    arts = _story(_en_page(EN_DECK, "court calls unreliable", 24))
    assert len(arts) == 1  # (main: the byline opened a second article)
    art = arts[0]
    assert art.subheadline is not None and art.subheadline.endswith(
        "on a 1952 survey the court calls unreliable")
    assert art.byline is not None and art.byline.startswith("By Lorna Pike")
    assert art.paragraphs[0].startswith("A Superior Court judge")


def test_a_chinese_deck_in_two_blocks_over_a_byline_block_is_the_deck() -> None:
    arts = _story(_zh_page(["两千余户居民告别", "老旧管道 供水压力"], "明显提升", 38))
    assert len(arts) == 1
    art = arts[0]
    assert art.subheadline is not None and art.subheadline.endswith("明显提升")
    assert art.byline is not None and art.byline.startswith("本报记者")
    assert art.paragraphs[0].startswith("本报讯") or art.paragraphs[0].startswith("城北区")


def test_pieces_in_type_smaller_than_the_text_stay_text() -> None:
    """An editor's note or a place line set small over the byline is no deck."""
    arts = _story(_en_page(EN_DECK, "court calls unreliable", 18))
    assert all(a.subheadline is None or "court calls" not in a.subheadline for a in arts)


def test_pieces_that_end_a_sentence_stay_text() -> None:
    """A story's text over a signature ends its sentences: no deck ends one."""
    arts = _story(_en_page(["The council met on", "Tuesday and voted to", "borrow the money."],
                           "It will cost $2m.", 24))
    assert all(a.subheadline is None or "borrow" not in a.subheadline for a in arts)
