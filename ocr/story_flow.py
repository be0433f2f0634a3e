"""How an article's text stands at its end, and how a page without geometry sets its
paragraphs: the shape of the running text that continuity rules read.

Whether a story's last column ends its sentence (or leaves a clause open at a
semicolon), which block is its last of running text, how wide a full line runs and
whether a Chinese page indents its paragraphs' first lines: these are facts about one
article's text or one page's setting, asked by every rule that decides where a column
goes -- ``ocr.continuity`` during the walk, and after it ``ocr.pending_columns``,
``ocr.stray_lines``, ``ocr.misplaced_columns``, ``ocr.briefs``, ``ocr.open_gaps`` and
``ocr.column_blocks``. They stand apart from ``ocr.continuity`` (which block goes on
with which article) because they decide nothing themselves, and the ``Flow`` protocol
that names an article as all those rules see it is theirs.
"""

from __future__ import annotations

import re
from typing import Protocol, Self, TypeVar

from .model import BODY, Block, Jump, Page
from .paragraphs import cjk_crosshead, cjk_full_line, column_width
from .script import is_cjk
from .text_pieces import lone_piece
from .typography import ITEM_MARKS, cut_short, ends_sentence, text_width, text_widths


class Flow(Protocol):
    """An article being put together (``assemble``'s draft), as these rules see it."""

    start: int
    end: int
    blocks: list[Block]
    jump: Jump | None
    pending: bool
    #: A pending column that starts mid-sentence straight under a heading (which is not
    #: its own); the other pending columns follow an article that ended its sentence.
    under_heading: bool

    @property
    def has_body(self) -> bool: ...

    @property
    def read_after(self) -> tuple[Self, Block] | None:
        """A column under a heading: the earlier article left mid-sentence that it goes on
        with unless a later one shares more of its terms, and that article's last block
        then, which the column follows in it (``place_pending``)."""


F = TypeVar("F", bound=Flow)


#: A Latin word as the continuity rules read it (``continuity``, ``stray_lines``).
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def running_width(page: Page) -> float:
    """Text without geometry: the width of a full line of running text (ems)."""
    widths = text_widths([ln.text for b in page.blocks
                          if b.kind is BODY and len(b.lines) >= 3 for ln in b.lines])
    return column_width(widths, textual=True, cjk=page.lang == "zh") if widths else 0.0


#: A Chinese page sets its paragraphs indented when fewer than this share of its body
#: blocks of two lines or more open on a full line.
FLUSH_SHARE = 0.5


def indented(page: Page, full: float) -> bool:
    """Text without geometry: whether a Chinese page sets its paragraphs' first lines
    two characters in (most do); where it sets them flush, a full first line tells no
    paragraph going on (``mid_paragraph``) from one that opens."""
    blocks = [b for b in page.blocks if b.kind is BODY and len(b.lines) >= 2]
    full_first = sum(cjk_full_line(text_width(b.lines[0].text), full) for b in blocks)
    return full_first < FLUSH_SHARE * len(blocks)


def mid_paragraph(block: Block, lang: str, full: float) -> bool:
    """A block whose first line goes on with a paragraph: in English it starts in lower
    case; in a Chinese column it is a full line, where a paragraph's first line is set
    two characters short (or opens on an item's mark in the indent's place: ``▲当日，…``,
    ``typography.ITEM_MARKS``)."""
    first = block.lines[0].text if block.lines else ""
    if not first or first[0] in ITEM_MARKS:
        return False
    if lang != "zh":
        return first[0].islower()
    return full > 0 and len(block.lines) >= 2 and cjk_full_line(text_width(first), full)


def last_body(d: Flow) -> Block | None:
    """``d``'s last block of running text that holds lines (its sentence's end)."""
    return next((b for b in reversed(d.blocks) if b.kind is BODY and b.lines), None)


def ends_sentence_block(d: Flow) -> bool:
    """Whether ``d``'s text ends its sentence: its last block's, or, where that is a
    word or two a stretched line lost (``text_pieces.lone_piece``: ``The`` after ``…in
    household trash.``), the block's before it."""
    body = [b for b in d.blocks if b.kind is BODY and b.lines]
    if len(body) >= 2 and lone_piece(body[-1]):
        body.pop()
    return bool(body) and ends_sentence(body[-1].text)


#: A column's foot is a block of at least this many lines (a column read whole), whose
#: measure is read on at most ``FOOT_MEASURE`` of its last lines, a line wider than
#: ``WIDE_LINE`` times their median left out (a lede set across, two lines run together).
FOOT_LINES, FOOT_MEASURE, WIDE_LINE = 3, 8, 1.25


def column_foot(d: Flow, word: str) -> bool:
    """Whether ``d``'s Latin text ends on a column cut by its foot, so that ``word`` (a
    block's first) may well finish its sentence: its last block is a column of
    ``FOOT_LINES`` lines or more, and its last line is full (``word`` would not have
    fitted on it in that column's measure). An extractor that writes whole lines
    (pdftotext) writes a column so; a piece pdfminer broke off (``Nkosi``, ``council``),
    a listing's row or a signature is no column's foot."""
    last = last_body(d)
    if last is None or len(last.lines) < FOOT_LINES:
        return False
    lengths = sorted(len(" ".join(ln.text.split())) for ln in last.lines[-FOOT_MEASURE:])
    median = lengths[len(lengths) // 2]
    measure = max(n for n in lengths if n <= WIDE_LINE * median)
    return not cut_short(last.lines[-1].text, word, measure)


def ends_on_crosshead(d: Flow, full: float) -> bool:
    """Whether ``d``'s text, Chinese, ends on a crosshead kept as its text
    (``crossheads.crosshead``: ``提示`` after ``…指挥为准。``): a short line of its own
    after a block that ended its sentence. The block read next opens the section the
    crosshead heads, not the rest of a sentence left open (``ends_sentence_block`` sees
    no stop at the text's end): a story waiting for its text takes it only where it
    talks of that story, as after a sentence's end (``signed_stories.waiting_story``).
    (A letter's signature, ``读者关小满``, has the same shape and is asked the same.)"""
    body = [b for b in d.blocks if b.kind is BODY and b.lines]
    if full <= 0 or len(body) < 2 or len(body[-1].lines) != 1:
        return False
    line = body[-1].lines[0].text.strip()
    return (any(map(is_cjk, line)) and cjk_crosshead(line, text_width(line), full)
            and ends_sentence(body[-2].text))


#: A Latin semicolon ends a clause, not the sentence, though ``ends_sentence`` counts it
#: as an end (the full-width ``；`` of a Chinese list item is one).
CLAUSE_END = ";"


def clause_goes_on(d: Flow, block: Block) -> bool:
    """Whether ``block``, opening in lower case, finishes the clause ``d``'s column left
    at a semicolon (``…wife of 58 years, Maureen;`` / ``three children; and seven``):
    the next clause of a list or a sentence, never another story's column (that opens
    on a capital or goes on a sentence left without a mark). A lone line that ends no
    sentence under it is a deck's second line (``State says the dam is unsafe;`` /
    ``neighbors fear losing the pond``), not running text."""
    last = last_body(d)
    first = block.lines[0].text if block.lines else ""
    return (last is not None and first[:1].islower()
            and last.lines[-1].text.rstrip().endswith(CLAUSE_END)
            and (len(block.lines) >= 2 or ends_sentence(first)))


def flow_text(d: Flow) -> str:
    """``d``'s running text, its blocks' joined: what the rules read its terms from."""
    return "".join(b.text for b in d.blocks if b.kind is BODY)

