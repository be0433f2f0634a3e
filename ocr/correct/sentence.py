"""Where a Latin token stands in its sentence: whether a sentence may start there, the
words around it that context models read, and what they say of a word there.

Shared by the context rules (``context``), the word corrector (``latin``) and the
broken-word passes (``broken``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import LATIN_WORD
from .ngrams import bigrams, trigrams

SENTENCE_END = frozenset('.!?"“”:;')
#: A capitalised abbreviation or initial just before a full stop (Mr., Hy., Jas., J.).
ABBREVIATION = re.compile(r"(?:^|[\s(])[A-Z][a-z]{0,2}\.$")


def sentence_start(text: str, start: int) -> bool:
    """Whether a sentence may begin at ``start``: nothing or a sentence end before it, and
    that full stop not one of a title or initial (``Mr.``, ``Hy.``, ``J.``)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0:
        return True
    if text[i] != ".":
        return text[i] in SENTENCE_END
    return ABBREVIATION.search(text, max(0, i - 5), i + 1) is None


class Around(NamedTuple):
    """Up to two lower-cased words on each side of a token: ``before`` ends with the word
    right before it, ``after`` starts with the word right after; punctuation or the
    text's end stops a side."""

    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def prev(self) -> str | None:
        return self.before[-1] if self.before else None

    @property
    def nxt(self) -> str | None:
        return self.after[0] if self.after else None


def near_word(
    text: str, toks: Sequence[tuple[int, str, bool, bool]], i: int, step: int
) -> str | None:
    """Token ``i + step``, lower-cased, when only spaces part it from token ``i`` and it
    is a Latin word."""
    k = i + step
    if not 0 <= k < len(toks) or not 0 <= i < len(toks):
        return None
    first, second = (toks[k], toks[i]) if step < 0 else (toks[i], toks[k])
    if not text[first[0] + len(first[1]) : second[0]].isspace():
        return None
    low = toks[k][1].lower()
    return low if LATIN_WORD.fullmatch(low) else None


def in_context(around: Around, word: str) -> float:
    """The context score of ``word`` between its neighbours (log10, the parts that do not
    depend on it left out): the mean of the word-bigram model's (Google Books, one word
    either side) and the trigram model's (CMU Sphinx, two words either side). Either
    alone fixed fewer real-word errors for as many wrong changes on the tuning half
    (bigrams 577 right / 12 wrong, trigrams 584 / 13, the mean 590 / 9, at 1 log10)."""
    return 0.5 * (bigrams().between(around.prev, word, around.nxt)
                  + trigrams().window(around.before, word, around.after))


#: Small letters that worn capitals are read as (T, I, F, E).
WORN_CAPITALS = frozenset("lr")
#: ``lh`` opens no English word: it is a capital T whose bar the engine lost, read where
#: the full stop before it was lost too (SMH tuning half: ``lho`` is ``The`` 8 times in 9,
#: words opening ``lh`` are ``Th`` 9 times in 11).
WORN_TH = ("lh", "lli")  # (the h itself may be read as li, a listed confusion: llio)


def worn_capital(tok: str, best: str, initial: bool) -> bool:
    """At a sentence's start, a first letter read as a ``WORN_CAPITALS`` letter and
    corrected was a capital (lhe, lu, rollovving: The, In, Following). So was an ``l``
    before ``h`` corrected to ``t`` anywhere (``WORN_TH``: ``present lho Chairman``,
    ``arbitration llio same``)."""
    return (
        tok[:1] in WORN_CAPITALS
        and best[:1] != tok[:1].lower()
        and (initial or (tok.startswith(WORN_TH) and best[:2] == "th"))
    )
