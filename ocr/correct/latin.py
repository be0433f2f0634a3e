"""The Latin-script corrector (English lexicon + user words): the pass over a text's tokens
that asks each rule which of them to change, and the one reading of a rare or unknown token.

A token is looked at only when it is rare or unknown: a word the lexicon knows
well (Zipf >= ``known_zipf``) changes only when context calls for a far commoner word
one confusion away (``context``), which is what keeps clean text clean and the stage
fast. The words an unknown token may be a misreading of come from ``latin_candidates``
(OCR confusions, the noisy channel, worn capitals, shapes); ``latin_gates`` ranks them and
says whether the best may replace the token. Symbols printed for letters (``glyphs``),
words broken or run together (``broken``, ``broken_read``, ``context``), capitals
(``capitals``) and the second looks (``second_pass``) are their own passes, run here in turn.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property, lru_cache
from itertools import accumulate, count, islice
from operator import add, attrgetter, itemgetter

from ..lexicon import accented_english
from ..profiles import CorrectionSettings
from ..script import HAN_CHAR, HYPHENS, foreign
from .bitscan import codes, scanner, where
from .broken import (
    Pieces,
    among_pieces,
    joined_pieces,
    misread_wholes,
    split_word,
    whole_words,
)
from .broken_read import read_joined
from .capitals import capital_words
from .channel import Targets, fold, targets_of, variants_in
from .context import (
    FORM_MEMO,
    JOIN_HEAD,
    JOIN_HEAD_RARE,
    JOIN_TAIL,
    JOIN_TAIL_RARE,
    SETTLED,
    SPLIT_MAX_ZIPF,
    ContextCorrector,
)
from .glyphs import glued_words, lone_letters, quoting_guillemets, specks, unreadable_words
from .hyphen_specks import hyphen_specks
from .latin_candidates import CHANNEL_WHY, candidates
from .latin_gates import choose
from .lost_stops import lost_stops
from .proposals import Proposal
from .real_words import RARE_WORD_SUPPORT, common_words
from .rivals import weigh
from .run_together import run_together
from .second_pass import beside_mended, habitual_again, mended, misread_titles, refused_again
from .sentence import sentence_start
from .tokens import (
    LATIN,
    LETTER,
    NUMBERISH,
    Tok,
    count_of,
    lexicon_key,
    title_case,
    touches_han,
)

#: A capital and an apostrophe opening a token: a name's (``O'Brien``, ``D'Arcy``, a misread
#: ``I'la``), whose apostrophe no listed confusion reads as a letter (``Lila``).
NAME_APOSTROPHE = re.compile(r"[A-Z]['’]")

#: A whitespace-delimited chunk of a text (``context.Chunk``).
CHUNK = re.compile(r"\S+")

def _chunks(text: str) -> tuple[list[str], list[int]]:
    """The whitespace-delimited chunks of ``text`` (``CHUNK``) and where each starts. A
    text whose only white space is single spaces between chunks (most paragraphs: lines
    joined) is split at them, its starts summed from the chunks' lengths, in C: no match
    object a chunk."""
    if text and text.isprintable() and "  " not in text and text[0] != " " != text[-1]:
        words = text.split(" ")  # (printable: no white space but the ASCII space)
        return words, list(map(add, accumulate(map(len, words), initial=0), count()))[:-1]
    found = list(CHUNK.finditer(text))
    return [m.group() for m in found], [m.start() for m in found]

#: A token's ``Form.low``, its ``lexicon_key``.
_LOW = attrgetter("low")
#: A line-end hyphen of any form: a token next to one is a piece of a word.
_HYPHEN_CHARS = frozenset(HYPHENS)


#: Stops at the tokens a rule may change alone or join with the next (``context.SETTLED``,
#: ``JOIN_*``); the pass skips the rest, which it would leave as read.
_UNSETTLED = scanner(
    (lambda x: not x & SETTLED, None),
    (lambda x: bool(x & JOIN_HEAD and x & JOIN_HEAD_RARE), lambda y: bool(y & JOIN_TAIL)),
    (lambda x: bool(x & JOIN_HEAD), lambda y: bool(y & JOIN_TAIL and y & JOIN_TAIL_RARE)),
    width=max(SETTLED, JOIN_HEAD, JOIN_HEAD_RARE, JOIN_TAIL, JOIN_TAIL_RARE).bit_length(),
)


class LatinCorrector(ContextCorrector):
    """Proposes corrections for the Latin words of a text."""

    lang = "en"

    def __init__(
        self, settings: CorrectionSettings, user: Mapping[str, float], protected: frozenset[str]
    ) -> None:
        super().__init__(settings, user, protected)
        #: ``_far_commoner``, remembered per word (``context.FORM_MEMO``).
        self.far_commoner = lru_cache(maxsize=FORM_MEMO)(self._far_commoner)

    @cached_property
    def common(self) -> Targets:
        """The lexicon's common words (``real_words.common_words``) as confusion targets."""
        return targets_of(common_words(self.s.known_zipf))

    @cached_property
    def targets(self) -> Targets:
        """What a listed confusion may lead to: common words and the user's words."""
        return targets_of(self.common.words | frozenset(self.user)) if self.user else self.common

    @cached_property
    def pieces(self) -> Pieces:
        """What the passes over broken words remember (``broken.Pieces``)."""
        return Pieces(self)

    def propose(self, text: str) -> list[Proposal]:
        out: list[Proposal] = []
        if not text.isascii() and HAN_CHAR.search(text):
            letters = len(LETTER.findall(text))  # (Han counted only as far as it matters)
            if sum(1 for _ in islice(HAN_CHAR.finditer(text), letters + 1)) > letters:
                return out  # Latin inside Chinese text: code, names, brands; leave as read
        if foreign(text):
            return out  # German or French: no English word of it was misread
        chunk_of = self.chunk  # remembered per distinct chunk (context.FORM_MEMO)
        words, starts = _chunks(text)
        kinds = list(map(chunk_of, words))
        out.extend(specks(text, self.zipf, self.s.known_zipf))
        out.extend(lone_letters(text))
        out.extend(glued_words(text, self.zipf, self.s.known_zipf))
        out.extend(hyphen_specks(self, text))
        unreadable = [k for k, c in enumerate(kinds) if c.kind == "unreadable"]
        quotes = quoting_guillemets(self, text) if unreadable else frozenset()
        for k in unreadable:
            out.extend(unreadable_words(self, text, starts[k], words[k], quotes, self.common))
        toks: list[Tok] = [  # start, token, left alone, plain prose
            (at + off, tok, alone, plain)
            for at, (_, alone, plain, pieces) in zip(starts, kinds, strict=True)
            for off, tok in pieces
        ]
        repeats: dict[str, int] = {}
        rare: list[tuple[int, bool, bool]] = []  # rare words left as read: index, initial, free
        blocked: list[tuple[int, bool]] = []  # left alone beside a piece: index, initial
        refused: list[tuple[int, bool, bool]] = []  # free, left as read: index, initial, whole
        form = self.form  # remembered per distinct token (context.FORM_MEMO)
        forms = list(map(form, map(itemgetter(1), toks)))  # (map: no Python step a token)
        known = self.s.known_zipf
        for i in where(_UNSETTLED, codes(map(attrgetter("bits"), forms))):
            start, tok, alone, plain = toks[i]
            if alone:
                continue
            low, z, _, _, real, _ = forms[i]
            end = start + len(tok)
            joined = self._join(text, toks, i, forms)
            if joined is not None and not touches_han(text, start, joined.end):
                out.append(joined)
                continue
            if SPLIT_MAX_ZIPF > z >= known and plain:
                p = self._split(tok, low, self._context(text, toks, i))
                if p is not None:
                    out.append(Proposal(start, end, tok, *p))
                    continue
            if z >= known:  # the fast path
                if tok[0] in "IJ" and len(tok) > 1 and tok[1:].islower():
                    lowered = self._lowered(text, toks, i)
                    if lowered is not None:
                        out.append(lowered)
                        continue
                if real:
                    p = self._real_word(tok, low, self._around(text, toks, i),
                                        initial=sentence_start(text, start))
                    if p is not None and not touches_han(text, start, end):
                        out.append(Proposal(start, end, tok, *p))
                continue
            if touches_han(text, start, end):
                continue
            if split_word(self, text, toks, i):
                continue
            if (len(low) > 4 and self.lex_get(low, 0.0) > 0.0
                    and count_of(repeats, map(_LOW, forms), low) > 1
                    and not self.far_commoner(low)):
                continue  # a word the lexicon knows, read the same way twice: rare, not misread
            context = self._context(text, toks, i)
            initial = sentence_start(text, start) or title_case(toks, i)
            free = plain and not among_pieces(self, text, toks, i)
            # Not a piece of a hyphenated word (exhuma-tion, exhuma¬tion, a soft hyphen).
            whole = free and not (text[start - 1 : start] in _HYPHEN_CHARS
                                  or text[end : end + 1] in _HYPHEN_CHARS)
            p = self._one(tok, low, initial, free, context, whole=whole,
                          opening=sentence_start(text, start))
            split = self._split(tok, low, context) if plain else None
            if split is not None and (p is None or p[2] == CHANNEL_WHY):
                p = split  # supplyof: "supply of", not "supplies"; beon stays "been"
            if p is not None:
                out.append(Proposal(start, end, tok, *p))
                continue
            if free:
                refused.append((i, initial, whole))
            if plain and not free and tok.islower():
                blocked.append((i, initial))  # (capitalised: names beside names, Thomnson)
            elif self.lex_get(low, 0.0) > 0.0:
                rare.append((i, initial, free))
        # Each later pass is asked only when what it starts from is there (most clean text:
        # none is): it would find nothing without it.
        if blocked:
            out += mended(self, text, toks, out, blocked)
        if out:  # (habits and mended words are read off the proposals so far)
            out += habitual_again(self, text, toks, out, rare)
            out += beside_mended(self, text, toks, out)
            if refused:
                out += refused_again(self, text, toks, out, refused)
        bits = self.pieces.of(toks)  # (each pass below returns at once without its pieces)
        if bits:
            out += joined_pieces(self, text, toks, out, bits)
            out += whole_words(self, text, toks, out, bits)
            out += misread_wholes(self, text, toks, out, bits)
            out += run_together(self, text, toks, out, bits)
            out += read_joined(self, text, toks, out, bits)
        out += capital_words(self, text, toks, out)
        out += misread_titles(text, out, self.zipf, self.s.known_zipf)
        out = lost_stops(text, out, self.zipf, self.s.known_zipf)
        return weigh(out, text, self.s.known_zipf, self.zipf)

    def _far_commoner(self, low: str) -> bool:
        """Whether listed confusions lead from the rare word ``low`` to a word
        ``RARE_WORD_SUPPORT`` Zipf commoner (``thero``/``there``, ``boing``/``being``): an
        engine repeats such a misreading along a page (``roods``/``reeds`` is no such pair).
        Asked through ``far_commoner``, remembered by word: it is asked of each repeat."""
        floor = self.zipf(low) + RARE_WORD_SUPPORT
        return any(self.lex[v] >= floor for v in variants_in(low, self.common))

    def _one(
        self,
        tok: str,
        low: str,
        initial: bool,
        free: bool,
        context: tuple[str | None, str | None] = (None, None),
        habits: frozenset[tuple[str, str]] = frozenset(),
        whole: bool = False,
        opening: bool = False,
        piece: bool = False,
    ) -> tuple[str, float, str, float] | None:
        """The best reading of one rare or unknown token, or None. ``free``: the channel
        may look beyond the listed confusions (plain prose, not among pieces of words);
        ``habits``: the text's habitual confusions, which make a rare word's misreading
        likelier; ``whole``: a chunk of its own, no piece of a hyphenated one, which may be
        read as a rarer word (``rare_targets``); ``opening``: the token starts a sentence
        (no title-case run), so a capitalised one may be read by its shape; ``piece``: the
        letters are pieces joined or what a split leaves (``broken``, ``run_together``),
        whose passes gate the reading on their own: the channel's bar for a whole token
        (``latin_gates.CHANNEL_PER_LETTER``) is not theirs."""
        if len(tok) < 2 or tok in self.protected or low in self.protected or low in self.user:
            return None
        z, read = self.zipf(low), low
        if not low.isascii() and accented_english(low):
            return None  # café, crème, señor: English prints them so (the lexicon has no accents)
        tok, folds = fold(tok)  # défendant, waB: letters no English word prints
        low = lexicon_key(tok) if folds else low
        if not LATIN.fullmatch(tok):
            return None  # other letters (ß, 中) make it another language's word
        letters = sum(c.isalpha() for c in tok)
        if letters == 0 or NUMBERISH.fullmatch(tok) or 2 * letters < len(tok) + 1:
            return None
        upper = sum(c.isupper() for c in tok)
        if upper > 1 or (upper == 1 and not tok[0].isupper()):
            return None  # acronyms, ALL CAPS, McNames and iBrands
        capital = upper == 1
        cands = candidates(self, tok, low, folds, z, capital, initial, free, context, whole,
                           opening)
        if NAME_APOSTROPHE.match(tok):
            cands = {w: c for w, c in cands.items() if "'" in w or "’" in w}
        if not cands:
            return None
        return choose(self, tok, low, read, z, capital, initial, context, habits, cands, piece)
