"""The one gate every Latin rewrite passes, whichever rule proposed it: the reading against
the other words the token as printed could have been.

Each rule weighs a token's reading against the readings its own confusions reach and
against the token as printed (``Proposal.evidence``), never against the words one plain
edit from the token that no rule of it generates. Those are rivals all the same: a
misread token may be any of them, and on real OCR the truth is often one the rules never
looked at (``ot`` read ``of`` where ``at`` was printed; ``nide`` read ``aide`` for
``Hide``; ``lioop`` read ``Hoop`` for ``Troop``). So a reading is kept only when the
word-bigram model, between the token's neighbours, finds it at least as likely as all
those rivals together, less ``RIVAL_PRICE``: the odds, priced by the language model and
one edit of the channel, that the rule picked the right word among those the token lies
next to. A short token lies next to dozens of words and needs context that singles its
reading out; a long one has few rivals and passes on the rule's own evidence.

Marks and case are no rewrite of letters (``In`` -> ``in``, a speck taken out), nor is a
join or a split (several words). A symbol the engine printed for a letter (``Mr»``,
``wa3``) counts as a character of the token, so the rivals of ``bag«`` are ``bags`` and
``bag``, as the engine may have printed a speck. SMH (``correct-real``): evaluation half
precision 85.94% -> 87.83%, CER fall -14.92% -> -14.50%; tuning half 91.34% -> 91.87%,
-22.61% -> -22.06% (``docs/correction.md``, thirty-sixth session).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from string import ascii_lowercase

from .context import FORM_MEMO
from .glyphs import neighbours
from .ngrams import bigrams
from .proposals import Proposal

#: How much likelier (log10) the rivals together may be than the reading: the rules' own
#: evidence for the reading (a listed confusion, a glyph's shape) that the rivals, each a
#: plain edit, lack. SMH tuning half (changes / precision / CER fall): 0 gave 1899 / 92.21%
#: / -21.33%, 0.5 1969 / 91.87% / -22.06%, 1 2003 / 91.61% / -22.42%, none 2032 / 91.34% /
#: -22.61%: below 0.5 a point of precision costs over two of CER there.
RIVAL_PRICE = 0.5
#: Marks at a token's edges that a rewrite keeps (``lo',`` -> ``to',``): not its letters.
EDGE_MARKS = ".,;:!?\"()[]'’"


def outmatched(p: Proposal, text: str, zipf: Callable[[str], float], known: float) -> bool:
    """Whether ``p`` rewrites one token's letters into a reading that the known words
    (Zipf >= ``known``) one plain edit from the token, taken together, outmatch in
    context by more than ``RIVAL_PRICE``."""
    if " " in p.original or " " in p.corrected:
        return False
    was, now = p.original.lower().strip(EDGE_MARKS), p.corrected.lower().strip(EDGE_MARKS)
    if not now.isalpha() or "".join(filter(str.isalpha, was)) == now:
        return False
    found = rivals(was, zipf, known)
    if not found:
        return False
    prev, nxt = neighbours(text, p.start, p.end)
    lm = bigrams()
    pooled = sum(10.0 ** lm.between(prev, w, nxt) for w in found if w != now)
    return pooled > 0.0 and lm.between(prev, now, nxt) - math.log10(pooled) + RIVAL_PRICE < 0.0


@lru_cache(maxsize=FORM_MEMO)
def rivals(was: str, zipf: Callable[[str], float], known: float) -> tuple[str, ...]:
    """The words of at least ``known`` Zipf one plain edit (a letter put in, taken out,
    swapped or changed) from the token ``was`` (lower case; a symbol in it counts as a
    character), remembered per token: a text repeats its misreadings."""
    cuts = [(was[:k], was[k:]) for k in range(len(was) + 1)]
    near = {a + b[1:] for a, b in cuts if b}
    near |= {a + c + b[1:] for a, b in cuts if b for c in ascii_lowercase}
    near |= {a + c + b for a, b in cuts for c in ascii_lowercase}
    near |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    near.discard(was)
    return tuple(sorted(w for w in near if w.isalpha() and zipf(w) >= known))
