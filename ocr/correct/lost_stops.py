"""Marks the OCR lost: a full stop beside a misread word, an apostrophe before a lone s.

Worn type loses its smallest marks first, and a page that misread a word there often
lost the full stop beside it too (``monoy lho Government`` for ``money. The
Government``, ``natural canses He is``). Where a corrected word is followed by a
sentence's first word, or a worn capital read as a small letter opens one
(``sentence.worn_capital``: ``lho`` read ``The`` inside a sentence), the full stop goes
back after the word before it. A sentence's first word here is a capitalised function word
(``common_words(FUNCTION_ZIPF)``: The, He, It, But, There), not one opening with I or J
(``In``, ``Is``: a small i read as a capital, ``context._lowered``'s) and not before a
capitalised word (``New South Wales``, ``The Herald``: names). Without a correction
beside it (``unmarked_ends``) the full stop goes back only after a common word that is
no function word (``hard labour He was``, ``seven weeks The vessel``; after ``the``, ``at``
or ``was`` the capital is a title's or a misreading's: ``held at The offices``), and only
in a text with misread words (SMH tuning half: 19 such, all right) or one whose full stops
the OCR lost wholesale (``stops_lost``: 12 more, all right, with ``It`` among the openers
there).

An ``s`` standing alone after a known word of three letters or more, no function word
(Zipf under ``OPENER_ZIPF``), and before a word, is what is left of ``'s`` whose
apostrophe the engine lost (``last year s star``, ``St John s on``, ``a fair day s
walk``), also after a word the corrector mended (``Randwirk s`` -> ``Randwick's``); SMH
tuning half 7 such, all exact (before a letter run that is no word, ``Barbara s
Z(Hart``, the s may be an initial).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .proposals import Proposal
from .real_words import common_words

#: Words this common (Zipf), capitalised, open sentences (broken.FUNCTION_ZIPF's level).
OPENER_ZIPF = 6.0
#: A word right after a position, one space between, and the word after it.
NEXT = re.compile(r" ([A-Za-z]+)(?= ([A-Za-z]+))?")
#: A word ending right before a position, one space after it.
PREV = re.compile(r"(?:^|(?<=\s))([A-Za-z]*[a-z])(?= $)")
WHY = "full stop lost beside a misread word"
#: A lower-case word, one space, a capitalised word, one space and a word: the place of a
#: full stop the OCR lost with no misreading beside it (``trial It was``, ``weeks The
#: vessel``).
UNMARKED = re.compile(r"(?<![^\s])([a-z]+) ([A-Z][a-z]+) ([A-Za-z]+)")
UNMARKED_WHY = "full stop lost before a sentence's first word"
#: ... after a word at least this common (Zipf): after rarer ones (names, terms, a price
#: list's ``ditto``) the SMH tuning half's truth had the full stop 6 times of 7, after
#: commoner ones 26 of 27.
ENDING_ZIPF = 4.0
#: ... and only in a text the OCR misread, one word in this many or more corrected: a
#: clean text layer that runs a heading into its story (``the parking lot Not everyone
#: is``, ``see section The standard type hierarchy``) has no full stop to lose there.
MISREAD_EVERY = 50
#: ... or in a text whose full stops the OCR lost wholesale (``stops_lost``), though it
#: read the words (``adventures She was literally blown``, ``seven weeks The vessel``: too
#: few corrections for ``MISREAD_EVERY``): prose of ``STOPLESS_MIN`` words or more with
#: under one full stop after a small letter in ``STOPLESS_EVERY`` words, where set prose
#: has one every 15 to 30 (SMH tuning half: 24 of its 81 texts, most with a tenth of their
#: truth's full stops or fewer; 6 more full stops put back there, all exact) ...
STOPLESS_MIN, STOPLESS_EVERY = 100, 60
#: ... where ``It`` opens sentences too (``ahead It was``, ``family It was``): I-first
#: openers are left out elsewhere for ``In`` and ``Is`` (a small i read as a capital),
#: which here too were mostly that (SMH tuning half: ``It`` 6 more, all exact; ``In``,
#: ``Is`` and ``If`` 3 more, 1 exact, 1 right word made wrong).
STOPLESS_OPENERS = frozenset({"It"})
#: A full stop after a small letter, before white space or the end: a sentence's end.
SENTENCE_STOP = re.compile(r"[a-z]\.(?=\s|$)")
#: A word, a space and a lone s before a space and a word (``year s star``).
LONE_S = re.compile(r"(?<![A-Za-z'’])([A-Za-z]{3,})( s)(?= [A-Za-z]+[\s,.;:)]|\s*$)")
APOSTROPHE_WHY = "apostrophe lost before s"


def _opens(word: str, after: str | None, mended: bool, i_first: bool = False) -> bool:
    """Whether ``word`` opens a sentence: a capitalised function word, not I or J first
    (unless ``i_first``), before a word; as read (not ``mended``), only before a
    lower-case one (``New South Wales``, ``The Herald``: a capital after it is a name's,
    and the capital of the first word may be a name's too)."""
    return (len(word) > 1 and word[0].isupper() and word[1:].islower()
            and (i_first or word[0] not in "IJ") and word.lower() in common_words(OPENER_ZIPF)
            and after is not None and (mended or after[:1].islower()))


def lost_stops(
    text: str, props: list[Proposal], zipf: Callable[[str], float], known: float
) -> list[Proposal]:
    """``props`` with a full stop added after each corrected word a sentence's first word
    follows, proposals that add one after the word before a worn capital corrected
    inside a sentence or before a sentence's first word (``unmarked_ends``), and
    proposals that put back an apostrophe before a lone s after a word ``known`` by
    ``zipf`` (module docstring)."""
    starts = {p.start: p for p in props}
    out: list[Proposal] = lost_apostrophes(text, props, zipf, known) if " s" in text else []
    out += unmarked_ends(text, props, zipf)
    for p in props:
        word = p.corrected
        if p.original[:1].islower() and _opens(word, _word_after(text, p.end), True):
            before = PREV.search(text, max(0, p.start - 40), p.start)
            if before is not None and before.end() + 1 == p.start and not any(
                q.start < p.start and q.end > before.start(1) for q in props
            ):
                out.append(Proposal(before.start(1), before.end(1), before.group(1),
                                    before.group(1) + ".", 90.0, WHY, p.evidence))
        if (word[-1:].isalpha() and word[-1].islower() and p.original[-1:] not in ".,;:!?"
                and word.lower() not in common_words(OPENER_ZIPF)):  # (no sentence ends "the.")
            m = NEXT.match(text, p.end)
            if m is not None:
                nxt = starts.get(m.start(1))
                mended = nxt is not None and nxt.end == m.end(1)
                if _opens(nxt.corrected if nxt is not None and mended else m.group(1),
                          m.group(2), mended):
                    p = replace(p, corrected=word + ".", reason=f"{p.reason}; {WHY}")
        out.append(p)
    return out


def unmarked_ends(
    text: str, props: list[Proposal], zipf: Callable[[str], float]
) -> list[Proposal]:
    """Proposals that put back a full stop the OCR lost where no word beside it was
    misread, in a text with misread words (``MISREAD_EVERY``; ``props``: its corrections)
    or with its full stops lost wholesale (``stops_lost``):
    after a lower-case word of ``ENDING_ZIPF`` by ``zipf`` that is no function word (no
    sentence ends on ``the``, ``of``, ``at``, ``was``) and before a sentence's first word,
    as read or as corrected without a new capital (``_opens``: a capitalised function
    word, not I or J first, before a lower-case word)."""
    words = text.count(" ") + 1
    stopless = stops_lost(text, words)
    if len(props) * MISREAD_EVERY < words and not stopless:
        return []  # (set text, or OCR that read nearly every word right: its marks too)
    spans = {(p.start, p.end): p for p in props}
    touched = {k for p in props for k in range(p.start, p.end)}
    out = []
    for m in UNMARKED.finditer(text):
        word = m.group(1)
        if not touched.isdisjoint(range(m.start(1), m.end(1))):
            continue  # (a word corrected: the rule beside misread words decides)
        if not ENDING_ZIPF <= zipf(word) < OPENER_ZIPF:
            continue
        nxt = spans.get(m.span(2))
        if nxt is not None and nxt.corrected[:1] != m.group(2)[:1]:
            continue  # (a capital rewritten is a misread letter, Und -> And: maybe land)
        after = spans.get(m.span(3))
        first = nxt.corrected if nxt is not None else m.group(2)
        if not _opens(first, after.corrected if after is not None else m.group(3), False,
                      stopless and first in STOPLESS_OPENERS):
            continue
        out.append(Proposal(m.start(1), m.end(1), word, word + ".", 90.0, UNMARKED_WHY, 1.0))
    return out


def stops_lost(text: str, words: int) -> bool:
    """Whether the OCR lost the full stops of a text of ``words`` words wholesale: prose
    of ``STOPLESS_MIN`` words or more with under one full stop after a small letter in
    ``STOPLESS_EVERY`` words."""
    return words >= STOPLESS_MIN and len(SENTENCE_STOP.findall(text)) * STOPLESS_EVERY < words


def lost_apostrophes(
    text: str, props: list[Proposal], zipf: Callable[[str], float], known: float
) -> list[Proposal]:
    """An apostrophe put back before each lone s after a known word, as read or as
    corrected (module docstring)."""
    ends = {p.end: p for p in props}
    out = []
    for m in LONE_S.finditer(text):
        p = ends.get(m.end(1))
        word = p.corrected if p is not None and p.start >= m.start(1) else m.group(1)
        if len(word) >= 3 and word.isalpha() and known <= zipf(word.lower()) < OPENER_ZIPF:
            out.append(Proposal(m.start(2), m.end(2), " s", "'s", 90.0, APOSTROPHE_WHY, 1.0))
    return out


def _word_after(text: str, end: int) -> str | None:
    """The word after the one ending at ``end`` (one space between), if any."""
    m = NEXT.match(text, end)
    return m.group(1) if m is not None else None
