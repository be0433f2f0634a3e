"""Real-word errors: the far commoner words one OCR confusion from a known word
(``tho``/``the``, ``bo``/``be``, ``aud``/``and``), what the channel charges for the
misreading, and the confusions a text keeps making (its habits), which cost less there.
Context decides (``context.ContextCorrector._real_word``, ``second_pass``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import general
from .channel import confusions_in, regions, targets_of, variants_in
from .latin_confusions import CONFUSION_COST

if TYPE_CHECKING:
    from .proposals import Proposal

#: A known word is suspected of being a misread other word only when one OCR confusion
#: away lies a word at least this much more frequent (Zipf units): tho/the, bo/be, aud/and.
REAL_WORD_GAP = 1.0
#: log10 cost of one OCR confusion in the real-word decision (the channel model).
REAL_WORD_CHANNEL = 2.0
#: log10 cost per edit unit above a hand-listed confusion (``channel_log10``).
CHANNEL_SLOPE = 4.0
#: A confusion made in at least ``HABIT_MIN`` corrections of one text with this much
#: evidence (log10) is a habit of that text: ``HABIT_DISCOUNT`` log10 cheaper there.
HABIT_MIN, HABIT_EVIDENCE, HABIT_DISCOUNT = 3, 2.0, 0.5
#: A token the lexicon knows at least this well (Zipf) is a rare word, not a misreading ...
RARE_WORD_ZIPF = 1.0
#: ... unless the candidate is this much more frequent (Zipf units; "tbe" -> "the" is 5.2):
#: the Latin gates' (``latin_gates``) and the far-commoner test's (``latin``) one measure.
RARE_WORD_SUPPORT = 3.0
#: ... and a rare word of the lexicon read through habits only needs this much less
#: frequency gain (Zipf units; ``lino`` -> ``line`` on a page that reads e as o).
HABIT_RARE = 1.0
#: Zipf levels of the word sets ``real_word_candidates`` searches: the highest at or
#: below a word's floor holds every word that can pass it, and far fewer that cannot
#: (28.8k common words; 7.2k from Zipf 4, 1.1k from 5, 105 from 6), so the search of a
#: common word's readings stops after a letter or two. Each is a ``channel.Targets``.
CANDIDATE_LEVELS = (4.0, 5.0, 6.0)

def text_habits(props: list[Proposal]) -> frozenset[tuple[str, str]]:
    """The confusions the engine made again and again in one text: (printed, meant) pieces
    of at least ``HABIT_MIN`` confident one-word corrections (``tho`` -> ``the`` five times
    makes o-for-e a habit of this page's type and scan)."""
    seen: dict[tuple[str, str], int] = {}
    for p in props:
        if p.evidence >= HABIT_EVIDENCE and " " not in p.original + p.corrected:
            for pair in regions(p.original.lower(), p.corrected.lower()):
                seen[pair] = seen.get(pair, 0) + 1
    return frozenset(pair for pair, n in seen.items() if n >= HABIT_MIN)


def habitual(low: str, cand: str, habits: frozenset[tuple[str, str]]) -> bool:
    """Whether every confusion between ``low`` and ``cand`` is one of the text's habits."""
    return all(pair in habits for pair in regions(low, cand))


def channel_log10(cost: float) -> float:
    """log10 improbability of a misreading of ``cost`` edit units (``channel.cost``): a
    hand-listed confusion costs ``REAL_WORD_CHANNEL``, dearer ones ``CHANNEL_SLOPE`` more
    per edit unit."""
    return REAL_WORD_CHANNEL + CHANNEL_SLOPE * max(cost - CONFUSION_COST, 0.0)


@lru_cache(maxsize=65536)
def real_word_candidates(low: str, known: float) -> tuple[tuple[str, float], ...]:
    """Words one OCR confusion from the known word ``low`` that are far more frequent,
    with the confusion's cost (``channel.cost`` units)."""
    lex = general("en")
    floor = max(lex.get(low, 0.0) + REAL_WORD_GAP, known)
    # (only the readings that can be words of the floor's level are built: the same ones,
    # in the same order, as those of all common words that pass it)
    level = max([known, *(z for z in CANDIDATE_LEVELS if z <= floor)])
    common = targets_of(common_words(level))
    found = confusions_in(low, common)
    for v, n in variants_in(low, common, 2 if len(low) <= 5 else 1).items():  # boon/been, bo/he
        found[v] = min(found.get(v, 99.0), CONFUSION_COST * n)
    return tuple((v, c) for v, c in found.items() if lex[v] >= floor)


@lru_cache(maxsize=8)
def common_words(known: float) -> frozenset[str]:
    """The lexicon's words of at least ``known`` Zipf (a set: fast to test variants against)."""
    return frozenset(w for w, z in general("en").items() if z >= known)
