"""Context rules for Latin words: what the word-bigram model (``ngrams``) lets change.

Real-word errors (``tho``/``the``, ``bo``/``be``), words broken at a line end without
their hyphen (``con stitution``), words run together (``supplyof``), a capital I read for
a lower-case i (``held In the``), and pieces of garbled chunks that are left alone.
Each proposal carries its ``evidence`` (log10 lead over the reading) so that a word the
OCR engine was sure of can demand more (``correct.CONFIDENT_EVIDENCE``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Literal, NamedTuple

from ..profiles import CorrectionSettings
from .channel import UNREADABLE_IN
from .latin_confusions import CONFUSION_COST, latin_variants
from .lexicon import LexiconCorrector
from .ngrams import bigrams
from .proposals import Proposal
from .real_words import (
    HABIT_DISCOUNT,
    channel_log10,
    common_words,
    habitual,
    real_word_candidates,
)
from .sentence import Around, in_context, near_word, sentence_start, worn_capital
from .tokens import ADDRESS, CODE, CODEISH, GARBLED, LONGEST_WORD, TOKEN, lexicon_key

#: The context must favour the candidate by this much (log10), after the channel cost.
REAL_WORD_DELTA = 1.0
#: What a real-word reading's reason opens with (``context +1.1 log10``; the second looks
#: add to it, ``..., beside a corrected word``).
REAL_WORD_WHY = "context"
#: Only words this common are lowered from a capital I/J (in, is, it, into ...).
LOWER_ZIPF = 5.5
#: ... and only when the word before makes it likelier than it is alone (log10), or after
#: a lower-case word's comma, before a lower-case word or a number (``which, In 1882,``:
#: a comma ends no sentence; SMH tuning half 8 of 9 exact, evaluation half 2 of 2).
LOWER_EVIDENCE = 0.0
AFTER_COMMA, BEFORE_LOWER = re.compile(r"[a-z], (?=[IJ])"), re.compile(r" [a-z0-9]")
#: A joined word must be known this much above ``known_zipf`` ...
JOIN_EXTRA = 0.5
#: ... and one of its halves rarer than this (Zipf) to be no word of its own.
JOIN_HALF_ZIPF = 2.0
#: A broken word whose joined pieces hold one OCR confusion must be this long
#: (``childi en`` -> ``children``).
JOIN_MISREAD_LEN = 6
#: A word broken after its first letter (``w ould``) is joined on this much context (log10).
JOIN_LETTER_EVIDENCE = 1.0
#: ... and neither piece this common a word (Zipf).
JOIN_MISREAD_HALF = 5.0
#: Context evidence (log10, after the channel cost) that lets a rare word of the lexicon
#: (lino, boing) be read as a far commoner one without ``RARE_WORD_SUPPORT``.
CONTEXT_SUPPORT = 2.0
#: Where context ranks a non-word's candidates, the winner must lead by this much (log10).
CONTEXT_MARGIN = 1.5
#: Both words of a split merged token must be this common (Zipf) ...
SPLIT_ZIPF = 4.0
#: ... and the token itself rarer than this.
SPLIT_MAX_ZIPF = 3.5
#: Distinct word forms, and distinct chunks, whose facts a corrector remembers
#: (``Form``, ``Chunk``): real text repeats its words (a 10 MB page of prose holds some
#: 1.6M tokens of a few ten thousand forms), so each form's lexicon look-ups are made
#: once; the bound (least recently used go first; ~9 MB of forms and ~12 MB of chunks
#: when full) keeps a page of distinct garble from growing them.
FORM_MEMO = 1 << 15


class Form(NamedTuple):
    """What the lexicons say of one token as printed, the same wherever it stands."""

    #: ``tokens.lexicon_key``: how the lexicon spells it.
    low: str
    #: Zipf of ``low`` in the general lexicon (0.0: unknown).
    lex: float
    #: How much it is a word of its own as the first piece of a word broken in two
    #: (``ContextCorrector._head_zipf``); -inf: no first piece (not letters, or capitals
    #: after the first).
    head: float
    #: The same as the second piece (its Zipf); -inf: not a lower-case run of letters.
    tail: float
    #: A known word (``lex`` >= ``known_zipf``) with a far commoner word one OCR
    #: confusion away (``real_word_candidates``).
    real: bool
    #: ``SETTLED`` and the ``JOIN_*`` bits: what a text's pass over its tokens may skip.
    bits: int


#: A known word no rule changes alone: above the split range (``SPLIT_MAX_ZIPF``), no
#: ``real`` word, no capital I or J before small letters (``In``, ``Joined``). Most of a
#: page's tokens are such words; one that is no piece of a broken word either
#: (``JOIN_*``) is passed over at the cost of a bit test. So is a token of no letter
#: (``12``, ``1860``, ``½``) the lexicon does not know as well as ``known_zipf``: every
#: rule the pass would ask of it ends at once (``_one`` and ``_split`` want letters, a
#: join wants pieces of words), and a second pass that asks it again (``refused_again``,
#: ``habitual_again``) asks ``_one``. A third of the tokens a page of prose stopped at.
SETTLED = 1
#: ``head`` / ``tail`` is a piece (not -inf) and under ``JOIN_HALF_ZIPF``: two tokens may
#: be joined (``_join``) only when the first has ``JOIN_HEAD``, the second ``JOIN_TAIL``
#: and one of them its ``_RARE`` bit.
JOIN_HEAD, JOIN_HEAD_RARE, JOIN_TAIL, JOIN_TAIL_RARE = 2, 4, 8, 16


class Chunk(NamedTuple):
    """What one whitespace-delimited chunk of a text is, the same wherever it stands."""

    #: ``long``: garble or run-together text past ``LONGEST_WORD``, left as read;
    #: ``unreadable``: a symbol printed for a letter (``glyphs``); ``words``: tokens.
    kind: Literal["long", "unreadable", "words"]
    #: Its tokens are left alone (an address, code, garble, pieces of a hyphenated chunk).
    alone: bool
    #: No brackets or digits in it: plain prose, where the channel may look further.
    plain: bool
    #: (offset in the chunk, token) of each token.
    toks: tuple[tuple[int, str], ...]


class ContextCorrector(LexiconCorrector):
    """The context rules ``latin.LatinCorrector`` applies (tokens: start, text, left
    alone, plain prose)."""

    def __init__(
        self, settings: CorrectionSettings, user: Mapping[str, float], protected: frozenset[str]
    ) -> None:
        super().__init__(settings, user, protected)
        #: ``Form`` of a token and ``Chunk`` of a chunk, remembered (``FORM_MEMO``).
        self.form = lru_cache(maxsize=FORM_MEMO)(self._form)
        self.chunk = lru_cache(maxsize=FORM_MEMO)(self._chunk)
        #: What a joined pair that is no word reads as, remembered by the pair (a page of
        #: one unknown word repeated asked it of every token: 40 look-ups each).
        self.misread_join = lru_cache(maxsize=FORM_MEMO)(self._misread_join)

    def _form(self, tok: str) -> Form:
        low = lexicon_key(tok)
        lower = tok.lower()
        head = tail = -math.inf
        if tok.isalpha() and tok[1:] == tok[1:].lower():
            head = self._head_zipf(lower, self.zipf(lower))
        if tok.isalpha() and tok.islower():
            tail = self.zipf(tok)
        known, z = self.s.known_zipf, self.lex_get(low, 0.0)
        # (asked of known words only, as the fast path does: for the rest, garble
        # included, it would fill real_word_candidates' caches for nothing)
        real = (z >= known and self._may_be_real_word(tok, low)
                and bool(real_word_candidates(low, known)))
        # each bit the negation of a test that ends the rule (a NaN passes: never skipped)
        settled = (z >= known and not (SPLIT_MAX_ZIPF > z and self._may_split(tok, low))
                   and not real
                   and not (tok[0] in "IJ" and len(tok) > 1 and tok[1:].islower())) or (
            z < known and not any(map(str.isalpha, tok)))  # (a number: see ``SETTLED``)
        bits = ((SETTLED if settled else 0)
                | (JOIN_HEAD if head != -math.inf else 0)
                | (JOIN_HEAD_RARE if not head >= JOIN_HALF_ZIPF else 0)
                | (JOIN_TAIL if tail != -math.inf else 0)
                | (JOIN_TAIL_RARE if not tail >= JOIN_HALF_ZIPF else 0))
        return Form(low, z, head, tail, real, bits)

    def _may_be_real_word(self, tok: str, low: str) -> bool:
        """Whether ``_real_word`` may take ``tok`` for a misreading, by its form alone: the
        tests it begins with that do not look at the neighbours (``Form.real``)."""
        if len(low) < 2 and not tok.islower():
            return False
        if tok in self.protected or low in self.protected or low in self.user:
            return False
        upper = sum(c.isupper() for c in tok)
        return not (upper > 1 or (upper == 1 and not tok[0].isupper()) or not tok.isalpha())

    def _may_split(self, tok: str, low: str) -> bool:
        """Whether ``_split`` may cut ``tok`` in two, by its form alone (a capitalised
        token in the split range, ``Alvarez``, or one with an apostrophe, ``mayor's``,
        is settled without its context being looked up)."""
        return not (self.zipf(low) >= SPLIT_MAX_ZIPF or len(low) < 4 or low in self.user
                    or not tok.islower() or not low.isalpha())

    def _chunk(self, c: str) -> Chunk:
        if len(c) > LONGEST_WORD:
            return Chunk("long", True, False, ())
        if UNREADABLE_IN.search(c) and not ADDRESS.search(c):
            return Chunk("unreadable", True, False, ())
        alone = bool(ADDRESS.search(c) or CODE.search(c) or GARBLED.search(c))
        alone = alone or self._fragments(c)
        plain = CODEISH.search(c) is None
        toks = tuple((m.start(), m.group()) for m in TOKEN.finditer(c))
        return Chunk("words", alone, plain, toks)

    def zipf(self, word: str) -> float:
        return self.zipf_get(word, 0.0)

    def _fragments(self, chunk: str) -> bool:
        """A hyphenated chunk whose parts are pieces, not words (``plnc-il``, ``dss-olling``):
        a part under three letters, or no part the lexicon knows."""
        if "-" not in chunk.strip("-"):
            return False
        parts = [p for p in re.split(r"[^A-Za-z]+", chunk) if p]
        if len(parts) < 2:
            return False
        return min(map(len, parts)) < 3 or all(self.zipf(p.lower()) == 0.0 for p in parts)

    def _context(
        self, text: str, toks: list[tuple[int, str, bool, bool]], i: int
    ) -> tuple[str | None, str | None]:
        """The lower-cased words right before and after token ``i`` when only spaces
        separate them (punctuation ends the context)."""
        return near_word(text, toks, i, -1), near_word(text, toks, i, 1)

    def _around(self, text: str, toks: list[tuple[int, str, bool, bool]], i: int) -> Around:
        """``_context`` reaching one word further on each side, for the trigram model."""
        prev, nxt = self._context(text, toks, i)
        before = () if prev is None else (prev,) if (
            far := near_word(text, toks, i - 1, -1)) is None else (far, prev)
        after = () if nxt is None else (nxt,) if (
            far := near_word(text, toks, i + 1, 1)) is None else (nxt, far)
        return Around(before, after)

    def _real_word(
        self,
        tok: str,
        low: str,
        around: Around,
        habits: frozenset[tuple[str, str]] = frozenset(),
        initial: bool = False,
    ) -> tuple[str, float, str, float] | None:
        """A known word that context says is a misreading of a far commoner one
        (``habits``: confusions this text has shown, ``HABIT_DISCOUNT`` cheaper;
        ``initial``: the token starts a sentence)."""
        prev, nxt = around.prev, around.nxt
        if (prev is None and nxt is None) or not self._may_be_real_word(tok, low):
            return None  # (a capital letter alone is an initial; acronyms, McNames)
        upper = sum(c.isupper() for c in tok)
        if upper and nxt is None:
            return None  # Hy. Dene, Thom: names and their abbreviations
        here = in_context(around, low)
        trials = sorted(
            (
                (in_context(around, cand) - here - channel_log10(cost)
                 + (HABIT_DISCOUNT if habits and habitual(low, cand, habits) else 0.0), cand)
                for cand, cost in real_word_candidates(low, self.s.known_zipf)
            ),
            reverse=True,
        )
        delta, best = trials[0]
        if delta < REAL_WORD_DELTA or (len(trials) > 1 and delta - trials[1][0] < 1.0):
            return None
        if upper and not initial and best[0] != low[0] and delta < CONTEXT_SUPPORT:
            return None  # a capital inside a sentence, itself misread? (Mas fined, Thos Hy)
        if upper or worn_capital(tok, best, initial):
            best = best[0].upper() + best[1:]
        score = round(100.0 * (1.0 - CONFUSION_COST / len(low)), 1)
        return best, score, f"{REAL_WORD_WHY} +{delta:.1f} log10", round(delta, 2)

    def _lowered(
        self, text: str, toks: list[tuple[int, str, bool, bool]], i: int
    ) -> Proposal | None:
        """``In``/``Is``/``Joined`` inside a sentence of lower-case words: a lower-case
        i or j read as a capital, when a listed word pair confirms the lower-case word
        (with a lower-case word on one side at least: ``held In Government grants``;
        tuning half 6 more, all right). Rarer words (``was Joined as``, Zipf 4.5-5.5, on
        0.5 log10) fixed 9 more there, none wrong, but old newspapers capitalise titles
        and bodies (``the Judge said``, ``the Jury``), which that evidence lowered too.
        (The trigram model's odds of a sentence end before the word, ``</s> <s>``, were
        tried as well: at 2 log10 they made 0.09% of right words wrong on the tuning half
        for 0.4% more errors fixed; at 3 log10 they fixed almost nothing more.)"""
        start, tok, _, _ = toks[i]
        prev, nxt = self._context(text, toks, i)
        if prev is None and AFTER_COMMA.match(text, max(0, start - 3)) and (
            BEFORE_LOWER.match(text, start + len(tok)) and self.zipf(tok.lower()) >= LOWER_ZIPF
        ):  # "which, In 1882, found": a comma ends no sentence
            return Proposal(start, start + len(tok), tok, tok.lower(), 90.0,
                            "capital I/J read for i/j", 1.0)
        if prev is None or nxt is None or sentence_start(text, start):
            return None
        if not (toks[i + 1][1].islower() or toks[i - 1][1].islower()):
            return None  # Title Case Run (a lower-case word before: resides In Wodonga)
        low = tok.lower()
        if self.zipf(low) < LOWER_ZIPF:
            return None  # names (India, July) are rarer than the words this happens to
        lm = bigrams()
        if not lm.listed(prev, low):
            return None  # "... bigamy It was": a sentence whose full stop was lost
        evidence = lm.cond(prev, low) - lm.logp(low)  # how much the word before calls for it
        if evidence < LOWER_EVIDENCE:
            return None  # "... the bench In the ...": more likely a lost full stop
        return Proposal(
            start, start + len(tok), tok, low, 90.0, "capital I/J read for i/j", round(evidence, 2)
        )

    def _join(
        self, text: str, toks: list[tuple[int, str, bool, bool]], i: int,
        forms: Sequence[Form] | None = None,
    ) -> Proposal | None:
        """A word broken in two (its line-end hyphen lost: ``con stitution``, ``ra tes``):
        the halves joined make a known word and at least one half is no word. ``forms``:
        the ``Form`` of each token, when the caller has them."""
        if i + 1 >= len(toks):
            return None
        if forms is None:
            forms = [self.form(toks[i][1]), self.form(toks[i + 1][1])]
            i_form = 0
        else:
            i_form = i
        half = min(forms[i_form].head, forms[i_form + 1].tail)  # -inf: not pieces of a word
        if half == -math.inf or half >= JOIN_HALF_ZIPF:
            return None  # two words of their own ("a part", "in to"); most pairs end here
        start, a, alone, _ = toks[i]
        n_start, b, n_alone, _ = toks[i + 1]
        if alone or n_alone or text[start + len(a) : n_start] not in (" ", "\n"):
            return None
        joined = (a + b).lower()
        zj, floor = self.zipf(joined), self.s.known_zipf + JOIN_EXTRA
        if zj < floor and len(joined) < JOIN_MISREAD_LEN:
            return None
        if zj < floor and not common_words(JOIN_MISREAD_HALF).isdisjoint((a.lower(), b)):
            return None  # no word; or a common word and a misread one: "some tima"
        if joined in self.protected:
            return None
        word, why = a + b, "joined split word"
        if zj < floor:
            misread = self.misread_join(joined)
            if misread is None:
                return None  # no word, or several: "pro coding" is no clear "preceding"
            word, why = misread, "joined split word, ocr confusion"
            joined = word
            if a[0].isupper():
                word = word[0].upper() + word[1:]
        end = n_start + len(b)
        gain = self.zipf(joined) - half
        if len(a) == 1:  # "w as": only when the sentence reads better with the word whole
            prev, nxt = self._context(text, toks, i)[0], self._context(text, toks, i + 1)[1]
            lm = bigrams()
            whole = lm.between(prev, joined, nxt)
            apart = lm.between(prev, a.lower(), b) + (lm.cond(b, nxt) if nxt else 0.0)
            gain = whole - apart
            if len(b) < 2 or gain < JOIN_LETTER_EVIDENCE:
                return None
        return Proposal(start, end, text[start:end], word, 90.0, why, round(gain, 2))

    def _misread_join(self, joined: str) -> str | None:
        """The one known word (``known_zipf`` + ``JOIN_EXTRA``) a single listed confusion
        away from ``joined``, or None (none, or several)."""
        floor = self.s.known_zipf + JOIN_EXTRA
        found = [v for v, n in latin_variants(joined, 1).items()
                 if n == 1 and self.zipf(v) >= floor]
        return found[0] if len(found) == 1 else None

    def _head_zipf(self, piece: str, z: float) -> float:
        """How much the first piece of a broken word is a word of its own: one letter
        other than a and i is none (``w ould``, ``w as``; a last letter is often a lost
        apostrophe's: ``John s``), unless one confusion reads it as a common word (``m``
        as ``in``, ``n`` as ``a``); a lone s is what is left of 's (``John s on``)."""
        if len(piece) == 1 and piece not in "ais":  # s: what is left of "'s" (John s on)
            common = common_words(self.s.known_zipf)
            if not any(v in common and (len(v) > 1 or v in "ai") for v in latin_variants(piece)):
                return 0.0
        return z

    def _split(
        self, tok: str, low: str, context: tuple[str | None, str | None]
    ) -> tuple[str, float, str, float] | None:
        """Two words run together (``tothe``, ``supplyof``): an unknown token that splits
        into two common words which English often writes side by side, with a word after
        it (before a mark the tuning half's two such splits were both wrong: ``iton;``
        was ``iron``, none right lost)."""
        if not self._may_split(tok, low):
            # web text makes "ofthe" a word (Zipf 3.3): context must still decide;
            # capitalised: names (Tooso, Usit) split into nonsense
            return None
        after = context[1]
        if not after:
            return None  # no word after to weigh the second word by (hot iton; Tri. ismy,)
        lm = bigrams()
        found = [
            (lm.between(context[0], a, b) + lm.cond(b, after), a, b)
            for a, b in ((low[:k], low[k:]) for k in range(2, len(low) - 1))
            if self.zipf(a) >= SPLIT_ZIPF and self.zipf(b) >= SPLIT_ZIPF and lm.listed(a, b)
        ]
        if not found:
            return None
        found.sort(reverse=True)
        if len(found) > 1 and found[0][0] - found[1][0] < 1.0:
            return None
        score, a, b = found[0]
        lead = score - lm.between(context[0], low, context[1])
        if lead < CONTEXT_SUPPORT:
            return None
        return f"{a} {b}", 90.0, "split merged words", round(lead, 2)
