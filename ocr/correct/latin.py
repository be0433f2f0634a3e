"""Candidates and decisions for Latin-script words (English lexicon + user words).

A token is looked at only when it is rare or unknown: a word the lexicon knows
well (Zipf >= ``known_zipf``) is never changed, which is what keeps clean text
clean and the stage fast. Candidates come from two sources:

* OCR confusions (``confusions.latin_variants``): up to two cheap rewrites
  (rn->m, cl->d, b->h, 0->o ...) that land on a lexicon word;
* one plain edit found with rapidfuzz over an index of common words bucketed by
  length and first (or last) letter, only for unknown tokens of 7+ letters.

Candidates must be known words (Zipf >= ``known_zipf``) or user-lexicon words.

Similarity is ``100 * (1 - cost / len)`` with a confusion costing 0.3 and a plain
edit 1.0; a candidate wins only with ``min_score``, a lead of ``margin`` over
the runner-up (rank = score + 5 per Zipf unit) and ``freq_ratio`` times the
token's frequency. Capitalised words (names) need far stronger support. Where a token
has neighbours (only spaces between), the word-bigram model ranks the candidates
instead; the context rules (real-word errors, joins, splits, capitals) are in ``context``.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..lexicon import general
from ..script import HAN_CHAR, is_cjk
from .confusions import CONFUSION_COST, latin_variants
from .context import (
    CONTEXT_MARGIN,
    CONTEXT_SUPPORT,
    REAL_WORD_CHANNEL,
    SPLIT_MAX_ZIPF,
    ContextCorrector,
    Proposal,
    real_word_candidates,
    sentence_start,
)
from .ngrams import bigrams

#: A token: a run of letters and digits in any script, one inner apostrophe.
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: Tokens we may correct: ASCII letters and digits (0/1/5 misread for o/l/s), long s.
LATIN = re.compile(r"[A-Za-z0-9ſ]+(?:['’][A-Za-z]+)?")
#: Whitespace-delimited chunks that are addresses, not words.
ADDRESS = re.compile(r"@|://|^www\.|\.(?:com|org|net|gov|edu|cn|uk|io)\b|/\w", re.I)
LETTER = re.compile(r"[A-Za-z]")
NUMBERISH = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|[a-z]{1,2})?", re.I)
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
#: Shortest unknown token that may be repaired by a plain edit (at 6 letters most
#: edits were wrong on the SMH tuning half: teamen, congou, aheady).
EDIT_MIN_LEN = 7
#: Two- and three-letter tokens are only corrected to very common words.
SHORT_TARGET_ZIPF = 4.5
#: A token the lexicon knows at least this well is a rare word, not a misreading ...
RARE_WORD_ZIPF = 2.0
#: ... unless the candidate is this much more frequent (Zipf units; "tbe" -> "the" is 5.2).
RARE_WORD_SUPPORT = 3.0
#: How much stronger the lexicon must favour a capitalised word's candidate (Zipf units).
CAPITAL_SUPPORT = 3.0

@cache
def _edit_index() -> dict[tuple[str, int, int], tuple[str, ...]]:
    """Common words bucketed by (first|last letter, length) for rapidfuzz search."""
    buckets: dict[tuple[str, int, int], list[str]] = {}
    for w, z in general("en").items():
        if z >= EDIT_TARGET_ZIPF and "'" not in w:
            buckets.setdefault((w[0], len(w), 0), []).append(w)
            buckets.setdefault((w[-1], len(w), 1), []).append(w)
    return {k: tuple(v) for k, v in buckets.items()}


class LatinCorrector(ContextCorrector):
    """Proposes corrections for the Latin words of a text."""

    lang = "en"

    def propose(self, text: str) -> list[Proposal]:
        out: list[Proposal] = []
        if HAN_CHAR.search(text) and len(HAN_CHAR.findall(text)) > len(LETTER.findall(text)):
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
                if real_word_candidates(low, self.s.known_zipf):
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
            p = self._one(tok, low, sentence_start(text, start), plain, context)
            if p is None and plain:
                p = self._split(tok, low, context)
            if p is not None:
                out.append(Proposal(start, end, tok, *p))
        return out

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
        margin = max(self.s.margin, CONTEXT_MARGIN * ZIPF_WEIGHT) if has_context else self.s.margin
        if len(ranked) > 1 and rank - ranked[1][0] < margin:
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
