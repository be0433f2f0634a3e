"""Words in capitals misread: a heading's capitals confused with each other.

The word rules leave a token in capitals alone (an acronym, a code, a name in a heading),
and their confusions are small letters' (``rn`` for ``m``, ``o`` for ``e``). Worn capitals
print other capitals: a P for an F whose arms ran together (``NOTICES OP MOTION``,
``PROM``), an F for a P whose bowl broke (``FLANS``), two strokes for an H whose bar was
lost (``TIIE``), a W in halves (``TOAVN``, ``NKVV``), a V for a Y whose stem was lost
(``BV``), a J for an I (``JTS``), a B for an S (``BIX``) as in lower-case words
(``channel.CAPITAL_FOR``), and the worn capitals ``channel.WORN_CAPITALS`` lists. A
token in capitals beside another word in capitals (a heading, not an acronym in prose)
that no common word spells is read as the common word such confusions make of it, where
the word pair model prefers that word, less its price, to the token as read by
``CONTEXT_SUPPORT`` and to any other such word by ``CAPITAL_LEAD`` (SMH tuning half: 14 such
readings, 13 exact; ``ANV`` read ``ANY`` where the truth has ``AND``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from .channel import CAPITAL_FOR, WORN_CAPITALS
from .context import CONTEXT_SUPPORT
from .ngrams import bigrams
from .proposals import Proposal
from .sentence import near_word
from .tokens import Tok

if TYPE_CHECKING:
    from .latin import LatinCorrector

#: Capitals (or pairs of them) worn type prints for another capital: (printed, meant). A
#: stroke spread, broken or lost, picked by hand after reading the SMH tuning half's
#: headings (as ``channel.WORN_CAPITALS`` were): ``OP``, ``PROM``, ``FLANS``, ``TIIE``,
#: ``NKVV``, ``BV``, ``JTS``, ``JUEY``, ``TRAXSIT``, ``TUB``; and in capitals those
#: ``channel.CAPITAL_FOR`` lists for small letters (``BIX``, ``TOAVN``).
CAPITAL_PAIRS = (
    ("P", "F"), ("F", "P"), ("II", "H"), ("VV", "W"), ("V", "Y"), ("J", "I"),
    ("E", "R"), ("X", "N"), ("K", "E"), ("U", "H"), ("B", "E"),
    *((seen.upper(), meant.upper()) for seen, meant in CAPITAL_FOR),
    *WORN_CAPITALS,
)
#: Price of one confusion, in log10 of the context score.
CAPITAL_PRICE = 1.0
#: A reading must lead the next such reading by this much (log10), less their prices.
CAPITAL_LEAD = 1.0
#: A word in capitals this common (Zipf) is read as printed; a reading must be commoner
#: than the token by ``CAPITAL_GAIN`` and this common itself.
CAPITAL_ZIPF, CAPITAL_GAIN, TARGET_ZIPF = 4.5, 2.0, 4.0
#: Two confusions in one token only for a word this common (THE, NEW: ``TUB``, ``NKVV``).
TWO_ZIPF = 5.5
WHY = "ocr confusion, capitals"
#: A word of two capitals or more, no letter either side.
IN_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")
#: Two capitals side by side: a text without them (most) holds no such word, told at once.
TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def readings(tok: str, most: int = 2) -> dict[str, int]:
    """What ``tok`` (capitals) reads as with up to ``most`` of ``CAPITAL_PAIRS`` undone,
    and how many."""
    out: dict[str, int] = {}
    frontier = {tok: 0}
    for _ in range(most):
        new: dict[str, int] = {}
        for word, n in frontier.items():
            for seen, meant in CAPITAL_PAIRS:
                at = word.find(seen)
                while at >= 0:
                    v = word[:at] + meant + word[at + len(seen):]
                    if v != tok and v not in out and v not in new:
                        new[v] = n + 1
                    at = word.find(seen, at + 1)
        out.update(new)
        frontier = new
    return out


def _in_capitals(text: str, toks: list[Tok], i: int) -> bool:
    """A word in capitals (two letters or more) stands beside token ``i``, only spaces
    between."""
    return any(w is not None and len(w) > 1 and toks[i + step][1].isupper()
               for step in (-1, 1) if (w := near_word(text, toks, i, step)) is not None)


def capital_words(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal]
) -> Iterator[Proposal]:
    """Proposals for tokens in capitals misread (module docstring); ``done``: the
    proposals so far, whose tokens are left to them."""
    if not TWO_CAPITALS.search(text):
        return
    taken = {p.start for p in done}
    lm = bigrams()
    zipf = corrector.zipf
    starts = list(map(itemgetter(0), toks))
    for m in IN_CAPITALS.finditer(text):  # (found in C: most of a text is no such word)
        i = bisect_left(starts, m.start())
        if i == len(toks) or starts[i] != m.start():
            continue
        start, tok, alone, _ = toks[i]
        if alone or tok != m.group() or start in taken:
            continue
        low = tok.lower()
        z = zipf(low)
        if z >= CAPITAL_ZIPF or low in corrector.user or tok in corrector.protected:
            continue
        if not _in_capitals(text, toks, i):
            continue  # (an acronym in prose: NSW, BHP)
        prev, nxt = near_word(text, toks, i, -1), near_word(text, toks, i, 1)
        if prev is None and nxt is None:
            continue
        ranked = sorted(
            ((lm.between(prev, w, nxt) - n * CAPITAL_PRICE, w)
             for v, n in readings(tok).items()
             if (w := v.lower()) and zipf(w) >= max(TARGET_ZIPF, z + CAPITAL_GAIN)
             and (n == 1 or zipf(w) >= TWO_ZIPF)),
            reverse=True,
        )
        if not ranked:
            continue
        lead = ranked[0][0] - lm.between(prev, low, nxt)
        if lead < CONTEXT_SUPPORT or (
                len(ranked) > 1 and ranked[0][0] - ranked[1][0] < CAPITAL_LEAD):
            continue
        yield Proposal(start, start + len(tok), tok, ranked[0][1].upper(), 90.0, WHY,
                       round(lead, 2))
