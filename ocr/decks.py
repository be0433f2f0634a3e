"""Decks and full lines in text without positions: whether a line under a headline is a
deck, told from its width against a column's full line, and that width measured.

A deck is set shorter than a column's line, or across columns wider than one; running
text fills its column. ``classify`` asks these of the blocks of a text page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .heading_words import never_a_heading
from .model import Block, Box, Line
from .paragraphs import FIRST_LINE_SHORT, column_width
from .script import opens_upper
from .typography import (
    SENTENCE_INSIDE,
    ends_a_sentence,
    ends_sentence,
    leads_on,
    text_width,
)

#: A full line's width is measured on about this many lines (``full_width``) or the
#: lines of this many blocks (``classify``'s in characters) at most.
WIDTH_SAMPLE = 120
#: A sentence's end or a semicolon: no deck holds one (a comma it may).
SENTENCE_MARK = re.compile(r"[。；！？;!?]")
#: A Chinese heading (headline, deck) is at most this wide (ems) in text without
#: positions, however many lines it takes: a paragraph of running text is wider.
HEADING_EMS = 40


def deck(block: Block, full: float, lang: str) -> bool:
    """A line under a headline that reads as a deck though it holds a comma
    (``同比增长13.6%，外贸航线增至38条``): one line, no sentence end, and not as wide
    as a line of running text (a full line, or a paragraph's first)."""
    if len(block.lines) != 1 or lang != "zh" or full <= 0:
        return False
    line = block.lines[0]
    width = text_width(line.text) + line.indent
    return (not ends_sentence(line.text) and not SENTENCE_MARK.search(line.text)
            and width <= HEADING_EMS and not full - 2.5 <= width <= full + 0.5)


def deck_over_lead(block: Block) -> bool:
    """A Chinese line right under a headline and over its story's byline (the caller asks
    both) is a deck however wide, though it holds a comma (``涉及管网42公里，明年6月底前
    全部完工`` / ``本报讯（记者…）``): a story's text opens with its byline, so no running
    text stands there. One line that ends no sentence and holds no sentence mark, no wider
    than a heading, that ends on no mark that leads on (a column's line cut mid-clause,
    ``…共同承担，``, written there by the extractor)."""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].text
    return (not ends_sentence(text) and not SENTENCE_MARK.search(text)
            and not leads_on(text) and text_width(text) <= HEADING_EMS)


def deck_under_heading(block: Block, k: int, full: float) -> bool:
    """Whether line ``k`` of a Chinese heading block, holding a comma, is a deck under the
    headline lines above it in the block (``老城区雨污分流改造完成过半`` / ``涉及管网42公里，
    明年6月底前全部完工``) though as wide as a column's line: it is the block's last line
    and ends no sentence, and each line above falls short of the measure by more than a
    paragraph's first line does (``FIRST_LINE_SHORT``) without ending a sentence, which
    no line of running text does but a column's last."""
    lines = block.lines
    if full <= 0 or ends_sentence(lines[k].text):
        return False
    if k == len(lines) - 2 and _wrapped_tail(lines[-1].text, full):
        pass  # a deck wrapped onto a short last line of its own (``涉及管网42公里，明年6
        # 月底`` / ``前全部完工``): a paragraph's last line ends a sentence, a column's is full
    elif k != len(lines) - 1 or k == 0:
        return False
    return (text_width(lines[k].text) <= full + 0.5
            and all(text_width(ln.text) + ln.indent <= full - FIRST_LINE_SHORT
                    and not ends_sentence(ln.text) for ln in lines[:k]))


def _wrapped_tail(text: str, full: float) -> bool:
    """A heading's last words wrapped onto a line of their own: short of the measure by
    more than a paragraph's first line, no mark in it, ending no sentence."""
    return (text_width(text) <= full - FIRST_LINE_SHORT and not ends_sentence(text)
            and not SENTENCE_MARK.search(text) and "，" not in text)


def deck_across(block: Block, full: float, lang: str) -> bool:
    """One line wider than a column's (``full``) that ends no sentence and holds no
    sentence mark: a deck set across columns that an extractor wrote away from its
    headline (``全市4.3万名考生报名，考点增至58个``; a comma is a deck's too). A column's
    lines are never wider than its measure, and a caption across columns ends a
    sentence. A Chinese one is ``DECK_WIDER`` ems wider at least and a heading's width
    at most; an English one, asked only right under a heading, opens in upper case and
    ends on no comma, ``LATIN_DECK_WIDER`` times a column's width."""
    if full <= 0 or len(block.lines) != 1:
        return False
    line = block.lines[0]
    width = text_width(line.text) + line.indent
    if lang != "zh":  # asked only right under a heading: a deck in sentence case
        low, high = LATIN_DECK_WIDER
        return (low * full < width <= high * full
                and opens_upper(line.text) and not ends_a_sentence(line.text)
                and not SENTENCE_INSIDE.search(line.text) and not line.text.endswith(",")
                and not never_a_heading([line.text]))
    return (cjk_across(line, full) and not ends_sentence(line.text)
            and not SENTENCE_MARK.search(line.text) and not never_a_heading([line.text]))


def cjk_across(line: Line, full: float) -> bool:
    """Chinese ``line`` is as wide as a line set across columns: wider than a column's
    measure (``full``) by ``DECK_WIDER`` ems at least, as a column's lines never are,
    and no wider than a heading (``HEADING_EMS``), as running text without positions is.
    One owner: ``deck_across`` (a deck alone) and ``stack_in_block.cjk_stack_across``
    (a stack's line in its block) both ask it."""
    return full + DECK_WIDER <= text_width(line.text) + line.indent <= HEADING_EMS


#: How much wider than a column's measure (ems) a deck set across columns is at least.
DECK_WIDER = 1.5
#: An English deck across columns is wider than a column's full line by this share,
#: and no wider than this many (an extractor that does not wrap paragraphs writes a
#: sentence-case paragraph as one line wider still).
LATIN_DECK_WIDER = (1.25, 8.0)


def full_width(blocks: list[Block]) -> float:
    """The width of a full body line: lines of running text fill their column
    (``paragraphs.column_width``'s 80th percentile of all of them, none dropped as
    joined). (A few hundred lines tell it as well as a page: the text path stays fast.)"""
    widths: list[float] = []
    for b in blocks:
        if len(b.lines) >= 3:
            widths.extend(text_width(ln.text) + ln.indent for ln in b.lines)
            if len(widths) >= WIDTH_SAMPLE:
                break
    return column_width(widths, False, False) if widths else 0.0


def heading_over(box: Box, headings: Sequence[Box], leading: float) -> bool:
    """A heading stands right over ``box`` (within one and a half of the body's lines,
    over most of the narrower's width): the block's first lines may be its deck."""
    return any(
        -2 <= box.y - h.bottom <= 1.5 * leading
        and min(box.right, h.right) - max(box.x, h.x) > 0.5 * min(box.w, h.w)
        for h in headings
    )


def first_line_under(box: Box, firsts: Sequence[tuple[Box, str]], leading: float) -> str:
    """The first line of the block right under ``box`` (within one and a half of the
    body's lines, over most of the narrower's width; ``firsts``: each block's box and
    first line), or ``""``: whether a deck's block stands over its story's byline."""
    for b, text in firsts:
        if (b != box and -2 <= b.y - box.bottom <= 1.5 * leading
                and min(box.right, b.right) - max(box.x, b.x) > 0.5 * min(box.w, b.w)):
            return text
    return ""
