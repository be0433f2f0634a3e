"""Terms two texts share: CJK letter pairs and Latin word stems.

Which article a headline or a stray column goes with is read from the words they share
(``headlines``, ``continuity``). A term is a pair of CJK letters in a row or a Latin
word's first six letters (or a figure), less the commonest words; a huge page's
thousands of texts are compared by looking a few terms up, not by making all of each.
Which English story a column or section goes with is read from the rarer words they
share (``content_stems``), stemmed the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import partial
from operator import add, itemgetter

from .lexicon import common_english
from .script import CJK_LETTERS, HANGUL

__all__ = ["CONTENT_LETTERS", "CONTENT_ZIPF", "Terms", "cjk_pairs", "content_stems", "latin_stems",
           "terms", "terms_among"]

_STOP = frozenset(  # as stems: a word's first six letters
    w[:6] for w in
    "the and for with from that this have has are was were will would into over after "
    "about their they them its his her said says new more than been not but who what".split()
)
#: A Latin word (two letters or more, from a letter on; apostrophes inside) or a figure,
#: found by a pattern opening on one class, which ``re`` scans for in C, where it would
#: try ``[a-z][a-z'’]+|\d+`` at each character (twice as slow over Chinese text, where
#: the words are its figures).
_LATIN_SCAN = re.compile(r"[a-z\d](?:(?<=[a-z])[a-z'’]+|(?<=\d)\d*)")
#: A word's stem, its first six letters (``w[:6]``, called from C: a page has thousands).
_STEM = itemgetter(slice(6))
#: Runs of two CJK letters (or hangul) or more: each two in a row of a run are a pair.
#: Hangul syllables lie past the first CJK letter, as ``_PAST_LATIN`` needs.
_PAIRED_RUN = re.compile(f"[{CJK_LETTERS}{HANGUL}]{{2,}}")
#: A character at or past the first CJK letter (a one-range class: a fast scan).
_PAST_LATIN = re.compile(f"[{min(c for c in CJK_LETTERS if c != '-')}-\U0010ffff]")


def terms(text: str) -> frozenset[str]:
    """Terms that a headline shares with its article: CJK bigrams, Latin word stems."""
    return frozenset(cjk_pairs(text) | latin_stems(text))


def cjk_pairs(text: str) -> set[str]:
    """Each pair of letters in a CJK run of ``text`` (its CJK ``terms``)."""
    # Each run found in one pass over the text and its pairs made from C (a pattern that
    # looks ahead at each character for a pair costs ten times as much); text with no
    # character as far on as CJK (most Latin text) is not searched.
    pairs: set[str] = set()
    if _PAST_LATIN.search(text):
        for run in _PAIRED_RUN.findall(text):
            pairs.update(map(add, run, run[1:]))
    return pairs


def latin_stems(text: str) -> set[str]:
    """The first six letters of each Latin word of ``text``, and its figures, less the
    commonest words (its Latin ``terms``)."""
    return _stems(text.lower())


def _stems(lowered: str) -> set[str]:
    """``latin_stems`` of a text already in lower case."""
    return set(map(_STEM, _LATIN_SCAN.findall(lowered))) - _STOP


def content_stems(text: str) -> set[str]:
    """The stems (as ``latin_stems``') of the English words of ``text`` that name what a
    story is about: four letters or more, rarer than ``CONTENT_ZIPF`` (``first``, ``said``
    name no story), a plural's ``s`` dropped first (``prices`` is ``price``): which story
    a column, a section or a byline's text goes with (``misplaced_columns``,
    ``signed_columns``, ``crosshead_sections``)."""
    return {_STEM(w[:-1] if w.endswith("s") else w)
            for w in set(_CONTENT_WORD.findall(text.lower())).difference(
                common_english(CONTENT_ZIPF))}


#: A content word has this many letters or more, and is rarer than this in English
#: (Zipf): a commoner word names no story's subject.
CONTENT_LETTERS, CONTENT_ZIPF = 4, 5.0
#: A content word (apostrophes part words: ``city's`` is ``city``).
_CONTENT_WORD = re.compile(f"[a-z]{{{CONTENT_LETTERS},}}")


#: ``terms_among`` looks each of up to this many pairs up in the text itself; for more
#: (a huge page's headlines), it makes the text's own pairs, in time linear in the text.
PAIRS_LOOKED_UP = 256


def terms_among(text: str, pairs: Collection[str], stems: Collection[str]) -> frozenset[str]:
    """The terms of ``text`` that are among ``pairs`` and ``stems`` (CJK pairs and Latin
    stems of other texts: ``terms(text) & (pairs | stems)``), worked out for those only.

    A headline is scored by the terms it shares with an article, and shares none but
    its own: making every pair of every article's text was a tenth of a Chinese page's
    time, where looking up the page's few dozen headline pairs takes a fiftieth of that.
    A pair of two CJK letters is one of the text's pairs exactly when it is in the text;
    a stem is a word's beginning, so one the text does not hold is none of its stems."""
    if len(pairs) <= PAIRS_LOOKED_UP:
        out = set(filter(text.__contains__, pairs))
    else:
        out = cjk_pairs(text).intersection(pairs)
    lowered = text.lower()
    if len(stems) <= STEMS_LOOKED_UP:
        out.update(filter(partial(_has_stem, lowered), filter(lowered.__contains__, stems)))
    elif any(map(lowered.__contains__, stems)):
        out |= _stems(lowered).intersection(stems)
    return frozenset(out)


#: ``terms_among`` looks each of up to this many stems up where the text holds it; for
#: more (a huge page's headlines), it makes the text's own stems, in time linear in it.
STEMS_LOOKED_UP = 64
#: What a stem may be: a word's first six letters (two or more), or a figure's digits.
_STEM_SHAPE = re.compile(r"[a-z][a-z'’]{1,5}|\d{1,6}")
_IN_WORD = frozenset("abcdefghijklmnopqrstuvwxyz'’")


def _has_stem(lowered: str, stem: str) -> bool:
    """Whether a word of ``lowered`` has the stem ``stem`` (``stem in _stems(lowered)``),
    found where the text holds it rather than by reading all its words (a column of
    English has a thousand; a page's headlines a few dozen stems).

    A word (``_LATIN_SCAN``) is a run of letters and apostrophes from its first letter
    on, or a run of digits: ``stem`` at ``at`` is the stem of one when nothing but
    apostrophes stands between it and the start of its run, and the run ends right
    after it, unless it is six long (the word goes on past its stem)."""
    if stem in _STOP or not _STEM_SHAPE.fullmatch(stem):
        return False
    digits = stem[0].isdecimal()
    at, end = lowered.find(stem), len(stem)
    while at >= 0:
        q, after = at - 1, at + end
        if digits:
            starts = q < 0 or not lowered[q].isdecimal()
            ends = after == len(lowered) or not lowered[after].isdecimal()
        else:
            while q >= 0 and lowered[q] in "'’":
                q -= 1
            starts = q < 0 or not "a" <= lowered[q] <= "z"
            ends = after == len(lowered) or lowered[after] not in _IN_WORD
        if starts and (ends or end == 6):
            return True
        at = lowered.find(stem, at + 1)
    return False


class Terms:
    """A text's ``terms`` (those ``shortest`` long or longer), and what share of them
    another text holds (its score as a headline's): the other text's terms are looked up among
    these (``terms_among``), not all made, as each is asked of many articles."""

    def __init__(self, text: str, shortest: int = 0) -> None:
        self.pairs = {t for t in cjk_pairs(text) if len(t) >= shortest}
        self.stems = {t for t in latin_stems(text) if len(t) >= shortest}
        self.size = len(self.pairs | self.stems)

    def share(self, other: str) -> float:
        """The share of this text's terms that ``other`` holds too."""
        return len(terms_among(other, self.pairs, self.stems)) / self.size if self.size else 0.0
