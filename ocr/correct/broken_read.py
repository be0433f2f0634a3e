"""Words broken in two whose joined letters the whole OCR channel reads, where a piece is
a word of its own (``pr saner`` -> ``prisoner``, ``hoi nets`` -> ``hornets``, ``lov olv``
-> ``lovely``, ``dctci mined`` -> ``determined``).

``broken.joined_pieces`` reads the joined letters through the channel only where one
piece is no word at all, and ``broken.misread_wholes`` takes a joined word one listed
confusion away; a broken word misread twice or through a dearer confusion, whose pieces
happen to be short or rare words (``mar``, ``ringo``, ``pr``, ``saner``), was left as
read. Here the channel's reading of the joined letters (``latin.LatinCorrector._one``)
is taken where context, less the misreading's price (``real_words.channel_log10``),
prefers it to the two pieces as read by ``WHOLE_EVIDENCE`` (the word pair model between
the neighbours, as ``misread_wholes`` weighs it). As there, a piece must be rare or no
word (both common, ``pro coding``, ``mar ringo``, the look-ups cost a tenth of English
correction for two more words on the SMH tuning half) and one piece a head or tail of a
common word as printed; function words (``FUNCTION_ZIPF``) and single letters are never
pieces (``renoi t`` read ``resort``, ``p uties`` read ``duties``), and a word must come
before (``11 ul bert``, in a list of names, read ``albert``); two pieces of more than
``SHORT_PIECE`` letters must hold one that is no word at all. SMH tuning half: 6 words
joined (``lov olv``, ``Caí tor``, ``dctci mined``), all exact; the pass takes about 4.5%
of English correction's CPU there (the channel's look-ups for some 270 pairs over both
halves, 15 of which it reads as a word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bitscan import where
from .broken import _MISREAD, FUNCTION_ZIPF, REASON, SHORT_PIECE, WHOLE_EVIDENCE, _covered
from .ngrams import bigrams
from .proposals import Proposal
from .real_words import channel_log10
from .sentence import sentence_start
from .tokens import Tok, title_case

if TYPE_CHECKING:
    from .latin import LatinCorrector

#: Joined pieces this short reach too many words through the channel; longer than
#: ``READ_MAX`` they are mostly two garbled words (on both halves of the SMH set the
#: channel read none of those over 10 letters, and they took half of this pass's time).
READ_MIN, READ_MAX = 6, 10


def read_joined(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal], bits: str,
) -> list[Proposal]:
    """Neighbouring pieces left as read, one of them rare or no word, joined and read
    through the OCR channel, where context prefers the word so read to the pieces (module
    docstring). ``bits``: each token's ``broken.roles``."""
    pairs = where(_MISREAD, bits)  # (a first piece and a second, one of them rare)
    if not pairs:
        return []
    taken = _covered(done)
    known = corrector.s.known_zipf
    targets = corrector.common
    lm = bigrams()
    out: list[Proposal] = []
    last_end = -1
    for i in pairs:
        start, a, alone, plain = toks[i]  # (letters, two or more each: their roles)
        n_start, b, n_alone, n_plain = toks[i + 1]
        if start < last_end or alone or n_alone or not (plain and n_plain):
            continue
        if not READ_MIN <= len(a) + len(b) <= READ_MAX or (
            text[start + len(a) : n_start] not in (" ", "\n")
        ):
            continue
        end = n_start + len(b)
        head, joined = a.lower(), (a + b).lower()
        if max(corrector.zipf(head), corrector.zipf(b)) >= FUNCTION_ZIPF or (
            corrector.zipf(joined) >= known
        ):
            continue
        if min(len(a), len(b)) > SHORT_PIECE and min(corrector.zipf(head), corrector.zipf(b)) > 0:
            continue  # (two long pieces, each a word: two words, one of them rare)
        if head not in targets.heads and b not in targets.tails:
            continue  # (the misreadings leave one piece as printed: a word's head or tail)
        if not taken.isdisjoint(range(start, end)):
            continue
        prev = corrector._context(text, toks, i)[0]
        if prev is None:
            continue  # (no word before: a list's numbers or names, ``11 ul bert``)
        nxt = corrector._context(text, toks, i + 1)[1]
        initial = sentence_start(text, start) or title_case(toks, i)
        got = corrector._one(a + b, joined, initial, True, (prev, nxt), whole=True, piece=True)
        if got is None:
            continue
        word, score, why, _ = got
        price = channel_log10((100.0 - score) * len(joined) / 100.0)
        whole = lm.between(prev, word.lower(), nxt) - price
        apart = lm.between(prev, head, b) + (lm.cond(b, nxt) if nxt else 0.0)
        if whole - apart < WHOLE_EVIDENCE:
            continue
        out.append(Proposal(start, end, text[start:end], word, score, REASON + why,
                            round(whole - apart, 2)))
        last_end = end
    return out
