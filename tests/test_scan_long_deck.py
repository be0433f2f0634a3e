"""A narrow column's long deck over its byline (``typography.deck_holds``): a deck is
measured by the type it holds against its own size, not by its lines, which a narrow
column multiplies. Held-out S8 s893: ``Traders warn`` / ``visitors will stay`` / ``away
as district`` / ``council looks to`` / ``close £2.1m gap``, five lines in a 347 px column
between the headline and ``by Tom Ashworth``, stayed text (four lines were the most a deck
over a byline took); S8 s887: a Chinese deck of four lines of seven characters inside the
text's block over ``本报记者贺嘉实``, read as the story's first paragraph (three the most)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import column_lines

from ocr.classify import classify
from ocr.marked_parts import split_marked
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")
DECK = ("Traders warn", "visitors will stay", "away as district", "council looks to",
        "close £2.1m gap")
#: A story's opening paragraph, justified to the measure of a column twice as wide.
PARAGRAPH = ("SANDHAVEN — Parking on the seafront will cost twice as much from April after",
             "the district council voted on Tuesday night to raise its charges to close a gap",
             "of £2.1m in next year's budget, despite a petition signed by more than 3,000",
             "people and warnings from traders that visitors would simply drive on to the",
             "next town along the coast, where a whole day in the car park still costs £3.")
TEXT = ("Seafront traders say the rise will keep day visitors away in the winter months,",
        "when the cafés and gift shops along the promenade already struggle to open.")


def _measured(i: str, kind: BlockKind, x: int, y: int, measure: int, size: int,
              *texts: str, full: bool = False) -> Block:
    """A block as recognition reads a scan: each line's box as long as its letters (about
    half its type's size a character; ``full``: justified to ``measure``), its words'
    boxes ``size`` px tall, lines a size and a half apart."""
    pitch = size * 3 // 2
    lines = []
    for n, t in enumerate(texts):
        w = measure if full else min(measure, len(t) * size * 55 // 100)
        box = Box(x, y + n * pitch, w, size)
        words, left = [], x
        for word in t.split():
            ww = w * len(word) // max(len(t), 1)
            words.append(Word(word, Box(left, box.y, max(ww, 1), size), 0.9))
            left += ww + size // 3
        lines.append(Line(tuple(words), box))
    return Block(i, kind, tuple(lines), Box(x, y, measure, pitch * len(texts)))


def _story(measure: int, *deck: str, full: bool = False) -> Page:
    """S8 s893's second story: headline, the block under it, the byline flush under that,
    the text."""
    y = 2836 + 45 * len(deck)
    blocks = (
        _measured("head", BlockKind.HEADLINE, 1269, 2700, measure, 60, "Parking charges",
                  "set to double"),
        _measured("deck", BlockKind.BODY, 1269, 2836, measure, 30, *deck, full=full),
        _measured("by", BlockKind.BYLINE, 1271, y + 10, measure, 30, "By Tom Ashworth"),
        _measured("text", BlockKind.BODY, 1271, y + 70, measure, 28, *TEXT, full=True),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def _kind(page: Page, i: str) -> BlockKind:
    return next(b.kind for b in page.blocks if b.id == i)


def test_a_five_line_deck_in_a_narrow_column_is_the_deck() -> None:
    assert _kind(_story(361, *DECK), "deck") is BlockKind.SUBHEADLINE


def test_a_story_s_first_paragraph_in_deck_type_stays_text() -> None:
    # as many lines between the heading and the byline, set to the measure of a wider
    # column: 150 of its sizes along them, more than a deck holds
    assert _kind(_story(900, *PARAGRAPH, full=True), "deck") is BlockKind.BODY
    # and a deck of as many lines wrapped to the full measure is as long
    assert _kind(_story(900, *DECK, full=True), "deck") is BlockKind.BODY


def test_a_four_line_chinese_deck_in_the_text_s_block_is_the_deck() -> None:
    # seven characters a line in a column 280 px wide, 40 px type: 28 of its sizes
    column = column_lines(("我市中小学课后", 0.0), ("服务覆盖率达", 0.0), ("98%家长最关心", 0.0),
                          ("的是“质量”", 0.0), ("本报记者 贺嘉实", 0.0),
                          ("下午4点半，", 2.0), ("实验小学的放学铃响了，", 0.0),
                          em=40, width=280)
    parts = split_marked(BlockKind.BODY, column, ZH, deck_lines=3)
    assert [(k, len(p)) for k, p in parts] == [
        (BlockKind.SUBHEADLINE, 4), (BlockKind.BYLINE, 1), (BlockKind.BODY, 2)]
    # with no heading right over the block no deck is asked, however short: a brief's
    # flush lines over the next item's writer's line are its text
    assert [k for k, _ in split_marked(BlockKind.BODY, column, ZH)][0] is BlockKind.BODY


def test_four_chinese_lines_as_long_as_a_paragraph_stay_text() -> None:
    # the same four flush lines over the byline in a column 880 px wide: 88 of its sizes
    column = column_lines(("我市中小学课后服务覆盖率达百分之九十八，家长", 0.0),
                          ("最关心的是课后服务的质量，各校正在增加", 0.0),
                          ("体育、艺术和科技类的社团，并请退休教师", 0.0),
                          ("和大学生志愿者参与辅导。", 0.0), ("本报记者 贺嘉实", 0.0),
                          ("下午4点半，", 2.0), ("实验小学的放学铃响了，", 0.0),
                          em=40, width=880)
    assert [k for k, _ in split_marked(BlockKind.BODY, column, ZH, deck_lines=3)] == [
        BlockKind.BODY]
