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
``bag``, as the engine may have printed a speck. The rivals are the words the channel may
lead to (``latin_candidates.CHANNEL_ZIPF``). SMH (``correct-real``): evaluation half
precision 85.94% -> 87.57%, CER fall -14.92% -> -14.56%; tuning half 91.34% -> 91.83%,
-22.61% -> -22.16% (``docs/correction.md``, thirty-sixth session).

With no known word on either side of the token the bigram model weighs the reading and its
rivals by their frequency alone, and a frequent reading among frequent rivals is a guess:
there the price runs the other way (``unheard``), the reading must be likelier than its
rivals together by ``RIVAL_PRICE``, unless the text makes the same reading of the same
token where a known word stands beside it (``weigh``). SMH evaluation half 87.57% ->
88.14%, CER fall -14.56% -> -14.44%; tuning half 91.83% -> 92.04%, -22.16% -> -22.02%
(``docs/correction.md``, fortieth session).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Literal

from rapidfuzz.distance import OSA

from .channel import inner_b
from .context import FORM_MEMO, REAL_WORD_WHY
from .glyphs import neighbours
from .latin_candidates import CHANNEL_ZIPF
from .ngrams import bigrams
from .proposals import Proposal
from .real_words import common_words
from .sentence import sentence_start

#: How much likelier (log10) the rivals together may be than the reading: the rules' own
#: evidence for the reading (a listed confusion, a glyph's shape) that the rivals, each a
#: plain edit, lack. SMH tuning half (changes / precision / CER fall): 0 gave 1906 / 92.03%
#: / -21.39%, 0.5 1973 / 91.89% / -22.10%, 1 2004 / 91.62% / -22.42%, none 2032 / 91.34% /
#: -22.61% (before ``BEFORE_CAPITAL``): below 0.5 a point of precision costs over two of
#: CER there.
RIVAL_PRICE = 0.5
#: Marks at a token's edges that a rewrite keeps (``lo',`` -> ``to',``): not its letters.
EDGE_MARKS = ".,;:!?\"()[]'’"
#: A full stop and a capital after the token: the word after (a name after a title, ``Mi.
#: Henry``; a sentence's first word) is out of the bigram model's reach, so the gate would
#: judge on the word before alone, where the rule saw more (``ocr confusion, a title
#: before a name``). Such readings are left to their rule: SMH tuning half 7 more exact of
#: 9, evaluation half 1 more change, not exact.
BEFORE_CAPITAL = re.compile(r"\.\s+[A-Z]")
# The other side of a sentence's end: a real word read again as a sentence's first word
# (``extent. Ho regretted``) has no word before it in the bigram model's reach either, and
# the gate would judge on the word after alone, where the real-word rule weighed two words
# after it with the trigram model too (``sentence.in_context``): ``who``, ``how``, ``so``,
# ``no`` pooled outmatch ``He`` before ``regretted``. Such readings are left to their rule
# (``_lead``). SMH tuning half 2 more changes, both exact (`Ho` -> `He`, `Tho` -> `The`);
# evaluation half 1 more, exact. Every rule's readings left so (the channel's, the listed
# confusions', ``Helf-bick.`` -> ``Belt-bick.``) were 2 exact of 5 there: only the real-word
# rule looks past the next word.


def weigh(
    props: list[Proposal], text: str, known: float, zipf: Callable[[str], float]
) -> list[Proposal]:
    """``props`` without the rewrites their rivals outmatch (``outmatched``) and without the
    ``unheard`` ones, save those whose token the text reads so elsewhere with a known word
    beside it: ``tho`` read ``the`` between a name and a misread word, where other ``tho``
    of the same text stand in prose. A text repeats its engine's misreadings, so a reading
    its context supports once is evidence for the same token where it has none."""
    verdicts = [_verdict(p, text, known, zipf) for p in props]
    heard = {_pair(p) for p, v in zip(props, verdicts, strict=True) if v == "kept"}
    return [p for p, v in zip(props, verdicts, strict=True)
            if v == "kept" or (v == "unheard" and _pair(p) in heard)]


def outmatched(p: Proposal, text: str, known: float) -> bool:
    """Whether ``p`` rewrites one token's letters into a reading that the words one plain
    edit from the token (``rivals``; Zipf >= ``known`` too), taken together, outmatch in
    context by more than ``RIVAL_PRICE``."""
    found = _lead(p, text, known)
    return found is not None and found[0] + RIVAL_PRICE < 0.0


def unheard(p: Proposal, text: str, known: float, zipf: Callable[[str], float]) -> bool:
    """Whether ``p`` rewrites one token's letters with no known word (``zipf`` >= ``known``)
    right before or after it, into a reading that does not beat the token's rivals together
    by ``RIVAL_PRICE``. Without a word of context the model's verdict is the words'
    frequencies (``he»`` -> ``her`` after a piece of a broken name, ``lo`` -> ``to`` for
    ``15s.`` after a sum): on the SMH evaluation half the changes this withdraws were exact
    8 times in 18, where all the corrector's are 88%."""
    return _verdict(p, text, known, zipf) == "unheard"


#: What the gate says of a proposal: kept, refused (``outmatched``), or refused unless the
#: text reads its token so where a known word stands beside it (``unheard``, ``weigh``).
Verdict = Literal["kept", "out", "unheard"]


def _verdict(p: Proposal, text: str, known: float, zipf: Callable[[str], float]) -> Verdict:
    found = _lead(p, text, known)
    if found is None or found[0] >= RIVAL_PRICE:
        return "kept"
    lead, prev, nxt = found
    if lead + RIVAL_PRICE < 0.0:
        return "out"
    if any(w is not None and zipf(w) >= known for w in (prev, nxt)):
        return "kept"
    return "unheard"


def _pair(p: Proposal) -> tuple[str, str]:
    """A proposal's token and reading, case aside (``Tho`` -> ``The`` is ``tho`` -> ``the``)."""
    return p.original.lower(), p.corrected.lower()


def _lead(p: Proposal, text: str, known: float) -> tuple[float, str | None, str | None] | None:
    """How much likelier (log10) the word-bigram model finds ``p``'s reading than the
    token's ``rivals`` together between its neighbours, and those neighbours; None when
    ``p`` rewrites no token's letters, has no rivals, stands ``BEFORE_CAPITAL``, or is a
    real word's reading at a sentence's start (above ``BEFORE_CAPITAL``)."""
    if " " in p.original or " " in p.corrected or BEFORE_CAPITAL.match(text, p.end):
        return None
    if p.reason.startswith(REAL_WORD_WHY) and sentence_start(text, p.start):
        return None
    was, now = _letters(p)
    if not now.isalpha() or "".join(filter(str.isalpha, was)) == now:
        return None
    found = rivals(was, known)
    if not found:
        return None
    prev, nxt = neighbours(text, p.start, p.end)
    lm = bigrams()
    pooled = sum(10.0 ** lm.between(prev, w, nxt) for w in found if w != now)
    if pooled <= 0.0:
        return None
    return lm.between(prev, now, nxt) - math.log10(pooled), prev, nxt


def _letters(p: Proposal) -> tuple[str, str]:
    """The token ``p`` rewrites and its reading, lower case, without the marks at their
    edges (``EDGE_MARKS``). A capital B inside a small-letter word is ABBYY's s, a shape
    fact the rules read the token with (``channel.fold``): ``workB`` is ``works`` as
    printed, not a rival of it, nor is ``work``."""
    return (inner_b(p.original.strip(EDGE_MARKS))[0].lower(),
            p.corrected.lower().strip(EDGE_MARKS))


@lru_cache(maxsize=FORM_MEMO)
def rivals(was: str, known: float) -> tuple[str, ...]:
    """The words the channel may lead to (``_targets``) one plain edit (a letter put in,
    taken out, changed, or two swapped) from the token ``was`` (lower case; a symbol in it
    counts as a character), remembered per token: a text repeats its misreadings. Found
    as a spelling checker finds them: a word one edit away shares a form with one
    character out with ``was`` (or is one), so the look-ups are ``was``'s own forms."""
    words, index = _targets(max(known, CHANNEL_ZIPF))
    found = set(index.get(was, ()))
    for k in range(len(was)):
        out = was[:k] + was[k + 1 :]
        if out in words:
            found.add(out)
        found.update(index.get(out, ()))
    found.discard(was)
    return tuple(sorted(w for w in found if OSA.distance(was, w) <= 1))


@cache
def _targets(floor: float) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The lexicon's words of ``floor`` Zipf made of letters, and each form one of them
    takes with one character out -> those words (built on first need: about 0.05 s for the
    7k words of ``CHANNEL_ZIPF``, 41k forms)."""
    words = frozenset(w for w in common_words(floor) if w.isalpha())
    index: dict[str, list[str]] = {}
    for w in sorted(words):
        for k in range(len(w)):
            form = w[:k] + w[k + 1 :]
            got = index.setdefault(form, [])
            if not got or got[-1] != w:
                got.append(w)
    return words, {form: tuple(ws) for form, ws in index.items()}
