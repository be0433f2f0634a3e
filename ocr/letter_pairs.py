"""Letter pairs and words a Chinese column shares with the stories it may go on with.

Text without geometry says by its words whose column a block is: the letter pairs its
opening shares with a story's latest text (``pair_density``, ``talks``), and a word read
across the column break (``join_word``). ``ocr.continuity``, ``ocr.misplaced_columns`` and
``ocr.briefs`` weigh stories by these measures and bars; they are here once.
"""

from __future__ import annotations

import math
from typing import Protocol

from .lexicon import zipf
from .model import BODY, Block
from .script import is_han


class _Read(Protocol):
    """An article as ``RecentText`` reads it (``story_flow.Flow`` is one)."""

    @property
    def blocks(self) -> list[Block]: ...


#: A word cut by a column break: one at least this common (Zipf) across the break says
#: whose column goes on, when it is this much commoner than the current story's (a
#: common word against a rare compound: ``…一家创新`` / ``药企业…`` reads 新药, 3.5, where
#: a brief's ``…亲子阅读、名`` reads 名药, 1.9; 2.0 left that column with the brief).
JOIN_ZIPF, JOIN_MARGIN = 3.0, 1.5


def column_head(block: Block) -> str:
    """The first two letters of a Chinese column (spaces left out): what ``join_word``
    reads across the break with the text the column may go on from."""
    return "".join(block.text[:8].split())[:2]


#: A word read across a heading's line break at least this common (Zipf) says the break
#: cut it (``气温将骤`` / ``降10℃以上``: 骤降 2.8; ``覆盖全`` / ``部城市社区``: 全部 5.3; a
#: column's foot: ``撒布融`` / ``雪剂``, 融雪 2.59), where a headline ends a word.
CJK_CUT_WORD_ZIPF = 2.5


def join_word(text: str, head: str) -> float:
    """How common (Zipf) the commonest word of two or three letters across the end of
    ``text`` and the ``head`` of a column that goes on it is (0: none is a word)."""
    tail = text.rstrip()[-2:]
    words = {tail[-a:] + head[:b] for a in (1, 2) for b in (1, 2) if 2 <= a + b <= 3
             and len(tail) >= a and len(head) >= b}
    return max((zipf(w, "zh") for w in words if all(map(is_han, w))), default=0.0)


def pair_density(text: str, own: set[str]) -> tuple[float, int]:
    """How densely ``text`` (an article's latest) holds a block opening's letter pairs
    ``own``: the pairs found over the square root of its length (a long text holds more
    by chance), and how many were found."""
    shared = sum(map(text.__contains__, own))
    return shared / math.sqrt(max(1, len(text))), shared


def talks(density: tuple[float, int]) -> float:
    """A ``pair_density`` where the block talks of the text: at least ``SHARED_TO_RESUME``
    pairs found (two or three are common words: 记者, 表示); 0 below."""
    return density[0] if density[1] >= SHARED_TO_RESUME else 0.0


#: A paragraph that opens after its article's last sentence goes on with another of the
#: last ``RESUME_BACK`` + 1 articles read, ended too, whose text holds its CJK letter
#: pairs this many times as densely (pairs held over the square root of the text's
#: length: a long text holds more by chance), at least ``DENSE_TO_RESUME`` so, and at
#: least ``SHARED_TO_RESUME`` of them. A dogleg weaves two stories; reaching further back
#: took a story's paragraph to an earlier story on the same subject (a page that prints
#: one story twice); a story's place names in a neighbour's text (市民广场, 老城, 0.18)
#: are no dogleg's column (0.58-0.68 on the pages of other designs).
DENSER_TO_RESUME, DENSE_TO_RESUME, SHARED_TO_RESUME, RESUME_BACK = 2.0, 0.35, 4, 1
#: A block's pairs are read from its opening (what a column starts by talking about), and
#: looked for in an article's latest text: a question costs the same on any page, and a
#: few dozen searches of a few hundred characters.
OPENING_CHARS, RECENT_CHARS = 60, 600


class RecentText:
    """The latest ``RECENT_CHARS`` of each article's text as the walk has read it, grown
    as blocks are added (the walk asks about the same two articles block after block)."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[int, str]] = {}

    def of(self, d: _Read) -> str:
        read, tail = self._kept.get(id(d), (0, ""))
        if read < len(d.blocks):
            more = "".join([b.text for b in d.blocks[read:] if b.kind is BODY])
            tail = (tail + more)[-RECENT_CHARS:]
            self._kept[id(d)] = (len(d.blocks), tail)
        return tail
