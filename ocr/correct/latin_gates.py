"""The gates a Latin token's best candidate must pass before it replaces the token as read.

Precision matters more than recall: most unknown tokens are names, terms and fragments a
word happens to lie near, so each kind of candidate (its ``why``, ``latin_candidates``)
has to show the evidence that was right on the SMH tuning half for that kind.

Where a token has neighbours (only spaces between), the word-bigram model ranks the
candidates, less their channel price; elsewhere similarity does, with a rank bonus of
``ZIPF_WEIGHT`` per Zipf unit. A candidate wins only with ``min_score``, a lead of
``margin`` over the runner-up and ``freq_ratio`` times the token's frequency (``min_gain``);
a rare word of the lexicon needs ``RARE_WORD_SUPPORT`` more, or context that is sure
(``CONTEXT_SUPPORT``). Capitalised words (names) need far stronger support.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from string import ascii_lowercase
from typing import TYPE_CHECKING

from .channel import CHANNEL_FLOOR, WORN_CAPITAL_WHY
from .context import CONTEXT_MARGIN, CONTEXT_SUPPORT
from .latin_candidates import CONFUSIONS_WHY, LOWERED, RARER_MIN_LEN, SHAPE_WHY, Candidates
from .latin_confusions import CONFUSION_COST
from .ngrams import bigrams
from .real_words import (
    HABIT_RARE,
    RARE_WORD_SUPPORT,
    RARE_WORD_ZIPF,
    REAL_WORD_CHANNEL,
    habitual,
)
from .sentence import worn_capital

if TYPE_CHECKING:
    from .latin import LatinCorrector
    from .proposals import Proposal

#: Rank bonus per Zipf unit: at equal similarity, 10x more frequent leads by 5 points.
ZIPF_WEIGHT = 5.0
#: Two- and three-letter tokens are only corrected to very common words.
SHORT_TARGET_ZIPF = 4.5
#: A token of ``THREE_LETTERS`` letters is read as another word only on ``THREE_LETTER_LEAD``
#: log10 of evidence (context over the reading, or frequency where it has none): such a
#: token lies one confusion from a dozen words (``bim`` him/aim/dim, ``ona`` one/on a/and),
#: and on the SMH tuning half each of the four taken below that lead was wrong (``fal``
#: -> ``fat`` for ``St.``), while none of its right three-letter readings lay below 1.8.
THREE_LETTERS, THREE_LETTER_LEAD = 3, 1.5
#: Two or more listed confusions in a word of at most ``SHORT_WORD`` letters (``tilla`` ->
#: ``title``, ``yvoro`` -> ``wore``) are taken only on ``SHORT_TWO_LEAD`` log10 of evidence:
#: such rewrites land on some word for most short fragments; on the SMH tuning half 20 of
#: the 24 taken below that lead were wrong.
SHORT_WORD, SHORT_TWO_LEAD = 5, 0.5
#: How much stronger the lexicon must favour a capitalised word's candidate (Zipf units).
CAPITAL_SUPPORT = 3.0
#: A token of at most ``CROWDED_LETTERS`` letters whose letters a proposal rewrites, by any
#: rule, needs a lead (``Proposal.evidence``) of log10(1 + n), n the known words one plain
#: edit from the token as printed: every one of them is a word the engine may have
#: misread so, and the rules weigh only the few their confusions reach (``ot`` lies one
#: edit from some fifty words: of, at, on, or, it, to, not, oft ...). The price comes from
#: the lexicon and the channel's one edit, not from a list of words; it is the chance that
#: the reading is one of the many a two-letter token lies next to rather than the truth.
#: SMH evaluation half: precision 85.94% -> 86.80% for CER -14.92% -> -14.44%; at three
#: letters too it cost the tuning half more right readings than wrong (``THREE_LETTER_LEAD``
#: is ``choose``'s own gate there).
CROWDED_LETTERS = 2
_LETTERS_ONLY = re.compile(r"[^a-z]")


def choose(
    corrector: LatinCorrector,
    tok: str,
    low: str,
    read: str,
    z: float,
    capital: bool,
    initial: bool,
    context: tuple[str | None, str | None],
    habits: frozenset[tuple[str, str]],
    cands: Candidates,
) -> tuple[str, float, str, float] | None:
    """The reading of ``tok`` among ``cands`` (not empty) that passes every gate, as
    (word, score, why, lead), or None. ``low``: its lexicon key after folding; ``read``:
    the key as printed, whose Zipf is ``z``; the rest as ``LatinCorrector._one`` takes them."""
    has_context = context != (None, None)
    if has_context:
        lm = bigrams()
        ranked = sorted(
            (
                (
                    lm.between(context[0], w, context[1]) * ZIPF_WEIGHT
                    - (100.0 - score) * len(low) / 100.0 / CONFUSION_COST
                    * REAL_WORD_CHANNEL * ZIPF_WEIGHT,
                    score,
                    w,
                    why,
                )
                for w, (score, why) in cands.items()
            ),
            reverse=True,
        )
    else:
        ranked = sorted(
            (
                (score + ZIPF_WEIGHT * corrector.zipf(w), score, w, why)
                for w, (score, why) in cands.items()
            ),
            reverse=True,
        )
    rank, score, best, why = ranked[0]
    if score < corrector.s.min_score and not (has_context and len(low) <= 4):
        return None
    margin = (
        max(corrector.s.margin, CONTEXT_MARGIN * ZIPF_WEIGHT) if has_context
        else corrector.s.margin
    )
    if len(ranked) > 1 and rank - ranked[1][0] < margin:
        return None
    gain = corrector.zipf(best) - z
    # Context that strongly prefers the candidate stands in for overwhelming frequency.
    if has_context:
        lead = rank / ZIPF_WEIGHT - bigrams().between(context[0], read, context[1])
    else:
        lead = gain
    sure = has_context and lead >= CONTEXT_SUPPORT
    if why.endswith("learned") and not sure:
        return None  # a confusion Tesseract made on modern type: ABBYY's only half the time
    if why == SHAPE_WHY and lead < 0.0 and len(low) < RARER_MIN_LEN:
        return None  # a short fragment of one shape with many words: context must agree
    if has_context and why.startswith("ocr channel") and lead < CHANNEL_FLOOR:
        return None  # the token as read is likelier: an unknown word, not a misreading
    if _confusions(why) > 1 and len(low) <= SHORT_WORD and lead < SHORT_TWO_LEAD:
        return None  # two misreadings in a short word reach many words: yvoro, tilla, lind
    support = RARE_WORD_SUPPORT - (HABIT_RARE if habitual(low, best, habits) else 0.0)
    if gain < corrector.min_gain or (z >= RARE_WORD_ZIPF and gain < support and not sure):
        return None  # a rare word of its own (oar, fen, hake) needs overwhelming support
    if len(low) <= THREE_LETTERS and corrector.zipf(best) < SHORT_TARGET_ZIPF:
        return None
    if len(low) == THREE_LETTERS and lead < THREE_LETTER_LEAD:
        return None  # three letters lie one confusion from many words: bim, fal, ona, nrt
    if why == LOWERED:
        capital = False  # no name's capital, a misread small letter
    if capital and (gain < CAPITAL_SUPPORT or (why == "ocr channel" and not initial)):
        return None
    if capital and not initial and (z > 0.0 or best[0] != low[0]) and (
        why != WORN_CAPITAL_WHY
    ):
        return None  # inside a lower-case sentence a capital starts a name: Dene, Emeu
    if capital or (initial and not tok[0].isalpha()) or worn_capital(tok, best, initial):
        best = best[0].upper() + best[1:]
    if "’" in tok:
        best = best.replace("'", "’")
    return best, round(score, 1), why, round(lead, 2)


def crowded(corrector: LatinCorrector, p: Proposal) -> bool:
    """Whether ``p`` rewrites the letters of a token of at most ``CROWDED_LETTERS`` letters
    on less lead than the words around that token in the lexicon call for (``crowding``).
    Marks and case (``In`` -> ``in``, a speck removed) are no rewrite of letters."""
    if sum(c.isalpha() for c in p.original) > CROWDED_LETTERS:
        return False
    was, now = _LETTERS_ONLY.sub("", p.original.lower()), p.corrected.lower()
    if not now.isalpha() or was == _LETTERS_ONLY.sub("", now) or not was:
        return False
    return p.evidence < crowding(corrector, was)


def crowding(corrector: LatinCorrector, low: str) -> float:
    """log10 of 1 + the known words (Zipf >= ``known_zipf``) one plain edit from ``low``:
    the lead a reading of so short a token needs (``CROWDED_LETTERS``)."""
    return _crowding(low, corrector.zipf, corrector.s.known_zipf)


@cache
def _crowding(low: str, zipf: Callable[[str], float], floor: float) -> float:
    """``crowding``, remembered per token and lexicon (a text repeats its short tokens)."""
    cuts = [(low[:k], low[k:]) for k in range(len(low) + 1)]
    near = {a + b[1:] for a, b in cuts if b}
    near |= {a + c + b[1:] for a, b in cuts if b for c in ascii_lowercase}
    near |= {a + c + b for a, b in cuts for c in ascii_lowercase}
    near |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    near.discard(low)
    return math.log10(1 + sum(1 for w in near if w and zipf(w) >= floor))


def _confusions(why: str) -> int:
    """How many listed confusions a candidate's reason counts (0: another kind)."""
    return int(why[len(CONFUSIONS_WHY):]) if why.startswith(CONFUSIONS_WHY) else 0
