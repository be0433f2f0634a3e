"""A Chinese listing's rows, cut into blocks by an extractor, read as text, not as headings
(text without geometry).

A listing (a TV guide, a tide table, a timetable, a draw's results) sets each entry on a
line of its own, short and with no stop: what a headline looks like once its type size
is gone. pdfminer writes a row wrapped in a narrow column as a block a line, so the
row's label comes out alone (``双色球 第2026081期 红球`` / ``03 08 15 22 27 31 蓝球 09``,
``12月6日 高潮：05:42（潮高398厘米）`` / ``、18:08（潮高421厘米）``), and a wrapped entry's
rest too (``20:05 电视剧《江上灯火》（17、`` / ``18）``). ``text_headings`` took the labels
for headlines; the walk then opened an item under each, and the listing fell apart in
pieces, or its standing head went to a photo as its title or to the folio as a section
label. What tells a label is the layout of a listing, not its words: the block under it
opens on an entry (``opens_listing``: a clock time, figures set apart, no clause), the
one over it is the listing's standing head or an entry, and it is figures as much as
words (an issue, a day, a time: ``LABEL_FIGURES``), where a standing head (``今晚荧屏``,
``潮汐预报``) is a few letters and no figure. A wrapped entry's rest closes a bracket or
a title mark it never opened (``closes_unopened``): it is no row's label, and pdfminer
writes it out of order (``6）`` before ``19:35电视剧《渔火人家》（5、``), so this rule
leaves it be.
"""

from __future__ import annotations

import re

from .heading_shape import CLAUSE
from .heading_words import listing_entry
from .model import BODY, FURNITURE, HEADING_KINDS, HEADLINE, Block, BlockKind
from .resumed_text import previous_text

#: Marks that close what an opening mark began: a line that closes one it never opened
#: is the rest of the line above it.
_CLOSERS = {"）": "（", ")": "(", "》": "《", "」": "「", "』": "『", "】": "【"}
#: A row's label is figures as much as words (``双色球 第2026093期 红球``, ``低潮：11:51（潮高
#: 76厘米）``): a quarter of its characters at least, where a headline or a deck names
#: a figure among its words (``这是市动物园31年来首只自然繁育的长颈鹿``, 2 of 20).
LABEL_FIGURES = 0.25
#: A table's row set as a label and its clock time (``12月6日 高潮：05:42（潮高398厘米）``):
#: ``listing_entry`` leaves a label's time out (a notice's ``时间：19:30``), but a row
#: whose label is a few letters and a time after its colon opens a listing all the same.
_TIMED_ROW = re.compile(r"[^，。！？：\s]{1,12}：\s*[0-2]?\d:[0-5]\d(?![\d:])")


def opens_listing(text: str) -> bool:
    """Whether Chinese ``text`` (a block's) opens on a listing's entry: its first line is
    one (``listing_entry``), or a label and its clock time (``_TIMED_ROW``), and no
    clause (``heading_shape.CLAUSE``): a lead may give a clock time too (``12月6日19:30，
    …``), but it writes a sentence, and an entry never does."""
    first = text.split("\n", 1)[0]
    return CLAUSE.search(first) is None and (
        listing_entry(first) or _TIMED_ROW.match("".join(first.split())) is not None)


def closes_unopened(text: str) -> bool:
    """Whether ``text`` closes a bracket or a title mark before it opens one (``18）``,
    ``家》（5、6）``): it goes on with a line it was cut from."""
    depth: dict[str, int] = {}
    for ch in text:
        if ch in _CLOSERS.values():
            depth[ch] = depth.get(ch, 0) + 1
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            if not depth.get(opener):
                return True
            depth[opener] -= 1
    return False


def rows_as_text(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """Chinese: a heading that is a listing row's label is text (``BODY``): it is figures
    as much as words (``LABEL_FIGURES``), closes no mark it never opened
    (``closes_unopened``), the block of text under it opens on an entry
    (``opens_listing``), and the one over it is a heading (the listing's standing head)
    or holds an entry: inside a listing. A label written after a story's last sentence
    (``-layout`` writes a table's rows beside the columns it stands among, away from its
    head) stays a heading: read as text, it would run on as that story's. Changes
    ``kinds`` in place, as ``text_headings`` does."""
    for i, b in enumerate(blocks):
        if kinds[i] is not HEADLINE:
            continue
        text = "".join(b.text.split())
        if sum(map(str.isdigit, text)) < LABEL_FIGURES * len(text) or closes_unopened(text):
            continue
        above, below = previous_text(blocks, kinds, i), _next_text(blocks, kinds, i)
        if (below is not None and opens_listing(blocks[below].text) and above is not None
                and (kinds[above] in HEADING_KINDS
                     or any(listing_entry(ln.text) for ln in blocks[above].lines))):
            kinds[i] = BODY


def _next_text(blocks: list[Block], kinds: list[BlockKind], i: int) -> int | None:
    """The block of text after ``i`` (furniture says nothing of what a row goes on to)."""
    return next((j for j in range(i + 1, len(blocks))
                 if kinds[j] is not FURNITURE and blocks[j].lines), None)

