"""Text written a column a block (pdftotext writes a blank line only where white parts
the type): whether a page is so written, a briefs column's label, and whether a block
after a story's column is its next column or another item's, by the content words the
two share. Asked by the walk in ``ocr.assemble`` and by ``briefs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .leads import names_when
from .lexicon import common_english
from .linejoin import join_lines
from .model import BODY, BYLINE, FURNITURE, Block
from .story_flow import Flow, ends_sentence_block
from .terms import CONTENT_LETTERS, CONTENT_ZIPF
from .typography import ends_sentence, text_widths

#: An extractor writes a column as one block (pdftotext: a blank line only where white
#: parts the type) when this share of a page's body blocks of ``INSIDE_LINES`` lines or
#: more hold a paragraph's end inside them; one that writes each paragraph as a block
#: (pdfminer, on indented paragraphs) holds next to none.
COLUMN_BLOCKS = 1 / 3
INSIDE_LINES = 4
#: A paragraph's last line inside a block is shorter than this share of its lines' median.
SHORT_LAST = 0.8
#: A word a column and its story share counts when it is ``CONTENT_LETTERS`` long or
#: longer and rarer than ``CONTENT_ZIPF`` (``terms``' content words): every story says
#: ``street``, ``next``, ``through``; in a block of this many lines or more (a column of
#: a brief set on two columns).
COLUMN_LINES = 2
#: ... holding this many content words or more: of fewer, none shared tells nothing
#: (``The teams meet again Saturday at 6:05 p.m.`` ends a game's story).
COLUMN_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def column_label(block: Block, after: Sequence[Block]) -> bool:
    """In text, a furniture line of words in capitals, three at most, over a block of
    text (``IN BRIEF``, ``BRIEFLY``: a briefs column's label, the page's furniture) names
    the column under it: the text under it is none of the story read before it. (Not a
    folio, ``A3``, which an extractor writes inside a column; a section label is
    furniture only against the folio band's lines, ``furniture``.)"""
    words = block.text.split()
    return (block.kind is FURNITURE and block.text.isupper() and len(words) <= 3
            and all(map(str.isalpha, words)) and bool(after) and after[0].kind is BODY)


def columns_as_blocks(blocks: Iterable[Block]) -> bool:
    """Whether the page's text (without geometry) holds a column a block: a paragraph
    ends inside most of its long body blocks (a short line that ends a sentence, and a
    capital after it). Only then is a blank line after a sentence's end a place where
    white parted the type: another column, or an item under a rule."""
    long = [b for b in blocks if b.kind is BODY and len(b.lines) >= INSIDE_LINES]
    inside = sum(map(_paragraph_ends_inside, long))
    return bool(long) and inside >= COLUMN_BLOCKS * len(long)


def _paragraph_ends_inside(block: Block) -> bool:
    texts = [ln.text for ln in block.lines]
    ends = [i for i in range(len(texts) - 1)
            if texts[i + 1][:1].isupper() and ends_sentence(texts[i])]
    if not ends:
        return False  # (no sentence ends inside: the lines' widths are not measured)
    widths = text_widths(texts)
    short = SHORT_LAST * sorted(widths)[len(widths) // 2]
    return any(widths[i] < short for i in ends)


class StoryWords:
    """The content words (``_block_words``) of each article's body as the walk has
    read it, grown as blocks are added (asked block after block of the same story),
    and of the heading read right before it opened (``headed``, ``heading``)."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[int, set[str]]] = {}
        self._blocks: dict[int, tuple[Block, set[str]]] = {}  # (the block kept: its id stays its)
        self._heads: dict[int, set[str]] = {}

    def headed(self, d: Flow, heading: Sequence[Block]) -> None:
        """``d`` opened right under ``heading`` (a kicker, headline, deck): kept apart
        from its text's words (``heading``)."""
        self._heads[id(d)] = set().union(*(self.block(b) for b in heading))

    def heading(self, d: Flow) -> set[str]:
        """The content words of the heading ``d`` opened under (none if it opened after
        text)."""
        return self._heads.get(id(d), set())

    def of(self, d: Flow) -> set[str]:
        read, words = self._kept.get(id(d), (0, set()))
        if read < len(d.blocks):
            words = words | set().union(*(self.block(b) for b in d.blocks[read:]
                                          if b.kind is BODY))
            self._kept[id(d)] = (len(d.blocks), words)
        return words

    def block(self, block: Block) -> set[str]:
        """``_block_words`` of ``block``, found once: a block asked as a column is then
        added to its story's words."""
        kept = self._blocks.get(id(block))
        if kept is None:
            kept = self._blocks[id(block)] = (block, _block_words(block))
        return kept[1]


def unrelated_column(d: Flow, block: Block, words: StoryWords, open_ok: bool = False) -> bool:
    """In Latin text written a column a block (``columns_as_blocks``), ``block`` opens
    another item, not the next column of the story ``d``: it starts a sentence in
    capitals after ``d`` ended one, and shares no content word (``CONTENT_ZIPF``) with
    ``d``'s text so far.

    A brief under a story, or a narrow story's text written after its neighbour's
    (two headlines side by side, then both bodies), follows the story's last column
    after a blank line, as the story's next column would; a story's next column names
    what its first did (``museum``, ``nurses``, ``Mendes``), a brief talks of something
    else. A block that holds one paragraph (pdfminer's) is never asked: a story's last
    paragraph may turn to what comes next (``Admission will be free…``). ``open_ok``:
    ``d`` may leave its sentence open (a brief's first column cut at the column's foot,
    its last line written later: ``…Riverside Park from September``)."""
    if len(block.lines) < COLUMN_LINES or not block.text[:1].isupper() or signed_lede(d):
        return False
    if not (open_ok or ends_sentence_block(d)):
        return False
    other = words.block(block)
    return len(other) >= COLUMN_WORDS and not words.of(d) & other


#: A story's opening paragraph set before its news lead (a feature's delayed lead) runs
#: this many lines at most.
LEDE_LINES = 4


def signed_lede(d: Flow) -> bool:
    """``d`` holds a byline and one short paragraph under it (``LEDE_LINES``) that ends
    its sentence and names no day: a feature's opening, set before the news it leads
    into (``Times correspondent`` / ``She was standing within an hour.`` / ``A female
    giraffe calf was born … Sunday``). A writer signs a story, not a paragraph: the lead
    under it is the story's own. A paragraph left open goes on elsewhere (a brief was
    written into it), and one that names its day is a lead itself (``… will open walk-in
    clinics this Saturday``): a brief's lead under either is another item's."""
    body = [b for b in d.blocks if b.kind is BODY]
    if len(body) != 1 or len(body[0].lines) > LEDE_LINES:
        return False
    texts = [ln.text for ln in body[0].lines]
    return (ends_sentence(texts[-1]) and not names_when(texts)
            and any(b.kind is BYLINE for b in d.blocks))


def _block_words(block: Block) -> set[str]:
    """The stems (``_stem``) of a block's words of ``CONTENT_LETTERS`` letters or
    more that are rarer than ``CONTENT_ZIPF`` (names, which the lexicon lacks, too),
    its lines joined first (a word broken at a line end is whole)."""
    text = join_lines([ln.text for ln in block.lines]).replace("’", "'")
    found = {w.lower().removesuffix("'s") for w in _WORD.findall(text)}
    common = common_english(CONTENT_ZIPF)
    return {_stem(w) for w in found if len(w) >= CONTENT_LETTERS and w not in common}


def _stem(word: str) -> str:
    """A word's first seven letters, a plural's ``s`` dropped first: ``nurses`` is
    ``nurse``, but ``registration`` is not ``registered`` (six letters made them one)."""
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:7]
