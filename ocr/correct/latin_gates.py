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

from typing import TYPE_CHECKING

from .channel import CHANNEL_FLOOR, WORN_CAPITAL_WHY
from .context import CONTEXT_MARGIN, CONTEXT_SUPPORT
from .latin_candidates import (
    CALLED_WHY,
    CHANNEL_WHY,
    CONFUSIONS_WHY,
    LOWERED,
    RARER_MIN_LEN,
    SHAPE_WHY,
    Candidates,
)
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
#: The channel's reading (``ocr channel``: up to three edits beyond the listed confusions)
#: of a whole token is taken only at ``channel.cost`` of at most this much a letter
#: (similarity score 88; ``min_score`` lets every kind of candidate cost 0.2). Priced by
#: cross-fit on the SMH tuning half (five folds by document, issue 14, forty-second
#: session): the channel was the rule furthest under 90% out of sample (51 of 63 exact);
#: of its changes dearer than this 14 of 22 were exact (`satorial` -> `material`,
#: `jrnining` -> `training` for `mining`), of the rest 37 of 41. Its context lead
#: (``CHANNEL_FLOOR``) did not separate them. Pieces joined or a split's rest are read by
#: their own passes' gates (``piece``): there its 6 readings it would refuse were 4 exact.
CHANNEL_PER_LETTER = 0.12


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
    piece: bool = False,
) -> tuple[str, float, str, float] | None:
    """The reading of ``tok`` among ``cands`` (not empty) that passes every gate, as
    (word, score, why, lead), or None. ``low``: its lexicon key after folding; ``read``:
    the key as printed, whose Zipf is ``z``; the rest as ``LatinCorrector._one`` takes them."""
    priced = not piece  # (the channel's bar was priced on whole tokens only)
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
    if why == CALLED_WHY and not sure:
        return None  # words near a garble are many: context must pick one (nevon: seven)
    if why.endswith("learned") and not sure:
        return None  # a confusion Tesseract made on modern type: ABBYY's only half the time
    if why == SHAPE_WHY and lead < 0.0 and len(low) < RARER_MIN_LEN:
        return None  # a short fragment of one shape with many words: context must agree
    if why == CHANNEL_WHY and priced and score < 100.0 * (1.0 - CHANNEL_PER_LETTER):
        return None  # three plain edits in seven letters land on some word: satorial
    if has_context and why.startswith(CHANNEL_WHY) and lead < CHANNEL_FLOOR:
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
    if capital and (gain < CAPITAL_SUPPORT or (
        why == CHANNEL_WHY and (priced or not initial)
    )):
        return None  # (the channel reaches a word from most names: Fuiloro, Tranfflc)
    if capital and not initial and (z > 0.0 or best[0] != low[0]) and (
        why != WORN_CAPITAL_WHY
    ):
        return None  # inside a lower-case sentence a capital starts a name: Dene, Emeu
    if capital or (initial and not tok[0].isalpha()) or worn_capital(tok, best, initial):
        best = best[0].upper() + best[1:]
    if "’" in tok:
        best = best.replace("'", "’")
    return best, round(score, 1), why, round(lead, 2)


def _confusions(why: str) -> int:
    """How many listed confusions a candidate's reason counts (0: another kind)."""
    return int(why[len(CONFUSIONS_WHY):]) if why.startswith(CONFUSIONS_WHY) else 0
