"""Words broken in two whose pieces are also misread: ``dls trlc`` for ``district``,
``com mittcos`` for ``committees``, ``de lircrcd`` for ``delivered``.

Old newspaper OCR loses the hyphen at a line end and misreads letters in the same word;
``context.ContextCorrector._join`` joins pieces that make a known word, or one listed
confusion away. Here the pieces are joined and read through the whole OCR channel
(``latin.LatinCorrector._one``: confusions, learned confusions, edits), but only where
neither piece was read as a word of its own (by then every other pass has run, so a
piece that context or the channel could read, ``for nllowing`` -> ``for allowing``, keeps
that reading: joined, it became ``following``), each piece is a non-word, a rare word
or at most three letters (``at trscted``, ``Regln aid``), and one of them is no word at
all. On the SMH tuning half this fixed 12 broken words and made none wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import JOIN_HALF_ZIPF, Proposal, sentence_start
from .tokens import Tok, title_case

if TYPE_CHECKING:
    from .latin import LatinCorrector

#: Pieces this short may be words of their own (``at``, ``aid``) and still be pieces.
SHORT_PIECE = 3
#: The joined pieces must be this long: shorter, the channel reaches too many words.
JOINED_MIN = 7
#: Why a joined, re-read word was changed (the channel's own reason follows).
REASON = "joined split word, "


def joined_pieces(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal]
) -> list[Proposal]:
    """Pairs of neighbouring pieces left as read that, joined, the OCR channel reads as
    one known word (``botwi en`` -> ``between``)."""
    taken = [(p.start, p.end) for p in done]
    out: list[Proposal] = []
    last_end = -1
    for i in range(len(toks) - 1):
        start, a, alone, plain = toks[i]
        n_start, b, n_alone, n_plain = toks[i + 1]
        end = n_start + len(b)
        if start < last_end or alone or n_alone or not (plain and n_plain):
            continue
        if text[start + len(a) : n_start] not in (" ", "\n") or len(a) + len(b) < JOINED_MIN:
            continue
        if not (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()):
            continue
        za, zb = corrector.zipf(a.lower()), corrector.zipf(b)
        if min(za, zb) > 0.0 or any(
            z >= JOIN_HALF_ZIPF and len(piece) > SHORT_PIECE for piece, z in ((a, za), (b, zb))
        ):
            continue
        if any(s < end and start < e for s, e in taken):
            continue  # a piece was read as a word of its own
        context = corrector._context(text, toks, i)[0], corrector._context(text, toks, i + 1)[1]
        initial = sentence_start(text, start) or title_case(toks, i)
        got = corrector._one(a + b, (a + b).lower(), initial, True, context)
        if got is None:
            continue
        word, score, why, lead = got
        out.append(Proposal(start, end, text[start:end], word, score, REASON + why, lead))
        last_end = end
    return out
