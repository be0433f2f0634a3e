"""Paragraphs that end on no sentence's stop: a list's entries, a listing's or a results
table's rows, the line that brings a list in, a letter's signature.

``paragraphs`` asks only a line that ends a sentence whether it ends its paragraph; these
end on a colon (``Group winners:``, ``各组冠军名单如下：``), a name (``— Treasurer Alan
Boyd``), a figure (``Daily 3 evening: 9-9-2``, ``2. 莫如岚 慢4秒``) or a bracket
(``(Ellen Prothero)``), and their lines ran on as one paragraph. What the page shows
is the line's shape, not its words: a column's line breaker carries each word up to a
line with room for it, so a line of a paragraph that goes on is full, and one that
left room for the next line's first word (English) or stops short of the measure
(Chinese, set justified) ended its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .script import HYPHENS
from .typography import LEADS_ON, NO_LINE_HEAD, SMALL_WORDS, text_widths

#: An English line ending on one of these goes on below, room or none: a clause's comma
#: or semicolon, a word broken at a hyphen (``script.HYPHENS``) or a dash, an ampersand
#: or a slash.
_LATIN_GOES_ON = (",", ";", *HYPHENS, "–", "—", "&", "/")
#: What an English paragraph opens on: a capital, a figure, a list's bullet or number,
#: an opening quote or bracket, a dash before a signature, a currency's sign
#: (pdfminer writes a bullet it cannot map as ``(cid:127)``: a bracket).
_LATIN_OPENS = re.compile(r"[A-Z\d•▪·“\"‘'(—–$£€]")
#: A Chinese line ending on one of these goes on below: ``typography.LEADS_ON`` (a
#: clause's or a list's comma, a semicolon, a dash, an ellipsis) and the comma and
#: semicolon read as ASCII, but not its colon: a colon brings a list or a quote in, and
#: may end a paragraph (``主要变化有以下几点：``).
_CJK_GOES_ON = (*(m for m in LEADS_ON if m != "："), ",", ";")
#: A Chinese line's first unit, which no setter breaks: a run of Latin letters and
#: figures (``1000米跑`` keeps ``1000`` whole), else one character.
_CJK_LEAD = re.compile(r"[0-9A-Za-z.,:%/+-]+|.")
#: A line that opens a list's entry, a listing's row or a signature: a bullet, a number
#: (``2. Rhian Moss``, ``2、``), a time (``9.00pm Drama``, ``19:35 电视剧``), a figure and
#: its colon (``143: water main breaks``), a dash (``— Treasurer Alan Boyd``), a label
#: and its colon (``Timber: 88,200 tons``, ``Daily 4: 3-1-6-8``, ``木材：88万吨``), a
#: Chinese count (``一是``, ``（二）``). A figure that opens running text (``28 at the age
#: of 81``, ``2月7日，…``) opens none, nor a dateline in capitals (``CARRICK HAVEN:``),
#: nor a dash before an aside (``— many belonging to elderly``). Only about such lines
#: does a paragraph end on no stop: a line the extractor cut from the rest of its
#: printed line (``traders on Church`` / ``Street have refused``) has room too, and
#: goes on.
_FIGURE_ENTRY = r"\d{1,2}[.)、．](?!\d)|\d{1,2}[.:]\d\d|[$£€]?[\d,.]+[:：]|[•▪·]|\(cid:\d+\)"
_LATIN_ENTRY = re.compile(
    rf"{_FIGURE_ENTRY}|[—–] ?[A-Z]|[A-Z](?:[a-z][\w’'&.-]*)?(?: [\w’'&.()-]+){{0,3}}: ")
_CJK_ENTRY = re.compile(rf"{_FIGURE_ENTRY}|[（(][一二三四五六七八九十\d]{{1,2}}[)）]"
                        r"|[一二三四五六七八九十]{1,2}[、是]|[^，。：；\s\d]{1,8}：")


def _opens_entry(line: str, entry: re.Pattern[str]) -> bool:
    """Whether ``line`` opens an entry (``entry``) and words follow its number or label: a
    table's cell an extractor wrote a line each (``05.42`` / ``(4.9m)``, ``晚报新闻热线：``
    / ``0596-8866110``) opens no entry of a list."""
    m = entry.match(line)
    return m is not None and any(c.isalpha() for c in line[m.end():])


def unstopped_starts(texts: Sequence[str], ends: Sequence[bool], starts: set[int], cjk: bool,
                     may_end: Callable[[int], bool]) -> set[int]:
    """The lines (indexes of ``texts``) that open a paragraph after one that ended on no
    stop, in a list, a listing or a signature: the line above ends no sentence (``ends``)
    and ``may_end`` (its caller's test of the line's shape: it left room, or stopped
    short) and ``*_unstopped_end``; and the line opens an entry (``_LATIN_ENTRY``,
    ``_CJK_ENTRY``) or the paragraph the line above ends opened on one (``(Frank Obi)`` /
    ``The junior handlers’ cup``, the last entry's end). The line above is a whole
    printed line: its paragraph's first, or the one over it went on to it (had no room
    for its first word). An extractor that writes a row's cells a line each (``Thursday``
    / ``05.42`` / ``(4.9m)``) leaves room over every cell: none of them is asked.
    ``starts``: the paragraphs' first lines found so far."""
    entry = _CJK_ENTRY if cjk else _LATIN_ENTRY
    shape = cjk_unstopped_end if cjk else latin_unstopped_end
    out: set[int] = set()
    opener = 0  # the first line of the paragraph the line above is in
    for i in range(1, len(texts)):
        k = i - 1
        if (not ends[k] and (_opens_entry(texts[i], entry) or _opens_entry(texts[opener], entry))
                and (opener == k or not may_end(k - 1))
                and shape(texts[k], texts[i]) and may_end(k)):
            out.add(i)
        if i in out or i in starts:
            opener = i
    return out


def latin_unstopped_end(line: str, nxt: str) -> bool:
    """Whether an English ``line`` that ends no sentence may still end its paragraph
    before ``nxt`` (its caller asks whether it left room for ``nxt``'s first word): it
    ends on no mark or small word in lower case its sentence goes on after (``… of the``
    / ``east``, ``… unexpected on`` / ``Sunday morning``),
    and ``nxt`` opens as a paragraph does (``_LATIN_OPENS``)."""
    words = line.split()
    return (bool(words) and not line.rstrip().endswith(_LATIN_GOES_ON)
            and words[-1] not in SMALL_WORDS
            and _LATIN_OPENS.match(nxt.lstrip()) is not None)


def cjk_unstopped_end(line: str, nxt: str) -> bool:
    """Whether a Chinese ``line`` that ends no sentence may still end its paragraph before
    ``nxt`` (its caller asks whether it stops short of the measure): it ends on no
    clause mark (``_CJK_GOES_ON``) and ``nxt`` opens on no mark a setter keeps off a
    line's head (``typography.NO_LINE_HEAD``)."""
    return not line.rstrip().endswith(_CJK_GOES_ON) and nxt.lstrip()[:1] not in NO_LINE_HEAD


def cjk_left_short(width: float, nxt: str, full: float, short_by: float) -> bool:
    """Whether a Chinese line of ``width`` stops short of the column's measure ``full`` by
    more than a paragraph's first line does (``short_by``: its indent, which extractors
    drop, and a mark's play) with the next line's first unit (``_CJK_LEAD``) set on it:
    had the paragraph gone on, the line breaker would have set that unit there
    (``二、耐力素质仍是短板。初中男生`` / ``1000米跑…`` goes on: ``1000`` is one unit)."""
    m = _CJK_LEAD.match(nxt.lstrip())
    lead = text_widths([m.group()])[0] if m else 0.0
    return width + lead < full - short_by
