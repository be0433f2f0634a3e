"""Candidates and decisions for Latin-script words (English lexicon + user words).

A token is looked at only when it is rare or unknown: a word the lexicon knows
well (Zipf >= ``known_zipf``) is never changed, which is what keeps clean text
clean and the stage fast. Candidates come from two sources:

* OCR confusions (``confusions.latin_variants``): up to two cheap rewrites
  (rn->m, cl->d, b->h, 0->o ...) that land on a lexicon word;
* one plain edit found with rapidfuzz over an index of common words bucketed by
  length and first (or last) letter, only for unknown tokens of 6+ letters.

Candidates must be known words (Zipf >= ``known_zipf``) or user-lexicon words.

Similarity is ``100 * (1 - cost / len)`` with a confusion costing 0.3 and a plain
edit 1.0; a candidate wins only with ``min_score``, a lead of ``margin`` over
the runner-up (rank = score + 5 per Zipf unit) and ``freq_ratio`` times the
token's frequency. Capitalised words (names) need far stronger support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..model import is_cjk
from .confusions import CONFUSION_COST, latin_variants
from .lexicon import LexiconCorrector, general
from .ngrams import bigrams

#: A token: a run of letters and digits in any script, one inner apostrophe.
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: Tokens we may correct: ASCII letters and digits (0/1/5 misread for o/l/s), long s.
LATIN = re.compile(r"[A-Za-z0-9ſ]+(?:['’][A-Za-z]+)?")
#: Whitespace-delimited chunks that are addresses, not words.
ADDRESS = re.compile(r"@|://|^www\.|\.(?:com|org|net|gov|edu|cn|uk|io)\b|/\w", re.I)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LETTER = re.compile(r"[A-Za-z]")
NUMBERISH = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|[a-z]{1,2})?", re.I)
SENTENCE_END = frozenset('.!?"“”:;')
#: Chunks with these characters are code or markup: left as read.
CODE = re.compile(r"[_=<>{}\\|#$%^*+~`]")
#: Chunks the OCR garbled (letters run into dots or commas, stray guillemets): a token in
#: them is a fragment, and "fixing" it makes another wrong word (``l.ing.lren``, ``Mest,ra``).
GARBLED = re.compile(r"[«»¡¿]|[A-Za-z][.,;:][A-Za-z]{2}")
#: Chunks with these get OCR confusions only, no free edits (formulas, references, "c0mputer").
CODEISH = re.compile(r"[()\[\]\d]")
#: Rank bonus per Zipf unit: at equal similarity, 10x more frequent leads by 5 points.
ZIPF_WEIGHT = 5.0
#: Common words that a single plain edit may lead to (keeps the rapidfuzz index small).
EDIT_TARGET_ZIPF = 3.5
#: Shortest unknown token that may be repaired by a plain edit.
EDIT_MIN_LEN = 6
#: Two- and three-letter tokens are only corrected to very common words.
SHORT_TARGET_ZIPF = 4.5
#: A token the lexicon knows at least this well is a rare word, not a misreading ...
RARE_WORD_ZIPF = 2.0
#: ... unless the candidate is this much more frequent (Zipf units; "tbe" -> "the" is 5.2).
RARE_WORD_SUPPORT = 3.0
#: How much stronger the lexicon must favour a capitalised word's candidate (Zipf units).
CAPITAL_SUPPORT = 3.0
#: A known word is suspected of being a misread other word only when one OCR confusion
#: away lies a word at least this much more frequent (Zipf units): tho/the, bo/be, aud/and.
REAL_WORD_GAP = 0.5
#: log10 cost of one OCR confusion in the real-word decision (the channel model).
REAL_WORD_CHANNEL = 2.0
#: The context must favour the candidate by this much (log10), after the channel cost.
REAL_WORD_DELTA = 1.0
#: Only words this common are lowered from a capital I/J (in, is, it, into ...).
LOWER_ZIPF = 5.5
#: A joined word must be known this much above ``known_zipf`` ...
JOIN_EXTRA = 0.5
#: ... and one of its halves rarer than this (Zipf) to be no word of its own.
JOIN_HALF_ZIPF = 2.0
#: Context evidence (log10, after the channel cost) that lets a rare word of the lexicon
#: (lino, boing) be read as a far commoner one without ``RARE_WORD_SUPPORT``.
CONTEXT_SUPPORT = 2.0
#: Both words of a split merged token must be this common (Zipf) ...
SPLIT_ZIPF = 4.0
#: ... and the token itself rarer than this.
SPLIT_MAX_ZIPF = 3.5
#: Words that may stand between two tokens for them to count as neighbours in context.
NEIGHBOUR = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed change of ``text[start:end]``."""

    start: int
    end: int
    original: str
    corrected: str
    score: float
    reason: str
    #: log10 units by which the correction beats the reading (context, frequency or both);
    #: a word the OCR engine was fairly sure of needs ``correct.CONFIDENT_EVIDENCE``.
    evidence: float = 0.0


@cache
def _edit_index() -> dict[tuple[str, int, int], tuple[str, ...]]:
    """Common words bucketed by (first|last letter, length) for rapidfuzz search."""
    buckets: dict[tuple[str, int, int], list[str]] = {}
    for w, z in general("en").items():
        if z >= EDIT_TARGET_ZIPF and "'" not in w:
            buckets.setdefault((w[0], len(w), 0), []).append(w)
            buckets.setdefault((w[-1], len(w), 1), []).append(w)
    return {k: tuple(v) for k, v in buckets.items()}


class LatinCorrector(LexiconCorrector):
    """Proposes corrections for the Latin words of a text."""

    lang = "en"

    def zipf(self, word: str) -> float:
        u = self.user.get(word)
        return u if u is not None else self.lex.get(word, 0.0)

    def propose(self, text: str) -> list[Proposal]:
        out: list[Proposal] = []
        if HAN.search(text) and len(HAN.findall(text)) > len(LETTER.findall(text)):
            return out  # Latin inside Chinese text: code, names, brands; leave as read
        toks: list[tuple[int, str, bool, bool]] = []  # start, token, left alone, plain prose
        for chunk in re.finditer(r"\S+", text):
            c = chunk.group()
            alone = bool(ADDRESS.search(c) or CODE.search(c) or GARBLED.search(c))
            alone = alone or self._fragments(c)
            plain = CODEISH.search(c) is None
            toks.extend(
                (chunk.start() + m.start(), m.group(), alone, plain) for m in TOKEN.finditer(c)
            )
        repeats: dict[str, int] = {}
        for i, (start, tok, alone, plain) in enumerate(toks):
            low = tok.lower().replace("’", "'")
            if alone:
                continue
            end = start + len(tok)
            joined = self._join(text, toks, i)
            if joined is not None and not _touches_han(text, start, joined.end):
                out.append(joined)
                continue
            if SPLIT_MAX_ZIPF > self.lex.get(low, 0.0) >= self.s.known_zipf and plain:
                p = self._split(tok, low, self._context(text, toks, i))
                if p is not None:
                    out.append(Proposal(start, end, tok, *p))
                    continue
            if self.lex.get(low, 0.0) >= self.s.known_zipf:  # the fast path
                if tok[0] in "IJ" and len(tok) > 1 and tok[1:].islower():
                    lowered = self._lowered(text, toks, i)
                    if lowered is not None:
                        out.append(lowered)
                        continue
                if _real_word_candidates(low, self.s.known_zipf):
                    p = self._real_word(tok, low, *self._context(text, toks, i))
                    if p is not None and not _touches_han(text, start, end):
                        out.append(Proposal(start, end, tok, *p))
                continue
            if _touches_han(text, start, end):
                continue
            if self._split_word(text, toks, i):
                continue
            if len(low) > 4 and self.lex.get(low, 0.0) > 0.0 and repeats.setdefault(
                low, sum(t[1].lower() == low for t in toks)
            ) > 1:
                continue  # a word the lexicon knows, read the same way twice: rare, not misread
            context = self._context(text, toks, i)
            p = self._one(tok, low, _sentence_start(text, start), plain, context)
            if p is None and plain:
                p = self._split(tok, low, context)
            if p is not None:
                out.append(Proposal(start, end, tok, *p))
        return out

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
        start, tok, _, _ = toks[i]
        prev = nxt = None
        if i > 0:
            p_start, p_tok, _, _ = toks[i - 1]
            low = p_tok.lower()
            if text[p_start + len(p_tok) : start].isspace() and NEIGHBOUR.fullmatch(low):
                prev = low
        if i + 1 < len(toks):
            n_start, n_tok, _, _ = toks[i + 1]
            low = n_tok.lower()
            if text[start + len(tok) : n_start].isspace() and NEIGHBOUR.fullmatch(low):
                nxt = low
        return prev, nxt

    def _real_word(
        self, tok: str, low: str, prev: str | None, nxt: str | None
    ) -> tuple[str, float, str, float] | None:
        """A known word that context says is a misreading of a far commoner one."""
        if (prev is None and nxt is None) or (len(low) < 2 and not tok.islower()):
            return None  # a capital letter alone is an initial
        if tok in self.protected or low in self.protected or low in self.user:
            return None
        upper = sum(c.isupper() for c in tok)
        if upper > 1 or (upper == 1 and not tok[0].isupper()) or not tok.isalpha():
            return None
        if upper and nxt is None:
            return None  # Hy. Dene, Thom: names and their abbreviations
        lm = bigrams()
        here = lm.between(prev, low, nxt)
        trials = sorted(
            (
                (lm.between(prev, cand, nxt) - here - REAL_WORD_CHANNEL * rewrites, cand)
                for cand, rewrites in _real_word_candidates(low, self.s.known_zipf)
            ),
            reverse=True,
        )
        delta, best = trials[0]
        if delta < REAL_WORD_DELTA or (len(trials) > 1 and delta - trials[1][0] < 1.0):
            return None
        if upper:
            best = best[0].upper() + best[1:]
        score = round(100.0 * (1.0 - CONFUSION_COST / len(low)), 1)
        return best, score, f"context +{delta:.1f} log10", round(delta, 2)

    def _lowered(
        self, text: str, toks: list[tuple[int, str, bool, bool]], i: int
    ) -> Proposal | None:
        """``In``/``Is``/``Joined`` inside a sentence of lower-case words: a lower-case
        i or j read as a capital, when a listed word pair confirms the lower-case word."""
        start, tok, _, _ = toks[i]
        prev, nxt = self._context(text, toks, i)
        if prev is None or nxt is None or _sentence_start(text, start):
            return None
        if not toks[i + 1][1].islower():
            return None  # Title Case Run, or a name
        low = tok.lower()
        if self.zipf(low) < LOWER_ZIPF:
            return None  # names (India, July) are rarer than the words this happens to
        lm = bigrams()
        if not lm.listed(prev, low):
            return None  # "... bigamy It was": a sentence whose full stop was lost
        evidence = lm.cond(prev, low) - lm.logp(low)  # how much the word before calls for it
        return Proposal(
            start, start + len(tok), tok, low, 90.0, "capital I/J read for i/j", round(evidence, 2)
        )

    def _join(self, text: str, toks: list[tuple[int, str, bool, bool]], i: int) -> Proposal | None:
        """A word broken in two (its line-end hyphen lost: ``con stitution``, ``ra tes``):
        the halves joined make a known word and at least one half is no word."""
        if i + 1 >= len(toks):
            return None
        start, a, alone, _ = toks[i]
        n_start, b, n_alone, _ = toks[i + 1]
        if alone or n_alone or text[start + len(a) : n_start] not in (" ", "\n"):
            return None
        if not (a.isalpha() and b.isalpha() and b.islower() and a[1:].islower()):
            return None
        joined = (a + b).lower()
        if joined in self.protected or self.zipf(joined) < self.s.known_zipf + JOIN_EXTRA:
            return None
        if min(self.zipf(a.lower()), self.zipf(b)) >= JOIN_HALF_ZIPF:
            return None  # two words of their own: "a part", "in to"
        end = n_start + len(b)
        gain = self.zipf(joined) - min(self.zipf(a.lower()), self.zipf(b))
        return Proposal(start, end, text[start:end], a + b, 90.0, "joined split word", gain)

    def _split(
        self, tok: str, low: str, context: tuple[str | None, str | None]
    ) -> tuple[str, float, str, float] | None:
        """Two words run together (``tothe``, ``supplyof``): an unknown token that splits
        into two common words which English often writes side by side."""
        if self.zipf(low) >= SPLIT_MAX_ZIPF or len(low) < 4 or low in self.user:
            return None  # web text makes "ofthe" a word (Zipf 3.3): context must still decide
        if not tok.islower() or not low.isalpha():
            return None  # capitalised: names (Tooso, Usit) split into nonsense
        lm = bigrams()
        found = [
            (lm.between(context[0], a, b) + (lm.cond(b, context[1]) if context[1] else 0.0), a, b)
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

    def _split_word(self, text: str, toks: list[tuple[int, str, bool, bool]], i: int) -> bool:
        """True when the token is half of a word broken at a line end without its hyphen
        (``Gov ernment``, ``boun daries``): joined with a neighbour it is a known word."""
        start, tok, _, _ = toks[i]
        if i > 0:
            p_start, prev, _, _ = toks[i - 1]
            gap = text[p_start + len(prev) : start]
            if gap.isspace() and self.zipf((prev + tok).lower()) >= self.s.known_zipf:
                return True
        if i + 1 < len(toks):
            n_start, nxt, _, _ = toks[i + 1]
            gap = text[start + len(tok) : n_start]
            if gap.isspace() and self.zipf((tok + nxt).lower()) >= self.s.known_zipf:
                return True
        return False

    def _one(
        self,
        tok: str,
        low: str,
        initial: bool,
        plain: bool,
        context: tuple[str | None, str | None] = (None, None),
    ) -> tuple[str, float, str, float] | None:
        if not LATIN.fullmatch(tok):
            return None  # other letters (ß, é, 中) make it another language's word
        if len(tok) < 2 or tok in self.protected or low in self.protected or low in self.user:
            return None
        letters = sum(c.isalpha() for c in tok)
        if letters == 0 or NUMBERISH.fullmatch(tok) or 2 * letters < len(tok) + 1:
            return None
        upper = sum(c.isupper() for c in tok)
        if upper > 1 or (upper == 1 and not tok[0].isupper()):
            return None  # acronyms, ALL CAPS, McNames and iBrands
        capital = upper == 1
        z = self.zipf(low)
        cands: dict[str, tuple[float, str]] = {}
        has_context = context != (None, None)
        for variant, rewrites in latin_variants(low).items():
            if rewrites > 1 and len(low) < 4 and not has_context:
                continue  # two confusions in a short word reach too many words
            if variant in self.user or self.lex.get(variant, 0.0) >= self.s.known_zipf:
                score = 100.0 * (1.0 - CONFUSION_COST * rewrites / len(low))
                cands[variant] = (score, f"ocr confusion x{rewrites}")
        if plain and z == 0.0 and not capital and len(low) >= EDIT_MIN_LEN and low.isalpha():
            for word in _edit_neighbours(low):
                score = 100.0 * (1.0 - 1.0 / len(low))
                if word not in cands or cands[word][0] < score:
                    cands[word] = (score, "edit distance 1")
        if not cands:
            return None
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
                    (score + ZIPF_WEIGHT * self.zipf(w), score, w, why)
                    for w, (score, why) in cands.items()
                ),
                reverse=True,
            )
        rank, score, best, why = ranked[0]
        if score < self.s.min_score and not (has_context and len(low) <= 4):
            return None
        if len(ranked) > 1 and rank - ranked[1][0] < self.s.margin:
            return None
        gain = self.zipf(best) - z
        # Context that strongly prefers the candidate stands in for overwhelming frequency.
        if has_context:
            lead = rank / ZIPF_WEIGHT - bigrams().between(context[0], low, context[1])
        else:
            lead = gain
        sure = has_context and lead >= CONTEXT_SUPPORT
        if gain < self.min_gain or (z >= RARE_WORD_ZIPF and gain < RARE_WORD_SUPPORT and not sure):
            return None  # a rare word of its own (oar, fen, hake) needs overwhelming support
        if len(low) <= 3 and self.zipf(best) < SHORT_TARGET_ZIPF:
            return None
        if capital and (gain < CAPITAL_SUPPORT or why.startswith("edit")):
            return None
        if capital or (initial and not tok[0].isalpha()):
            best = best[0].upper() + best[1:]
        if "’" in tok:
            best = best.replace("'", "’")
        return best, round(score, 1), why, round(lead, 2)


@lru_cache(maxsize=65536)
def _real_word_candidates(low: str, known: float) -> tuple[tuple[str, int], ...]:
    """Words one OCR confusion from the known word ``low`` that are far more frequent."""
    lex = general("en")
    floor = lex.get(low, 0.0) + REAL_WORD_GAP
    return tuple(
        (v, n)
        for v, n in latin_variants(low, 1).items()
        if lex.get(v, 0.0) >= max(floor, known)
    )


def _edit_neighbours(low: str) -> list[str]:
    """Common words one plain edit away, found with rapidfuzz in the length buckets."""
    index = _edit_index()
    found: set[str] = set()
    for key_char, side in ((low[0], 0), (low[-1], 1)):
        for n in (len(low) - 1, len(low), len(low) + 1):
            bucket = index.get((key_char, n, side))
            if bucket:
                for word, _dist, _i in process.extract(
                    low, bucket, scorer=Levenshtein.distance, score_cutoff=1, limit=8
                ):
                    found.add(word)
    return sorted(found)


def _touches_han(text: str, start: int, end: int) -> bool:
    return (start > 0 and is_cjk(text[start - 1])) or (end < len(text) and is_cjk(text[end]))


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in SENTENCE_END
