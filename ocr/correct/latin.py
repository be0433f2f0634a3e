"""Candidates and decisions for Latin-script words (English lexicon + user words).

A token is looked at only when it is rare or unknown: a word the lexicon knows
well (Zipf >= ``known_zipf``) changes only when context calls for a far commoner word
one confusion away (``context``), which is what keeps clean text clean and the stage
fast. Candidates come from three sources:

* OCR confusions (``latin_confusions.latin_variants``): up to two cheap rewrites
  (rn->m, cl->d, b->h, 0->o ...) that land on a lexicon word;
* the noisy channel (``channel``): common words up to three edits from an unknown token
  of 7+ letters in plain prose, priced by what OCR engines confuse (``botwoon``), and
  in lower-case prose one confusion Tesseract was seen to make (``rould``), taken only
  where context is sure (``CONTEXT_SUPPORT``); in shorter unknown tokens one or two
  misread letters (``havp``, ``spcond``), the word-bigram model choosing;
* a symbol printed for a letter the engine could not read (``week«``, ``Compan}``):
  each letter tried, the word-bigram model chooses (``glyphs``).

Candidates must be known words (Zipf >= ``known_zipf``) or user-lexicon words (rarer
ones only for long unknown tokens that reach no such word: ``rare_targets``).

Similarity is ``100 * (1 - cost / len)`` with ``channel.cost`` (a listed confusion 0.3,
a plain edit 1.0); a candidate wins only with ``min_score``, a lead of ``margin`` over
the runner-up (rank = score + 5 per Zipf unit) and ``freq_ratio`` times the
token's frequency. Capitalised words (names) need far stronger support. Where a token
has neighbours (only spaces between), the word-bigram model ranks the candidates
instead; the context rules (real-word errors, joins, splits, capitals) are in ``context``.
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
    run_together,
    split_word,
    whole_words,
)
from .broken_read import read_joined
from .capitals import capital_words
from .channel import (
    CHANNEL_FLOOR,
    WORN_CAPITAL_WHY,
    Targets,
    confusions_in,
    costs,
    fold,
    lowered_start,
    targets_of,
    variants_in,
    worn_capitals,
)
from .channel import cost as channel_cost
from .context import (
    CONTEXT_MARGIN,
    CONTEXT_SUPPORT,
    FORM_MEMO,
    JOIN_HEAD,
    JOIN_HEAD_RARE,
    JOIN_TAIL,
    JOIN_TAIL_RARE,
    SETTLED,
    SPLIT_MAX_ZIPF,
    ContextCorrector,
    Proposal,
)
from .glyphs import glued_words, lone_letters, quoting_guillemets, specks, unreadable_words
from .hyphen_specks import hyphen_specks
from .latin_confusions import CONFUSION_COST, latin_variants, rare_targets
from .lost_stops import lost_stops
from .near import near_words, substitutions
from .ngrams import bigrams
from .real_words import HABIT_RARE, REAL_WORD_CHANNEL, common_words, habitual
from .second_pass import beside_mended, habitual_again, mended, misread_titles, refused_again
from .sentence import sentence_start, worn_capital
from .shapes import differences, look_alikes
from .shapes import price as shape_price
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

#: A whitespace-delimited chunk of a text (``context.Chunk``).
CHUNK = re.compile(r"\S+")
#: Rank bonus per Zipf unit: at equal similarity, 10x more frequent leads by 5 points.
ZIPF_WEIGHT = 5.0
#: Shortest unknown token the channel may repair beyond the listed confusions, and by how
#: many edits (``botwoon``: an engine that reads e as o does so all along the page); below
#: 7 letters 70% of such repairs were wrong on the SMH tuning half (teamen, congou, aheady).
EDIT_MIN_LEN, EDIT_MAX = 7, 3
#: Shorter unknown tokens in lower-case prose (from ``SHORT_EDIT_MIN`` letters) may have one
#: letter misread (two from ``SHORT_TWO_SUBS`` letters): ``havp``, ``spcond``, ``lutuie``;
#: the word must stand beside a neighbour it is often written with, and context decides.
#: Letters added or lost were mostly pieces of broken words (``rding``, ``hshed``).
SHORT_EDIT_MIN, SHORT_TWO_SUBS = 4, 6
#: Why a capital inside a sentence was read as the small letter(s) it misprinted.
LOWERED = "capital read for a small letter"
#: Words the OCR channel may lead to must be this common (Zipf): rarer ones are mostly
#: names and web words (cree, pico, lgbt) that a fragment happens to lie near.
CHANNEL_ZIPF = 4.0
#: ... but a lower-case token of ``RARER_MIN_LEN`` letters or more may reach a known word
#: (``known_zipf``) that is rarer, at a channel price of one plain edit at most
#: (``ditorderly`` -> ``disorderly``, ``estcomod`` -> ``esteemed``, ``liansicnt`` ->
#: ``transient``): that long, a fragment seldom lies so near a word by chance (SMH tuning
#: half: 8 more words fixed, none made wrong; capitalised, the one wrong reached a name).
RARER_MIN_LEN, RARER_COST = 8, 1.0
#: Why a word of the token's shape (``shapes``: three or more worn glyphs, ``cnrpontor``
#: -> ``carpenter``) is read. Below ``RARER_MIN_LEN`` letters such a word is taken only
#: where context, less its price, prefers it to the token as read (lead >= 0; SMH tuning
#: half: those under 0 were mostly wrong, ``snics`` -> ``sales``, ``ennos`` -> ``canes``);
#: from ``RARER_MIN_LEN`` letters the shape alone was right each time (``licutouaiit``).
SHAPE_WHY = "ocr confusion, shape"
#: Shortest token read by its shape (three letters are the listed confusions' own: ``tbo``).
SHAPE_MIN_LEN = 4
#: Endings that make a form of a known word (sewer -> sewered): such a form is left alone.
INFLECTIONS = ("ed", "ing", "s", "es", "er", "ers", "ly")
#: Two- and three-letter tokens are only corrected to very common words.
SHORT_TARGET_ZIPF = 4.5
#: A token the lexicon knows at least this well is a rare word, not a misreading ...
RARE_WORD_ZIPF = 1.0
#: ... unless the candidate is this much more frequent (Zipf units; "tbe" -> "the" is 5.2).
RARE_WORD_SUPPORT = 3.0
#: Two or more listed confusions in a word of at most ``SHORT_WORD`` letters (``tilla`` ->
#: ``title``, ``yvoro`` -> ``wore``) are taken only on ``SHORT_TWO_LEAD`` log10 of evidence:
#: such rewrites land on some word for most short fragments; on the SMH tuning half 20 of
#: the 24 taken below that lead were wrong.
CONFUSIONS_WHY = "ocr confusion x"  #: the reason such a candidate carries, with the count
SHORT_WORD, SHORT_TWO_LEAD = 5, 0.5
#: How much stronger the lexicon must favour a capitalised word's candidate (Zipf units).
CAPITAL_SUPPORT = 3.0

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
            if split is not None and (p is None or p[2] == "ocr channel"):
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
        return lost_stops(text, out, self.zipf, self.s.known_zipf)

    def _far_commoner(self, low: str) -> bool:
        """Whether listed confusions lead from the rare word ``low`` to a word
        ``RARE_WORD_SUPPORT`` Zipf commoner (``thero``/``there``, ``boing``/``being``): an
        engine repeats such a misreading along a page (``roods``/``reeds`` is no such pair).
        Asked through ``far_commoner``, remembered by word: it is asked of each repeat."""
        floor = self.zipf(low) + RARE_WORD_SUPPORT
        return any(self.lex[v] >= floor for v in variants_in(low, self.common))

    def _inflected(self, low: str) -> bool:
        """A word the lexicon lacks but builds from one it knows with a regular ending
        (``sewered``): a form of an English word, not a misreading of another."""
        for suffix in INFLECTIONS:
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 3 and (
                self.zipf(stem) >= self.s.known_zipf or self.zipf(stem + "e") >= self.s.known_zipf
            ):
                return True
        return False

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
    ) -> tuple[str, float, str, float] | None:
        """The best reading of one rare or unknown token, or None. ``free``: the channel
        may look beyond the listed confusions (plain prose, not among pieces of words);
        ``habits``: the text's habitual confusions, which make a rare word's misreading
        likelier; ``whole``: a chunk of its own, no piece of a hyphenated one, which may be
        read as a rarer word (``rare_targets``); ``opening``: the token starts a sentence
        (no title-case run), so a capitalised one may be read by its shape."""
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
        cands: dict[str, tuple[float, str]] = {}
        has_context = context != (None, None)
        common = common_words(self.s.known_zipf)
        short = len(low) < 4 and not has_context
        variants = variants_in(low, self.targets).items()
        for variant, rewrites in [*variants, (low, 0)] if folds else variants:
            rewrites += folds
            if rewrites > 1 and short:
                continue  # two confusions in a short word reach too many words
            if variant in common or variant in self.user:
                score = 100.0 * (1.0 - CONFUSION_COST * rewrites / len(low))
                cands[variant] = (score, f"{CONFUSIONS_WHY}{rewrites}")
        if not cands and whole and z == 0.0 and tok.islower() and not self._inflected(low):
            cands = rare_targets(low, self.zipf, self.s.known_zipf)  # exhumod, returnablo
        lowered = lowered_start(tok) if capital and not initial and z < RARE_WORD_ZIPF else None
        for variant, rewrites in [(lowered, 0), *latin_variants(lowered, 1).items()] if (
            lowered
        ) else ():  # "Btreets": a lower-case s printed as a capital B, inside a sentence
            if variant in common and variant not in cands:
                score = 100.0 * (1.0 - CONFUSION_COST * (rewrites + 1) / len(low))
                cands[variant] = (score, LOWERED)
        if capital and z < self.s.known_zipf:  # Tohn, Oeorge, Fastcrn
            cands = worn_capitals(tok, self.targets, common) | cands
        if free and z == 0.0 and len(low) >= EDIT_MIN_LEN and low.isalpha() and not (
            self._inflected(low)
        ):
            for word in near_words(low, EDIT_MAX):
                price = channel_cost(low, word)
                if self.zipf(word) < CHANNEL_ZIPF and not (
                    tok.islower() and len(low) >= RARER_MIN_LEN and price <= RARER_COST
                    and self.zipf(word) >= self.s.known_zipf
                ):
                    continue
                score = 100.0 * (1.0 - price / len(low))
                if word not in cands or cands[word][0] < score:
                    cands[word] = (score, "ocr channel")
        prose = tok.islower() or (initial and tok[1:].islower())  # Hie at a sentence start
        if has_context and free and z < self.s.known_zipf and len(low) >= SHAPE_MIN_LEN and (
            tok.isalpha() and (tok.islower() or (opening and tok[1:].islower()))
        ):  # (capitalised only at a sentence's start: in lists and inside, names: Ptea, Frnest)
            priced = costs()
            for word in look_alikes(low, common):
                misread = differences(low, word)
                if word in cands or (len(misread) == 1 and misread[0] in priced):
                    continue  # (one priced confusion: the listed and learned readings' own)
                if len(low) < RARER_MIN_LEN and not bigrams().beside(context[0], word, context[1]):
                    continue  # (short: a word English writes beside a neighbour, as below)
                price = min(shape_price(misread), channel_cost(low, word))
                cands[word] = (100.0 * (1.0 - price / len(low)), SHAPE_WHY)
        if has_context and free and prose and tok.isalpha() and z < self.s.known_zipf:
            # (rare words of the lexicon too, irom, Hie, Ile: context must be sure anyway)
            learned = list(confusions_in(low, self.common).items())
            for variant, c in learned if learned and not self._inflected(low) else ():
                if variant not in cands:
                    cands[variant] = (100.0 * (1.0 - c / len(low)), "ocr channel, learned")
                    # (lower-case prose only: capitalised, they reached names: Coffev, Byan)
        if has_context and free and tok.islower() and z < self.s.known_zipf and (
            low.isalpha() and SHORT_EDIT_MIN <= len(low) < EDIT_MIN_LEN
        ) and not self._inflected(low):  # (a rare word too: theil; gain or context gates it)
            for word in substitutions(low, 1 if len(low) < SHORT_TWO_SUBS else 2):
                if word not in cands and self.zipf(word) >= CHANNEL_ZIPF and bigrams().beside(
                    context[0], word, context[1]
                ):  # (a neighbour English often writes it with: "lgbt", "thai" are not)
                    score = 100.0 * (1.0 - channel_cost(low, word) / len(low))
                    cands[word] = (score, "ocr channel, short")
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
            lead = rank / ZIPF_WEIGHT - bigrams().between(context[0], read, context[1])
        else:
            lead = gain
        sure = has_context and lead >= CONTEXT_SUPPORT
        if why.endswith("learned") and not sure:
            return None  # a confusion Tesseract made on modern type: ABBYY's only half the time
        if why == SHAPE_WHY and lead < 0.0 and len(low) < RARER_MIN_LEN:
            return None  # a short fragment of one shape with many words: context must agree
        if has_context and why.startswith("ocr channel") and lead < CHANNEL_FLOOR:
            return None  # the token as read is likelier: an unknown word, not a misreading
        if _confusions(why) > 1 and len(low) <= SHORT_WORD and lead < SHORT_TWO_LEAD:
            return None  # two misreadings in a short word reach many words: yvoro, tilla, lind
        support = RARE_WORD_SUPPORT - (HABIT_RARE if habitual(low, best, habits) else 0.0)
        if gain < self.min_gain or (z >= RARE_WORD_ZIPF and gain < support and not sure):
            return None  # a rare word of its own (oar, fen, hake) needs overwhelming support
        if len(low) <= 3 and self.zipf(best) < SHORT_TARGET_ZIPF:
            return None
        if why == LOWERED:
            capital = False  # no name's capital, a misread small letter
        if capital and (gain < CAPITAL_SUPPORT or (why == "ocr channel" and not initial)):
            return None
        if capital and not initial and (z > 0.0 or best[0] != low[0]) and (
            why != WORN_CAPITAL_WHY
        ):
            return None  # inside a lower-case sentence a capital starts a name: Dene, Emeu
        if capital or (initial and not tok[0].isalpha()) or worn_capital(tok, best, initial):
            best = best[0].upper() + best[1:]
        if "’" in tok:
            best = best.replace("'", "’")
        return best, round(score, 1), why, round(lead, 2)


def _confusions(why: str) -> int:
    """How many listed confusions a candidate's reason counts (0: another kind)."""
    return int(why[len(CONFUSIONS_WHY):]) if why.startswith(CONFUSIONS_WHY) else 0
