"""Words broken in two whose pieces are also misread (``com mittcos`` for ``committees``,
``de lircrcd`` for ``delivered``) or are words of their own (``ra tes``, ``ow ner``).

Old newspaper OCR loses the hyphen at a line end and misreads letters in the same word;
``context.ContextCorrector._join`` joins pieces that make a known word, or one listed
confusion away. Here the pieces are joined and read through the whole OCR channel
(``latin.LatinCorrector._one``: confusions, learned confusions, edits), but only where
neither piece was read as a word of its own (by then every other pass has run, so a
piece that context or the channel could read, ``for nllowing`` -> ``for allowing``, keeps
that reading: joined, it became ``following``), each piece is a non-word, a rare word
or at most three letters (``cb irgcd``, ``Regln aid``) but no function word (``FUNCTION_ZIPF``),
and one of them is no word at all. On the SMH tuning half this fixed 11 broken words and
made none wrong.

Pieces that are both words (``ra tes``, ``after noon``) are joined when English does not
list them as a pair and the word-bigram model prefers the whole word between the
neighbours by ``WHOLE_EVIDENCE`` (``whole_words``); pieces of one letter are left to
``_join``'s own rules (``it s``, ``m any`` are ``it is``, ``in any``).

The other way round, a function word run into a misread word (``thocounlrj``) is split
and the word read after it (``correct.run_together``, which scans the same roles).

Each pass looks at every pair of neighbouring tokens, a 10 MB page some 1.6 million, and
almost every pair fails on what its tokens are alone (a capital inside, a common word, a
known word): those facts are worked out once per distinct token (``Pieces.roles``,
remembered like ``context.Form``), so a pass scans them, a character a token
(``bitscan``), and looks at the few pairs that could still be pieces where they stand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING

from .bitscan import codes, scanner, where
from .channel import confusions_in, variants_in
from .context import (
    FORM_MEMO,
    JOIN_EXTRA,
    JOIN_HALF_ZIPF,
)
from .latin_candidates import CHANNEL_WHY
from .latin_confusions import CONFUSION_COST
from .ngrams import bigrams
from .proposals import Proposal
from .real_words import channel_log10, common_words
from .sentence import sentence_start
from .tokens import INITIAL_BEFORE, Tok, title_case

if TYPE_CHECKING:
    from .latin import LatinCorrector

#: Pieces this short may be words of their own (``aid``, ``com``) and still be pieces.
SHORT_PIECE = 3
#: The joined pieces must be this long: shorter, the channel reaches too many words.
JOINED_MIN = 7
#: A piece this common (Zipf: the, of, at, was) is a word beside a misread one
#: (``theulvent``), not a piece: on the tuning half such pairs were most of the channel
#: look-ups here, for one fix (``at trscted``).
FUNCTION_ZIPF = 6.0
#: Why a joined, re-read word was changed (the channel's own reason follows).
REASON = "joined split word, "
#: Two words joined into one need this much context evidence for the whole (log10) ...
WHOLE_EVIDENCE = 3.0
#: ... and this many letters joined (``bo ot`` is ``be of``, not ``boot``).
WHOLE_MIN = 5

#: What a token may be by its form alone (``roles``), as bits: letters with no capital
#: after the first (a first piece), lower-case letters (a second piece; of two letters
#: or more for ``whole_words``), such a piece that is no function word and no common word
#: of more than ``SHORT_PIECE`` letters (``joined_pieces``), no word at all, and a token
#: ``run_together`` may split.
FIRST, SECOND, WHOLE_SECOND, JOIN_FIRST, JOIN_SECOND, UNKNOWN, RUN = (1 << k for k in range(7))
#: ... and the head or the tail (two letters or more each) of a word ``whole_words`` may
#: join a pair into (``Pieces.wholes``), so that a pass asks the joined word of few pairs.
WHOLE_HEAD, WHOLE_TAIL = 1 << 7, 1 << 8
#: ... and a token the lexicon knows less than ``known_zipf`` (``misread_wholes``).
RARE = 1 << 9


_WHOLE_FIRST, _WHOLE_LAST = FIRST | WHOLE_HEAD, WHOLE_SECOND | WHOLE_TAIL
#: The bits a token's ``roles`` has (a scanner's classes cover every value of as many).
_WIDTH = RARE.bit_length()
#: Where each pass stops in a text's ``roles`` (``bitscan``): a piece that may head a
#: word the next piece ends, one of the two no word (``joined_pieces``); two words that
#: may be one (``whole_words``); a token that may be two words run together
#: (``run_together``); a first piece and a second, one of them rare (``misread_wholes``).
_JOINED = scanner(
    (lambda x: bool(x & JOIN_FIRST and x & UNKNOWN), lambda y: bool(y & JOIN_SECOND)),
    (lambda x: bool(x & JOIN_FIRST), lambda y: bool(y & JOIN_SECOND and y & UNKNOWN)),
    width=_WIDTH,
)
_WHOLE = scanner((lambda x: x & _WHOLE_FIRST == _WHOLE_FIRST,
                  lambda y: y & _WHOLE_LAST == _WHOLE_LAST), width=_WIDTH)
_RUN = scanner((lambda x: bool(x & RUN), None), width=_WIDTH)
_MISREAD = scanner(
    (lambda x: bool(x & FIRST and x & RARE), lambda y: bool(y & WHOLE_SECOND)),
    (lambda x: bool(x & FIRST), lambda y: bool(y & WHOLE_SECOND and y & RARE)),
    width=_WIDTH,
)

#: Where any of the four would stop.
_ANY = re.compile("|".join(p.pattern for p in (_JOINED, _WHOLE, _RUN, _MISREAD)))


def among_pieces(
    corrector: LatinCorrector,
    text: str,
    toks: list[Tok],
    i: int,
    mended: dict[int, str] | None = None,
) -> bool:
    """Token ``i`` may be a piece of a word the OCR broke (``ace rding``, ``childi en``)
    or a name after an initial (``Miss A. nodson``): a neighbour, only spaces between,
    is a letter run no lexicon knows (and not ``mended``, corrected to a word), or the
    chunk before is an initial or title."""
    start, tok, _, _ = toks[i]
    for k in (i - 1, i + 1):
        if not 0 <= k < len(toks) or (mended and toks[k][0] in mended):
            continue
        k_start, other, _, _ = toks[k]
        gap = text[k_start + len(other) : start] if k < i else text[start + len(tok) : k_start]
        if gap.isspace() and other.isalpha() and corrector.zipf(other.lower()) == 0.0:
            return True
    return INITIAL_BEFORE.search(text, max(0, start - 7), start) is not None


def split_word(corrector: LatinCorrector, text: str, toks: list[Tok], i: int) -> bool:
    """True when the token is half of a word broken at a line end without its hyphen
    (``Gov ernment``, ``boun daries``): joined with a neighbour it is a known word."""
    start, tok, _, _ = toks[i]
    if i > 0:
        p_start, prev, _, _ = toks[i - 1]
        gap = text[p_start + len(prev) : start]
        if gap.isspace() and corrector.zipf((prev + tok).lower()) >= corrector.s.known_zipf:
            return True
    if i + 1 < len(toks):
        n_start, nxt, _, _ = toks[i + 1]
        gap = text[start + len(tok) : n_start]
        if gap.isspace() and corrector.zipf((tok + nxt).lower()) >= corrector.s.known_zipf:
            return True
    return False


def roles(corrector: LatinCorrector, ends: tuple[frozenset[str], frozenset[str]] | None,
          tok: str) -> int:
    """The bits of what ``tok`` may be in these passes by its form alone: each is a
    condition a pass would test of the token itself, so a pair or token without them is
    passed over exactly as the full test would pass it over. ``ends``: the heads and tails
    of the words ``whole_words`` may make (None: any)."""
    if not tok.isalpha():
        return 0
    lower = tok.lower()
    whole = WHOLE_HEAD | WHOLE_TAIL if ends is None else (
        (WHOLE_HEAD if lower in ends[0] else 0) | (WHOLE_TAIL if lower in ends[1] else 0))
    z = corrector.zipf(lower)
    first, second = tok[1:].islower(), tok.islower()
    piece = lower not in common_words(FUNCTION_ZIPF) and not (
        z >= JOIN_HALF_ZIPF and len(tok) > SHORT_PIECE
    )
    unknown = not z > 0.0
    return (
        whole
        | (RARE if z < corrector.s.known_zipf else 0)
        | (FIRST if first else 0)
        | (SECOND if second else 0)
        | (WHOLE_SECOND if second and len(tok) >= 2 else 0)
        | (JOIN_FIRST if first and piece else 0)
        | (JOIN_SECOND if second and piece else 0)
        | (UNKNOWN if unknown else 0)
        | (RUN if second and unknown and len(tok) >= 2 * SHORT_PIECE else 0)
    )


class Pieces:
    """What the passes remember for one corrector: each distinct token's ``roles``
    (``context.FORM_MEMO`` of them, least recently used go first) and the words a joined
    pair must be for ``whole_words`` (Zipf >= ``known_zipf + JOIN_EXTRA``, the user's
    lexicon before the general one, as ``zipf`` reads them)."""

    def __init__(self, corrector: LatinCorrector) -> None:
        self.wholes = _words_from(corrector.s.known_zipf + JOIN_EXTRA, corrector.user)
        ends = None if self.wholes is None else _ends(self.wholes)
        self.roles = lru_cache(maxsize=FORM_MEMO)(partial(roles, corrector, ends))

    def of(self, toks: list[Tok]) -> str:
        """The ``roles`` of each token of a text, one character each (``bitscan.codes``);
        empty where none of the passes would stop (most text: they are not asked)."""
        bits = codes(map(self.roles, map(itemgetter(1), toks)))
        return bits if _ANY.search(bits) else ""


def _ends(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every head and tail of two letters or more that ``words`` split into."""
    cuts = [(w, k) for w in words for k in range(2, len(w) - 1)]
    return frozenset(w[:k] for w, k in cuts), frozenset(w[k:] for w, k in cuts)


def _words_from(floor: float, user: Mapping[str, float]) -> frozenset[str] | None:
    """The words whose Zipf (``ContextCorrector.zipf``) is at least ``floor``; None when
    ``floor`` lets unknown words (Zipf 0) in too."""
    if floor <= 0.0:
        return None
    listed = frozenset(w for w in common_words(floor) if w not in user)
    return listed | {w for w, z in user.items() if z >= floor}


def joined_pieces(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal],
    bits: str,
) -> list[Proposal]:
    """Pairs of neighbouring pieces left as read that, joined, the OCR channel reads as
    one known word (``botwi en`` -> ``between``). ``bits``: each token's ``roles``."""
    pairs = where(_JOINED, bits)
    if not pairs:  # (most clean text)
        return []
    taken = _covered(done)
    common = common_words(FUNCTION_ZIPF)
    out: list[Proposal] = []
    last_end = -1
    for i in pairs:
        pair = _pieces_at(text, toks, i)
        if pair is None or pair[0] < last_end:
            continue
        start, a, b, end = pair
        if not (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()):
            continue
        if not common.isdisjoint((a.lower(), b)):
            continue  # "theulvent", "formakinrr": a function word and a misread one
        za, zb = corrector.zipf(a.lower()), corrector.zipf(b)
        if min(za, zb) > 0.0 or any(
            z >= JOIN_HALF_ZIPF and len(piece) > SHORT_PIECE for piece, z in ((a, za), (b, zb))
        ):
            continue
        if not taken.isdisjoint(range(start, end)):
            continue  # a piece was read as a word of its own
        context = corrector._context(text, toks, i)[0], corrector._context(text, toks, i + 1)[1]
        initial = sentence_start(text, start) or title_case(toks, i)
        got = corrector._one(a + b, (a + b).lower(), initial, True, context, piece=True)
        if got is None:
            continue
        word, score, why, lead = got
        out.append(Proposal(start, end, text[start:end], word, score, REASON + why, lead))
        last_end = end
    return out


def whole_words(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal],
    bits: str,
) -> list[Proposal]:
    """Two neighbouring words left as read that are one word broken at a line end
    (``ra tes``, ``ow ner``): the joined word is known, the pair is no listed English
    pair, and context prefers the whole word by ``WHOLE_EVIDENCE``. ``bits``: each
    token's ``roles``."""
    pairs = where(_WHOLE, bits)
    if not pairs:  # (most clean text)
        return []
    taken = _covered(done)
    lm = bigrams()
    floor = corrector.s.known_zipf + JOIN_EXTRA
    out: list[Proposal] = []
    last_end = -1
    wholes = corrector.pieces.wholes
    if wholes is not None:  # the joined word must be one of them: most pairs end here
        pairs = [i for i in pairs if (toks[i][1] + toks[i + 1][1]).lower() in wholes]
    for i in pairs:
        start, a, alone, _ = toks[i]
        n_start, b, n_alone, _ = toks[i + 1]
        end = n_start + len(b)
        if start < last_end or alone or n_alone or min(len(a), len(b)) < 2:
            continue
        if text[start + len(a) : n_start] not in (" ", "\n") or len(a) + len(b) < WHOLE_MIN:
            continue
        if not (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()):
            continue
        head, joined = a.lower(), (a + b).lower()
        if corrector.zipf(joined) < floor or joined in corrector.protected or lm.listed(head, b):
            continue
        if not taken.isdisjoint(range(start, end)):
            continue
        prev = corrector._context(text, toks, i)[0]
        nxt = corrector._context(text, toks, i + 1)[1]
        whole = lm.between(prev, joined, nxt)
        apart = lm.between(prev, head, b) + (lm.cond(b, nxt) if nxt else 0.0)
        if whole - apart < WHOLE_EVIDENCE:
            continue
        out.append(
            Proposal(start, end, text[start:end], a + b, 90.0, "joined split word, context",
                     round(whole - apart, 2))
        )
        last_end = end
    return out


def _pieces_at(text: str, toks: list[Tok], i: int) -> tuple[int, str, str, int] | None:
    """Tokens ``i`` and ``i + 1`` as two pieces of one word broken at a line end, as
    ``joined_pieces`` and ``misread_wholes`` take them: both as read (not alone, plain),
    one space or line break apart, ``JOINED_MIN`` letters together; ``(start, a, b,
    end)``, else ``None``."""
    start, a, alone, plain = toks[i]
    n_start, b, n_alone, n_plain = toks[i + 1]
    if alone or n_alone or not (plain and n_plain):
        return None
    if text[start + len(a) : n_start] not in (" ", "\n") or len(a) + len(b) < JOINED_MIN:
        return None
    return start, a, b, n_start + len(b)


def misread_wholes(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal],
    bits: str,
) -> list[Proposal]:
    """Two neighbouring words left as read, one of them rare or no word, that are one word
    broken at a line end and misread once (``intro luce`` -> ``introduce``, ``Commet ce``
    -> ``Commerce``, ``Ccn tral`` -> ``Central``): the joined letters are one listed or
    learned confusion from a known word, and context prefers that word, less the
    confusion's price (``real_words.channel_log10``), to the two as read by
    ``WHOLE_EVIDENCE`` and to any other such word by 1 log10. ``joined_pieces`` needs a
    piece that is no word; here a piece may be a word (``ra corded``). Tuning half: 8
    changes, 7 exact, one right beside a lost full stop (``Rich ardq``)."""
    pairs = where(_MISREAD, bits)  # (``bitscan``: clean text stops nowhere)
    if not pairs:
        return []
    taken = _covered(done)
    targets = corrector.common
    known = corrector.s.known_zipf
    floor = known + JOIN_EXTRA
    lm = bigrams()
    out: list[Proposal] = []
    last_end = -1
    for i in pairs:
        pair = _pieces_at(text, toks, i)
        if pair is None or pair[0] < last_end or len(pair[1]) < 2:
            continue
        start, a, b, end = pair
        head, joined = a.lower(), (a + b).lower()
        if head not in targets.heads and b not in targets.tails:
            continue  # one misreading leaves one piece as printed: a word's head or tail
        if not taken.isdisjoint(range(start, end)) or corrector.zipf(joined) >= known:
            continue  # (a known joined word is whole_words' or _join's)
        if max(corrector.zipf(head), corrector.zipf(b)) >= FUNCTION_ZIPF:
            continue  # "the ulvent": a word beside a misread one
        learned = confusions_in(joined, targets)
        cands = {v: (channel_log10(cost), f"{CHANNEL_WHY}, learned") for v, cost in learned.items()}
        for v in variants_in(joined, targets, 1):
            cands[v] = (channel_log10(CONFUSION_COST), "ocr confusion x1")  # (the cheaper)
        cands = {v: c for v, c in cands.items() if corrector.zipf(v) >= floor}
        if not cands:
            continue
        prev = corrector._context(text, toks, i)[0]
        nxt = corrector._context(text, toks, i + 1)[1]
        ranked = sorted(
            ((lm.between(prev, v, nxt) - price, v, why) for v, (price, why) in cands.items()),
            reverse=True,
        )
        apart = lm.between(prev, head, b) + (lm.cond(b, nxt) if nxt else 0.0)
        (best, word, why), evidence = ranked[0], ranked[0][0] - apart
        if evidence < WHOLE_EVIDENCE or (len(ranked) > 1 and best - ranked[1][0] < 1.0):
            continue
        if a[0].isupper():
            word = word[0].upper() + word[1:]
        out.append(Proposal(start, end, text[start:end], word, 90.0, REASON + why,
                            round(evidence, 2)))
        last_end = end
    return out


def _covered(done: list[Proposal]) -> set[int]:
    """The character offsets a proposal already changes (a token meeting one is taken)."""
    return {k for p in done for k in range(p.start, p.end)}
