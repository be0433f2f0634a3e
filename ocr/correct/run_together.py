"""Words run together, the other way round from broken words: a function word run into
the next word, that word misread too (``thocounlrj`` -> ``the country``), split and the
word read after it.

Split from ``ocr.correct.broken`` (pieces of one word joined), whose token roles
(``Pieces.roles``) and scanners find the tokens this pass looks at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bitscan import where
from .broken import _RUN, FUNCTION_ZIPF, SHORT_PIECE, _covered
from .latin_confusions import latin_variants
from .ngrams import bigrams
from .proposals import Proposal
from .real_words import common_words
from .tokens import Tok

if TYPE_CHECKING:
    from .latin import LatinCorrector


#: Why a token was split after a function word.
RUN_TOGETHER = "split merged words, misread"


def run_together(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal],
    bits: str,
) -> list[Proposal]:
    """Unknown tokens left as read that are a function word run into the next word, that
    word misread too (``thocounlrj`` -> ``the country``, ``forthclr`` -> ``for their``):
    the head is a function word of 3-4 letters (``FUNCTION_ZIPF``) or up to two listed
    confusions from one (``tho``, ``tlio``), the rest a known word or one the channel reads after
    that head, English lists the pair, and the whole token is no misreading of one word
    (``journoyed`` is ``journeyed``, not ``you moved``). Two-letter heads (``to``, ``an``,
    ``we``) made more wrong splits than right ones on the tuning half. ``bits``: each
    token's ``roles``."""
    runs = where(_RUN, bits)
    if not runs:  # (most clean text)
        return []
    taken = _covered(done)
    function = common_words(FUNCTION_ZIPF)
    known = corrector.s.known_zipf
    lm = bigrams()
    out: list[Proposal] = []
    for i in runs:
        start, tok, alone, plain = toks[i]
        end = start + len(tok)
        if alone or not plain or len(tok) < 2 * SHORT_PIECE or not tok.isalpha():
            continue
        if not tok.islower():
            continue
        if corrector.zipf(tok) > 0.0 or not taken.isdisjoint(range(start, end)):
            continue
        nxt = corrector._context(text, toks, i)[1]
        found = []
        for k in (SHORT_PIECE, SHORT_PIECE + 1):
            head, rest = tok[:k], tok[k:]
            heads = [head] if head in function else [
                v for v in latin_variants(head, 2) if v in function and len(v) >= SHORT_PIECE
            ]
            for h in heads:
                if corrector.zipf(rest) >= known:
                    word = rest
                else:
                    got = corrector._one(rest, rest, False, True, (h, nxt), piece=True)
                    if got is None:
                        continue
                    word = got[0]
                if lm.listed(h, word):
                    found.append(((h != head) + (word != rest), h, word))
        if not found or corrector._one(tok, tok, False, True, (None, None)) is not None:
            continue
        _, h, word = min(found)
        out.append(Proposal(start, end, tok, f"{h} {word}", 90.0, RUN_TOGETHER, 0.0))
    return out
